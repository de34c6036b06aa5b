import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { filledReport } from '../test/fixture.ts'
import { expandWidths } from '../test/grid-check.ts'
import { toHast, toHtml } from './hast.ts'

// The cells of each <tr> of the n-th table, as `tag:colspan x rowspan:text`.
function rowsOf(html: string, n: number): string[][] {
  const table = html.split('<table').slice(1)[n]!.split('</table>')[0]!
  return table
    .split('<tr>')
    .slice(1)
    .map((tr) => [...tr.matchAll(/<(td|th)([^>]*)>([^<]*)</g)].map(([, tag, attrs, text]) => {
      const cs = /colspan="(\d+)"/.exec(attrs!)?.[1] ?? '1'
      const rs = /rowspan="(\d+)"/.exec(attrs!)?.[1] ?? '1'
      return `${tag}:${cs}x${rs}:${text}`
    }))
}

describe('toHtml', () => {
  const r = filledReport('2021', ['applications/granted/total'])

  it('escapes every text: an organ or prose holding <script> prints as text', () => {
    const x = filledReport('2021')
    x.meta.organ = '<script>alert(1)</script>局'
    x.sections.overview = { id: 'overview', heading: '一、总体情况', text: '</p><script>alert(2)</script>\n"&<b>' }
    const html = toHtml(x, { document: true })
    expect(html).not.toMatch(/<script|<b>/)
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>局2023年政府信息公开工作年度报告')
    expect(html).toContain('<p>&#x3C;/p>&#x3C;script>alert(2)&#x3C;/script></p><p>"&#x26;&#x3C;b></p>')
    // Parsed as a browser would, the page holds no script element and the name as text.
    expect(html.match(/<script/g)).toBeNull()
    const doc = parse(html)
    expect(JSON.stringify(doc, (k, v) => (k === 'parentNode' ? undefined : v))).toContain('"value":"<script>alert(1)</script>局2023年政府信息公开工作年度报告"')
  })

  it('gives a fragment by default and a whole document on request', () => {
    expect(toHtml(r)).toMatch(/^<article class="gai-report" data-format="2021">/)
    const doc = toHtml(r, { document: true })
    expect(doc).toMatch(/^<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例县人民政府办公室2023年政府信息公开工作年度报告<\/title><\/head><body>/)
    expect(doc).toMatch(/<\/body><\/html>$/)
  })

  it('expands every table to a full grid: all rows equally wide once spans are laid out', () => {
    for (const v of ['2019', '2021'] as const) {
      const widths = expandWidths(toHtml(filledReport(v)))
      expect(widths.map((w) => [...new Set(w)])).toEqual([[4], [10], [15]])
    }
  })

  it('lays table 三 out with the official spans', () => {
    const rows = rowsOf(toHtml(r), 1)
    expect(rows[0]).toEqual(['th:3x3:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'th:7x1:申请人情况'])
    expect(rows[1]).toEqual(['th:1x2:自然人', 'th:5x1:法人或其他组织', 'th:1x2:总计'])
    expect(rows[2]).toEqual(['th:1x1:商业企业', 'th:1x1:科研机构', 'th:1x1:社会公益组织', 'th:1x1:法律服务机构', 'th:1x1:其他'])
    expect(rows[3]![0]).toBe('th:3x1:一、本年新收政府信息公开申请数量')
    expect(rows[5]!.slice(0, 2)).toEqual(['th:1x22:三、本年度办理结果', 'th:2x1:（一）予以公开'])
    // The blank cell stays an empty <td>.
    expect(rows[5]!.at(-1)).toBe('td:1x1:')
    expect(rows[7]!.slice(0, 2)).toEqual(['th:1x8:（三）不予公开', 'th:1x1:1.属于国家秘密'])
    expect(rows.find((x) => x[0] === 'th:1x3:（六）其他处理')).toBeDefined()
  })

  it('lays table 四 out as in the template: 行政复议 over 5, 行政诉讼 over 10, then 15 values', () => {
    const rows = rowsOf(toHtml(r), 2)
    expect(rows[0]).toEqual(['th:5x1:行政复议', 'th:10x1:行政诉讼'])
    expect(rows[1]!.slice(4)).toEqual(['th:1x2:总计', 'th:5x1:未经复议直接起诉', 'th:5x1:复议后起诉'])
    expect(rows[2]).toHaveLength(10)
    expect(rows[3]!.map((c) => c.split(':')[2])).toEqual(Array.from({ length: 15 }, (_, i) => String(186 + i)))
  })

  it('lays table 二 out block by block', () => {
    const rows = rowsOf(toHtml(r), 0)
    expect(rows[0]).toEqual(['th:4x1:第二十条第（一）项'])
    expect(rows[1]).toEqual(['th:1x1:信息内容', 'th:1x1:本年制发件数', 'th:1x1:本年废止件数', 'th:1x1:现行有效件数'])
    expect(rows[2]).toEqual(['th:1x1:规章', 'td:1x1:1', 'td:1x1:2', 'td:1x1:3'])
  })

  it('marks each value cell with its key', () => {
    const html = toHtml(r)
    expect(html.match(/data-cell="/g)).toHaveLength(200)
    expect(html).toContain('<td data-cell="applications/newReceived/total">17</td>')
  })

  it('builds from handlers the caller can override', () => {
    const tree = toHast(r, { handlers: { table: () => [], heading: (_, p) => [{ type: 'element', tagName: 'h3', properties: {}, children: [{ type: 'text', value: p.heading }] }] } })
    const html = toHtml(r, { handlers: { table: () => [] } })
    expect(html).not.toContain('<table')
    expect(JSON.stringify(tree)).toContain('"tagName":"h3"')
  })
})
