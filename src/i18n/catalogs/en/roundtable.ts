/** The English strings of <imrf-roundtable>: the reference for the other languages. */
const roundtable = {
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
  speakers: 'Speakers',
};

export default roundtable;
