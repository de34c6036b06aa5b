import { cellKey } from '../cells.ts'
import { describeCell } from '../templates/labels.ts'
import { tableIds, tableTemplate } from '../templates/formats.ts'
import { withCells } from './example-helpers.ts'
import { sampleReport } from './sample.ts'
import { defineRule } from './types.ts'

/** R7: what a cell may hold follows from its column's kind in the template. */
export const domain = defineRule({
  id: 'domain',
  code: 'R7',
  scope: 'report',
  severity: 'error',
  description: {
    zh: '件数为不小于 0 的整数；金额不小于 0；只有 2019 版“本年增/减”可为负数',
    en: 'Counts are integers ≥ 0; amounts ≥ 0; only the 2019 `change` column may be negative',
  },
  check(report, context) {
    for (const id of tableIds) {
      const table = report.tables[id]
      const template = tableTemplate(id, table.format)
      for (const row of template.rows) {
        for (const column of row.columns) {
          const cell = table.rows[row.key]?.[column]
          if (!cell || cell.value === null) continue
          const kind = template.columns.find((c) => c.key === column)?.kind ?? 'count'
          const v = cell.value
          const problem = !Number.isFinite(v)
            ? { zh: '不是有限数值', en: 'is not a finite number' }
            : kind === 'amount'
              ? v < 0
                ? { zh: '金额不能为负数', en: 'an amount cannot be negative' }
                : undefined
              : !Number.isInteger(v)
                ? { zh: '件数应为整数', en: 'a count must be an integer' }
                : kind === 'count' && v < 0
                  ? { zh: '件数不能为负数', en: 'a count cannot be negative' }
                  : undefined
          if (!problem) continue
          const key = cellKey(id, row.key, column)
          const label = describeCell(key, table.format)
          context.report({
            reason: { zh: `${label.zh}为 ${v}：${problem.zh}`, en: `${key} is ${v}: ${problem.en}` },
            cells: [{ key, value: v, ...(cell.origin ? { origin: cell.origin } : {}) }],
            actual: v,
            ...(cell.origin ? { place: cell.origin.position } : {}),
          })
        }
      }
    }
  },
  examples: {
    ok: [
      { title: { zh: '整数件数', en: 'Whole counts' }, reports: () => [sampleReport()] },
      {
        title: { zh: '2019 版本年增/减为负数', en: 'A negative 2019 change' },
        reports: () => [withCells(sampleReport('2019'), { 'active/licensing/change': -3 })],
      },
    ],
    notOk: [
      {
        title: { zh: '负的件数', en: 'A negative count' },
        messages: [
          { severity: 'error', zh: '表二“规章”行“本年制发件数”列为 -1：件数不能为负数', en: 'active/regulations/issued is -1: a count cannot be negative' },
        ],
        reports: () => [withCells(sampleReport(), { 'active/regulations/issued': -1 })],
      },
      {
        title: { zh: '小数件数', en: 'A fractional count' },
        messages: [
          {
            severity: 'error',
            zh: '表三“（一）予以公开”行“科研机构”列为 1.5：件数应为整数',
            en: 'applications/granted/research is 1.5: a count must be an integer',
          },
        ],
        reports: () => [withCells(sampleReport(), { 'applications/granted/research': 1.5 })],
      },
    ],
  },
})
