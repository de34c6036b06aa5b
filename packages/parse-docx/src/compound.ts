import CFB from 'cfb'

const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Whether the bytes start as an OLE compound file (Word 97–2003, or an encrypted Office file). */
export function isCompound(bytes: Uint8Array): boolean {
  if (bytes.length < signature.length) return false
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false
  return true
}

export type Compound = { ok: true; streams: Map<string, Uint8Array> } | { ok: false; detail: string }

/**
 * The streams of a compound file at its root (`WordDocument`, `1Table`, `EncryptedPackage`, …),
 * read with SheetJS's `cfb`.
 */
export function readCompound(bytes: Uint8Array): Compound {
  let container
  try {
    container = CFB.read(bytes, { type: 'array' })
  } catch (e) {
    return { ok: false, detail: (e as Error).message }
  }
  const streams = new Map<string, Uint8Array>()
  container.FileIndex.forEach((entry, i) => {
    const path = container.FullPaths[i] ?? ''
    // Root-level streams only: `Root Entry/WordDocument`.
    if (entry.type !== 2 || path.split('/').filter(Boolean).length !== 2) return
    const c = entry.content as unknown
    if (c instanceof Uint8Array) streams.set(entry.name, c)
    else if (Array.isArray(c)) streams.set(entry.name, Uint8Array.from(c as number[]))
  })
  return { ok: true, streams }
}
