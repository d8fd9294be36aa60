import type { Catalog } from '../en.js';

const objectives: Catalog['objectives'] = {
  label: 'Objetivos del Pacto Mundial',
  filter: 'Filtrar los objetivos',
  filterHint: 'Un número o palabras de un título.',
  shown: {
    one: 'Mostrados: {count} de {total}',
    many: 'Mostrados: {count} de {total}',
    other: 'Mostrados: {count} de {total}',
  },
  noMatch: 'Ningún objetivo coincide con «{query}».',
  none: 'Este foro no enumera ningún objetivo.',
  unassigned: 'No examinados por ninguna mesa redonda',
};

export default objectives;
