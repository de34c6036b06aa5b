import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { invalidRegions, readGb18030Pieces, readUtf8Pieces } from './damage.ts'
import { decodeInput } from './decode.ts'

const prose = '一、总体情况\n2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请12件。\n'.repeat(8)
const bytes = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))))
const utf8 = (s: string) => new TextEncoder().encode(s)
// Bytes invalid in UTF-8 and in GB18030 at both ends, with an ASCII byte and a line break inside.
const junk = [0xff, 0x41, 0xc3, 0x0a, 0x28, 0xff]

describe('damaged UTF-8', () => {
  const at = utf8(prose.slice(0, 40)).length
  const damaged = bytes(utf8(prose.slice(0, 40)), junk, utf8(prose.slice(40)))

  it('is read as UTF-8, the damaged place one U+FFFD per line it spans, and reported where it is', () => {
    const r = decodeInput(damaged, { source: 'a.txt' })
    expect(r.encoding).toBe('utf-8')
    expect(r.text).toBe(`${prose.slice(0, 40)}\ufffd\n\ufffd${prose.slice(40)}`)
    expect(r.diagnostics).toHaveLength(1)
    const d = r.diagnostics[0]!
    expect(d).toMatchObject({ ruleId: 'bytes-damaged', severity: 'warning', file: 'a.txt', data: { byteOffset: at, byteLength: junk.length } })
    // Character 40 is on line 2: the first line is 6 characters and its break.
    expect(d.place?.start).toEqual({ line: 2, column: 34, offset: 40 })
  })

  it('is one place for invalid runs closer than 16 bytes, two for runs farther apart', () => {
    expect(invalidRegions(bytes([0x41, 0xff, 0x41, 0x41, 0xfe, 0x41]), 'utf-8')).toEqual([[1, 5]])
    expect(invalidRegions(bytes([0xff], new Array(16).fill(0x41), [0xfe]), 'utf-8')).toEqual([[0, 1], [17, 18]])
  })

  it('stays refused when it is wrong throughout: GBK text is never read as damaged UTF-8', () => {
    const gbk = new Uint8Array(iconv.encode(prose, 'gbk'))
    expect(readUtf8Pieces(gbk)).toBeUndefined()
    expect(decodeInput(gbk).text).toBe(prose)
    // Told to read it as UTF-8, the decoder does not pretend: the text is full of U+FFFD.
    const forced = decodeInput(gbk, { encoding: 'utf-8' })
    expect(forced.diagnostics).toEqual([])
    expect(forced.text.split('\ufffd').length).toBeGreaterThan(100)
  })

  it('is refused when damaged in more than 16 places', () => {
    const parts: Array<Uint8Array | number[]> = []
    for (let i = 0; i < 17; i++) parts.push(utf8(prose.slice(i * 10, i * 10 + 10)), [0xff])
    expect(readUtf8Pieces(bytes(...parts, utf8(prose)))).toBeUndefined()
    parts.splice(-2)
    expect(readUtf8Pieces(bytes(...parts, utf8(prose)))?.diagnostics).toHaveLength(16)
  })
})

describe('damaged GB18030', () => {
  const head = iconv.encode(prose.slice(0, 40), 'gbk')
  const damaged = bytes(head, junk, iconv.encode(prose.slice(40), 'gbk'))

  it('is read as GB18030 with the damaged place replaced and reported', () => {
    const r = decodeInput(damaged)
    expect(r.encoding).toBe('gb18030')
    expect(r.text).toBe(`${prose.slice(0, 40)}\ufffd\n\ufffd${prose.slice(40)}`)
    expect(r.diagnostics.map((d) => [d.ruleId, d.data])).toEqual([['bytes-damaged', { byteOffset: head.length, byteLength: junk.length, encoding: 'gb18030' }]])
  })

  it('gives the same text as the WHATWG decoder when nothing is damaged', () => {
    const gbk = new Uint8Array(iconv.encode(prose, 'gbk'))
    expect(readGb18030Pieces(gbk)).toEqual({ text: prose, encoding: 'gb18030', diagnostics: [] })
  })
})

describe('mixed encodings', () => {
  const [a, b, c] = [prose.slice(0, 100), prose.slice(100, 200), prose.slice(200)]

  it('reads a GBK fragment in UTF-8 text as GB18030 and says which bytes', () => {
    const fragment = iconv.encode(b, 'gbk')
    const r = decodeInput(bytes(utf8(a), fragment, utf8(c)))
    expect(r.text).toBe(prose)
    expect(r.encoding).toBe('utf-8')
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['encoding-mixed'])
    // The fragment starts and ends amid Chinese characters: the stretch is all of it.
    expect(r.diagnostics[0]!.data).toEqual({ encoding: 'utf-8', stretches: [{ byteOffset: 274, byteLength: fragment.length, encoding: 'gb18030' }], count: 1 })
  })

  it('reads a UTF-8 fragment in GBK text as UTF-8', () => {
    const r = decodeInput(bytes(iconv.encode(a, 'gbk'), utf8(b), iconv.encode(c, 'gbk')))
    expect(r.text).toBe(prose)
    expect(r.encoding).toBe('gb18030')
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['encoding-mixed'])
    expect((r.diagnostics[0]!.data as { encoding: string }).encoding).toBe('gb18030')
  })
})
