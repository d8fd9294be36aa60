import type { Catalog } from '../en.js';

const about: Catalog['about'] = {
  label: 'Acerca del foro',
  sections: {
    overview: 'En resumen',
    format: 'Formato',
    outcome: 'Resultado',
    documents: 'Documentos',
    principles: 'Principios rectores',
    participation: 'Cómo participar',
  },
  dates: 'Fechas',
  venue: 'Lugar',
  chair: 'Presidencia',
  roundtables: {
    one: '{count} mesa redonda',
    many: '{count} de mesas redondas',
    other: '{count} mesas redondas',
  },
  more: { one: 'y {count} más', many: 'y {count} más', other: 'y {count} más' },
  objectives: 'Objetivos {list}',
  coChairs: 'Copresidencia: {names}',
  facilitator: 'Moderación: {name}',
  sideEvents: 'Actos paralelos',
  coFacilitators: 'Cofacilitación',
  appointed: 'Nombramiento',
  adoption: 'Aprobación',
  outcomeDocument: 'Documento',
  symbol: 'Signatura',
  none: 'Todavía no hay nada que mostrar sobre este foro.',
  card: {
    label: 'El foro ahora',
    startsIn: {
      one: 'Empieza dentro de {count} día',
      many: 'Empieza dentro de {count} de días',
      other: 'Empieza dentro de {count} días',
    },
    startsToday: 'Empieza hoy',
    programme: 'Ver el programa',
    liveNow: 'En directo',
    next: 'A continuación',
    nothingLive: 'No hay ninguna sesión en curso.',
    watch: 'Ver',
    watchLabel: 'Ver: {title}',
    concluded: 'Concluyó el {date}',
    adopted: 'Aprobación: {date}',
    declaration: 'Leer el documento final',
    announceLive: 'En directo: {titles}',
    announceNext: 'A continuación: {titles}',
  },
};

export default about;
