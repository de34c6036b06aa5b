import { describe, expect, it } from 'vitest'
import type { SourceDocument, SourceLine } from './document.ts'
import { Grid } from './grid.ts'

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
const row = (table: number | undefined, ...cells: [string, number?, number?][]): SourceLine => {
  const line: SourceLine = { cells: cells.map(([text, colSpan, rowSpan]) => ({ text, position: at, ...(colSpan ? { colSpan } : {}), ...(rowSpan !== undefined ? { rowSpan } : {}) })), position: at }
  if (table !== undefined) line.table = table
  return line
}
const doc = (lines: SourceLine[]): SourceDocument => ({ source: 't', text: '', lines })

describe('Grid', () => {
  it('lays out an HTML table as browsers do: a cell starts after the rowspans above it', () => {
    // 自然人 (rowspan 2) | 法人 (colspan 2) | 总计 (rowspan 2) / 商业 | 科研
    const g = new Grid(doc([row(0, ['自然人', 1, 2], ['法人', 2], ['总计', 1, 2]), row(0, ['商业'], ['科研']), row(0, ['x'], ['1'], ['2'], ['3'], ['4'])]))
    expect([0, 1, 2].map((c) => g.column(0, c))).toEqual([0, 1, 3])
    expect([0, 1].map((c) => g.column(1, c))).toEqual([1, 2])
    expect(g.coveredBy(1, 0)).toEqual({ line: 0, cell: 0 })
    expect(g.coveredBy(1, 3)).toEqual({ line: 0, cell: 2 })
    expect(g.span(0, 1)).toEqual({ columns: 2, rows: 1 })
  })
  it('text: a cell is its index; a line of one cell is no row of a grid', () => {
    const g = new Grid(doc([row(undefined, ['a'], ['b'], ['c']), row(undefined, ['prose'])]))
    expect(g.column(0, 2)).toBe(2)
    expect(g.gridded(0)).toBe(true)
    expect(g.gridded(1)).toBe(false)
  })
  it('a table of hostile spans is not laid out (no grid of millions of slots)', () => {
    const lines = Array.from({ length: 500 }, () => row(0, ['1', 1000, 65534], ['2', 1000]))
    const g = new Grid(doc(lines))
    expect(g.column(10, 1)).toBeUndefined()
  })
})
