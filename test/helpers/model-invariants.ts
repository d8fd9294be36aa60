// The guarantees of the validated model (src/data/types.ts), written as checks
// that name each broken one: what every element may rely on without checking.
import { SAFE_URL_PROTOCOLS } from '../../src/data/safe-url.js';
import {
  PARTICIPATION_KINDS,
  SESSION_FORMATS,
  SESSION_KINDS,
  type Forum,
  type ValidationWarning,
} from '../../src/data/types.js';
import {
  MAX_PEOPLE,
  MAX_TEXT_LENGTH,
  MAX_WARNINGS,
  OBJECTIVE_COUNT,
  isDate,
  isTimeZone,
} from '../../src/data/validate.js';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Every broken guarantee of `forum` and `warnings`; empty when the model is sound. */
export function modelProblems(forum: Forum, warnings: readonly ValidationWarning[]): string[] {
  const problems: string[] = [];
  const fail = (path: string, what: string): void => void problems.push(`${path}: ${what}`);
  const isId = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= 200;
  const text = (path: string, value: unknown, optional = false) => {
    if (value === undefined) return optional ? undefined : fail(path, 'missing text');
    if (typeof value === 'string') {
      if (value.trim() === '') fail(path, 'blank text');
      if (value.length > MAX_TEXT_LENGTH) fail(path, 'text over the length limit');
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(path, 'not a text');
    const entries = Object.entries(value);
    if (entries.length === 0) fail(path, 'a map with no text');
    for (const [tag, translation] of entries) {
      if (!LANGUAGE_TAG.test(tag)) fail(`${path}.${tag}`, 'not a language tag');
      if (typeof translation !== 'string' || translation.trim() === '')
        fail(`${path}.${tag}`, 'not a text');
      else if (translation.length > MAX_TEXT_LENGTH) fail(`${path}.${tag}`, 'over the limit');
    }
  };
  const link = (path: string, value: unknown) => {
    if (value === undefined) return;
    let protocol = '';
    try {
      protocol = new URL(value as string).protocol;
    } catch {
      return fail(path, `not a URL: ${String(value).slice(0, 60)}`);
    }
    if (!(SAFE_URL_PROTOCOLS as readonly string[]).includes(protocol))
      fail(path, `a ${protocol} link`);
    if (value !== new URL(value as string).href) fail(path, 'not normalized');
  };
  const unique = (path: string, keys: unknown[]) => {
    if (new Set(keys).size !== keys.length) fail(path, 'duplicate keys');
  };
  const ascending = (path: string, numbers: number[]) => {
    if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!))
      fail(path, 'not sorted or not unique');
  };

  if (!Number.isInteger(forum.version) || forum.version < 1) fail('version', 'not ≥ 1');
  if (!isId(forum.id)) fail('id', 'not an id');
  text('title', forum.title);
  text('shortTitle', forum.shortTitle, true);
  text('timeZoneName', forum.timeZoneName, true);
  text('venue', forum.venue, true);
  text('chair', forum.chair, true);
  link('url', forum.url);
  if (!isTimeZone(forum.timeZone)) fail('timeZone', 'not a time zone');

  const roomIds = forum.rooms.map((r) => r.id);
  unique('rooms', roomIds);
  forum.rooms.forEach((r, i) => {
    if (!isId(r.id)) fail(`rooms[${i}].id`, 'not an id');
    text(`rooms[${i}].name`, r.name);
  });

  const sessionIds = forum.sessions.map((s) => s.id);
  const tableNumbers = forum.roundtables.map((t) => t.number);
  unique('sessions', sessionIds);
  forum.sessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    if (!isId(s.id)) fail(`${at}.id`, 'not an id');
    text(`${at}.title`, s.title);
    if (!Number.isFinite(s.startMs) || !Number.isFinite(s.endMs)) fail(at, 'times not finite');
    if (!(s.endMs > s.startMs)) fail(at, 'does not end after it starts');
    if (Date.parse(s.start) !== s.startMs || Date.parse(s.end) !== s.endMs)
      fail(at, 'start/end and startMs/endMs disagree');
    const previous = forum.sessions[i - 1];
    if (
      previous &&
      (previous.startMs > s.startMs || (previous.startMs === s.startMs && previous.endMs > s.endMs))
    )
      fail(at, 'not sorted by start, then end');
    if (!(SESSION_KINDS as readonly string[]).includes(s.kind)) fail(`${at}.kind`, 'unknown kind');
    if (s.room !== undefined && !roomIds.includes(s.room)) fail(`${at}.room`, 'no such room');
    if (s.continues !== undefined && (s.continues === s.id || !sessionIds.includes(s.continues)))
      fail(`${at}.continues`, 'no such other session');
    if (s.roundtable !== undefined && !tableNumbers.includes(s.roundtable))
      fail(`${at}.roundtable`, 'no such round table');
    text(`${at}.chair`, s.chair, true);
    text(`${at}.facilitator`, s.facilitator, true);
    text(`${at}.description`, s.description, true);
    link(`${at}.url`, s.url);
    for (const key of ['joinUrl', 'webcastUrl'] as const) {
      link(`${at}.${key}`, s[key]);
      if (s[key]?.startsWith('mailto:')) fail(`${at}.${key}`, 'a mailto: link');
    }
    if (s.format !== undefined && !(SESSION_FORMATS as readonly string[]).includes(s.format))
      fail(`${at}.format`, 'unknown format');
    text(`${at}.track`, s.track, true);
    ascending(`${at}.objectives`, [...s.objectives]);
    if (s.objectives.some((n) => !Number.isInteger(n) || n < 1 || n > OBJECTIVE_COUNT))
      fail(`${at}.objectives`, 'outside 1–23');
    if (s.organizers.length > MAX_PEOPLE || s.speakers.length > MAX_PEOPLE)
      fail(at, 'more people than the limit');
    s.organizers.forEach((o, j) => {
      text(`${at}.organizers[${j}].name`, o.name);
      if (o.country !== undefined && !/^[A-Z]{2}$/.test(o.country))
        fail(`${at}.organizers[${j}].country`, 'not an ISO code');
    });
    s.speakers.forEach((p, j) => {
      if (typeof p.name !== 'string' || p.name.trim() === '' || p.name.length > MAX_TEXT_LENGTH)
        fail(`${at}.speakers[${j}].name`, 'not a name');
      text(`${at}.speakers[${j}].role`, p.role, true);
      text(`${at}.speakers[${j}].affiliation`, p.affiliation, true);
    });
    if (!Array.isArray(s.segments)) fail(`${at}.segments`, 'not a list');
    s.segments.forEach((g, j) => {
      text(`${at}.segments[${j}].title`, g.title);
      text(`${at}.segments[${j}].description`, g.description, true);
    });
  });

  ascending('roundtables', tableNumbers);
  forum.roundtables.forEach((t, i) => {
    const at = `roundtables[${i}]`;
    if (!Number.isInteger(t.number) || t.number < 1) fail(`${at}.number`, 'not a positive integer');
    if (t.coChairs.some((c) => !/^[A-Z]{2}$/.test(c))) fail(`${at}.coChairs`, 'not ISO codes');
    unique(`${at}.coChairs`, [...t.coChairs]);
    ascending(`${at}.objectives`, [...t.objectives]);
    if (t.objectives.some((n) => !Number.isInteger(n) || n < 1 || n > OBJECTIVE_COUNT))
      fail(`${at}.objectives`, 'outside 1–23');
    if (t.session !== undefined && !sessionIds.includes(t.session))
      fail(`${at}.session`, 'no such session');
    text(`${at}.title`, t.title, true);
  });

  ascending(
    'objectives',
    forum.objectives.map((o) => o.number),
  );
  forum.objectives.forEach((o, i) => {
    if (!Number.isInteger(o.number) || o.number < 1 || o.number > OBJECTIVE_COUNT)
      fail(`objectives[${i}].number`, 'outside 1–23');
    text(`objectives[${i}].title`, o.title);
    text(`objectives[${i}].short`, o.short, true);
  });

  unique(
    'guidingPrinciples',
    forum.guidingPrinciples.map((g) => g.id),
  );
  forum.guidingPrinciples.forEach((g, i) => {
    if (!isId(g.id)) fail(`guidingPrinciples[${i}].id`, 'not an id');
    text(`guidingPrinciples[${i}].title`, g.title);
  });

  forum.documents.forEach((d, i) => {
    text(`documents[${i}].title`, d.title);
    link(`documents[${i}].url`, d.url);
    if (d.symbol !== undefined && (typeof d.symbol !== 'string' || d.symbol.trim() === ''))
      fail(`documents[${i}].symbol`, 'not a text');
  });

  if (forum.outcome) {
    const o = forum.outcome;
    text('outcome.title', o.title);
    if (o.session !== undefined && !sessionIds.includes(o.session))
      fail('outcome.session', 'no such session');
    if (o.appointed !== undefined && !isDate(o.appointed)) fail('outcome.appointed', 'not a date');
    o.coFacilitators.forEach((c, i) => {
      text(`outcome.coFacilitators[${i}].name`, c.name);
      text(`outcome.coFacilitators[${i}].role`, c.role, true);
      if (c.country !== undefined && !/^[A-Z]{2}$/.test(c.country))
        fail(`outcome.coFacilitators[${i}].country`, 'not an ISO code');
    });
    if (o.document) {
      text('outcome.document.title', o.document.title);
      link('outcome.document.url', o.document.url);
    }
  }

  if (!Array.isArray(forum.participation)) fail('participation', 'not a list');
  else
    forum.participation.forEach((p, i) => {
      if (!(PARTICIPATION_KINDS as readonly string[]).includes(p.kind))
        fail(`participation[${i}].kind`, 'unknown kind');
      text(`participation[${i}].title`, p.title);
      text(`participation[${i}].description`, p.description, true);
      link(`participation[${i}].url`, p.url);
    });

  if (warnings.length > MAX_WARNINGS + 1) fail('warnings', 'more than the limit');
  for (const w of warnings)
    if (typeof w.path !== 'string' || typeof w.message !== 'string' || w.message === '')
      fail('warnings', 'a warning without a path or message');
  return problems;
}
