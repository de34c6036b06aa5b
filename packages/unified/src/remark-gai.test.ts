import { readFileSync } from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { emptyReport, formatCellKeys, getCell, setCell } from '@gai/model'
import type { Report } from '@gai/model'
import { gaiRemark } from '@gai/render'
import { misread, truthOf, wrongNumbers } from '../test/truth.ts'
import { mdastToDocument } from './mdast-document.ts'
import { remarkGai } from './remark-gai.ts'

function read(value: string, path = 'report.md', options?: Parameters<typeof remarkGai>[0]) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGai, options)
  const file = new VFile({ path, value })
  processor.runSync(processor.parse(file), file)
  return file
}

const handWritten = readFileSync(new URL('../test/fixtures/pingtan-2024.md', import.meta.url), 'utf8')

describe('remarkGai after remark-parse and remark-gfm', () => {
  it('reads every cell of a report written as GFM tables', () => {
    const file = read(handWritten)
    expect(misread(file.data.report!, truthOf('pingtan-2024.md'))).toEqual([])
    expect(file.messages.filter((m) => m.fatal)).toEqual([])
  })

  it('places cells at the line and column of the Markdown source', () => {
    const report = read(handWritten).data.report!
    // Counted by hand in fixtures/pingtan-2024.md.
    const at = (key: Parameters<typeof getCell>[1]) => {
      const p = getCell(report, key)!.origin!.position
      return [p.start.line, p.start.column, handWritten.slice(p.start.offset, p.end.offset)]
    }
    expect(at('active/licensing/decisions')).toEqual([20, 10, '4529'])
    expect(at('active/fees/amount')).toEqual([31, 13, '18651.06'])
    expect(at('reviewLitigation/litigationAfterReview/upheld')).toEqual([69, 43, '13'])
  })

  it('reads a real PDF converted to Markdown without a wrong number', () => {
    // Its tables are cut into pieces by the conversion (labels apart from their values, rows
    // with more cells than their table's first row): what cannot be placed stays blank.
    const value = readFileSync(new URL('../../../examples/reports/pdf-markdown-2024.txt', import.meta.url), 'utf8')
    const file = read(value, 'pdf-markdown-2024.txt')
    const truth = truthOf('pdf-markdown-2024.txt')
    const report = file.data.report!
    expect(report.meta.year).toBe(truth.year)
    expect(wrongNumbers(report, truth)).toEqual([])
    expect(200 - misread(report, truth).length).toBeGreaterThanOrEqual(137)
    expect(getCell(report, 'applications/newReceived/total')?.value).toBe(34)
  })

  it('reads an HTML table in the Markdown (as converters write merged cells) with its spans, in place', () => {
    // Table 四 of the same report, written by hand in the official layout with its spans.
    const table = [
      '<table>',
      '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
      '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
      '<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>',
      '<tr><td>2</td><td>1</td><td>3</td><td>1</td><td>7</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>13</td><td>2</td><td>4</td><td>0</td><td>19</td></tr>',
      '</table>',
    ].join('\n')
    const gfm = /\| 行政复议 \|[\s\S]*?\| 19 \|\n/.exec(handWritten)![0]
    const value = handWritten.replace(gfm, `${table}\n`)
    const report = read(value).data.report!
    expect(misread(report, truthOf('pingtan-2024.md'))).toEqual([])
    const p = getCell(report, 'reviewLitigation/litigationAfterReview/upheld')!.origin!.position
    expect([p.start.line, value.slice(p.start.offset, p.end.offset)]).toEqual([69, '13'])
  })

  it('warns of a table row whose cells past the first row’s width GFM dropped', () => {
    const file = read('| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 12 | 7 |\n', 'x.md', { locale: 'en' })
    const dropped = file.messages.filter((m) => m.ruleId === 'table-cells-dropped')
    expect(dropped.map((m) => [m.fatal, m.line, m.column, m.reason, m.url])).toEqual([
      [false, 3, 1, "This table row has 3 cells but its table's first row 2: GFM drops the last 1, which were not read", 'https://github.com/gai-reports/gai/blob/main/docs/readers.md#table-cells-dropped'],
    ])
  })

  it('takes severities by id: the warning made an error, or dropped; an unknown id refused at once', () => {
    const value = '| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 12 | 7 |\n'
    const ids = (severity: Record<string, 'error' | 'off'>) => read(value, 'x.md', { severity }).messages.filter((m) => m.ruleId === 'table-cells-dropped').map((m) => m.fatal)
    expect(ids({ 'table-cells-dropped': 'error' })).toEqual([true])
    expect(ids({ 'table-cells-dropped': 'off' })).toEqual([])
    expect(() => unified().use(remarkGai, { severity: { 'no-such-id': 'off' } }).freeze()).toThrow(/no-such-id/)
  })

  it('keeps the lines of code blocks and each line of a paragraph, with their places', () => {
    const text = '一、总体情况\n本年新收申请 5 件\n\n```\n行政许可\t4529\n```\n'
    const doc = mdastToDocument(unified().use(remarkParse).use(remarkGfm).parse(text), { text })
    expect(doc.lines.map((l) => [l.cells[0]!.text, l.position.start.line, l.position.start.column])).toEqual([
      ['一、总体情况', 1, 1],
      ['本年新收申请 5 件', 2, 1],
      ['行政许可\t4529', 5, 1],
    ])
  })

  it('sets file.data.report to null and says why, fatally, for Markdown that holds no report', () => {
    const file = read('# 会议纪要\n\n今天讨论了植树活动。\n')
    expect(file.data.report).toBeNull()
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['not-a-report', true]])
  })
})

/** A 2021 report whose cells all hold distinct non-zero numbers (cell i holds 1000 + i). */
function distinctReport(): Report {
  const report = emptyReport('2021')
  report.meta = { organ: '示例县人民政府办公室', year: 2023 }
  formatCellKeys('2021').forEach((key, i) => setCell(report, key, { value: 1000 + i, raw: String(1000 + i) }))
  return report
}

describe('round trip through Markdown', () => {
  it('report → gaiRemark → remark-stringify → remark-parse → remarkGai gives the same cells', () => {
    const report = distinctReport()
    const markdown = String(unified().use(gaiRemark).use(remarkGfm).use(remarkStringify).processSync(new VFile({ data: { report } })))
    const back = read(markdown).data.report!
    const differ = formatCellKeys('2021').filter((k) => getCell(back, k)?.value !== getCell(report, k)!.value)
    expect(differ).toEqual([])
    expect(formatCellKeys('2021')).toHaveLength(200)
  })
})
