import type { Catalog } from '../en.js';

const objectives: Catalog['objectives'] = {
  label: 'أهداف الاتفاق العالمي',
  filter: 'تصفية الأهداف',
  filterHint: 'رقم، أو كلمات من العنوان.',
  shown: {
    zero: 'المعروض: {count} من {total}',
    one: 'المعروض: {count} من {total}',
    two: 'المعروض: {count} من {total}',
    few: 'المعروض: {count} من {total}',
    many: 'المعروض: {count} من {total}',
    other: 'المعروض: {count} من {total}',
  },
  noMatch: 'لا يوجد هدف يطابق «{query}».',
  none: 'لا يسرد هذا المنتدى أي أهداف.',
  unassigned: 'لا تستعرضها أي مائدة مستديرة',
};

export default objectives;
