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
    daysNote: 'Days are the forum’s days in {place}.',
    showTimesIn: 'Show times in',
    yourTime: 'Your time: {zone}',
    startsIn: 'The forum starts {when}.',
    liveNow: 'Live now',
    next: 'Next',
    ended: 'Ended',
    continued: 'Continued from {session}',
    legend: 'Kinds of session',
    chair: 'Chair',
    facilitator: 'Facilitator',
    coChairs: 'Co-chairs',
    objectives: 'Objectives reviewed',
    segments: 'Segments',
    filters: 'Filter the programme',
    day: 'Day',
    allDays: 'All days',
    room: 'Room',
    allRooms: 'All rooms',
    noRoom: 'Room not given',
    kind: 'Kind',
    allKinds: 'All kinds',
    objective: 'GCM objective',
    allObjectives: 'All objectives',
    search: 'Search',
    clear: 'Clear filters',
    count: 'Sessions shown: {shown} of {total}',
    noMatch: 'No session matches these filters.',
    time: 'Time',
    session: 'Session',
    addToCalendar: 'Add to calendar',
    addToCalendarOf: ': {title}',
    download: 'Download the programme (.ics)',
    showMore: 'Show more sessions ({count} left)',
  },
  roundtable: {
    title: 'Round table {number}',
    coChairs: 'Co-chairs',
    objectives: 'Objectives reviewed',
    notFound: 'This forum has no round table {number}.',
    none: 'This forum has no round tables.',
  },
  objectives: {
    label: 'Objectives of the Global Compact',
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
