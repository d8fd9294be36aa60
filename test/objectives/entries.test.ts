import { expect } from '@open-wc/testing';
import { defaultForum } from '../helpers/default-forum.js';
import { validateForum } from '../../src/data/validate.js';
import en from '../../src/i18n/catalogs/en.js';
import { filterEntries, groupEntries, objectiveEntries } from '../../src/objectives/entries.js';
import { resolveRoundtables } from '../../src/gcm/roundtables.js';

const { forum } = defaultForum();
const views = resolveRoundtables(forum);
const entries = objectiveEntries(forum, views);
const numbers = (list: readonly { objective: { number: number } }[]) =>
  list.map((e) => e.objective.number);

describe('objective entries', () => {
  it('gives each of the 23 objectives the round table that reviews it', () => {
    expect(numbers(entries)).to.deep.equal(Array.from({ length: 23 }, (_, i) => i + 1));
    const reviewer = (n: number) => entries[n - 1]!.view?.table.number;
    expect([2, 5, 6, 12, 18].map(reviewer)).to.deep.equal([1, 1, 1, 1, 1]);
    expect([4, 8, 9, 10, 11, 13, 21].map(reviewer)).to.deep.equal([2, 2, 2, 2, 2, 2, 2]);
    expect([14, 15, 16, 19, 20, 22].map(reviewer)).to.deep.equal([3, 3, 3, 3, 3, 3]);
    expect([1, 3, 7, 17, 23].map(reviewer)).to.deep.equal([4, 4, 4, 4, 4]);
  });

  it('filters by every word, ignoring case and accents, and by exact number', () => {
    const find = (query: string, locale = 'en') =>
      numbers(filterEntries(entries, query, locale, en));
    expect(find('')).to.have.length(23);
    expect(find('  ')).to.have.length(23);
    expect(find('DETENTION')).to.deep.equal([13]);
    expect(find('skills recognition')).to.deep.equal([18]);
    expect(find('1')).to.deep.equal([1]);
    expect(find('#7')).to.deep.equal([7]);
    expect(find('7 data')).to.deep.equal([]);
    const { forum: french } = validateForum({
      version: 1,
      id: 'f',
      title: 'F',
      timeZone: 'UTC',
      sessions: [],
      objectives: [
        { number: 16, title: { fr: 'Inclusion et cohésion sociale' } },
        { number: 17, title: { ar: 'القضاء على جميع أشكال التمييز' } },
      ],
    });
    const list = objectiveEntries(french, []);
    expect(numbers(filterEntries(list, 'cohesion', 'fr', en))).to.deep.equal([16]);
    expect(numbers(filterEntries(list, 'التمييز', 'ar', en))).to.deep.equal([17]);
  });

  it('groups by round table, then the objectives no round table reviews; or one list by number', () => {
    const { forum: partial } = validateForum({
      version: 1,
      id: 'p',
      title: 'P',
      timeZone: 'UTC',
      sessions: [],
      roundtables: [
        { number: 2, coChairs: [], objectives: [4, 1] },
        { number: 1, coChairs: [], objectives: [4, 9] },
      ],
      objectives: [{ number: 23, title: 'Cooperation' }],
    });
    const v = resolveRoundtables(partial);
    const list = objectiveEntries(partial, v);
    // Objective 4 is claimed by two round tables: the first in order keeps it.
    expect(list.map((e) => [e.objective.number, e.view?.table.number])).to.deep.equal([
      [1, 2],
      [4, 1],
      [9, 1],
      [23, undefined],
    ]);
    const groups = groupEntries(list, v, 'roundtable');
    expect(groups.map((g) => [g.view?.table.number, numbers(g.entries)])).to.deep.equal([
      [1, [4, 9]],
      [2, [1]],
      [undefined, [23]],
    ]);
    expect(groupEntries(list, v, 'number').map((g) => numbers(g.entries))).to.deep.equal([
      [1, 4, 9, 23],
    ]);
    expect(groupEntries([], v, 'roundtable')).to.deep.equal([]);
  });
});
