import { describe, expect, it } from 'vitest'
import { cellText } from './cells.ts'
import { findGrids } from './grid.ts'
import { layOut } from './layout.ts'
import type { PageContent } from './layout.ts'
import type { Segment } from './rules.ts'
import type { Run } from './text.ts'

const run = (text: string, x: number, y: number, turned = false): Run => ({ text, rect: { x, y, width: text.length * 10, height: 10 }, size: 10, turned })
const h = (at: number, from: number, to: number): Segment => ({ level: true, at, from, to })
const v = (at: number, from: number, to: number): Segment => ({ level: false, at, from, to })

/** A ruled table of `rows` rows 20 pt high from `top`, columns at x 0, 100, 150. */
function table(top: number, rows: number): Segment[] {
  const bottom = top + rows * 20
  return [...Array.from({ length: rows + 1 }, (_, i) => h(top + i * 20, 0, 150)), v(0, top, bottom), v(100, top, bottom), v(150, top, bottom)]
}

const page = (n: number, runs: Run[], segments: Segment[]): PageContent => ({ page: n, width: 600, height: 800, runs, grids: findGrids(segments) })
const texts = (pages: PageContent[]) => layOut(pages).map((l) => `${l.table ?? '-'}|${l.cells.map((c) => c.text).join('⇥')}`)

describe('cellText', () => {
  it('joins a label wrapped in a narrow cell, and reads turned text along its baseline', () => {
    expect(cellText([run('理结果', 0, 40), run('三、本', 0, 0), run('年度办', 0, 20)])).toBe('三、本年度办理结果')
    expect(cellText([run('本年度办理结果', 0, 0, true)])).toBe('本年度办理结果')
  })
})

describe('layOut', () => {
  it('reads a ruled table row by row, blanks kept as empty cells', () => {
    const runs = [run('标题', 0, 5), run('规章', 5, 45), run('3', 110, 45), run('行政许可', 5, 65)]
    expect(texts([page(1, runs, table(40, 2))])).toEqual(['-|标题', '0|规章⇥3', '0|行政许可⇥'])
  })

  it('drops page numbers, and goes on with a table over a page break without its repeated header', () => {
    const first = page(1, [run('信息内容', 5, 705), run('件数', 105, 705), run('规章', 5, 725), run('1', 110, 725), run('- 1 -', 280, 780)], table(700, 2))
    const second = page(2, [run('信息内容', 5, 45), run('件数', 105, 45), run('行政许可', 5, 65), run('2', 110, 65), run('第2页', 280, 780)], table(40, 2))
    expect(texts([first, second])).toEqual(['0|信息内容⇥件数', '0|规章⇥1', '0|行政许可⇥2'])
  })

  it('joins a row the page break cut, by its columns', () => {
    const first = page(1, [run('2.申请人逾期未按收费通知要求缴', 5, 725), run('0', 110, 725)], table(720, 1))
    const second = page(2, [run('纳费用', 5, 45)], table(40, 1))
    expect(texts([first, second])).toEqual(['0|2.申请人逾期未按收费通知要求缴纳费用⇥0'])
  })
})

describe('text outside ruled tables', () => {
  it('parts cells at wide gaps, and figures side by side at any visible gap', () => {
    const runs = [run('一、本年新收', 0, 100), run('217', 100, 100), run('1', 134, 100), run('2024', 0, 200), run('年', 42, 200)]
    expect(texts([page(1, runs, [])])).toEqual(['-|一、本年新收⇥217⇥1', '-|2024年'])
  })
})
