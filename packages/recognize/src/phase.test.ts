import { describe, expect, it } from 'vitest'
import { rephase } from './phase.ts'
import type { LabelToken, ValueToken } from './tokens.ts'
import type { RowRecord } from './walk.ts'

// Only what rephase reads of a token: its kind of value and its line.
const value = (line: number) => ({ type: 'value', value: { kind: 'number', value: 1 }, line }) as unknown as ValueToken
const label = (line: number) => ({ type: 'label', line }) as unknown as LabelToken
const row = (key: string, line: number, start: number, valueLines: number[]): RowRecord => ({
  table: 'applications',
  key,
  label: label(line),
  values: valueLines.flatMap((l) => [value(l), value(l)]),
  start,
  end: start + valueLines.length * 2,
  votes: [],
})

describe('rephase', () => {
  it('looks at the rows left without values near each suspect row only, not at all of them each time', () => {
    // Rows of two cells, each with two lines of figures after its label and none on its line:
    // every one is a suspect; no run of them ends at a starved label, so nothing moves.
    const n = 2000
    const records = Array.from({ length: n }, (_, i) => row('a', i * 3, i * 10, [i * 3 + 1, i * 3 + 2]))
    const starvedRows = Array.from({ length: n }, (_, i) => row('b', n * 3 + i, n * 10 + i, []))
    // Counts every read of a starved row: a scan of all of them per suspect would read n² times.
    let reads = 0
    const starved = new Proxy(starvedRows, {
      get(target, p, receiver) {
        if (typeof p === 'string' && /^\d+$/.test(p)) reads++
        return Reflect.get(target, p, receiver)
      },
    })
    const result = rephase(records, starved, (key) => (key === 'a' ? 2 : 3))
    expect(result.records).toEqual(records)
    expect(result.moved).toEqual([])
    expect(reads).toBeLessThan(20 * n)
  })
})
