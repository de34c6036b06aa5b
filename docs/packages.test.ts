import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const packages = readdirSync(new URL('../packages/', import.meta.url))

// Each package's README example must run as written from the repository root (after
// `pnpm install`), and print what its `// →` comments say, line by line.
describe('package README examples', () => {
  for (const pkg of packages) {
    it(`@gai/${pkg}`, () => {
      const readme = readFileSync(new URL(`../packages/${pkg}/README.md`, import.meta.url), 'utf8')
      const code = /## Example\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1]
      expect(code, `packages/${pkg}/README.md has an example`).toBeDefined()
      const expected = [...code!.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!)
      expect(expected.length).toBeGreaterThan(0)
      const dir = mkdtempSync(`${root}/.readme-`)
      try {
        writeFileSync(`${dir}/example.mjs`, code!)
        const out = execFileSync(process.execPath, [`${dir}/example.mjs`], { cwd: root, encoding: 'utf8' })
        expect(out.trimEnd().split('\n')).toEqual(expected)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})
