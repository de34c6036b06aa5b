import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const guide = readFileSync(new URL('./unified.md', import.meta.url), 'utf8')
const examples = [...guide.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!)

// Each example of the guide runs as written from the repository root (after `pnpm install`) and
// prints what its `// →` comments say, line by line.
describe('docs/guides/unified.md', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(5))
  examples.forEach((code, i) => {
    it(`example ${i + 1} prints what it says`, () => {
      const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!)
      expect(expected.length).toBeGreaterThan(0)
      const dir = mkdtempSync(`${root}/.readme-`)
      try {
        writeFileSync(`${dir}/example.mjs`, code)
        const out = execFileSync(process.execPath, [`${dir}/example.mjs`], { cwd: root, encoding: 'utf8' })
        expect(out.trimEnd().split('\n')).toEqual(expected)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
})
