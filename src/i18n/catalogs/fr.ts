import type { Catalog } from './en.js';

const fr: Catalog = {
  common: {
    loading: 'Chargement des données du forum…',
    slow: 'Le chargement prend plus de temps que d’habitude.',
    retry: 'Réessayer',
    empty: 'Il n’y a rien à afficher pour le moment.',
    errorNetwork: 'Les données du forum sont inaccessibles. Vérifiez la connexion et réessayez.',
    errorHttp: 'Les données du forum n’ont pas pu être chargées : le serveur a répondu {status}.',
    errorTimeout: 'Les données du forum ont mis trop de temps à arriver.',
    errorTooLarge: 'Les données du forum sont trop volumineuses pour être affichées.',
    errorNotJson: 'Les données du forum sont illisibles : ce n’est pas du JSON valide.',
    errorNotForum: 'Le fichier ne contient pas de données de forum.',
    zoneTime: 'heure de {place} ({zone})',
    kinds: {
      hearing: 'Audition',
      roundtable: 'Table ronde',
      'policy-debate': 'Débat d’orientation',
      plenary: 'Séance plénière',
      other: 'Autre',
    },
  },
  schedule: {
    label: 'Programme',
    noSessions: 'Le programme ne compte encore aucune séance.',
    timesIn: 'Les horaires sont à l’{zone}.',
    continued: 'Suite',
  },
  roundtable: {
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
  },
  objectives: {
    label: 'Objectifs du Pacte mondial',
    filter: 'Filtrer les objectifs',
    filterHint: 'Un numéro, ou des mots d’un intitulé.',
    shown: 'Affichés : {count} sur {total}',
    noMatch: 'Aucun objectif ne correspond à « {query} ».',
    none: 'Ce forum ne liste aucun objectif.',
    unassigned: 'Non examinés par une table ronde',
  },
  pledge: {
    heading: 'Annoncer un engagement',
    intro:
      'Engagez-vous à une action concrète, mesurable et assortie d’échéances en faveur des objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières.',
    unavailable: 'Le formulaire d’engagement s’ouvrira ici.',
  },
};

export default fr;
