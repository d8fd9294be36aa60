import type { Catalog } from '../en.js';

const common: Catalog['common'] = {
  loading: '正在加载论坛数据…',
  slow: '加载时间比平时长。',
  retry: '重试',
  empty: '暂无可显示的内容。',
  errorNetwork: '无法获取论坛数据。请检查网络连接后重试。',
  errorHttp: '无法加载论坛数据：服务器返回 {status}。',
  errorTimeout: '论坛数据加载超时。',
  errorTooLarge: '论坛数据过大，无法显示。',
  errorNotJson: '无法读取论坛数据：不是有效的 JSON。',
  errorNotForum: '该文件不包含论坛数据。',
  zoneTime: '{place}时间（{zone}）',
  zoneGeneric: '{name}（{zone}）',
  kinds: {
    hearing: '听证会',
    roundtable: '圆桌会议',
    'policy-debate': '政策辩论',
    plenary: '全体会议',
    'side-event': '会外活动',
    other: '其他',
  },
  // Words of a session, in the programme and in calendar files.
  chair: '主席',
  facilitator: '主持人',
  online: '线上',
  onlineIn: '线上及{room}',
  onlineInPerson: '线上及线下',
  join: '在线参加',
  watch: '观看',
  organizers: '主办方',
  speakers: '发言人',
};

export default common;
