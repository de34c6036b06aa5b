import { describe, expect, it } from 'vitest'
import { textToDocument } from './layout.ts'

const cells = (text: string) => textToDocument(text).lines.map((l) => l.cells.map((c) => c.text))

describe('textToDocument', () => {
  it('splits tab rows and keeps empty cells', () => {
    expect(cells('规章\t0\t\t1\n')).toEqual([['规章', '0', '', '1']])
  })

  it('drops the border pipes and Markdown rules of pipe tables', () => {
    expect(cells('| a | b |  |\n|---|---|---|\n| 1 | 2 | 3 |')).toEqual([
      ['a', 'b', ''],
      ['1', '2', '3'],
    ])
  })

  it('splits a two-column row without border pipes, not a line of text with one pipe in it', () => {
    expect(cells('行政许可 | 5\n信息内容 | 本年处理决定数量')).toEqual([['行政许可', '5'], ['信息内容', '本年处理决定数量']])
    const prose = '首页 | 本站发布的年度报告均依据条例编制，转载请注明出处'
    expect(cells(prose)).toEqual([[prose]])
  })

  it('splits columns aligned with runs of spaces, not single spaces', () => {
    expect(cells('行政许可    12     3\n收到申请 3 件')).toEqual([['行政许可', '12', '3'], ['收到申请 3 件']])
  })

  it('groups one cell per line into rows and joins labels broken over lines', () => {
    const doc = '\t\n\t自\n\n然\n\n人\n\t法人或其他组织\n\n\t0\n\t\n\t5\n\n'
    expect(cells(doc)).toEqual([
      ['', '自然人', '法人或其他组织'],
      ['0', '', '5'],
    ])
  })

  it('gives each cell its range in the input', () => {
    const text = '标题\n规章\t17\t0'
    const line = textToDocument(text).lines[1]!
    const c = line.cells[1]!
    expect(text.slice(c.position.start.offset, c.position.end.offset)).toBe('17')
    expect(c.position.start).toEqual({ line: 2, column: 4, offset: 6 })
  })

  it('breaks lines at \\r\\n, \\n, or \\r in text that has no \\n, and counts them the same way', () => {
    const lf = '标题\n规章\t17\t0\n\n\t0\n\t\n\t5'
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const doc = textToDocument(text)
      expect(doc.lines.map((l) => l.cells.map((c) => c.text))).toEqual([['标题'], ['规章', '17', '0'], ['0', '', '5']])
      const c = doc.lines[1]!.cells[1]!
      expect(text.slice(c.position.start.offset, c.position.end.offset)).toBe('17')
      expect(c.position.start.line).toBe(2)
      expect(doc.lines[2]!.cells[2]!.position.start.line).toBe(6)
    }
  })

  it('takes a stray \\r before a line break for no break of its own', () => {
    // A CRLF file converted to CRLF once more ends its lines in \r\r\n: no empty line between.
    const text = '\t0\r\r\n\t\r\r\n\t5\r\r\n\r\r\n\t1'
    expect(cells(text)).toEqual([['0', '', '5'], ['1']])
  })
})
