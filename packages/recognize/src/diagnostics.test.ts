import { describe, expect, it } from 'vitest'
import { foldAfter } from './catalogue.ts'
import { Reporter } from './diagnostics.ts'

const at = (line: number) => ({ start: { line, column: 3, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 6 } })
const reason = { zh: '数值不属于任何单元格', en: 'value belongs to no cell' }

function flood(n: number, locale: 'zh' | 'en' = 'en'): Reporter {
  const reporter = new Reporter('rows.txt', locale)
  reporter.add('table-not-found', { zh: '未找到表二', en: 'Table active was not found' })
  for (let line = 1; line <= n; line++) reporter.add('value-without-cell', reason, { place: at(line) })
  return reporter
}

describe('Reporter', () => {
  it('lists up to foldAfter messages of one id one by one', () => {
    const ds = flood(foldAfter).diagnostics
    expect(ds).toHaveLength(foldAfter + 1)
    expect(ds.filter((d) => d.data?.folded !== undefined)).toHaveLength(0)
  })

  it('folds the rest of a flood into one message that keeps every place', () => {
    const ds = flood(foldAfter + 250).diagnostics
    expect(ds).toHaveLength(foldAfter + 2)
    const summary = ds.at(-1)!
    expect(summary.ruleId).toBe('value-without-cell')
    expect(summary.severity).toBe(ds[1]!.severity)
    // The first folded message is the 101st: line 101.
    expect([summary.line, summary.column]).toEqual([foldAfter + 1, 3])
    expect(summary.reason).toBe(`250 more value-without-cell messages like the ones above, not listed one by one, the first at ${foldAfter + 1}:3; data.places holds each one's line, column and offset`)
    const places = summary.data!.places as number[]
    expect(summary.data!.folded).toBe(250)
    expect(places).toHaveLength(250 * 3)
    expect(places.slice(-3)).toEqual([foldAfter + 250, 3, (foldAfter + 250) * 10])
  })

  it('says so in Chinese too', () => {
    expect(flood(foldAfter + 1, 'zh').diagnostics.at(-1)!.reason).toBe('另有 1 条 value-without-cell 提示与上面同类，不再逐条列出，首条在第 101 行第 3 列；每条的位置（行、列、偏移）见 data.places')
  })
})
