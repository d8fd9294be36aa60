import type { Catalog } from '../en.js';

const roundtable: Catalog['roundtable'] = {
  label: 'Tables rondes',
  title: 'Table ronde {number}',
  coChairs: 'Coprésidence',
  objectives: 'Objectifs examinés',
  objective: 'Objectif {number}',
  notFound: 'Ce forum n’a pas de table ronde {number}.',
  objectiveNotFound: 'Aucune table ronde de ce forum n’examine l’objectif {number}.',
  none: 'Ce forum n’a pas de tables rondes.',
  date: 'Date',
  time: 'Horaire',
  room: 'Salle',
  noSlot: 'Date et horaire à confirmer.',
  slotTime: '{time}, {zone}',
  addToCalendar: 'Ajouter à l’agenda',
  chair: 'Présidence',
  facilitator: 'Facilitation',
  compactObjectives: 'Objectifs {list}',
  speakers: 'Intervenants',
};

export default roundtable;
