import { describe, expect, it } from 'vitest'
import { rules } from '@gai/model'
import { exampleMessages } from './rule-examples.ts'

// remark-lint's way: every example of every rule is a test. The text is read as a published
// report would be, the rule alone runs on it, and what it says must be what a person wrote down.
describe('every rule on its examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has examples of both kinds, with the year before exactly when it compares two years', () => {
        expect(rule.examples.ok.length).toBeGreaterThan(0)
        expect(rule.examples.notOk.length).toBeGreaterThan(0)
        for (const e of [...rule.examples.ok, ...rule.examples.notOk]) expect(e.previous !== undefined, e.title.en).toBe(rule.scope === 'pair')
      })

      for (const example of rule.examples.ok) {
        it(`accepts: ${example.title.en}`, () => {
          expect(exampleMessages(rule, example, 'zh')).toEqual([])
        })
      }
      for (const example of rule.examples.notOk) {
        it(`rejects: ${example.title.en}, with the messages written down`, () => {
          for (const locale of ['zh', 'en'] as const) {
            const found = exampleMessages(rule, example, locale)
            expect(found.map((m) => m.line)).toEqual(example.messages[locale])
            // Written-down messages carry no severity: each is at the rule's own.
            for (const m of found) expect(m.severity).toBe(rule.severity)
          }
        })
      }
    })
  }
})
