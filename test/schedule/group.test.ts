import { expect } from '@open-wc/testing';
import { syntheticForum } from '../../bench/synthetic-forum.js';
import { defaultForum } from '../helpers/default-forum.js';
import { validateForum } from '../../src/data/validate.js';
import { firstSlots, groupDays, indexForum } from '../../src/schedule/group.js';

describe('programme grouping', () => {
  const { forum } = defaultForum();
  const index = indexForum(forum);

  it('indexes the forum once: days, rooms, kinds, objectives, round tables', () => {
    expect([...index.days.keys()]).to.deep.equal([
      '2022-05-16',
      '2022-05-17',
      '2022-05-18',
      '2022-05-19',
      '2022-05-20',
    ]);
    expect(index.days.get('2022-05-18')).to.equal(Date.parse('2022-05-18T10:00:00-04:00'));
    expect(index.usedRooms.map((r) => r.id)).to.deep.equal(['cr4', 'tcc', 'gah']);
    expect(index.kinds).to.deep.equal(['hearing', 'roundtable', 'policy-debate', 'plenary']);
    expect(index.objectives).to.have.length(23);
    expect(index.roundtableOf(index.byId.get('rt2')!)!.coChairs).to.deep.equal(['EC', 'TJ']);
    expect(index.roundtableOf(index.byId.get('plenary-19-am')!)).to.equal(undefined);
    expect(index.end).to.equal(Date.parse('2022-05-20T18:00:00-04:00'));
  });

  it('indexes each forum once for every schedule on the page, and another forum anew', () => {
    expect(indexForum(forum)).to.equal(index);
    const copy = validateForum(structuredClone(defaultForum().forum)).forum;
    expect(indexForum(copy)).to.not.equal(index);
    expect([...indexForum(copy).days.keys()]).to.deep.equal([...index.days.keys()]);
  });

  it('groups by forum day and start, with room columns only where sessions run in parallel', () => {
    const days = groupDays(forum.sessions, index);
    expect(days.map((d) => [d.key, d.parallel, d.size])).to.deep.equal([
      ['2022-05-16', false, 2],
      ['2022-05-17', false, 2],
      ['2022-05-18', true, 3],
      ['2022-05-19', false, 2],
      ['2022-05-20', false, 2],
    ]);
    const wednesday = days[2]!;
    expect(wednesday.columns.map((r) => (typeof r === 'object' ? r.id : r))).to.deep.equal([
      'cr4',
      'tcc',
    ]);
    expect(wednesday.slots.map((s) => s.cells.map((c) => c.map((x) => x.id)))).to.deep.equal([
      [['rt3'], ['rt4']],
      [[], ['policy-debate']],
    ]);
    expect(days[0]!.columns).to.deep.equal([undefined]);
  });

  it('sees overlapping sessions as parallel even when they start apart, and keeps roomless ones', () => {
    const { forum: overlap } = validateForum({
      version: 1,
      id: 'o',
      title: 'O',
      timeZone: 'UTC',
      rooms: [{ id: 'a', name: 'A' }],
      sessions: [
        {
          id: '1',
          kind: 'other',
          title: '1',
          start: '2030-01-01T09:00:00Z',
          end: '2030-01-01T11:00:00Z',
          room: 'a',
        },
        {
          id: '2',
          kind: 'other',
          title: '2',
          start: '2030-01-01T10:00:00Z',
          end: '2030-01-01T10:30:00Z',
        },
      ],
    });
    const [day] = groupDays(overlap.sessions, indexForum(overlap));
    expect(day!.parallel).to.equal(true);
    expect(day!.columns.map((r) => (typeof r === 'object' ? r.id : r))).to.deep.equal([
      'a',
      undefined,
    ]);
    expect(day!.slots.map((s) => s.cells.map((c) => c.length))).to.deep.equal([
      [1, 0],
      [0, 1],
    ]);
  });

  it('takes whole slots for a page of a long programme', () => {
    const { forum: large } = validateForum(syntheticForum({ sessions: 600, days: 2, rooms: 12 }));
    const days = groupDays(large.sessions, indexForum(large));
    const page = firstSlots(days, 100);
    expect(page.count).to.equal(108);
    expect(page.days).to.have.length(1);
    expect(firstSlots(days, Infinity).count).to.equal(600);
    expect(firstSlots(days, 0)).to.deep.equal({ days: [], count: 0 });
  });
});
