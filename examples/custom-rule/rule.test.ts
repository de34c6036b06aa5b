import { describe, expect, it } from 'vitest'
import { checkReport } from '@gai/model'
import type { Locale } from '@gai/model'
import { parseText } from '@gai/parse-text'
import { feesReported } from './fees-reported.mjs'

// The rule alone, as a plugin beside the built-in rules (all turned off).
const only = { plugins: [feesReported], preset: 'all-off', rules: { 'fees-reported': 'warning' } } as const

/** Read an example's text as a published report and give the rule's messages as they are written down. */
function messagesOf(text: string, locale: Locale): string[] {
  const { report } = parseText(text, { source: 'example.txt' })
  if (!report) throw new Error('the example is not read as a report')
  return checkReport(report, { ...only, locale }).map((d) => `${d.place?.start.line}:${d.place?.start.column}  ${d.reason}  ${d.ruleId}`)
}

describe('fees-reported', () => {
  it('accepts its ok examples and rejects its not-ok ones with the messages written down', () => {
    for (const e of feesReported.examples.ok) expect(messagesOf(e.text, 'zh')).toEqual([])
    for (const e of feesReported.examples.notOk) {
      for (const locale of ['zh', 'en'] as const) expect(messagesOf(e.text, locale)).toEqual(e.messages[locale])
    }
  })

  it('can be turned off like a built-in rule', () => {
    const { report } = parseText(feesReported.examples.notOk[0]!.text)
    expect(checkReport(report!, { plugins: [feesReported], rules: { 'fees-reported': 'off' } }).map((d) => d.ruleId)).not.toContain('fees-reported')
  })
})
