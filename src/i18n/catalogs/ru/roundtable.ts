import type { Catalog } from '../en.js';

const roundtable: Catalog['roundtable'] = {
  label: 'Круглые столы',
  title: 'Круглый стол {number}',
  coChairs: 'Сопредседатели',
  objectives: 'Рассматриваемые цели',
  objective: 'Цель {number}',
  notFound: 'На этом форуме нет круглого стола {number}.',
  objectiveNotFound: 'Ни один круглый стол этого форума не рассматривает цель {number}.',
  none: 'На этом форуме нет круглых столов.',
  date: 'Дата',
  time: 'Время',
  room: 'Зал',
  noSlot: 'Дата и время будут объявлены позднее.',
  slotTime: '{time}, {zone}',
  addToCalendar: 'Добавить в календарь',
  chair: 'Председатель',
  facilitator: 'Модератор',
  compactObjectives: 'Цели {list}',
  speakers: 'Выступающие',
};

export default roundtable;
