import type { Catalog } from '../en.js';

const common: Catalog['common'] = {
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
  zoneGeneric: '{name} ({zone})',
  kinds: {
    hearing: 'Audition',
    roundtable: 'Table ronde',
    'policy-debate': 'Débat d’orientation',
    plenary: 'Séance plénière',
    'side-event': 'Manifestation parallèle',
    other: 'Autre',
  },
  // Words of a session, in the programme and in calendar files.
  chair: 'Présidence',
  facilitator: 'Animation',
  online: 'En ligne',
  onlineIn: 'En ligne et en salle : {room}',
  onlineInPerson: 'En ligne et sur place',
  join: 'Participer en ligne',
  watch: 'Regarder',
  organizers: 'Organisé par',
  speakers: 'Intervenants',
};

export default common;
