import { strFromU8, unzipSync } from 'fflate'

/** A part unpacks to at most this many bytes: report documents are far smaller, zip bombs not. */
export const maxPartSize = 64 * 1024 * 1024

export type DocxParts =
  | { ok: true; part: string; xml: string }
  | { ok: false; why: 'not-a-zip' | 'not-docx' | 'part-too-large'; detail: string }

const zipSignature = [0x50, 0x4b]
const officeDocument = /\/officeDocument$/

/** Whether the bytes open as a zip archive (its local-file or end-of-directory signature). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === zipSignature[0] && bytes[1] === zipSignature[1] && (bytes[2] === 3 || bytes[2] === 5)
}

function unzip(bytes: Uint8Array, names: ReadonlySet<string>): Record<string, Uint8Array> | { tooLarge: string } {
  let tooLarge: string | undefined
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (!names.has(f.name)) return false
      if (f.originalSize > maxPartSize) tooLarge = f.name
      return f.originalSize <= maxPartSize
    },
  })
  return tooLarge ? { tooLarge } : files
}

/**
 * The main document part of a .docx: the target of the package's `officeDocument` relationship
 * (`word/document.xml` in every file Word writes), decoded as UTF-8. Only the parts needed are
 * inflated, each under `maxPartSize`.
 */
export function documentPart(bytes: Uint8Array): DocxParts {
  if (!isZip(bytes)) return { ok: false, why: 'not-a-zip', detail: 'no zip signature' }
  let rels: Record<string, Uint8Array> | { tooLarge: string }
  try {
    rels = unzip(bytes, new Set(['_rels/.rels']))
  } catch (e) {
    return { ok: false, why: 'not-a-zip', detail: (e as Error).message }
  }
  if ('tooLarge' in rels) return { ok: false, why: 'part-too-large', detail: String(rels.tooLarge) }
  let part = 'word/document.xml'
  const relsPart = rels['_rels/.rels']
  if (relsPart) {
    // Relationships are a flat list of one element each; the main one names its target.
    for (const m of strFromU8(relsPart).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(m[0])?.[1]
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1]
      if (type && target && officeDocument.test(type)) part = target.replace(/^\//, '')
    }
  }
  let files: Record<string, Uint8Array> | { tooLarge: string }
  try {
    files = unzip(bytes, new Set([part]))
  } catch (e) {
    return { ok: false, why: 'not-a-zip', detail: (e as Error).message }
  }
  if ('tooLarge' in files) return { ok: false, why: 'part-too-large', detail: String(files.tooLarge) }
  const data = files[part]
  if (!data) return { ok: false, why: 'not-docx', detail: part }
  return { ok: true, part, xml: strFromU8(data) }
}
