import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { eventLabels, sessionEvent } from '../../src/calendar/events.js';
import en from '../../src/i18n/catalogs/en.js';
import { buildCalendar, foldLine, type CalendarEvent } from '../../src/calendar/ics.js';
import { defaultForum } from '../helpers/default-forum.js';

const STAMP = Date.UTC(2022, 4, 1, 12, 0, 0);
const octets = (line: string) => new TextEncoder().encode(line).length;

/** Parses with ical.js, a real iCalendar parser, and returns its events. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('ICS writer', () => {
  it('writes events a real parser reads back at the same instants', () => {
    const events: CalendarEvent[] = [
      {
        uid: 'a@x',
        start: Date.parse('2022-05-18T10:00:00-04:00'),
        end: Date.parse('2022-05-18T13:00:00-04:00'),
        summary: 'Round table 3',
      },
      {
        uid: 'b@x',
        start: Date.parse('2022-05-18T15:00:00-04:00'),
        end: Date.parse('2022-05-18T18:00:00-04:00'),
        summary: 'Policy debate',
      },
    ];
    const parsed = parse(buildCalendar(events, { stamp: STAMP, name: 'IMRF' }));
    expect(parsed.map((e) => e.uid)).to.deep.equal(['a@x', 'b@x']);
    expect(parsed[0]!.startDate.toJSDate().toISOString()).to.equal('2022-05-18T14:00:00.000Z');
    expect(parsed[0]!.endDate.toJSDate().toISOString()).to.equal('2022-05-18T17:00:00.000Z');
    expect(parsed[1]!.summary).to.equal('Policy debate');
  });

  it('escapes text so commas, semicolons, backslashes and line breaks survive', () => {
    const summary = 'Opening; statements, remarks \\ notes';
    const description = 'Line one\nLine two, with; punctuation\r\nLine three';
    const [event] = parse(
      buildCalendar(
        [{ uid: 'u', start: 0, end: 3600000, summary, description, location: 'Room 4, NY' }],
        { stamp: STAMP },
      ),
    );
    expect(event!.summary).to.equal(summary);
    expect(event!.description).to.equal(description.replace(/\r\n/g, '\n'));
    expect(event!.location).to.equal('Room 4, NY');
  });

  it('folds lines at 75 octets without splitting characters', () => {
    const summary = 'منتدى استعراض الهجرة الدولية — 国际移民审查论坛 — 🌍 '.repeat(8);
    const text = buildCalendar([{ uid: 'u', start: 0, end: 1, summary }], { stamp: STAMP });
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(parse(text)[0]!.summary).to.equal(summary);
    expect(foldLine('short')).to.equal('short');
  });

  it('turns every default session into an event with its room, venue and segments', () => {
    const { forum } = defaultForum();
    const labels = eventLabels(en);
    const events = forum.sessions.map((s) => sessionEvent(forum, s, 'fr', labels));
    const parsed = parse(buildCalendar(events, { stamp: STAMP }));
    expect(parsed).to.have.length(11);
    const rt3 = parsed.find((e) => e.uid === 'rt3@imrf-2022.imrf-widgets')!;
    expect(rt3.summary).to.equal('Table ronde 3 · IMRF 2022');
    // Room names have no French source: English; the venue has one (un.org/fr).
    expect(rt3.location).to.equal('Conference Room 4, Siège des Nations Unies à New York');
    expect(rt3.startDate.toJSDate().toISOString()).to.equal('2022-05-18T14:00:00.000Z');
    const closing = parsed.find((e) => e.uid.startsWith('plenary-20-pm'))!;
    expect(closing.description).to.contain('Closing segment: Adoption of the Progress Declaration');
    expect(closing.description).to.contain('Chair: Président de l’Assemblée générale');
  });
});
