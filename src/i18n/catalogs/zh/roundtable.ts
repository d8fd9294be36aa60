import type { Catalog } from '../en.js';

const roundtable: Catalog['roundtable'] = {
  label: '圆桌会议',
  title: '圆桌会议 {number}',
  coChairs: '共同主席',
  objectives: '审查的目标',
  objective: '目标 {number}',
  notFound: '本论坛没有圆桌会议 {number}。',
  objectiveNotFound: '本论坛没有审查目标 {number} 的圆桌会议。',
  none: '本论坛没有圆桌会议。',
  date: '日期',
  time: '时间',
  room: '会议室',
  noSlot: '日期和时间待定。',
  slotTime: '{zone} {time}',
  addToCalendar: '添加到日历',
  chair: '主席',
  facilitator: '主持人',
  compactObjectives: '目标 {list}',
  speakers: '发言人',
};

export default roundtable;
