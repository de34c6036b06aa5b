import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { maxSplitSteps, splitRuns } from './split.ts'
import type { Piece } from './split.ts'
import { propertyRuns } from '@gai/model/arbitraries'

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

  // The plain search, written for clarity: every cut of every run tried afresh each time.
  const plain = (runs: string[], n: number, accept: (v: number[]) => boolean, limit = 50) => {
    const found: Piece[][] = []
    let steps = 0
    let exhausted = false
    const current: Piece[] = []
    const visit = (run: number, pos: number): void => {
      if (exhausted || found.length >= limit) return
      if (++steps > maxSplitSteps) return void (exhausted = true)
      if (run === runs.length) {
        if (current.length === n && accept(current.map((p) => p.value))) found.push([...current])
        return
      }
      const text = runs[run]!
      if (pos === text.length) return visit(run + 1, 0)
      const cellsLeft = n - current.length
      if (cellsLeft <= runs.length - run - 1) return
      const charsLeft = text.length - pos + runs.slice(run + 1).join('').length
      if (cellsLeft > charsLeft || charsLeft > cellsLeft * 20) return
      for (let end = pos + 1; end <= Math.min(text.length, pos + 20); end++) {
        const piece = text.slice(pos, end)
        const m = /^(0|[1-9]\d{0,8})(\.\d{1,8})?(万元|元)?$/.exec(piece)
        if (!m) {
          if (/^0\d/.test(piece)) break
          continue
        }
        if (m[3] && end !== text.length) continue
        const p: Piece = { text: piece, value: Number(`${m[1]}${m[2] ?? ''}`), run, from: pos, to: end }
        if (m[3]) p.unit = m[3]
        current.push(p)
        visit(run, end)
        current.pop()
      }
    }
    visit(0, 0)
    return { candidates: found, exhausted }
  }

  const run = fc.oneof(fc.stringMatching(/^[0-9]{1,12}$/), fc.stringMatching(/^[0-9]{1,6}(\.[0-9]{1,3})?(元|万元)?$/))
  it.prop([fc.array(run, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 })], {
    numRuns: propertyRuns(400),
    // Runs printed by real reports, checked on every run: the pingtan 2021 row of table 三
    // flattened to one run, a run split by a space, a leading zero, and a unit on the last cell.
    examples: [
      [['640020470'], 7, 0],
      [['500000', '5'], 7, 0],
      [['1005'], 2, 1],
      [['2832995元'], 2, 1],
    ],
  })('finds the same ways, in the same order, as a plain search over every cut', (runs, n, salt) => {
    // A relation of the kind rows have (a total), or one that picks ways by their values.
    const accept = salt === 0 ? (v: number[]) => v[v.length - 1] === sum(v.slice(0, -1)) : (v: number[]) => sum(v) % (salt + 1) === 0
    expect(splitRuns(runs, n, accept)).toEqual(plain(runs, n, accept))
  })
})
