import { getCell } from '../cells.ts'
import type { DiagnosticCell } from '../diagnostic.ts'
import { describeCell } from '../templates/labels.ts'
import type { Report } from '../types.ts'
import { defineRule } from './types.ts'

const stockRows = ['regulations', 'normativeDocuments'] as const

/**
 * R6: documents in force follow from last year's stock plus this year's changes. A warning:
 * real reports often restate the stock after a clean-up, so a break is a question, not an error.
 */
export const stock = defineRule({
  id: 'stock',
  code: 'R6',
  scope: 'pair',
  severity: 'warning',
  description: {
    zh: '2021 版：现行有效件数 = 上年现行有效件数 + 本年制发 − 本年废止；2019 版：对外公开总数量 = 上年总数量 + 本年新公开',
    en: '2021: inForce(N) = inForce(N−1) + issued(N) − repealed(N); 2019: publicTotal(N) = publicTotal(N−1) + published(N)',
  },
  check(previous, current, context) {
    const version = current.tables.active.format
    // The two versions count different things; a stock cannot be carried across them.
    if (previous.tables.active.format !== version) return
    for (const row of stockRows) {
      const k = (column: string) => `active/${row}/${column}`
      const [stockCol, plus, minus] = version === '2021' ? ['inForce', 'issued', 'repealed'] : ['publicTotal', 'published', undefined]
      const before = getCell(previous, k(stockCol))
      const now = getCell(current, k(stockCol))
      const add = getCell(current, k(plus))
      const sub = minus ? getCell(current, k(minus)) : undefined
      const used = [now, before, add, ...(minus ? [sub] : [])]
      if (used.some((c) => !c || c.value === null)) continue
      const expected = before!.value! + add!.value! - (sub?.value ?? 0)
      if (now!.value === expected) continue
      const cells: DiagnosticCell[] = [
        cellOf(k(stockCol), current),
        cellOf(k(stockCol), previous),
        cellOf(k(plus), current),
        ...(minus ? [cellOf(k(minus), current)] : []),
      ]
      const label = describeCell(k(stockCol), version)
      context.report({
        reason: {
          zh: `${label.zh}为 ${now!.value}，按上年 ${before!.value} 推算应为 ${expected}`,
          en: `${k(stockCol)} is ${now!.value}; last year's ${before!.value} and this year's changes give ${expected}`,
        },
        cells,
        actual: now!.value,
        expected,
        ...(now!.origin ? { place: now!.origin.position } : {}),
        data: { previous: previous.source ?? null, previousYear: previous.meta.year ?? null },
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '存量连续', en: 'Stock carries on' },
        previous: `示例市示例局2022年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 4 |
| 行政规范性文件 | 2 | 1 | 8 |
`,
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '现行有效件数与上年对不上', en: 'inForce breaks from last year' },
        previous: `示例市示例局2022年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 14 |
| 行政规范性文件 | 2 | 1 | 8 |
`,
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 8 |
`,
        messages: {
          zh: [
            '6:16  表二“规章”行“现行有效件数”列为 5，按上年 14 推算应为 15  stock',
            '7:21  表二“行政规范性文件”行“现行有效件数”列为 8，按上年 8 推算应为 9  stock',
          ],
          en: [
            "6:16  active/regulations/inForce is 5; last year's 14 and this year's changes give 15  stock",
            "7:21  active/normativeDocuments/inForce is 8; last year's 8 and this year's changes give 9  stock",
          ],
        },
      },
    ],
  },
})

function cellOf(key: string, report: Report): DiagnosticCell {
  const cell = getCell(report, key)
  return {
    key: key as DiagnosticCell['key'],
    value: cell?.value ?? null,
    ...(cell?.origin ? { origin: { ...cell.origin } } : {}),
  }
}
