import type { Catalog } from '../en.js';

const common: Catalog['common'] = {
  loading: 'Cargando los datos del foro…',
  slow: 'La carga está tardando más de lo habitual.',
  retry: 'Reintentar',
  empty: 'Todavía no hay nada que mostrar.',
  errorNetwork:
    'No se pudo acceder a los datos del foro. Compruebe la conexión y vuelva a intentarlo.',
  errorHttp: 'No se pudieron cargar los datos del foro: el servidor respondió {status}.',
  errorTimeout: 'Los datos del foro tardaron demasiado en llegar.',
  errorTooLarge: 'Los datos del foro son demasiado grandes para mostrarlos.',
  errorNotJson: 'No se pudieron leer los datos del foro: no son JSON válido.',
  errorNotForum: 'El archivo no contiene datos de un foro.',
  zoneTime: 'hora de {place} ({zone})',
  zoneGeneric: '{name} ({zone})',
  kinds: {
    hearing: 'Audiencia',
    roundtable: 'Mesa redonda',
    'policy-debate': 'Debate de políticas',
    plenary: 'Sesión plenaria',
    'side-event': 'Evento paralelo',
    other: 'Otro',
  },
  // Words of a session, in the programme and in calendar files.
  chair: 'Presidencia',
  facilitator: 'Moderación',
  online: 'En línea',
  onlineIn: 'En línea y en {room}',
  onlineInPerson: 'En línea y presencial',
  join: 'Participar en línea',
  watch: 'Ver',
  organizers: 'Organizado por',
  speakers: 'Oradores',
};

export default common;
