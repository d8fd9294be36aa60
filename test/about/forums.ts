// Small forums for the <imrf-about> suites, written as partners write them.
import type { Forum, ForumInput } from '../../src/data/types.js';
import { validateForum } from '../../src/data/validate.js';

const slot = (day: number, hour: number) => ({
  start: `2030-03-${day}T${hour}:00:00+01:00`,
  end: `2030-03-${day}T${hour + 2}:00:00+01:00`,
});

/** A regional review: three round tables and a plenary, no outcome, no documents. */
export const RAW3: ForumInput = {
  version: 1,
  id: 'regional-3',
  title: 'Regional review 2030',
  timeZone: 'Europe/Paris',
  venue: 'Palais des Nations',
  rooms: [{ id: 'r1', name: 'Room XX' }],
  sessions: [
    { id: 'a', kind: 'roundtable', title: 'Table A', roundtable: 1, room: 'r1', ...slot(11, 10) },
    { id: 'b', kind: 'roundtable', title: 'Table B', roundtable: 2, room: 'r1', ...slot(11, 14) },
    { id: 'c', kind: 'roundtable', title: 'Table C', roundtable: 3, room: 'r1', ...slot(12, 10) },
    { id: 'p', kind: 'plenary', title: 'Closing plenary', room: 'r1', ...slot(12, 14) },
  ],
  roundtables: [
    { number: 1, coChairs: ['FR', 'SN'], objectives: [1, 2], session: 'a' },
    { number: 2, coChairs: ['MX'], objectives: [3], session: 'b' },
    { number: 3, coChairs: [], objectives: [], session: 'c' },
  ],
};

/** A fresh copy of the three-round-table forum, as input. */
export const raw3 = (): ForumInput => structuredClone(RAW3);

/** The three-round-table forum, validated. */
export const threeRoundtables = (): Forum => validateForum(raw3()).forum;
