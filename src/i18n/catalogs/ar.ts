import type { Catalog } from './en.js';

const ar: Catalog = {
  common: {
    loading: 'جارٍ تحميل بيانات المنتدى…',
    slow: 'يستغرق التحميل وقتًا أطول من المعتاد.',
    retry: 'إعادة المحاولة',
    empty: 'لا يوجد ما يُعرض بعد.',
    errorNetwork: 'تعذّر الوصول إلى بيانات المنتدى. تحقّق من الاتصال ثم أعد المحاولة.',
    errorHttp: 'تعذّر تحميل بيانات المنتدى: أجاب الخادم بالرمز {status}.',
    errorTimeout: 'استغرق وصول بيانات المنتدى وقتًا طويلًا جدًا.',
    errorTooLarge: 'بيانات المنتدى أكبر من أن تُعرض.',
    errorNotJson: 'تعذّرت قراءة بيانات المنتدى: فهي ليست بصيغة JSON صالحة.',
    errorNotForum: 'لا يحتوي الملف على بيانات منتدى.',
    zoneTime: 'بتوقيت {place} ({zone})',
    kinds: {
      hearing: 'جلسة استماع',
      roundtable: 'مائدة مستديرة',
      'policy-debate': 'مناقشة السياسات',
      plenary: 'جلسة عامة',
      other: 'أخرى',
    },
  },
  schedule: {
    label: 'البرنامج',
    noSessions: 'لا يتضمن البرنامج أي جلسات بعد.',
    timesIn: 'المواعيد {zone}.',
    continued: 'تابع',
  },
  roundtable: {
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
  },
  objectives: {
    label: 'أهداف الاتفاق العالمي',
    filter: 'تصفية الأهداف',
    filterHint: 'رقم، أو كلمات من العنوان.',
    shown: 'المعروض: {count} من {total}',
    noMatch: 'لا يوجد هدف يطابق «{query}».',
    none: 'لا يسرد هذا المنتدى أي أهداف.',
    unassigned: 'لا تستعرضها أي مائدة مستديرة',
  },
  pledge: {
    heading: 'إعلان تعهّد',
    intro:
      'تعهّد بإجراء ملموس وقابل للقياس ومحدد زمنيًا لتحقيق أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.',
    unavailable: 'سيُفتح نموذج التعهّد هنا.',
  },
};

export default ar;
