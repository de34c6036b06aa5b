import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rulesReference } from './docs.ts'
import { rules } from './registry.ts'

describe('docs/rules.md', () => {
  const file = new URL('../../../../docs/rules.md', import.meta.url)
  it('is the reference generated from the rule modules', () => {
    const text = rulesReference()
    // Regenerate with: UPDATE_DOCS=1 pnpm vitest run packages/model/src/rules/docs.test.ts
    if (process.env.UPDATE_DOCS) writeFileSync(file, text)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('has a section for every rule, where diagnostics link to', () => {
    const text = rulesReference()
    for (const r of rules) expect(text).toContain(`\n## ${r.id}\n`)
  })
})
