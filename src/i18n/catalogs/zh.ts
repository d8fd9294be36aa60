import type { Catalog } from './en.js';

const zh: Catalog = {
  common: {
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
    kinds: {
      hearing: '听证会',
      roundtable: '圆桌会议',
      'policy-debate': '政策辩论',
      plenary: '全体会议',
      other: '其他',
    },
  },
  schedule: {
    label: '议程',
    noSessions: '议程中尚无会议。',
    timesIn: '时间为{zone}。',
    continued: '续',
  },
  roundtable: {
    title: '圆桌会议 {number}',
    coChairs: '共同主席',
    objectives: '审查的目标',
    notFound: '本论坛没有圆桌会议 {number}。',
    none: '本论坛没有圆桌会议。',
  },
  objectives: {
    label: '《全球契约》目标',
  },
  pledge: {
    heading: '宣布认捐',
    intro: '为实现《安全、有序和正常移民全球契约》的目标，认捐一项具体、可衡量、有时限的行动。',
    unavailable: '认捐表将在此处打开。',
  },
};

export default zh;
