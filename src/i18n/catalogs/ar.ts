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
    title: 'المائدة المستديرة {number}',
    coChairs: 'الرئيسان المشاركان',
    objectives: 'الأهداف قيد الاستعراض',
    notFound: 'لا توجد في هذا المنتدى مائدة مستديرة رقم {number}.',
    none: 'لا توجد موائد مستديرة في هذا المنتدى.',
  },
  objectives: {
    label: 'أهداف الاتفاق العالمي',
  },
  pledge: {
    heading: 'إعلان تعهّد',
    intro:
      'تعهّد بإجراء ملموس وقابل للقياس ومحدد زمنيًا لتحقيق أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.',
    unavailable: 'سيُفتح نموذج التعهّد هنا.',
  },
};

export default ar;
