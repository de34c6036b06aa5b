import { getCell } from '../cells.ts'
import type { DiagnosticCell } from '../diagnostic.ts'
import { describeCell } from '../templates/labels.ts'
import type { Report } from '../types.ts'
import { bump } from './example-helpers.ts'
import { sampleReport } from './sample.ts'
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
        reports: () => {
          const a = sampleReport('2021', 2022)
          const b = sampleReport('2021', 2023)
          // In the sample, regulations: issued 1, repealed 2, in force 3, so last year had 4;
          // normative documents: issued 4, repealed 1 on last year's 2, so 5 are in force.
          return [bump(a, 'active/regulations/inForce', 1), bump(b, 'active/normativeDocuments/inForce', 3)]
        },
      },
    ],
    notOk: [
      {
        title: { zh: '现行有效件数与上年对不上', en: 'inForce breaks from last year' },
        messages: [
          {
            severity: 'warning',
            zh: '表二“规章”行“现行有效件数”列为 3，按上年 13 推算应为 12',
            en: "active/regulations/inForce is 3; last year's 13 and this year's changes give 12",
          },
          {
            severity: 'warning',
            zh: '表二“行政规范性文件”行“现行有效件数”列为 2，按上年 2 推算应为 5',
            en: "active/normativeDocuments/inForce is 2; last year's 2 and this year's changes give 5",
          },
        ],
        reports: () => [bump(sampleReport('2021', 2022), 'active/regulations/inForce', 10), sampleReport('2021', 2023)],
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
