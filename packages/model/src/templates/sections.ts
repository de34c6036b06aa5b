import type { SectionTemplate } from './types.ts'

/** The six sections, the same in both versions; titles vary in real reports, hence the aliases. */
export const sectionTemplates: readonly SectionTemplate[] = [
  { id: 'overview', number: '一', title: '总体情况', aliases: ['总体概况', '概述'] },
  { id: 'active', number: '二', title: '主动公开政府信息情况', aliases: ['主动公开情况'] },
  {
    id: 'applications',
    number: '三',
    title: '收到和处理政府信息公开申请情况',
    aliases: ['收到和处理政府信息公开申请的情况', '依申请公开政府信息情况', '政府信息公开申请情况'],
  },
  {
    id: 'reviewLitigation',
    number: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    aliases: [
      '因政府信息公开申请行政复议、提起行政诉讼的情况',
      '政府信息公开行政法复议、行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '政府信息公开行政复议行政诉讼情况',
    ],
  },
  {
    id: 'problems',
    number: '五',
    title: '存在的主要问题及改进情况',
    aliases: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况', '存在的问题及改进情况'],
  },
  { id: 'other', number: '六', title: '其他需要报告的事项', aliases: ['其他需要报告的情况'] },
]
