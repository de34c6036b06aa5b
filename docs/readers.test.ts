import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { docReader, docxReader, wordDiagnostics } from '@gai/parse-docx'
import { htmlDiagnostics, htmlReader } from '@gai/parse-html'
import { pdfDiagnostics, pdfReader } from '@gai/parse-pdf'
import { parseText, textDiagnostics, textReader } from '@gai/parse-text'
import { chooseReader, coreDiagnostics, diagnosticsReference } from '@gai/recognize'
import { unifiedDiagnostics } from '@gai/unified'
import { describe, expect, it } from 'vitest'

const root = new URL('../', import.meta.url)
const readers = [
  { package: '@gai/parse-text', catalogue: textDiagnostics },
  { package: '@gai/parse-html', catalogue: htmlDiagnostics },
  { package: '@gai/parse-docx', catalogue: wordDiagnostics },
  { package: '@gai/parse-pdf', catalogue: pdfDiagnostics },
  { package: '@gai/unified', catalogue: unifiedDiagnostics },
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
      ['parse-docx', wordDiagnostics],
      ['parse-pdf', pdfDiagnostics],
      ['unified', unifiedDiagnostics],
    ]
    const core = idsUsedIn('recognize')
    expect([...core].filter((id) => !(id in coreDiagnostics))).toEqual([])
    for (const [pkg, own] of owners.slice(1)) {
      const used = idsUsedIn(pkg)
      // A reader emits its own ids and the core's failures (empty input, encoding, internal error).
      expect([...used].filter((id) => !(id in own) && !(id in coreDiagnostics)), pkg).toEqual([])
      expect(Object.keys(own).filter((id) => !used.has(id)), pkg).toEqual([])
    }
    const emitted = new Set([...core, ...idsUsedIn('parse-text'), ...idsUsedIn('parse-html'), ...idsUsedIn('parse-docx'), ...idsUsedIn('parse-pdf'), ...idsUsedIn('unified')])
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
      expect(d.url).toBe(`https://github.com/gai-reports/gai/blob/main/docs/readers.md#${d.ruleId}`)
    }
  })
})

describe('the readers as a registry', () => {
  const bytes = (s: string) => new TextEncoder().encode(s)
  const registry = [textReader, htmlReader, docxReader, docReader, pdfReader]
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/official-template/${name}`, root)))

  it('gives a page to the HTML reader and text to the text reader, whatever their order', () => {
    for (const readers of [registry, [...registry].reverse()]) {
      expect(chooseReader(readers, bytes('<html><head><meta charset="gbk"></head>'))?.format).toBe('html')
      expect(chooseReader(readers, bytes('一、总体情况\n规章\t0'))?.format).toBe('text')
      expect(chooseReader(readers, fixture('pingtan-2024.docx'))?.format).toBe('docx')
      expect(chooseReader(readers, fixture('pingtan-2024.doc'))?.format).toBe('doc')
      expect(chooseReader(readers, fixture('pingtan-2024.writer.pdf'))?.format).toBe('pdf')
    }
  })

  it('names each reader as the source of its diagnostics', async () => {
    const page = await htmlReader.read(bytes('<html><body><p>一、总体情况</p></body></html>'))
    expect(page.diagnostics.every((d) => d.source === '@gai/parse-html')).toBe(true)
    const text = await textReader.read('一、总体情况\n二、主动公开政府信息情况\n')
    expect(text.diagnostics.length).toBeGreaterThan(0)
    expect(text.diagnostics.every((d) => d.source === '@gai/parse-text')).toBe(true)
  })
})
