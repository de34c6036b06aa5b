import type { Reader } from '@gai/recognize'
import { wordDiagnostics } from './catalogue.ts'
import { isCompound } from './compound.ts'
import { parseDoc, parseDocx } from './parse.ts'
import { isZip } from './zip.ts'

const latin1 = (bytes: Uint8Array, n: number) => {
  let s = ''
  for (let i = 0; i < Math.min(bytes.length, n); i++) s += String.fromCharCode(bytes[i]!)
  return s
}

/** .docx: a zip whose first entries name Word's parts ([Content_Types].xml, word/…). */
export const docxReader: Reader = {
  name: '@gai/parse-docx',
  format: 'docx',
  extensions: ['.docx'],
  mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  sniff(bytes) {
    if (!isZip(bytes)) return 0
    const head = latin1(bytes, 8192)
    if (head.includes('word/')) return 1
    // Any Office package, or any zip: another reader may know it better.
    return head.includes('[Content_Types].xml') ? 0.6 : 0.2
  },
  read: parseDocx,
  diagnostics: wordDiagnostics,
}

/** .doc: an OLE compound file (Word 97–2003; also what an encrypted .docx is). */
export const docReader: Reader = {
  name: '@gai/parse-docx',
  format: 'doc',
  extensions: ['.doc'],
  mediaTypes: ['application/msword'],
  // The signature alone does not tell a .doc from an .xls or a .msg: a firm but not certain yes.
  sniff: (bytes) => (isCompound(bytes) ? 0.8 : 0),
  read: parseDoc,
  diagnostics: wordDiagnostics,
}
