import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run } from '../src/run.ts'
import { memoryIO } from './memory-io.ts'

// The official 2021 template filled with hand-read reports, saved as organs publish it
// (fixtures/official-template/README.md): gai takes each file as it is, chosen by its bytes.
const dir = new URL('../../../fixtures/official-template/', import.meta.url)
const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as Record<string, { files: string[]; cells: Record<string, number | null> }>

/** The fixtures under the names a case gives them, in memory. */
const filesIO = (names: Record<string, string>) =>
  memoryIO(Object.fromEntries(Object.entries(names).map(([name, file]) => [name, new Uint8Array(readFileSync(new URL(file, dir)))])))

/** The cells of `gai parse --to csv` output, by canonical key; blank cells null. */
function cellsOf(csv: string): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (const line of csv.trimEnd().split('\r\n').slice(1)) {
    const [, table, row, column, value] = line.split(',')
    out[`${table}/${row}/${column}`] = value === '' ? null : Number(value)
  }
  return out
}

describe('gai parse on PDF and Word files', () => {
  const [report, { files, cells }] = Object.entries(truth)[0]!
  for (const file of files) {
    it(`${file} (named report.bin): every cell of ${report}`, async () => {
      // A misleading name: the reader is chosen by what the bytes are.
      const io = filesIO({ 'report.bin': file })
      expect(await run(['parse', 'report.bin', '--to', 'csv'], io)).toBe(0)
      expect(cellsOf(io.out)).toEqual(cells)
    })
  }

  it('picks PDF and Word files out of a folder', async () => {
    const io = filesIO({ 'dl/a.pdf': `${report}.writer.pdf`, 'dl/b.docx': `${report}.docx`, 'dl/c.doc': `${report}.doc`, 'dl/notes.xlsx': `${report}.docx` })
    expect(await run(['parse', 'dl', '--to', 'csv', '--jobs', '1'], io)).toBe(0)
    const sources = new Set(io.out.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]))
    expect([...sources].sort()).toEqual(['dl/a.pdf', 'dl/b.docx', 'dl/c.doc'])
  })

  it('refuses a scanned PDF with a message that it needs OCR, exit 2', async () => {
    const io = filesIO({ 'scan.pdf': `${report}.scanned.pdf` })
    expect(await run(['parse', 'scan.pdf'], io)).toBe(2)
    expect(io.err).toContain('OCR')
  })

  it('refuses an encrypted PDF with its reason, exit 2', async () => {
    const io = filesIO({ 'locked.pdf': `${report}.encrypted.pdf` })
    expect(await run(['parse', 'locked.pdf'], io)).toBe(2)
    expect(io.err).toContain('加密')
  })

  it('takes --from for a file whose bytes it should not judge', async () => {
    const io = filesIO({ 'a.docx': `${report}.docx` })
    expect(await run(['parse', 'a.docx', '--from', 'pdf'], io)).toBe(2)
    expect(await run(['parse', 'a.docx', '--from', 'rtf'], io)).toBe(2)
    expect(io.err).toContain('--from must be one of json, pdf, docx, doc, html, text')
  })
})
