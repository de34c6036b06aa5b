import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (f === 'node_modules' || f.startsWith('.')) return []
    return statSync(p).isDirectory() ? markdownFiles(p) : f.endsWith('.md') ? [p] : []
  })
}

// GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
const slug = (h: string) => h.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-')

it('has no broken relative link or anchor in the docs, the READMEs and the examples', () => {
  const packages = readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'README.md'))
  const files = [join(root, 'README.md'), ...packages, ...markdownFiles(join(root, 'docs')), ...markdownFiles(join(root, 'examples'))]
  const broken: string[] = []
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = m[1]!
      if (/^[a-z]+:/.test(href)) continue
      const [path, anchor] = href.split('#') as [string, string | undefined]
      const target = path === '' ? file : resolve(dirname(file), path)
      if (!existsSync(target)) {
        broken.push(`${file.slice(root.length)}: ${href}`)
        continue
      }
      if (anchor && target.endsWith('.md')) {
        const headings = [...readFileSync(target, 'utf8').matchAll(/^#+ (.+)$/gm)].map((h) => slug(h[1]!))
        if (!headings.includes(anchor)) broken.push(`${file.slice(root.length)}: ${href} (no such heading)`)
      }
    }
  }
  expect(broken).toEqual([])
})
