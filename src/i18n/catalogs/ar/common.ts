import type { Catalog } from '../en.js';

const common: Catalog['common'] = {
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
  zoneGeneric: 'ب{name} ({zone})',
  kinds: {
    hearing: 'جلسة استماع',
    roundtable: 'مائدة مستديرة',
    'policy-debate': 'مناقشة السياسات',
    plenary: 'جلسة عامة',
    'side-event': 'حدث جانبي',
    other: 'أخرى',
  },
  // Words of a session, in the programme and in calendar files.
  chair: 'الرئيس',
  facilitator: 'الميسِّر',
  online: 'عبر الإنترنت',
  onlineIn: 'عبر الإنترنت وفي {room}',
  onlineInPerson: 'عبر الإنترنت وحضوريًا',
  join: 'الانضمام عبر الإنترنت',
  watch: 'مشاهدة',
  organizers: 'الجهات المنظمة',
  speakers: 'المتحدثون',
};

export default common;
