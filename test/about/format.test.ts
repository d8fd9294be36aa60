// The pure parts of <imrf-about>: the format read from the sessions, the
// blocks a `sections` attribute asks for, the card's state at an instant,
// and partner link templates.
import { expect } from '@open-wc/testing';
import { announcementKey, cardState, renderKey, webcastOf } from '../../src/about/card.js';
import { deriveFormat } from '../../src/about/format.js';
import { templateLink } from '../../src/about/links.js';
import { ABOUT_SECTIONS, headingLevel, parseSections } from '../../src/about/sections.js';
import { defaultForum } from '../helpers/default-forum.js';
import type { Session } from '../../src/data/types.js';
import { validateForum } from '../../src/data/validate.js';
import { raw3, threeRoundtables } from './forums.js';

const { forum: imrf } = defaultForum();
const at = (iso: string) => Date.parse(iso);
const ids = (sessions: readonly Session[]) => sessions.map((s) => s.id);

describe('deriveFormat', () => {
  it('reads IMRF 2022: hearing, four round tables, policy debate, plenary, in that order', () => {
    const format = deriveFormat(imrf);
    expect(format.parts.map((p) => p.kind)).to.deep.equal([
      'hearing',
      'roundtable',
      'policy-debate',
      'plenary',
    ]);
    expect(format.roundtables.map((r) => r.number)).to.deep.equal([1, 2, 3, 4]);
    expect(format.roundtables.map((r) => r.session?.id)).to.deep.equal([
      'rt1',
      'rt2',
      'rt3',
      'rt4',
    ]);
    // Continuations are not counted again, but their times are.
    const hearing = format.parts[0]!;
    expect(ids(hearing.sessions)).to.deep.equal(['hearing-am']);
    expect(hearing.end).to.equal(at('2022-05-16T18:00:00-04:00'));
    expect(format.start).to.equal(at('2022-05-16T10:00:00-04:00'));
    expect(format.end).to.equal(at('2022-05-20T18:00:00-04:00'));
    expect(format.sideEvents.map((e) => e.kind)).to.deep.equal(['side-events']);
  });

  it('follows the data: three round tables and no hearing or policy debate', () => {
    const format = deriveFormat(threeRoundtables());
    expect(format.parts.map((p) => p.kind)).to.deep.equal(['roundtable', 'plenary']);
    expect(format.roundtables).to.have.length(3);
    expect(format.sideEvents).to.deep.equal([]);
  });

  it('counts round-table sessions when the data lists no round tables', () => {
    const { forum } = validateForum({ ...raw3(), roundtables: undefined });
    expect(deriveFormat(forum).roundtables.map((r) => r.session?.id)).to.deep.equal([
      'a',
      'b',
      'c',
    ]);
  });

  it('has no parts for a forum without sessions', () => {
    const { forum } = validateForum({
      version: 1,
      id: 'x',
      title: 'X',
      timeZone: 'UTC',
      sessions: [],
    });
    const format = deriveFormat(forum);
    expect(format.parts).to.deep.equal([]);
    expect(format.start).to.equal(undefined);
  });
});

describe('cardState', () => {
  const state = (iso: string) => cardState(imrf.sessions, at(iso), imrf.timeZone);

  it('before: whole days in the forum’s zone until its first day', () => {
    expect(state('2022-05-10T10:00:00-04:00')).to.include({ phase: 'before', startsIn: 6 });
    // 23:30 in New York on 15 May is already 16 May in UTC: still one day to go there.
    expect(state('2022-05-15T23:30:00-04:00')).to.include({ phase: 'before', startsIn: 1 });
    expect(state('2022-05-16T08:00:00-04:00')).to.include({ phase: 'before', startsIn: 0 });
  });

  it('during: what is live and what is next, nothing live between sessions', () => {
    const busy = state('2022-05-18T11:00:00-04:00');
    expect(busy.phase).to.equal('during');
    if (busy.phase !== 'during') return;
    expect(ids(busy.live)).to.deep.equal(['rt3', 'rt4']);
    expect(ids(busy.next)).to.deep.equal(['policy-debate']);
    const lunch = state('2022-05-18T14:00:00-04:00');
    if (lunch.phase !== 'during') expect.fail(lunch.phase);
    expect(lunch.live).to.deep.equal([]);
    expect(ids(lunch.next)).to.deep.equal(['policy-debate']);
  });

  it('after: from the end of the last session', () => {
    expect(state('2022-05-20T17:59:00-04:00').phase).to.equal('during');
    expect(state('2022-05-20T18:00:00-04:00')).to.deep.equal({
      phase: 'after',
      end: at('2022-05-20T18:00:00-04:00'),
    });
    expect(cardState([], Date.now(), 'UTC')).to.deep.equal({ phase: 'none' });
  });

  it('announces changes of what is happening, not of the minutes or days', () => {
    const key = (iso: string) => announcementKey(state(iso));
    expect(key('2022-05-10T10:00:00-04:00')).to.equal(key('2022-05-12T10:00:00-04:00'));
    expect(renderKey(state('2022-05-10T10:00:00-04:00'))).to.not.equal(
      renderKey(state('2022-05-12T10:00:00-04:00')),
    );
    expect(key('2022-05-18T10:01:00-04:00')).to.equal(key('2022-05-18T12:59:00-04:00'));
    expect(key('2022-05-18T12:59:00-04:00')).to.not.equal(key('2022-05-18T13:00:00-04:00'));
    expect(key('2022-05-16T09:59:00-04:00')).to.not.equal(key('2022-05-16T10:00:00-04:00'));
  });

  it('reads a session’s webcast only when it is a safe link', () => {
    const session = imrf.sessions[0]!;
    expect(webcastOf(session)).to.equal(undefined);
    expect(webcastOf({ ...session, webcastUrl: 'https://webtv.un.org/x' } as Session)).to.equal(
      'https://webtv.un.org/x',
    );
    for (const bad of ['javascript:alert(1)', ' data:text/html,x', 42, {}])
      expect(webcastOf({ ...session, webcastUrl: bad } as unknown as Session)).to.equal(undefined);
  });
});

describe('parseSections and headingLevel', () => {
  it('keeps the known blocks in the order asked, each once; all by default', () => {
    expect(parseSections('outcome documents')).to.deep.equal(['outcome', 'documents']);
    expect(parseSections(' Documents,outcome  documents ')).to.deep.equal(['documents', 'outcome']);
    expect(parseSections('nonsense')).to.deep.equal(ABOUT_SECTIONS);
    expect(parseSections(null)).to.deep.equal(ABOUT_SECTIONS);
  });

  it('clamps heading levels to 1–6, 2 for nonsense', () => {
    expect([headingLevel(3), headingLevel(9), headingLevel(0), headingLevel('x')]).to.deep.equal([
      3, 6, 2, 2,
    ]);
  });
});

describe('templateLink', () => {
  const base = 'https://partner.example/imrf/page.html';
  it('fills the template, encoded, and resolves it against the page', () => {
    expect(templateLink('/rt/{number}', { number: 3 }, base)).to.equal(
      'https://partner.example/rt/3',
    );
    expect(templateLink('programme.html#{id}', { id: 'a b' }, base)).to.equal(
      'https://partner.example/imrf/programme.html#a%20b',
    );
  });

  it('keeps no dangerous or empty link', () => {
    expect(templateLink('javascript:alert({number})', { number: 1 }, base)).to.equal(undefined);
    expect(templateLink('  ', {}, base)).to.equal(undefined);
    expect(templateLink(null, {}, base)).to.equal(undefined);
  });
});
