import type { Plural } from '../../plural.js';

/** The English strings of <imrf-about>: the reference for the other languages. */
const about = {
  label: 'About the forum',
  sections: {
    overview: 'At a glance',
    format: 'Format',
    outcome: 'Outcome',
    documents: 'Documents',
    principles: 'Guiding principles',
    participation: 'Ways to take part',
  },
  dates: 'Dates',
  venue: 'Venue',
  chair: 'Chair',
  roundtables: { one: '{count} round table', other: '{count} round tables' } as Plural,
  more: { one: 'and {count} more', other: 'and {count} more' } as Plural,
  objectives: 'Objectives {list}',
  coChairs: 'Co-chairs: {names}',
  facilitator: 'Facilitator: {name}',
  sideEvents: 'Side events',
  coFacilitators: 'Co-facilitators',
  appointed: 'Appointed',
  adoption: 'Adoption',
  outcomeDocument: 'Document',
  symbol: 'Symbol',
  none: 'There is nothing to show about this forum yet.',
  card: {
    label: 'The forum now',
    startsIn: { one: 'Starts in {count} day', other: 'Starts in {count} days' } as Plural,
    startsToday: 'Starts today',
    programme: 'See the programme',
    liveNow: 'Live now',
    next: 'Next',
    nothingLive: 'No session is in progress.',
    watch: 'Watch',
    watchLabel: 'Watch: {title}',
    concluded: 'Concluded on {date}',
    adopted: 'Adopted on {date}',
    declaration: 'Read the outcome document',
    announceLive: 'Live now: {titles}',
    announceNext: 'Next: {titles}',
  },
};

export default about;
