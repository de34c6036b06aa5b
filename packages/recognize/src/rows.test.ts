import { describe, expect, it } from 'vitest'
import { groupRows } from './rows.ts'

interface Box {
  name: string
  page: number
  top: number
  left: number
}

const at = (b: Box) => ({ page: b.page, y: b.top, x: b.left })
const within = (hair: number) => (first: Box, b: Box) => b.top - first.top <= hair
const names = (rows: Box[][]) => rows.map((r) => r.map((b) => b.name))

describe('groupRows', () => {
  it('reads by page, then top to bottom, then left to right', () => {
    const boxes: Box[] = [
      { name: 'p2', page: 2, top: 0, left: 0 },
      { name: 'b', page: 1, top: 100, left: 50 },
      { name: 'a', page: 1, top: 102, left: 10 },
      { name: 'c', page: 1, top: 20, left: 300 },
    ]
    expect(names(groupRows(boxes, at, within(5)))).toEqual([['c'], ['a', 'b'], ['p2']])
  })

  it('measures a row from its first piece, so a slope of small steps starts new rows', () => {
    const boxes = [0, 4, 8, 12].map((top, i): Box => ({ name: `s${i}`, page: 1, top, left: 100 - i }))
    expect(names(groupRows(boxes, at, within(5)))).toEqual([['s1', 's0'], ['s3', 's2']])
  })

  it('keeps pieces in the same place in input order, and never joins pages', () => {
    const boxes: Box[] = [
      { name: 'x', page: 1, top: 10, left: 10 },
      { name: 'y', page: 1, top: 10, left: 10 },
      { name: 'z', page: 2, top: 10, left: 0 },
    ]
    expect(names(groupRows(boxes, at, within(1000)))).toEqual([['x', 'y'], ['z']])
  })
})
