import type { Catalog } from '../en.js';

const objectives: Catalog['objectives'] = {
  label: 'Objectifs du Pacte mondial',
  filter: 'Filtrer les objectifs',
  filterHint: 'Un numéro, ou des mots d’un intitulé.',
  shown: {
    one: 'Affichés : {count} sur {total}',
    many: 'Affichés : {count} sur {total}',
    other: 'Affichés : {count} sur {total}',
  },
  noMatch: 'Aucun objectif ne correspond à « {query} ».',
  none: 'Ce forum ne liste aucun objectif.',
  unassigned: 'Non examinés par une table ronde',
};

export default objectives;
