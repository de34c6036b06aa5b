import { describe, expect, it } from 'vitest'
import { expandTableGrid } from './grid.ts'

const c = (name: string, colSpan?: number, rowSpan?: number) => ({ name, ...(colSpan ? { colSpan } : {}), ...(rowSpan !== undefined ? { rowSpan } : {}) })

describe('expandTableGrid', () => {
  it('expands rowspan and colspan as browsers do', () => {
    const a = c('a', 1, 2)
    const b = c('b', 2)
    const grid = expandTableGrid([[a, b], [c('x'), c('y')]])
    expect(grid.map((r) => r.map((x) => x?.name))).toEqual([
      ['a', 'b', 'b'],
      ['a', 'x', 'y'],
    ])
    expect(grid[0]![0]).toBe(grid[1]![0])
  })

  it('keeps the first claim where spans overlap', () => {
    const grid = expandTableGrid([[c('a', 1, 2), c('b')], [c('c', 2)]])
    expect(grid.map((r) => r.map((x) => x?.name))).toEqual([
      ['a', 'b', undefined],
      ['a', 'c', 'c'],
    ])
  })

  it('bounds hostile spans by the table and the standard', () => {
    const grid = expandTableGrid([[c('a', 100000, 65534)], [c('b')]])
    expect(grid).toHaveLength(2)
    // a covers 1000 columns of both rows; b takes the first free slot after it.
    expect(grid[0]).toHaveLength(1001)
    expect(grid[1]![999]!.name).toBe('a')
    expect(grid[1]![1000]!.name).toBe('b')
  })

  it('reads rowspan=0 as to the end of the table', () => {
    const grid = expandTableGrid([[c('a', 1, 0), c('b')], [c('c')], [c('d')]])
    expect(grid.map((r) => r[0]?.name)).toEqual(['a', 'a', 'a'])
  })
})
