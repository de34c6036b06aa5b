import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeHtml, prescanCharset } from './decode.ts'

const page = '<html><head><meta charset="gbk"><title>报告</title></head><body><p>政府信息公开工作年度报告</p></body></html>'

describe('decodeHtml', () => {
  it('decodes GBK bytes the page declares', () => {
    const r = decodeHtml(new Uint8Array(iconv.encode(page, 'gbk')))
    expect(r.encoding).toBe('gb18030')
    expect(r.text).toContain('政府信息公开工作年度报告')
    expect(r.diagnostics).toEqual([])
  })

  it('honours the BOM before anything else', () => {
    expect(decodeHtml(new Uint8Array(iconv.encode(page, 'utf-16le', { addBOM: true }))).text).toContain('年度报告')
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)])).encoding).toBe('utf-8')
  })

  it('honours the caller’s encoding (HTTP Content-Type) over the meta tag', () => {
    const bytes = new Uint8Array(iconv.encode(page.replace('gbk', 'utf-8'), 'gbk'))
    expect(decodeHtml(bytes, { encoding: 'GB2312' }).text).toContain('年度报告')
  })

  it('detects a page declared GBK but written in UTF-8, and the reverse', () => {
    const utf8 = decodeHtml(new TextEncoder().encode(page))
    expect(utf8.encoding).toBe('utf-8')
    expect(utf8.text).toContain('年度报告')
    expect(utf8.diagnostics.map((d) => d.ruleId)).toEqual(['encoding-mismatch'])
    const gbk = decodeHtml(new Uint8Array(iconv.encode(page.replace('gbk', 'utf-8'), 'gbk')), { locale: 'en' })
    expect(gbk.encoding).toBe('gb18030')
    expect(gbk.text).toContain('年度报告')
    expect(gbk.diagnostics[0]!.reason).toContain('not valid UTF-8')
  })

  it('falls back to GB18030 when undeclared bytes are not UTF-8, and reads Big5 when declared', () => {
    expect(decodeHtml(new Uint8Array(iconv.encode('<p>年度报告</p>', 'gbk'))).encoding).toBe('gb18030')
    const big5 = decodeHtml(new Uint8Array(iconv.encode('<meta charset=big5><p>年度報告</p>', 'big5')))
    expect(big5.text).toContain('年度報告')
  })

  it('finds http-equiv declarations', () => {
    const head = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    expect(prescanCharset(head)).toBe('gb2312')
  })

  // Long enough that the damage is local: twenty paragraphs of Chinese around one damaged place.
  const body = '<p>2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。</p>\n'.repeat(20)
  const junk = [0xff, 0x41, 0xfe]

  it('reads a damaged UTF-8 page, declared or not, and says where the damage is', () => {
    for (const head of ['<meta charset="utf-8">', '', '<meta charset="gbk">']) {
      const bytes = new TextEncoder().encode(head + body)
      const at = bytes.length - 100
      const r = decodeHtml(new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]))
      expect(r.encoding).toBe('utf-8')
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(head.includes('gbk') ? ['encoding-mismatch', 'bytes-damaged'] : ['bytes-damaged'])
      const d = r.diagnostics.find((x) => x.ruleId === 'bytes-damaged')!
      expect(d.data).toEqual({ byteOffset: at, byteLength: 3, encoding: 'utf-8' })
      expect(r.text.slice(d.place!.start.offset, d.place!.end.offset)).toBe('\ufffd')
      expect(r.text.replace('\ufffd', '')).toBe(head + body)
    }
  })

  it('reads a damaged GBK page and says where the damage is', () => {
    const bytes = new Uint8Array(iconv.encode('<meta charset="gbk">' + body, 'gbk'))
    const r = decodeHtml(new Uint8Array([...bytes.subarray(0, 300), ...junk, ...bytes.subarray(300)]))
    expect(r.encoding).toBe('gb18030')
    expect(r.diagnostics.map((d) => [d.ruleId, d.data])).toEqual([['bytes-damaged', { byteOffset: 300, byteLength: 3, encoding: 'gb18030' }]])
  })
})
