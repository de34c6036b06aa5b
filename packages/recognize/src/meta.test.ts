import { describe, expect, it } from 'vitest'
import type { SourceDocument } from './document.ts'
import { readMeta } from './meta.ts'
import { LineIndex } from './position.ts'

/** A document of the text's lines, each line one cell, as an adapter without tables gives it. */
function linesOf(text: string): SourceDocument {
  const index = new LineIndex(text)
  let start = 0
  const lines = text.split('\n').map((t) => {
    const position = index.position(start, start + t.length)
    start += t.length + 1
    return { cells: [{ text: t, position }], position }
  })
  return { source: 'input', text, lines }
}

const meta = (text: string) => readMeta(linesOf(text))

describe('readMeta', () => {
  it('reads organ, year, title and period from the title and the preamble', () => {
    const text = '示例市交通运输局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'
    expect(meta(text)).toEqual({
      organ: '示例市交通运输局',
      year: 2023,
      title: '示例市交通运输局2023年政府信息公开工作年度报告',
      period: { start: '2023-01-01', end: '2023-12-31' },
    })
  })

  it('reads years and dates written in Chinese numerals or full-width digits, and keeps the title as printed', () => {
    const text = '示例市交通运输局二〇二三年度政府信息公开工作年度报告\n统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止。'
    expect(meta(text)).toEqual({
      organ: '示例市交通运输局',
      year: 2023,
      title: '示例市交通运输局二〇二三年度政府信息公开工作年度报告',
      period: { start: '2023-01-01', end: '2023-12-31' },
    })
    expect(meta('示例局２０２２年政府信息公开工作年度报告').year).toBe(2022)
    expect(meta('示例局二○二一年政府信息公开工作年度报告').year).toBe(2021)
  })

  it('takes the title over a sentence of the preamble that names the report again', () => {
    // The preamble's `…特向社会公布…报告` is no title: the title above it is, however its year is written.
    const text = '示例局二〇二四年政府信息公开工作年度报告\n根据条例要求，特向社会公布示例局2024年度政府信息公开工作年度报告。'
    expect(meta(text)).toMatchObject({ organ: '示例局', year: 2024 })
  })
})
