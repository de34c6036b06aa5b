import { describe, expect, it } from 'vitest'
import { tableTemplate } from '@gai/model'
import { parseHtml } from './index.ts'

// Table 三 written by hand in the official two-level header from the template's labels: every
// cell a figure of its own (row number × 10 + column number), so a column read as another shows.
const template = tableTemplate('applications', '2021')
const keys = template.columns.map((c) => c.key)
const legal = template.columns.filter((c) => c.group === 'legalPerson').map((c) => c.key)
const figure = (row: number, column: string) => (row + 1) * 10 + keys.indexOf(column) + 1
const labelOf = (k: string) => (k === 'extra' ? '个体工商户' : template.columns.find((c) => c.key === k)!.label)
const title = '<p>某某区人民政府办公室2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>'

/** `order` lists 自然人, the 法人 group's columns (kept together) and 总计 in any order. */
function page(order: string[], cell: (row: number, column: string) => string = (r, k) => `<td>${k === 'extra' ? 9999 : figure(r, k)}</td>`): string {
  const inner = order.filter((k) => legal.includes(k) || k === 'extra')
  const second = order
    .map((k) => (inner.includes(k) ? (k === inner[0] ? `<th colspan="${inner.length}">法人或其他组织</th>` : '') : `<th rowspan="2">${labelOf(k)}</th>`))
    .join('')
  const head = `<tr><th colspan="2" rowspan="3"></th><th colspan="${order.length}">申请人情况</th></tr><tr>${second}</tr><tr>${inner.map((k) => `<th>${labelOf(k)}</th>`).join('')}</tr>`
  const body = template.rows.map((r, i) => `<tr><th colspan="2">${r.marker ?? ''}${r.label}</th>${order.map((k) => cell(i, k)).join('')}</tr>`).join('')
  return `<html><body>${title}<table>${head}${body}</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`
}

function read(html: string) {
  const { report, diagnostics } = parseHtml(html)
  const value = (r: string, k: string) => report!.tables.applications.rows[r]![k]!.value
  const wrong = template.rows.flatMap((r, i) => keys.filter((k) => value(r.key, k) !== figure(i, k)).map((k) => `${r.key}/${k}: ${value(r.key, k)}`))
  return { value, wrong, diagnostics }
}

describe('table 三 in HTML read by its two-level header', () => {
  it('总计 first and 自然人 last, header and figures moved together', () => {
    const { wrong } = read(page(['total', ...legal, 'naturalPerson']))
    expect(wrong).toEqual([])
  })

  it('科研机构 in neither header nor rows: its cells blank, one message, every other cell read', () => {
    const { wrong, diagnostics } = read(page(keys.filter((k) => k !== 'research')))
    expect(wrong.every((w) => w.includes('/research: null'))).toBe(true)
    expect(wrong).toHaveLength(template.rows.length)
    expect(diagnostics.filter((d) => d.ruleId === 'column-missing').map((d) => d.data)).toEqual([{ column: 'research' }])
  })

  it('a column the template has not: reported, its figures placed nowhere', () => {
    const { wrong, diagnostics } = read(page([...keys.slice(0, 6), 'extra', 'total']))
    expect(wrong).toEqual([])
    expect(diagnostics.filter((d) => d.ruleId === 'column-unknown').map((d) => d.data)).toEqual([{ heading: '个体工商户' }])
  })

  it('a value merged over two columns or two rows: those cells blank and named, the rest of the rows read', () => {
    const html = page(keys, (r, k) => {
      if (r === 0 && k === 'commercial') return '<td colspan="2">5</td>'
      if (r === 0 && k === 'research') return ''
      if (r === 2 && k === 'naturalPerson') return '<td rowspan="2">7</td>'
      if (r === 3 && k === 'naturalPerson') return ''
      return `<td>${figure(r, k)}</td>`
    })
    const { wrong, diagnostics } = read(html)
    expect(wrong.sort()).toEqual(
      ['newReceived/commercial: null', 'newReceived/research: null', 'granted/naturalPerson: null', 'partiallyGranted/naturalPerson: null'].sort(),
    )
    const merged = diagnostics.filter((d) => d.ruleId === 'value-merged').map((d) => d.cells.map((c) => c.key))
    expect(merged).toEqual([
      ['applications/newReceived/commercial', 'applications/newReceived/research'],
      ['applications/granted/naturalPerson', 'applications/partiallyGranted/naturalPerson'],
    ])
    expect(diagnostics.filter((d) => d.ruleId === 'value-without-cell')).toEqual([])
  })
})

describe('table 四 in HTML read by its header', () => {
  const review = tableTemplate('reviewLitigation', '2021')
  const cols = review.columns.map((c) => c.key)
  const fig = (row: number, col: string) => (row + 1) * 100 + cols.indexOf(col) + 1

  it('总计 first in each group, the groups 未经复议直接起诉 and 复议后起诉 exchanged', () => {
    const order = ['total', 'upheld', 'corrected', 'other', 'pending']
    const label = (k: string) => review.columns.find((c) => c.key === k)!.label
    const rows = [0, 2, 1]
    const html = `<html><body><p>某某区2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
      <tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>
      <tr>${order.map((k) => `<th rowspan="2">${label(k)}</th>`).join('')}<th colspan="5">复议后起诉</th><th colspan="5">未经复议直接起诉</th></tr>
      <tr>${[...order, ...order].map((k) => `<th>${label(k)}</th>`).join('')}</tr>
      <tr>${rows.flatMap((r) => order.map((k) => `<td>${fig(r, k)}</td>`)).join('')}</tr></table></body></html>`
    const { report } = parseHtml(html)
    const wrong = review.rows.flatMap((r, i) => cols.filter((k) => report!.tables.reviewLitigation.rows[r.key]![k]!.value !== fig(i, k)).map((k) => `${r.key}/${k}`))
    expect(wrong).toEqual([])
  })
})
