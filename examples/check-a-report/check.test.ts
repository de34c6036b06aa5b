import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const dir = fileURLToPath(new URL('.', import.meta.url))

it('prints the findings of a real report', () => {
  const out = execFileSync(process.execPath, ['check.mjs', '../reports/pdf-markdown-2024.txt'], { cwd: dir, encoding: 'utf8' })
  expect(out).toContain('上海市科委, 2024: 1 findings')
  expect(out).toContain('narrative-parts-sum')
})
