import { describe, expect, it } from 'vitest'
import { checkReport } from '@gai/model'
import { feesReported } from './fees-reported.mjs'

const only = { plugins: [feesReported], rules: { 'format-year': 'off' } } as const

describe('fees-reported', () => {
  it('accepts its ok examples and rejects its not-ok ones', () => {
    for (const e of feesReported.examples.ok) expect(checkReport(e.reports()[0]!, only).filter((d) => d.ruleId === 'fees-reported')).toEqual([])
    for (const e of feesReported.examples.notOk) {
      for (const locale of ['zh', 'en'] as const) {
        const found = checkReport(e.reports()[0]!, { ...only, locale }).filter((d) => d.ruleId === 'fees-reported')
        expect(found.map((d) => ({ severity: d.severity, reason: d.reason }))).toEqual(e.messages.map((m) => ({ severity: m.severity, reason: m[locale] })))
      }
    }
  })

  it('can be turned off like a built-in rule', () => {
    const r = feesReported.examples.notOk[0]!.reports()[0]!
    expect(checkReport(r, { ...only, rules: { 'fees-reported': 'off' } }).map((d) => d.ruleId)).not.toContain('fees-reported')
  })
})
