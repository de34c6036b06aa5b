import { readFileSync, writeFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { modelReference } from './reference.ts'

it('docs/model.md is the reference generated from the templates', () => {
  const file = new URL('../../../../docs/model.md', import.meta.url)
  const text = modelReference()
  // Regenerate with: UPDATE_DOCS=1 pnpm vitest run packages/model/src/templates/reference.test.ts
  if (process.env.UPDATE_DOCS) writeFileSync(file, text)
  expect(readFileSync(file, 'utf8')).toBe(text)
  expect(text).toContain('| `otherHandling.overdueFee` |')
})
