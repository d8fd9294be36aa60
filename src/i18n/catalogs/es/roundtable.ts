import type { Catalog } from '../en.js';

const roundtable: Catalog['roundtable'] = {
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
  speakers: 'Oradores',
};

export default roundtable;
