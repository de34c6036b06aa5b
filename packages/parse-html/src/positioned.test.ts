import { describe, expect, it } from 'vitest'
import { htmlToDocument } from './document.ts'
import { parseHtml } from './parse.ts'
import { placementOf } from './positioned.ts'

const box = (top: number, left: number, text: string) => `<p style="position:absolute;top:${top}px;left:${left}px">${text}</p>`

describe('placementOf', () => {
  it('reads top and left of an absolutely positioned box, in px or %', () => {
    expect(placementOf('position:absolute;top:985px;left:159px;white-space:nowrap', 2)).toEqual({ page: 2, top: 985, left: 159, percent: false })
    expect(placementOf('left: 10.5%; top: 3.25%; position: absolute', 1)).toEqual({ page: 1, top: 3.25, left: 10.5, percent: true })
  })

  it('takes no box that is not placed, or not placed by both', () => {
    expect(placementOf('position:relative;top:3px;left:4px', 1)).toBeUndefined()
    expect(placementOf('position:absolute;top:3px', 1)).toBeUndefined()
  })
})

describe('pages of positioned text', () => {
  // Drawn in the order a PDF may draw them: figures first, then the labels, the header last.
  const page = (boxes: string[]) => `<html><head><meta charset="utf-8"><title>示例局2024年政府信息公开工作年度报告</title></head><body>
    <div style="position:relative;width:900px;height:1200px">${boxes.join('\n')}</div></body></html>`
  const figures = (top: number, values: number[]) => values.map((v, i) => box(top, 500 + i * 40, String(v)))
  const boxes = [
    ...figures(102, [27, 0, 0, 2, 0, 1, 30]),
    ...figures(135, [5, 0, 0, 0, 0, 0, 5]),
    box(100, 60, '三、本年度办理结果'),
    box(100, 200, '（一）予以公开'),
    // A label set over two lines of its cell, the row's figures centred between them.
    box(122, 160, '（二）部分公开（区分处理的，只计这一情形，'),
    box(148, 200, '不计其他情形）'),
    box(20, 60, '三、收到和处理政府信息公开申请情况'),
    box(60, 60, '一、本年新收政府信息公开申请数量'),
    ...figures(60, [32, 0, 0, 0, 0, 0, 32]),
  ]

  it('reads the boxes row by row, left to right, each a cell', () => {
    const lines = htmlToDocument(page(boxes)).lines.map((l) => l.cells.map((c) => c.text))
    expect(lines.slice(1, 3)).toEqual([
      ['三、收到和处理政府信息公开申请情况'],
      ['一、本年新收政府信息公开申请数量', '32', '0', '0', '0', '0', '0', '32'],
    ])
  })

  it('reads the table from them, a label broken around its figures too', () => {
    const { report } = parseHtml(page(boxes))
    const row = (key: string) => Object.values(report!.tables.applications.rows[key]!).map((c) => c.value)
    expect(row('newReceived')).toEqual([32, 0, 0, 0, 0, 0, 32])
    expect(row('granted')).toEqual([27, 0, 0, 2, 0, 1, 30])
    expect(row('partiallyGranted')).toEqual([5, 0, 0, 0, 0, 0, 5])
  })

  it('leaves a page with a few positioned boxes (a logo, a badge) in document order', () => {
    const html = `<body><p>二、主动公开政府信息情况</p>${box(5, 5, '徽标')}<p>规章</p></body>`
    expect(htmlToDocument(html).lines.map((l) => l.cells[0]!.text)).toEqual(['二、主动公开政府信息情况', '徽标', '规章'])
  })
})
