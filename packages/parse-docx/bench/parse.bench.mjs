// Reading a filled official template as .docx and as .doc, against the steps under each: fflate's
// unzip of the document part, and saxes' parse of its XML. Items are documents, so the table
// shows documents/s. Run with `pnpm bench parse-docx`.
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import { parseDoc, parseDocx } from '../dist/index.js'

const dir = new URL('../../../fixtures/official-template/', import.meta.url)
const docx = new Uint8Array(readFileSync(new URL('pingtan-2024.docx', dir)))
const doc = new Uint8Array(readFileSync(new URL('pingtan-2024.doc', dir)))
const xml = strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'])

function bare(text) {
  const p = new SaxesParser({ position: true })
  p.on('opentag', () => {})
  p.on('closetag', () => {})
  p.on('text', () => {})
  p.write(text).close()
}

export const cases = [
  { name: 'fflate unzip word/document.xml', bytes: docx.length, items: 1, run: () => unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' }) },
  // saxes builds tags and attributes only for a listener: without one it would measure a scan.
  { name: 'saxes parse of word/document.xml (bare, no-op listeners)', bytes: xml.length, items: 1, run: () => bare(xml) },
  { name: 'parseDocx (unzip, XML, tables, map)', bytes: docx.length, items: 1, run: () => parseDocx(docx) },
  { name: 'parseDoc (compound file, piece table, marks, map)', bytes: doc.length, items: 1, run: () => parseDoc(doc) },
]
