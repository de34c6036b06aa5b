import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readerDiagnostics, readerDiagnosticsReference } from './catalogue.ts'
import { parseText } from './parse.ts'

const root = new URL('../../../', import.meta.url)

/** Diagnostic ids written in a reader package's sources. */
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

describe('reader diagnostics catalogue', () => {
  it('holds every id the readers emit, and nothing they do not', () => {
    const used = new Set([...idsUsedIn('parse-text'), ...idsUsedIn('parse-html')])
    expect([...used].filter((id) => !(id in readerDiagnostics))).toEqual([])
    expect(Object.keys(readerDiagnostics).filter((id) => !used.has(id))).toEqual([])
  })

  it('is what docs/readers.md says', () => {
    expect(readFileSync(new URL('docs/readers.md', root), 'utf8')).toBe(readerDiagnosticsReference())
  })

  it('gives each diagnostic its severity and reference from the catalogue', () => {
    const result = parseText('示例局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n规章\t1\t0\n')
    expect(result.diagnostics.length).toBeGreaterThan(0)
    for (const d of result.diagnostics) {
      const entry = readerDiagnostics[d.ruleId as keyof typeof readerDiagnostics]
      expect(entry, d.ruleId).toBeDefined()
      expect(d.severity).toBe(entry.severity)
      expect(d.url).toBe(`docs/readers.md#${d.ruleId}`)
    }
  })
})
