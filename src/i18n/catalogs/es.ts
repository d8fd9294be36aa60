import type { Catalog } from './en.js';

const es: Catalog = {
  common: {
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
    kinds: {
      hearing: 'Audiencia',
      roundtable: 'Mesa redonda',
      'policy-debate': 'Debate de políticas',
      plenary: 'Sesión plenaria',
      other: 'Otro',
    },
  },
  schedule: {
    label: 'Programa',
    noSessions: 'El programa aún no tiene sesiones.',
    timesIn: 'Los horarios están en {zone}.',
    continued: 'Continuación',
  },
  roundtable: {
    label: 'Mesas redondas',
    title: 'Mesa redonda {number}',
    coChairs: 'Copresidencia',
    objectives: 'Objetivos examinados',
    objective: 'Objetivo {number}',
    notFound: 'Este foro no tiene una mesa redonda {number}.',
    objectiveNotFound: 'Ninguna mesa redonda de este foro examina el objetivo {number}.',
    none: 'Este foro no tiene mesas redondas.',
    date: 'Fecha',
    time: 'Hora',
    room: 'Sala',
    noSlot: 'Fecha y hora por confirmar.',
    slotTime: '{time}, {zone}',
    addToCalendar: 'Añadir al calendario',
    chair: 'Presidencia',
    facilitator: 'Facilitación',
    compactObjectives: 'Objetivos {list}',
  },
  objectives: {
    label: 'Objetivos del Pacto Mundial',
    filter: 'Filtrar los objetivos',
    filterHint: 'Un número o palabras de un título.',
    shown: 'Mostrados: {count} de {total}',
    noMatch: 'Ningún objetivo coincide con «{query}».',
    none: 'Este foro no enumera ningún objetivo.',
    unassigned: 'No examinados por ninguna mesa redonda',
  },
  pledge: {
    heading: 'Anunciar una promesa',
    intro:
      'Comprométase con una acción concreta, medible y con plazos definidos a favor de los objetivos del Pacto Mundial para una Migración Segura, Ordenada y Regular.',
    unavailable: 'El formulario de promesas se abrirá aquí.',
  },
};

export default es;
