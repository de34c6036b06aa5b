import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { htmlDiagnostics } from '@gai/parse-html'
import { pdfDiagnostics } from '@gai/parse-pdf'
import { parseText, textDiagnostics } from '@gai/parse-text'
import { coreDiagnostics, diagnosticsReference } from '@gai/recognize'
import { describe, expect, it } from 'vitest'

const root = new URL('../', import.meta.url)
const readers = [
  { package: '@gai/parse-text', catalogue: textDiagnostics },
  { package: '@gai/parse-html', catalogue: htmlDiagnostics },
  { package: '@gai/parse-pdf', catalogue: pdfDiagnostics },
]

/** Diagnostic ids written in a package's sources. */
function idsUsedIn(pkg: string): Set<string> {
  const dir = new URL(`packages/${pkg}/src/`, root)
  const ids = new Set<string>()
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f === 'catalogue.ts') continue
    const src = readFileSync(new URL(f, dir), 'utf8')
    for (const m of src.matchAll(/(?:\.add|\bfail|readerFailure)\(\s*(?:'[^']*',\s*)?'([a-z0-9-]+)'|ruleId:\s*'([a-z0-9-]+)'/g)) ids.add(m[1] ?? m[2]!)
  }
  return ids
}

describe('reader diagnostics catalogues', () => {
  it('hold every id the core and each reader emit, each in the catalogue of the package that emits it', () => {
    const owners: [string, Record<string, unknown>][] = [
      ['recognize', coreDiagnostics],
      ['parse-text', textDiagnostics],
      ['parse-html', htmlDiagnostics],
      ['parse-pdf', pdfDiagnostics],
    ]
    const core = idsUsedIn('recognize')
    expect([...core].filter((id) => !(id in coreDiagnostics))).toEqual([])
    for (const [pkg, own] of owners.slice(1)) {
      const used = idsUsedIn(pkg)
      // A reader emits its own ids and the core's failures (empty input, encoding, internal error).
      expect([...used].filter((id) => !(id in own) && !(id in coreDiagnostics)), pkg).toEqual([])
      expect(Object.keys(own).filter((id) => !used.has(id)), pkg).toEqual([])
    }
    const emitted = new Set([...core, ...idsUsedIn('parse-text'), ...idsUsedIn('parse-html'), ...idsUsedIn('parse-pdf')])
    expect(Object.keys(coreDiagnostics).filter((id) => !emitted.has(id))).toEqual([])
    // No id is declared twice: each belongs to one package.
    const all = owners.flatMap(([, c]) => Object.keys(c))
    expect(all.length).toBe(new Set(all).size)
  })

  it('is what docs/readers.md says', () => {
    // `UPDATE_DOCS=1` rewrites the page from the catalogues; the diff is then reviewed.
    if (process.env.UPDATE_DOCS) writeFileSync(new URL('docs/readers.md', root), diagnosticsReference(readers))
    expect(readFileSync(new URL('docs/readers.md', root), 'utf8')).toBe(diagnosticsReference(readers))
  })

  it('gives each diagnostic its severity and reference from the catalogue', () => {
    const result = parseText('示例局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n规章\t1\t0\n')
    expect(result.diagnostics.length).toBeGreaterThan(0)
    for (const d of result.diagnostics) {
      const entry = { ...coreDiagnostics, ...textDiagnostics }[d.ruleId]
      expect(entry, d.ruleId).toBeDefined()
      expect(d.severity).toBe(entry!.severity)
      expect(d.url).toBe(`docs/readers.md#${d.ruleId}`)
    }
  })
})
