import { describe, expect, it } from 'vitest'
import { maxSplitSteps, splitRuns } from './split.ts'

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const rowTotal = (v: number[]) => v[6] === sum(v.slice(0, 6))

describe('splitRuns', () => {
  it('finds the one split of a table 三 row that satisfies its total', () => {
    const { candidates } = splitRuns(['640020470'], 7, rowTotal)
    expect(candidates.map((c) => c.map((p) => p.value))).toEqual([[64, 0, 0, 2, 0, 4, 70]])
  })

  it('respects a space as a certain boundary', () => {
    const { candidates } = splitRuns(['500000', '5'], 7, rowTotal)
    expect(candidates.map((c) => c.map((p) => p.value))).toEqual([[5, 0, 0, 0, 0, 0, 5]])
  })

  it('returns every candidate when the relation cannot decide', () => {
    const { candidates } = splitRuns(['1077'], 3, () => true)
    expect(candidates.map((c) => c.map((p) => p.text))).toEqual([
      ['1', '0', '77'],
      ['10', '7', '7'],
    ])
  })

  it('never makes a number with a leading zero', () => {
    const { candidates } = splitRuns(['1005'], 2, () => true)
    expect(candidates.map((c) => c.map((p) => p.text))).toEqual([['100', '5']])
  })

  it('keeps a unit on the last cell of its run', () => {
    const { candidates } = splitRuns(['2832995元'], 2, () => true)
    expect(candidates).toHaveLength(6)
    for (const c of candidates) expect(c[1]!.unit).toBe('元')
  })

  it('decodes table 四 from one run of seventeen digits', () => {
    const groups = (v: number[]) => [0, 5, 10].every((g) => v[g + 4] === sum(v.slice(g, g + 4)))
    const { candidates } = splitRuns(['10203120001200000'], 15, groups)
    expect(candidates.map((c) => c.map((p) => p.value))).toEqual([[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]])
  })

  it('gives up on a run with too many ways, saying so', () => {
    const { exhausted } = splitRuns(['1'.repeat(60)], 20, () => false)
    expect(exhausted).toBe(true)
    expect(maxSplitSteps).toBeGreaterThan(0)
  })
})
