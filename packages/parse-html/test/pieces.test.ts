import { getCell } from '@gai/model'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../src/index.ts'

const review = {
  review: ['行政复议', [3, 1, 0, 2, 6]],
  litigationDirect: ['行政诉讼（未经复议直接起诉）', [4, 0, 1, 0, 5]],
  litigationAfterReview: ['行政诉讼（复议后起诉）', [2, 0, 0, 7, 9]],
} as const
const columns = ['upheld', 'corrected', 'other', 'pending', 'total']
const cells = (texts: readonly (string | number)[]) => `<tr>${texts.map((t) => `<td>${t}</td>`).join('')}</tr>`

describe('a page with table 四 in pieces', () => {
  it('reads each group from its own small table under its title', () => {
    const page = [
      '<html><body><h1>示例局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本机关认真贯彻落实条例。</p>',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p>',
      ...Object.values(review).map(([title, figures]) => `<p>${title}</p><table>${cells(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])}${cells(figures)}</table>`),
      '<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>',
    ].join('\n')
    const { report } = parseHtml(page)
    for (const [row, [, figures]] of Object.entries(review)) {
      columns.forEach((c, i) => expect(getCell(report!, `reviewLitigation/${row}/${c}`)?.value, `${row}/${c}`).toBe(figures[i]))
    }
  })
})
