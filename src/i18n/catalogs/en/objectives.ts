import type { Plural } from '../../plural.js';

/** The English strings of <imrf-objectives>: the reference for the other languages. */
const objectives = {
  label: 'Objectives of the Global Compact',
  filter: 'Filter objectives',
  filterHint: 'A number, or words from a title.',
  shown: {
    one: 'Shown: {count} of {total}',
    other: 'Shown: {count} of {total}',
  } as Plural,
  noMatch: 'No objective matches “{query}”.',
  none: 'This forum lists no objectives.',
  unassigned: 'Not reviewed by a round table',
};

export default objectives;
