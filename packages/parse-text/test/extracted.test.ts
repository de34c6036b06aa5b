import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getCell } from '@gai/model'
import { parseText } from '../src/index.ts'

/**
 * Four real reports printed to PDF by Chromium and by LibreOffice Writer (and saved by Writer as
 * .docx), their text taken out by pdftotext (-layout, -raw, plain), PyMuPDF (plain, sorted),
 * pdfminer.six, python-docx and Writer's own text export: the ways a scraper gets at a PDF's or
 * a Word file's text. `make.sh` made them; `printed.json` holds what each page printed.
 *
 * Some of these ways keep too little of the table to read every cell (pdfminer's and plain
 * pdftotext's column-by-column order, a blank cell in a row of space-aligned figures). What
 * cannot be read must be said, and nothing may be read wrong: those are the assertions for
 * every file. How many cells each file gives is held in `floors.json`, so that a change that
 * reads fewer is seen.
 */
interface Printed {
  format: string
  cells: Record<string, number | null>
}

const dir = new URL('./extracted/', import.meta.url)
const printed = JSON.parse(readFileSync(new URL('printed.json', dir), 'utf8')) as Record<string, Printed>
const floors = JSON.parse(readFileSync(new URL('floors.json', dir), 'utf8')) as Record<string, { right: number; misread?: Record<string, string>; why?: string }>
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))

describe('text taken out of printed reports by real tools', () => {
  it('has a floor for every file', () => {
    expect(files.sort()).toEqual(Object.keys(floors).sort())
  })

  for (const file of files) {
    const report = file.split('.')[0]!
    const truth = printed[report]!
    describe(file, () => {
      const result = parseText(readFileSync(new URL(file, dir)), { source: file })
      const read = (key: string) => (result.report ? (getCell(result.report, key)?.value ?? null) : null)

      it('reads no cell wrong (but the few known, and why)', () => {
        const wrong = Object.entries(truth.cells)
          .filter(([key, want]) => read(key) !== null && read(key) !== want)
          .map(([key]) => key)
        expect(wrong.sort()).toEqual(Object.keys(floors[file]!.misread ?? {}).sort())
      })

      it('says which cells it could not read', () => {
        const named = new Set(result.diagnostics.flatMap((d) => d.cells?.map((c) => c.key as string) ?? []))
        const silent = Object.entries(truth.cells).filter(([key, want]) => want !== null && read(key) === null && !named.has(key))
        expect(silent).toEqual([])
      })

      it(`reads at least ${floors[file]!.right} of ${Object.keys(truth.cells).length} cells right`, () => {
        const right = Object.entries(truth.cells).filter(([key, want]) => read(key) === want).length
        expect(right).toBeGreaterThanOrEqual(floors[file]!.right)
      })
    })
  }
})
