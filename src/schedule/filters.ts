/**
 * The schedule's filters: day, room, kind, GCM objective and a text search.
 * Values the forum does not have are ignored, so a stale attribute never
 * empties the programme by surprise. Pure.
 */
import { SESSION_KINDS, type Session, type SessionKind } from '../data/types.js';
import { pickText } from '../i18n/text.js';
import type { ForumIndex } from './group.js';

/** The filter attributes, in the order the controls show them. */
export const FILTERS = ['day', 'room', 'kind', 'objective', 'search'] as const;
export type FilterName = (typeof FILTERS)[number];

/** The filters in effect (detail of `imrf-filter-change`); null when a filter is off. */
export interface ScheduleFilters {
  /** A forum day, YYYY-MM-DD in the forum's zone. */
  readonly day: string | null;
  /** A room id. */
  readonly room: string | null;
  readonly kind: SessionKind | null;
  /** A GCM objective number: the round tables that review it and the sessions that address it. */
  readonly objective: number | null;
  /** Words that must all appear in a session's texts. */
  readonly search: string | null;
}

/** The filters as given (attributes), raw. */
export type FilterValues = { readonly [K in FilterName]?: string | number | null };

/** Keeps the filter values that this forum has; the rest are off. */
export function cleanFilters(values: FilterValues, index: ForumIndex): ScheduleFilters {
  const { day, room, kind, objective, search } = values;
  const text = typeof search === 'string' ? search.trim() : '';
  return {
    day: typeof day === 'string' && index.days.has(day) ? day : null,
    room: typeof room === 'string' && index.rooms.has(room) ? room : null,
    kind: (SESSION_KINDS as readonly unknown[]).includes(kind) ? (kind as SessionKind) : null,
    objective:
      typeof objective === 'number' && index.objectives.includes(objective) ? objective : null,
    search: text === '' ? null : text,
  };
}

/** True when any filter is on. */
export const filtering = (f: ScheduleFilters): boolean => FILTERS.some((name) => f[name] !== null);

/** Lower case, without accents or other combining marks, for matching. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A test for one search word: a number matches whole numbers only (so "3"
 * finds round table 3, not objective 13 or 2030); other words match anywhere,
 * as languages differ in where words begin (Arabic articles, Chinese).
 */
function matcher(word: string): (text: string) => boolean {
  if (!/^\p{N}+$/u.test(word)) return (text) => text.includes(word);
  const number = new RegExp(`(?<!\\p{N})${word}(?!\\p{N})`, 'u');
  return (text) => number.test(text);
}

const texts = new WeakMap<ForumIndex, Map<string, readonly string[]>>();

/** Each session's searchable text in a locale, folded; built once per forum and locale. */
function searchTexts(index: ForumIndex, locale: string): readonly string[] {
  let byLocale = texts.get(index);
  if (!byLocale) texts.set(index, (byLocale = new Map()));
  let list = byLocale.get(locale);
  if (!list) {
    const pick = (value: Parameters<typeof pickText>[0]) => pickText(value, locale);
    list = index.forum.sessions.map((s) =>
      fold(
        [
          s.title,
          s.description,
          s.chair,
          s.facilitator,
          s.track,
          ...s.organizers.map((o) => o.name),
          ...s.speakers.flatMap((p) => [p.name, p.role, p.affiliation]),
          ...s.segments.flatMap((g) => [g.title, g.description]),
        ]
          .map(pick)
          .join('\n'),
      ),
    );
    byLocale.set(locale, list);
  }
  return list;
}

/** The sessions of the forum that pass every filter, in programme order. */
export function filterSessions(
  index: ForumIndex,
  filters: ScheduleFilters,
  locale: string,
): readonly Session[] {
  const { sessions } = index.forum;
  if (!filtering(filters)) return sessions;
  const { day, room, kind, objective, search } = filters;
  const words = search ? fold(search).split(/\s+/).map(matcher) : [];
  const haystacks = words.length > 0 ? searchTexts(index, locale) : [];
  return sessions.filter(
    (s, i) =>
      (day === null || index.dayOf.get(s) === day) &&
      (room === null || s.room === room) &&
      (kind === null || s.kind === kind) &&
      (objective === null ||
        s.objectives.includes(objective) ||
        index.roundtableOf(s)?.objectives.includes(objective) === true) &&
      words.every((matches) => matches(haystacks[i]!)),
  );
}
