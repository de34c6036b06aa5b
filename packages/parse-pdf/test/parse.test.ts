import { readFileSync } from 'node:fs'
import { checkReport, getCell } from '@gai/model'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parsePdf, pdfReader } from '../src/index.ts'

const dir = new URL('../../../fixtures/official-template/', import.meta.url)
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)))
// Hand-read values of every cell, copied from the corpus transcripts (see the fixtures' README).
const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as Record<string, { cells: Record<string, number | null> }>
const reports = Object.keys(truth)

describe('parsePdf on the official template printed by LibreOffice Writer', () => {
  it.each(reports)('%s: every cell as a person read it, with its page and box', async (name) => {
    const { report, diagnostics } = await parsePdf(bytes(`${name}.writer.pdf`), { source: `${name}.writer.pdf` })
    expect(report).not.toBeNull()
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    for (const [key, value] of Object.entries(truth[name]!.cells)) {
      const cell = getCell(report!, key)
      expect(cell?.value, key).toBe(value)
      if (value !== null) {
        const box = cell!.origin!.box!
        expect(box.page, key).toBeGreaterThanOrEqual(1)
        expect(box.width * box.height, key).toBeGreaterThan(0)
      }
    }
  }, 30_000)

  it('places a value by the box of the cell it was printed in', async () => {
    const { report } = await parsePdf(bytes('pingtan-2024.writer.pdf'))
    const fees = getCell(report!, 'active/fees/amount')!
    expect(fees.raw).toBe('18651.06')
    const box = fees.origin!.box!
    expect(box.page).toBe(1)
    // Table 二 stands in the page's upper half, its figures right of the labels (A4: 595 × 842 pt).
    expect(box.x).toBeGreaterThan(100)
    expect(box.y + box.height).toBeLessThan(842 / 1.5)
  })
})

describe('parsePdf on the bytes as Node reads a file', () => {
  it('reads a Buffer from readFileSync as it reads a Uint8Array, and leaves it as it was', async () => {
    const buffer = readFileSync(new URL('pingtan-2024.writer.pdf', dir))
    const before = Buffer.from(buffer)
    const { report, diagnostics } = await parsePdf(buffer)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(getCell(report!, 'active/fees/amount')?.raw).toBe('18651.06')
    expect(buffer.equals(before)).toBe(true)
  })
})

describe('parsePdf on a browser PDF of Writer\'s HTML export', () => {
  // Chromium draws every border as a thin rectangle of its own, and leaves some out (beside group
  // labels, under the header, between the figures of a row): every cell all the same.
  it.each(reports)('%s: every cell as a person read it', async (name) => {
    const { report } = await parsePdf(bytes(`${name}.chrome.pdf`))
    expect(report).not.toBeNull()
    for (const [key, value] of Object.entries(truth[name]!.cells)) expect(getCell(report!, key)?.value, key).toBe(value)
  }, 30_000)
})

describe('parsePdf refuses what it cannot read, never throwing', () => {
  it('a scan without a text layer, saying it needs OCR', async () => {
    const { report, diagnostics } = await parsePdf(bytes('pingtan-2024.scanned.pdf'), { locale: 'en' })
    expect(report).toBeNull()
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ ruleId: 'no-text-layer', severity: 'error', source: '@gai/parse-pdf' })
    expect(diagnostics[0]!.reason).toContain('OCR')
  })

  it('an encrypted PDF, with pdfjs\'s reason', async () => {
    const { report, diagnostics } = await parsePdf(bytes('pingtan-2024.encrypted.pdf'))
    expect(report).toBeNull()
    expect(diagnostics[0]).toMatchObject({ ruleId: 'encrypted-pdf', severity: 'error' })
    expect(diagnostics[0]!.reason).toMatch(/密码/)
  })

  it.each([0.1, 0.5, 0.9])('a PDF cut to %s of its bytes: refused or read in part, with a message', async (share) => {
    const whole = bytes('pingtan-2024.writer.pdf')
    const { report, diagnostics } = await parsePdf(whole.slice(0, Math.floor(whole.length * share)))
    expect(diagnostics.some((d) => d.ruleId === 'internal-error')).toBe(false)
    if (report === null) expect(diagnostics[0]).toMatchObject({ ruleId: 'broken-pdf', severity: 'error', source: '@gai/parse-pdf' })
    else for (const [key, value] of Object.entries(truth['pingtan-2024']!.cells)) {
      const v = getCell(report, key)?.value
      if (v !== null && v !== undefined) expect(v, key).toBe(value)
    }
  }, 30_000)

  it('bytes that are no PDF, and empty input', async () => {
    expect((await parsePdf(new TextEncoder().encode('一、总体情况'))).diagnostics[0]!.ruleId).toBe('not-pdf')
    expect((await parsePdf(new Uint8Array())).diagnostics[0]!.ruleId).toBe('empty-input')
  })
})

describe('pdfReader', () => {
  it('is sure of a PDF header and of nothing else', () => {
    expect(pdfReader.sniff(bytes('pingtan-2024.writer.pdf'))).toBe(1)
    expect(pdfReader.sniff(new TextEncoder().encode('<html>'))).toBe(0)
    expect(pdfReader.sniff(new Uint8Array())).toBe(0)
  })

  it('reads through the Reader contract', async () => {
    const { report } = await pdfReader.read(bytes('shanghai-kewei-2024.writer.pdf'))
    expect(getCell(report!, 'applications/newReceived/total')?.value).toBe(truth['shanghai-kewei-2024']!.cells['applications/newReceived/total'])
  })
})

describe('parsePdf and VFile', () => {
  it('fills the VFile given: value the text taken out of the pages, which origins and places point into', async () => {
    const name = 'shanghai-kewei-2024'
    const file = new VFile({ path: `${name}.writer.pdf`, value: bytes(`${name}.writer.pdf`) })
    const result = await parsePdf(file)
    expect(result.file).toBe(file)
    expect(file.data.report).toBe(result.report)
    expect(typeof file.value).toBe('string')
    const key = 'applications/newReceived/total'
    const cell = getCell(result.report!, key)!
    expect(cell.value).toBe(truth[name]!.cells[key])
    const { start, end } = cell.origin!.position
    expect((file.value as string).slice(start.offset, end.offset)).toBe(String(truth[name]!.cells[key]))
    // A rule's message about a cell of a PDF carries the page box of that cell.
    const found = checkReport(result.report!).filter((d) => d.cells[0]?.origin?.box)
    expect(found.length).toBeGreaterThan(0)
    for (const d of found) expect(d.box).toEqual(d.cells[0]!.origin!.box)
  }, 30_000)
})
