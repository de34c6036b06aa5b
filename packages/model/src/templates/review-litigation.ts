import type { ColumnTemplate, GroupTemplate, RowTemplate } from './types.ts'

/** Table 四: the same in both versions. The official layout prints the three rows side by side. */
export const reviewLitigationColumns: readonly ColumnTemplate[] = [
  { key: 'upheld', label: '结果维持', aliases: ['维持'], kind: 'count' },
  { key: 'corrected', label: '结果纠正', aliases: ['纠正'], kind: 'count' },
  { key: 'other', label: '其他结果', aliases: [], kind: 'count' },
  { key: 'pending', label: '尚未审结', aliases: [], kind: 'count' },
  { key: 'total', label: '总计', aliases: ['合计'], kind: 'count' },
]

const cols = reviewLitigationColumns.map((c) => c.key)

export const reviewLitigationRowGroups: readonly GroupTemplate[] = [
  { key: 'litigation', label: '行政诉讼', aliases: [] },
]

export const reviewLitigationRows: readonly RowTemplate[] = [
  { key: 'review', label: '行政复议', aliases: ['行政法复议'], columns: cols },
  { key: 'litigationDirect', label: '未经复议直接起诉', aliases: ['未经复议直接提起诉讼'], columns: cols, group: 'litigation' },
  { key: 'litigationAfterReview', label: '复议后起诉', aliases: ['复议后提起诉讼'], columns: cols, group: 'litigation' },
]
