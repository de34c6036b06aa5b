import { describe, expect, it } from 'vitest'
import { textToDocument } from './layout.ts'

const cells = (text: string) => textToDocument(text).lines.map((l) => l.cells.map((c) => c.text))

describe('joinStackedLabels', () => {
  it('joins a label printed above and below its figures, its group title apart', () => {
    const text = [
      '（六）其 2.申请人逾期未按收费通知要求缴纳费',
      '他处理 用、行政机关不再处理其政府信息公开 0 0 0 0 0 0 0',
      '                       申请',
      '                       3.其他   1 0 0 0 0 0 1',
    ].join('\n')
    expect(cells(text)).toEqual([
      ['（六）其他处理'],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0', '0', '0', '0', '0', '0', '0'],
      ['3.其他', '1 0 0 0 0 0 1'],
    ])
  })

  it('keeps each piece of the joined label at its place in the input', () => {
    const text = '（二）部分公开（区分处理的，只计这一情形，不 5 0 0 0 0 0 5\n计其他情形）'
    const [line] = textToDocument(text).lines
    const label = line!.cells[0]!
    expect(label.text).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    expect(label.position.start).toEqual({ line: 1, column: 1, offset: 0 })
    expect(text.slice(label.position.end.offset - 6, label.position.end.offset)).toBe('计其他情形）')
    expect(text.slice(line!.cells[1]!.position.start.offset, line!.cells[1]!.position.end.offset)).toBe('5')
  })

  it('reaches past the header a page break repeats inside a label', () => {
    const text = [
      '（六） 1.申请人无正当理由逾期不补 1 0 0 0 0 0 1',
      '申请人情况',
      '自然人',
      '总计',
      '正、行政机关不再处理其政府',
      '信息公开申请',
    ].join('\n')
    const lines = cells(text)
    // The group title's piece stays, on a line of its own before the row.
    expect(lines[0]).toEqual(['（六）'])
    expect(lines[1]).toEqual(['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1', '0', '0', '0', '0', '0', '1'])
    expect(lines.slice(2)).toEqual([['申请人情况'], ['自然人'], ['总计']])
  })

  it('joins nothing where the pieces name no row, or could name two', () => {
    const noRow = '收到申请 12\n件，办结'
    expect(cells(noRow)).toEqual([['收到申请 12'], ['件，办结']])
    // `其他法律行政法规禁止公开` above or `属于国家秘密` below: either is a row, so neither is taken.
    const two = '2.其他法律行政法规禁止公开\n0 0 0 0 0 0 0\n1.属于国家秘密'
    expect(cells(two)).toEqual([['2.其他法律行政法规禁止公开'], ['0 0 0 0 0 0 0'], ['1.属于国家秘密']])
  })
})
