import type { Catalog } from '../en.js';

const roundtable: Catalog['roundtable'] = {
  label: 'الموائد المستديرة',
  title: 'المائدة المستديرة {number}',
  coChairs: 'الرئيسان المشاركان',
  objectives: 'الأهداف قيد الاستعراض',
  objective: 'الهدف {number}',
  notFound: 'لا توجد في هذا المنتدى مائدة مستديرة رقم {number}.',
  objectiveNotFound: 'لا توجد في هذا المنتدى مائدة مستديرة تستعرض الهدف {number}.',
  none: 'لا توجد موائد مستديرة في هذا المنتدى.',
  date: 'التاريخ',
  time: 'الوقت',
  room: 'القاعة',
  noSlot: 'سيُعلن عن التاريخ والوقت لاحقًا.',
  slotTime: '{time} {zone}',
  addToCalendar: 'إضافة إلى التقويم',
  chair: 'الرئيس',
  facilitator: 'الميسّر',
  compactObjectives: 'الأهداف {list}',
  speakers: 'المتحدثون',
};

export default roundtable;
