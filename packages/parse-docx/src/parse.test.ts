import { readFileSync } from 'node:fs'
import CFB from 'cfb'
import { strToU8, zipSync } from 'fflate'
import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { wordDiagnostics } from './catalogue.ts'
import { parseDoc, parseDocx } from './parse.ts'
import { docReader, docxReader } from './reader.ts'
import { propertyRuns } from '@gai/model/arbitraries'

const dir = new URL('../../../fixtures/official-template/', import.meta.url)
const docx = readFileSync(new URL('pingtan-jtj-2022.docx', dir))
const doc = readFileSync(new URL('pingtan-jtj-2022.doc', dir))

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
const docxOf = (body: string) => zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': `<?xml version="1.0"?><w:document ${ns}><w:body>${body}</w:body></w:document>` })
const compound = (streams: Record<string, Uint8Array>) => {
  const c = CFB.utils.cfb_new()
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(c, name, data)
  return Uint8Array.from(CFB.write(c, { type: 'array' }) as number[])
}

/** The one error of a failed read, with its id checked against the catalogues. */
function failure(result: ReturnType<typeof parseDocx>) {
  expect(result.report).toBeNull()
  expect(result.diagnostics).toHaveLength(1)
  const d = result.diagnostics[0]!
  expect(d.severity).toBe('error')
  expect(d.source).toBe('@gai/parse-docx')
  return d
}

describe('parseDocx on bad input', () => {
  it('says a file that is no zip is not a .docx', () => {
    expect(failure(parseDocx(strToU8('一、总体情况'))).ruleId).toBe('not-a-zip')
    expect(failure(parseDocx('PK\u0003\u0004 text')).ruleId).toBe('not-a-zip')
    expect(failure(parseDocx(new Uint8Array())).ruleId).toBe('empty-input')
  })

  it('says a zip cut short or damaged is not a .docx, and where it came from', () => {
    const d = failure(parseDocx(docx.subarray(0, docx.length >> 1), { source: 'cut.docx', locale: 'en' }))
    expect(d.ruleId).toBe('not-a-zip')
    expect(d.file).toBe('cut.docx')
    expect(d.url).toBe('https://github.com/gai-reports/gai/blob/main/docs/readers.md#not-a-zip')
    const flipped = Uint8Array.from(docx)
    for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] = flipped[i]! ^ 0x5a
    expect(['not-a-zip', 'bad-xml']).toContain(failure(parseDocx(flipped)).ruleId)
  })

  it('says a zip of something else holds no Word document', () => {
    const d = failure(parseDocx(zip({ 'xl/workbook.xml': '<workbook/>' }), { locale: 'en' }))
    expect(d.ruleId).toBe('not-docx')
    expect(d.reason).toContain('word/document.xml')
  })

  it('gives the line and column of malformed XML', () => {
    const d = failure(parseDocx(zip({ 'word/document.xml': `<w:document ${ns}>\n<w:body><w:p></w:body></w:document>` }), { locale: 'en' }))
    expect(d.ruleId).toBe('bad-xml')
    expect(d.reason).toMatch(/line 2, column \d+/)
  })

  it('says a password-protected .docx (an encrypted package in a compound file) is encrypted', () => {
    const encrypted = compound({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(512) })
    expect(failure(parseDocx(encrypted)).ruleId).toBe('encrypted-docx')
    expect(failure(parseDoc(encrypted)).ruleId).toBe('encrypted-docx')
  })

  it('reads a .doc given as a .docx, and says a document with no text is empty', () => {
    expect(parseDocx(doc).report?.tables.applications.rows.newReceived!.total!.value).toBe(11)
    expect(failure(parseDocx(docxOf('<w:p/>'))).ruleId).toBe('empty-input')
  })

  it('refuses a part that unpacks past the limit without unpacking it', () => {
    // A zip's sizes are what it says: a header claiming 1 GB is refused before inflating anything.
    const bomb = Uint8Array.from(docxOf('<w:p/>'))
    const view = new DataView(bomb.buffer)
    for (let i = 0; i + 46 <= bomb.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1 << 30, true)
    expect(failure(parseDocx(bomb)).ruleId).toBe('part-too-large')
  })
})

describe('parseDoc on bad input', () => {
  it('says a file that is no compound file is not a .doc, and reads a .docx given as a .doc', () => {
    expect(failure(parseDoc(strToU8('一、总体情况'))).ruleId).toBe('not-doc')
    expect(parseDoc(docx).report?.tables.applications.rows.newReceived!.total!.value).toBe(11)
  })

  it('says a compound file without a WordDocument stream is not a .doc', () => {
    expect(failure(parseDoc(compound({ Workbook: new Uint8Array(600) }))).ruleId).toBe('not-doc')
    expect(failure(parseDoc(doc.subarray(0, 300))).ruleId).toBe('not-doc')
  })

  it('says an encrypted .doc is encrypted', () => {
    const c = CFB.read(Uint8Array.from(doc), { type: 'array' })
    const entry = CFB.find(c, 'WordDocument')!
    const word = Uint8Array.from(entry.content as ArrayLike<number>)
    word[0x0b] = word[0x0b]! | 0x01 // fEncrypted is bit 8 of the flags at 0x0A
    entry.content = word as unknown as typeof entry.content
    const encrypted = Uint8Array.from(CFB.write(c, { type: 'array' }) as number[])
    expect(failure(parseDoc(encrypted)).ruleId).toBe('encrypted-doc')
  })

  it('never throws on damaged bytes of a real .doc and never fails inside', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = Uint8Array.from(doc)
      for (let i = 512 + seed; i < bytes.length; i += 211 + seed) bytes[i] = (bytes[i]! * 31 + seed) & 0xff
      const result = parseDoc(bytes)
      expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
    }
  })
})

describe('both readers on any bytes', () => {
  // Bytes that start as each format does, so the readers go past their first check.
  const heads = [[], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [...docx.subarray(0, 600)], [...doc.subarray(0, 2048)]]
  const whole = [[...docx], [...doc]]
  it.prop([fc.constantFrom(...heads), fc.uint8Array({ maxLength: 4096 })], {
    numRuns: propertyRuns(100),
    // The two real files whole: random bytes seldom get past the container, these reach the
    // core, so a failure there shows here too.
    examples: whole.map((file): [number[], Uint8Array<ArrayBuffer>] => [file, new Uint8Array(0)]),
  })('give a report or one error of their catalogue, never an internal error', (head, tail) => {
    const bytes = Uint8Array.from([...head, ...tail])
    const real = tail.length === 0 && whole.includes(head)
    for (const read of [parseDocx, parseDoc]) {
      const { report, diagnostics } = read(bytes)
      expect(diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
      if (report === null) expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1)
      // A real file whole gives its report, whichever reader is handed it.
      if (real) expect(report).not.toBeNull()
    }
  })
})

describe('the readers', () => {
  it('know their bytes by their signatures', () => {
    expect(docxReader.sniff(docx)).toBe(1)
    expect(docxReader.sniff(doc)).toBe(0)
    expect(docxReader.sniff(zip({ 'a.txt': 'x' }))).toBeLessThan(0.5)
    expect(docReader.sniff(doc)).toBeGreaterThan(0.5)
    expect(docReader.sniff(docx)).toBe(0)
    expect(docReader.sniff(strToU8('<html>'))).toBe(0)
  })

  it('name their format and own diagnostics', () => {
    expect([docxReader.format, docReader.format]).toEqual(['docx', 'doc'])
    expect(docxReader.diagnostics).toBe(wordDiagnostics)
    expect(docxReader.read(docx)).toMatchObject({ report: { meta: { year: 2022 } } })
  })
})
