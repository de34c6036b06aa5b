import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Each package's public API is pinned in packages/<name>/api.json: for every entry point of its
// exports map, every exported name with its kind (function, class, object, …, or type for names
// that exist only for TypeScript). Adding, removing or changing the kind of an export is then a
// visible change in review. Regenerate with: UPDATE_API=1 npx pnpm@10 vitest run scripts/api.test.ts

type Api = Record<string, Record<string, string>>
type Manifest = { name: string; exports: Record<string, string | Record<string, string>> }

const root = fileURLToPath(new URL('..', import.meta.url))
const packageDirs = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'packages', d.name))

/** The TypeScript source of each code entry point (`@gai/source` condition); JSON entries have none. */
function sourceEntries(dir: string): [string, string][] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
  return Object.entries(manifest.exports).flatMap(([key, target]) => {
    const source = typeof target === 'object' ? target['@gai/source'] : undefined
    return source ? [[key, join(dir, source)] as [string, string]] : []
  })
}

const entries = packageDirs.flatMap((dir) => sourceEntries(dir).map(([key, file]) => ({ dir, key, file })))

// One program over every entry point gives each module's exported names, types included.
const program = ts.createProgram(
  entries.map((e) => e.file),
  {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@gai/source'],
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
)
const checker = program.getTypeChecker()

function exportedNames(file: string): string[] {
  const source = program.getSourceFile(file)
  const symbol = source && checker.getSymbolAtLocation(source)
  if (!symbol) throw new Error(`${file}: TypeScript found no module`)
  return checker.getExportsOfModule(symbol).map((s) => s.getName())
}

function kindOf(value: unknown): string {
  if (typeof value === 'function') return /^class[\s{]/.test(Function.prototype.toString.call(value)) ? 'class' : 'function'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

async function currentApi(dir: string): Promise<Api> {
  const api: Api = {}
  for (const { key, file } of entries.filter((e) => e.dir === dir)) {
    const runtime = (await import(file)) as Record<string, unknown>
    const names = [...new Set([...exportedNames(file), ...Object.keys(runtime)])].sort()
    api[key] = Object.fromEntries(names.map((n) => [n, n in runtime ? kindOf(runtime[n]) : 'type']))
  }
  return api
}

describe('public API of each package', () => {
  for (const dir of packageDirs) {
    const name = dir.slice(dir.lastIndexOf('/') + 1)
    it(`packages/${name} matches packages/${name}/api.json`, async () => {
      const file = join(dir, 'api.json')
      const text = `${JSON.stringify(await currentApi(dir), null, 2)}\n`
      if (process.env.UPDATE_API) writeFileSync(file, text)
      expect(existsSync(file), `packages/${name}/api.json is missing: write it with UPDATE_API=1`).toBe(true)
      expect(text, `the exports of packages/${name} changed: review, then UPDATE_API=1 npx pnpm@10 vitest run scripts/api.test.ts`).toBe(
        readFileSync(file, 'utf8'),
      )
    })
  }
})
