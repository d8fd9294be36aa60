/** The English strings of every element: the reference for the other languages. */
const common = {
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
  zoneGeneric: '{name} ({zone})',
  kinds: {
    hearing: 'Hearing',
    roundtable: 'Round table',
    'policy-debate': 'Policy debate',
    plenary: 'Plenary',
    'side-event': 'Side event',
    other: 'Other',
  },
  // Words of a session, in the programme and in calendar files.
  chair: 'Chair',
  facilitator: 'Facilitator',
  online: 'Online',
  onlineIn: 'Online and in {room}',
  onlineInPerson: 'Online and in person',
  join: 'Join online',
  watch: 'Watch',
  organizers: 'Organized by',
  speakers: 'Speakers',
};

export default common;
