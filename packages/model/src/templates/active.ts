import type { FormatVersion } from '../types.ts'
import type { BlockTemplate, ColumnTemplate, RowTemplate } from './types.ts'

/** Table 二 (主动公开): blocks of 第二十条, different in the two versions. */
export interface ActiveDeclaration {
  columns: readonly ColumnTemplate[]
  rows: readonly RowTemplate[]
  blocks: readonly BlockTemplate[]
}

const v2021: ActiveDeclaration = {
  columns: [
    { key: 'issued', label: '本年制发件数', aliases: ['本年新制发件数'], kind: 'count' },
    { key: 'repealed', label: '本年废止件数', aliases: ['本年度止件数', '本年度废止件数'], kind: 'count' },
    { key: 'inForce', label: '现行有效件数', aliases: [], kind: 'count' },
    { key: 'decisions', label: '本年处理决定数量', aliases: ['本年度处理决定数量', '处理决定数量'], kind: 'count' },
    { key: 'amount', label: '本年收费金额', aliases: ['收费金额'], kind: 'amount', unit: '万元' },
  ],
  rows: [
    { key: 'regulations', label: '规章', aliases: [], columns: ['issued', 'repealed', 'inForce'] },
    { key: 'normativeDocuments', label: '行政规范性文件', aliases: ['规范性文件'], columns: ['issued', 'repealed', 'inForce'] },
    { key: 'licensing', label: '行政许可', aliases: [], columns: ['decisions'] },
    { key: 'punishment', label: '行政处罚', aliases: [], columns: ['decisions'] },
    { key: 'coercion', label: '行政强制', aliases: [], columns: ['decisions'] },
    { key: 'fees', label: '行政事业性收费', aliases: [], columns: ['amount'] },
  ],
  blocks: [
    { key: 'item1', label: '第二十条第（一）项', item: 1, rows: ['regulations', 'normativeDocuments'], columns: ['issued', 'repealed', 'inForce'] },
    { key: 'item5', label: '第二十条第（五）项', item: 5, rows: ['licensing'], columns: ['decisions'] },
    { key: 'item6', label: '第二十条第（六）项', item: 6, rows: ['punishment', 'coercion'], columns: ['decisions'] },
    { key: 'item8', label: '第二十条第（八）项', item: 8, rows: ['fees'], columns: ['amount'] },
  ],
}

const serviceColumns = ['previousItems', 'change', 'decisions'] as const

const v2019: ActiveDeclaration = {
  columns: [
    { key: 'made', label: '本年新制作数量', aliases: ['本年制作数量'], kind: 'count' },
    { key: 'published', label: '本年新公开数量', aliases: ['本年公开数量'], kind: 'count' },
    { key: 'publicTotal', label: '对外公开总数量', aliases: ['对外公开总数'], kind: 'count' },
    { key: 'previousItems', label: '上一年项目数量', aliases: ['上年项目数量'], kind: 'count' },
    { key: 'change', label: '本年增/减', aliases: ['本年增减', '本年增／减'], kind: 'change' },
    { key: 'decisions', label: '处理决定数量', aliases: ['本年处理决定数量'], kind: 'count' },
    { key: 'projects', label: '采购项目数量', aliases: [], kind: 'count' },
    { key: 'amount', label: '采购总金额', aliases: [], kind: 'amount' },
  ],
  rows: [
    { key: 'regulations', label: '规章', aliases: [], columns: ['made', 'published', 'publicTotal'] },
    { key: 'normativeDocuments', label: '规范性文件', aliases: ['行政规范性文件'], columns: ['made', 'published', 'publicTotal'] },
    { key: 'licensing', label: '行政许可', aliases: [], columns: serviceColumns },
    { key: 'otherServices', label: '其他对外管理服务事项', aliases: [], columns: serviceColumns },
    { key: 'punishment', label: '行政处罚', aliases: [], columns: serviceColumns },
    { key: 'coercion', label: '行政强制', aliases: [], columns: serviceColumns },
    { key: 'fees', label: '行政事业性收费', aliases: [], columns: ['previousItems', 'change'] },
    { key: 'procurement', label: '政府集中采购', aliases: [], columns: ['projects', 'amount'] },
  ],
  blocks: [
    { key: 'item1', label: '第二十条第（一）项', item: 1, rows: ['regulations', 'normativeDocuments'], columns: ['made', 'published', 'publicTotal'] },
    { key: 'item5', label: '第二十条第（五）项', item: 5, rows: ['licensing', 'otherServices'], columns: serviceColumns },
    { key: 'item6', label: '第二十条第（六）项', item: 6, rows: ['punishment', 'coercion'], columns: serviceColumns },
    { key: 'item8', label: '第二十条第（八）项', item: 8, rows: ['fees'], columns: ['previousItems', 'change'] },
    { key: 'item9', label: '第二十条第（九）项', item: 9, rows: ['procurement'], columns: ['projects', 'amount'] },
  ],
}

export function activeDeclaration(version: FormatVersion): ActiveDeclaration {
  return version === '2021' ? v2021 : v2019
}
