import { emptyReport, formatCellKeys, getCell, setCell } from '@gai/model'
import { toText } from '@gai/render'
import { describe, expect, it } from 'vitest'
import { parseText } from '../src/index.ts'

const review = {
  review: [3, 1, 0, 2, 6],
  litigationDirect: [4, 0, 1, 0, 5],
  litigationAfterReview: [2, 0, 0, 7, 9],
}
const columns = ['upheld', 'corrected', 'other', 'pending', 'total']

/** Table 四 as a PDF → Markdown conversion prints it: three small tables under their titles. */
const pieces = (title: Record<keyof typeof review, string>) =>
  [
    '示例局2024年政府信息公开工作年度报告',
    '一、总体情况',
    '本机关认真贯彻落实条例。',
    '四、政府信息公开行政复议、行政诉讼情况',
    ...Object.entries(review).flatMap(([row, figures]) => [
      title[row as keyof typeof review],
      '',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '|---|---|---|---|---|',
      `| ${figures.join(' | ')} |`,
      '',
    ]),
    '五、存在的主要问题及改进情况',
    '无。',
  ].join('\n')

describe('a table printed in pieces', () => {
  for (const [name, title] of Object.entries({
    'titled as the template': { review: '行政复议', litigationDirect: '行政诉讼（未经复议直接起诉）', litigationAfterReview: '行政诉讼（复议后起诉）' },
    'titled by the lawsuit kind alone': { review: '行政复议', litigationDirect: '未经复议直接起诉', litigationAfterReview: '复议后起诉' },
  })) {
    it(`reads table 四 from a small table under each group's title, ${name}`, () => {
      const { report, diagnostics } = parseText(pieces(title))
      for (const [row, figures] of Object.entries(review)) {
        columns.forEach((c, i) => expect(getCell(report!, `reviewLitigation/${row}/${c}`)?.value, `${row}/${c}`).toBe(figures[i]))
      }
      expect(diagnostics.filter((d) => d.ruleId === 'value-without-cell')).toEqual([])
    })
  }
})

describe('a table broken over a page', () => {
  it('reads table 三 whole when a page number and the repeated header stand between its rows', () => {
    const r = emptyReport('2021')
    r.meta = { organ: '示例局', year: 2024 }
    for (const k of formatCellKeys('2021')) setCell(r, k, { value: 0, raw: '0' })
    const figures: Record<string, number[]> = {
      newReceived: [31, 7, 2, 3, 1, 4, 48],
      carriedOver: [5, 1, 0, 0, 0, 2, 8],
      granted: [20, 4, 1, 2, 1, 3, 31],
      partiallyGranted: [6, 2, 1, 1, 0, 1, 11],
      totalHandled: [26, 6, 2, 3, 1, 4, 42],
      carriedForward: [10, 2, 0, 0, 0, 2, 14],
    }
    const cols = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total']
    for (const [row, values] of Object.entries(figures)) cols.forEach((c, i) => setCell(r, `applications/${row}/${c}`, { value: values[i]!, raw: String(values[i]) }))
    const lines = toText(r).split('\n')
    const header = lines.slice(lines.findIndex((l) => l.startsWith('三、收到和处理')) + 1, lines.findIndex((l) => l.startsWith('一、本年新收')))
    const at = lines.findIndex((l) => l.includes('6.属于四类过程性信息'))
    const text = [...lines.slice(0, at), '', '— 3 —', '', ...header, ...lines.slice(at)].join('\n')
    const { report } = parseText(text)
    for (const [row, values] of Object.entries(figures)) cols.forEach((c, i) => expect(getCell(report!, `applications/${row}/${c}`)?.value, `${row}/${c}`).toBe(values[i]))
    // The rows after the break, zeros in this report, are read too (not left blank).
    expect(getCell(report!, 'applications/denied.processInformation/total')?.value).toBe(0)
    expect(getCell(report!, 'applications/carriedForward/total')?.value).toBe(14)
  })
})
