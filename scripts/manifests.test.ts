import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// What every package under packages/ must say about itself to be published: the same licence as
// the repository, where it comes from, the Node it needs, an exports map that TypeScript and
// Node read alike, and dependencies that are exactly the ones its shipped code imports.

type Manifest = {
  name: string
  license: string
  repository: { type: string; url: string; directory: string }
  homepage: string
  bugs: { url: string }
  engines: { node: string }
  publishConfig: { access: string }
  keywords: string[]
  files: string[]
  exports: Record<string, string | Record<string, string>>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const root = fileURLToPath(new URL('..', import.meta.url))
const licence = readFileSync(join(root, 'LICENSE'), 'utf8')
const packageDirs = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'packages', d.name))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.ts$/.test(f.name) && !/\.test\.ts$/.test(f.name))
    .map((f) => join(f.parentPath, f.name))
}

/** The packages a package's shipped sources import (`node:` built-ins apart), by package name. */
function importedPackages(dir: string): Set<string> {
  const names = new Set<string>()
  for (const file of sourceFiles(join(dir, 'src'))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) {
      const spec = m[1]!
      if (spec.startsWith('node:')) continue
      names.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'))
    }
  }
  return names
}

describe('package manifests', () => {
  for (const dir of packageDirs) {
    const where = relative(root, dir)
    const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

    it(`${where}: licence, origin, engines and publishing`, () => {
      expect(m.license).toBe('MIT')
      expect(readFileSync(join(dir, 'LICENSE'), 'utf8'), `${where}/LICENSE is the repository's`).toBe(licence)
      expect(m.repository).toEqual({ type: 'git', url: 'git+https://github.com/gai-reports/gai.git', directory: where })
      expect(m.homepage).toBe(`https://github.com/gai-reports/gai/tree/main/${where}#readme`)
      expect(m.bugs).toEqual({ url: 'https://github.com/gai-reports/gai/issues' })
      expect(m.engines).toEqual({ node: '>=20.19' })
      expect(m.publishConfig).toEqual({ access: 'public' })
      expect(m.keywords.length).toBeGreaterThan(0)
    })

    it(`${where}: exports map`, () => {
      expect(m.exports['./package.json']).toBe('./package.json')
      for (const [key, target] of Object.entries(m.exports)) {
        if (typeof target === 'string') continue
        // The workspace condition first (it must win there), then types before the code.
        expect(Object.keys(target), `${where} exports["${key}"]`).toEqual(['@gai/source', 'types', 'import'])
        expect(target['@gai/source'], 'the sources it points at are shipped').toMatch(/^\.\/src\/.*\.ts$/)
      }
      expect(m.files).toContain('src')
      expect(m.files).toContain('!src/**/*.test.ts')
    })

    it(`${where}: declares exactly what its sources import, runtime ranges with ^`, () => {
      const declared = [...Object.keys(m.dependencies ?? {}), ...Object.keys(m.peerDependencies ?? {})].sort()
      // Its own name appears in doc comments' examples; it is no dependency.
      const imported = [...importedPackages(dir)].filter((n) => n !== m.name).sort()
      // @types/* packages are imported by their bare name (`import type { Root } from 'mdast'`).
      const named = declared.map((d) => (d.startsWith('@types/') ? d.slice('@types/'.length) : d)).sort()
      expect(named, `${where}: dependencies against imports of src/`).toEqual(imported)
      for (const [name, range] of Object.entries(m.dependencies ?? {})) {
        expect(range, `${where}: ${name}`).toMatch(/^(\^\d+\.\d+\.\d+|workspace:\^)$/)
      }
    })
  }
})
