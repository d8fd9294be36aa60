import type { Catalog } from '../en.js';

const about: Catalog['about'] = {
  label: 'À propos du forum',
  sections: {
    overview: 'En bref',
    format: 'Format',
    outcome: 'Résultat',
    documents: 'Documents',
    principles: 'Principes directeurs',
    participation: 'Comment participer',
  },
  dates: 'Dates',
  venue: 'Lieu',
  chair: 'Présidence',
  roundtables: {
    one: '{count} table ronde',
    many: '{count} de tables rondes',
    other: '{count} tables rondes',
  },
  more: { one: 'et {count} autre', many: 'et {count} d’autres', other: 'et {count} autres' },
  objectives: 'Objectifs {list}',
  coChairs: 'Coprésidence : {names}',
  facilitator: 'Animation : {name}',
  sideEvents: 'Manifestations parallèles',
  coFacilitators: 'Cofacilitateurs',
  appointed: 'Nomination',
  adoption: 'Adoption',
  outcomeDocument: 'Document',
  symbol: 'Cote',
  none: 'Il n’y a encore rien à afficher sur ce forum.',
  card: {
    label: 'Le forum en ce moment',
    startsIn: {
      one: 'Commence dans {count} jour',
      many: 'Commence dans {count} de jours',
      other: 'Commence dans {count} jours',
    },
    startsToday: 'Commence aujourd’hui',
    programme: 'Voir le programme',
    liveNow: 'En direct',
    next: 'À suivre',
    nothingLive: 'Aucune séance n’est en cours.',
    watch: 'Regarder',
    watchLabel: 'Regarder : {title}',
    concluded: 'Terminé le {date}',
    adopted: 'Adoption : {date}',
    declaration: 'Lire le document final',
    announceLive: 'En direct : {titles}',
    announceNext: 'À suivre : {titles}',
  },
};

export default about;
