import type { Catalog } from '../en.js';

const objectives: Catalog['objectives'] = {
  label: '《全球契约》目标',
  filter: '筛选目标',
  filterHint: '输入编号或标题中的词语。',
  shown: {
    other: '显示：{count}/{total}',
  },
  noMatch: '没有与“{query}”匹配的目标。',
  none: '本论坛未列出任何目标。',
  unassigned: '未由圆桌会议审查',
};

export default objectives;
