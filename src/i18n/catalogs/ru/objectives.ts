import type { Catalog } from '../en.js';

const objectives: Catalog['objectives'] = {
  label: 'Цели Глобального договора',
  filter: 'Фильтр целей',
  filterHint: 'Номер или слова из названия.',
  shown: {
    one: 'Показано: {count} из {total}',
    few: 'Показано: {count} из {total}',
    many: 'Показано: {count} из {total}',
    other: 'Показано: {count} из {total}',
  },
  noMatch: 'Нет целей, соответствующих «{query}».',
  none: 'На этом форуме не указаны цели.',
  unassigned: 'Не рассматриваются круглыми столами',
};

export default objectives;
