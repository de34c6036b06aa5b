import { describe, expect, it } from 'vitest'
import { findGrids } from './grid.ts'
import type { Segment } from './rules.ts'

const h = (at: number, from: number, to: number): Segment => ({ level: true, at, from, to })
const v = (at: number, from: number, to: number): Segment => ({ level: false, at, from, to })
const spans = (segments: Segment[]) => findGrids(segments)[0]!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])

describe('findGrids', () => {
  it('reads a plain grid as its squares, in reading order', () => {
    expect(spans([h(0, 0, 20), h(10, 0, 20), h(20, 0, 20), v(0, 0, 20), v(10, 0, 20), v(20, 0, 20)])).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ])
  })

  it('keeps a group label its own cell beside its rows when the rule between them is missing', () => {
    // Column 0 (x 0–10) has no rules across it; column 1 (x 10–30) has one per row; no rule at x 10.
    const rules = [h(0, 0, 30), h(10, 10, 30), h(20, 10, 30), h(30, 0, 30), v(0, 0, 30), v(30, 0, 30), v(10, 0, 0.5)]
    expect(spans(rules)).toEqual([
      [0, 0, 3, 1],
      [0, 1, 1, 1],
      [1, 1, 1, 1],
      [2, 1, 1, 1],
    ])
  })

  it('takes a missing outer border from the ends of the rules across it', () => {
    const g = findGrids([h(0, 0, 20), h(10, 0, 20), v(10, 0, 10), v(20, 0, 10)])[0]!
    expect(g.xs).toEqual([0, 10, 20])
  })

  it('finds no table in a lone rule or a single box', () => {
    expect(findGrids([h(5, 0, 100)])).toEqual([])
    expect(findGrids([h(0, 0, 10), h(10, 0, 10), v(0, 0, 10), v(10, 0, 10)])).toEqual([])
  })
})
