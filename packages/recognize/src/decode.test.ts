import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { sniffBinary, sniffUtf16 } from './decode.ts'
import { propertyRuns } from '@gai/model/arbitraries'

/** The rule sniffBinary applies, byte by byte: more than a tenth of the first 4 KB below 8. */
function byteByByte(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let control = 0
  for (let i = 0; i < n; i++) if (bytes[i]! < 8) control++
  return n > 0 && control / n > 0.1
}

describe('sniffBinary', () => {
  // Bytes of every kind, control bytes often, placed at every alignment the word-wise pass meets.
  const byte = fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 8, max: 255 }), fc.constantFrom(0x07, 0x08, 0x80, 0x87, 0xff))
  it.prop([fc.array(byte, { maxLength: 5000 }), fc.integer({ min: 0, max: 7 })], { numRuns: propertyRuns(300) })(
    'tells text from bytes with many control bytes, at any offset in a buffer',
    (list, offset) => {
        const buffer = new Uint8Array(list.length + offset)
        buffer.set([0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47].slice(0, offset))
        buffer.set(list, offset)
        const bytes = buffer.subarray(offset)
        // Signatures (PDF, ZIP, OLE, BOMs) answer first; the property is about the count.
        if (sniffBinary(bytes) === 'pdf' || sniffBinary(bytes) === 'docx' || sniffBinary(bytes) === 'doc') return
        const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        expect(sniffBinary(bytes) === 'binary').toBe(!bom && !sniffUtf16(bytes) && byteByByte(bytes))
    },
  )

  it('counts the control bytes of the first 4 KB exactly, at the threshold', () => {
    const text = new Uint8Array(4096).fill(0x41)
    // Control bytes 1–7 (no zeros, which would look like UTF-16's).
    for (let i = 0; i < 409; i++) text[i * 10 + 3] = 1 + (i % 7)
    expect(sniffBinary(text)).toBeUndefined() // 409 of 4096: not more than a tenth
    text[4095] = 0
    expect(sniffBinary(text)).toBe('binary') // 410 of 4096
  })

  it('takes UTF-16 without a byte order mark for text, and bytes with zeros everywhere for binary', () => {
    const text = '示例局2024年政府信息公开工作年度报告\n一、总体情况\n规章\t1\t0\t5\n'.repeat(20)
    const le = new Uint8Array(Buffer.from(text, 'utf16le'))
    const be = new Uint8Array(le.length)
    for (let i = 0; i < le.length; i += 2) (be[i] = le[i + 1]!), (be[i + 1] = le[i]!)
    expect([sniffUtf16(le), sniffBinary(le)]).toEqual(['utf-16le', undefined])
    expect([sniffUtf16(be), sniffBinary(be)]).toEqual(['utf-16be', undefined])
    // An image's bytes: zeros at even and odd offsets alike.
    const image = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : (i * 37) % 251))
    expect([sniffUtf16(image), sniffBinary(image)]).toEqual([undefined, 'binary'])
  })
})
