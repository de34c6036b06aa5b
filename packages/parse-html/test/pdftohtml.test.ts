import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getCell } from '@gai/model'
import { parseHtml } from '../src/index.ts'

/**
 * Four real reports printed to PDF by Chromium and by LibreOffice Writer, turned back into HTML by
 * pdftohtml: no tables, every run of text a box placed by its coordinates, in the order the PDF
 * drew them. `printed.json` holds what each page printed (made by
 * packages/parse-text/test/extracted/make.sh). Nothing may be read wrong, what is not read must be
 * said, and each page gives at least the cells `floors.json` records.
 */
const dir = new URL('./pdftohtml/', import.meta.url)
const printed = JSON.parse(readFileSync(new URL('printed.json', dir), 'utf8')) as Record<string, { cells: Record<string, number | null> }>
const floors = JSON.parse(readFileSync(new URL('floors.json', dir), 'utf8')) as Record<string, number>
const files = readdirSync(dir).filter((f) => f.endsWith('.html'))

describe('PDFs turned into pages of positioned text', () => {
  it('has a floor for every page', () => {
    expect(files.sort()).toEqual(Object.keys(floors).sort())
  })

  for (const file of files) {
    const truth = printed[file.split('.')[0]!]!.cells
    describe(file, () => {
      const result = parseHtml(readFileSync(new URL(file, dir)), { source: file })
      const read = (key: string) => (result.report ? (getCell(result.report, key)?.value ?? null) : null)

      it('reads no cell wrong', () => {
        expect(Object.keys(truth).filter((k) => read(k) !== null && read(k) !== truth[k])).toEqual([])
      })

      it('says which cells it could not read', () => {
        const named = new Set(result.diagnostics.flatMap((d) => d.cells?.map((c) => c.key as string) ?? []))
        expect(Object.keys(truth).filter((k) => truth[k] !== null && read(k) === null && !named.has(k))).toEqual([])
      })

      it(`reads at least ${floors[file]} of ${Object.keys(truth).length} cells right`, () => {
        expect(Object.keys(truth).filter((k) => read(k) === truth[k]).length).toBeGreaterThanOrEqual(floors[file]!)
      })
    })
  }
})
