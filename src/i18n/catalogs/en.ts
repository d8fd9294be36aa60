/**
 * The English interface strings: the reference catalog. Every other language
 * has exactly these keys (the type checks it, and a test checks that no
 * string is empty and every `{placeholder}` is kept).
 * Sections are per element, so elements can grow without touching each other.
 */
const en = {
  common: {
    loading: 'Loading the forum data…',
    slow: 'This is taking longer than usual.',
    retry: 'Try again',
    empty: 'There is nothing to show yet.',
    errorNetwork: 'The forum data could not be reached. Check the connection and try again.',
    errorHttp: 'The forum data could not be loaded: the server answered {status}.',
    errorTimeout: 'The forum data took too long to arrive.',
    errorTooLarge: 'The forum data is too large to show.',
    errorNotJson: 'The forum data could not be read: it is not valid JSON.',
    errorNotForum: 'The file does not contain forum data.',
    zoneTime: '{place} time ({zone})',
    kinds: {
      hearing: 'Hearing',
      roundtable: 'Round table',
      'policy-debate': 'Policy debate',
      plenary: 'Plenary',
      other: 'Other',
    },
  },
  schedule: {
    label: 'Programme',
    noSessions: 'The programme has no sessions yet.',
    timesIn: 'Times are {zone}.',
    continued: 'Continued',
  },
  roundtable: {
    label: 'Round tables',
    title: 'Round table {number}',
    coChairs: 'Co-chairs',
    objectives: 'Objectives reviewed',
    objective: 'Objective {number}',
    notFound: 'This forum has no round table {number}.',
    objectiveNotFound: 'No round table of this forum reviews objective {number}.',
    none: 'This forum has no round tables.',
    date: 'Date',
    time: 'Time',
    room: 'Room',
    noSlot: 'Date and time to be announced.',
    slotTime: '{time}, {zone}',
    addToCalendar: 'Add to calendar',
    chair: 'Chair',
    facilitator: 'Facilitator',
    compactObjectives: 'Objectives {list}',
  },
  objectives: {
    label: 'Objectives of the Global Compact',
    filter: 'Filter objectives',
    filterHint: 'A number, or words from a title.',
    shown: 'Shown: {count} of {total}',
    noMatch: 'No objective matches “{query}”.',
    none: 'This forum lists no objectives.',
    unassigned: 'Not reviewed by a round table',
  },
  pledge: {
    heading: 'Announce a pledge',
    intro:
      'Pledge a concrete, measurable, time-bound action towards the objectives of the Global Compact for Safe, Orderly and Regular Migration.',
    unavailable: 'The pledge form will open here.',
  },
};

export type Catalog = typeof en;
export default en;
