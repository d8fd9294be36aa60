import type { Catalog } from '../en.js';

const common: Catalog['common'] = {
  loading: 'Загрузка данных форума…',
  slow: 'Загрузка занимает больше времени, чем обычно.',
  retry: 'Повторить',
  empty: 'Пока нечего показать.',
  errorNetwork: 'Не удалось получить данные форума. Проверьте подключение и повторите попытку.',
  errorHttp: 'Не удалось загрузить данные форума: сервер ответил {status}.',
  errorTimeout: 'Данные форума загружались слишком долго.',
  errorTooLarge: 'Данные форума слишком велики для отображения.',
  errorNotJson: 'Не удалось прочитать данные форума: это не корректный JSON.',
  errorNotForum: 'Файл не содержит данных форума.',
  zoneTime: '{place} ({zone})',
  zoneGeneric: '{name} ({zone})',
  kinds: {
    hearing: 'Слушания',
    roundtable: 'Круглый стол',
    'policy-debate': 'Обсуждение политики',
    plenary: 'Пленарное заседание',
    'side-event': 'Параллельное мероприятие',
    other: 'Другое',
  },
  // Words of a session, in the programme and in calendar files.
  chair: 'Председатель',
  facilitator: 'Ведущий',
  online: 'Онлайн',
  onlineIn: 'Онлайн и в зале: {room}',
  onlineInPerson: 'Онлайн и очно',
  join: 'Подключиться',
  watch: 'Смотреть',
  organizers: 'Организаторы',
  speakers: 'Выступающие',
};

export default common;
