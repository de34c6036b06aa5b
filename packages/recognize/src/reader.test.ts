import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import type { Reader } from './reader.ts'
import { chooseReader } from './reader.ts'

const reader = (format: string, sniff: (b: Uint8Array) => number): Reader => ({
  name: `@example/${format}`,
  format,
  extensions: [],
  mediaTypes: [],
  sniff,
  read: () => ({ report: null, diagnostics: [], file: new VFile() }),
  diagnostics: {},
})

describe('chooseReader', () => {
  const pdf = reader('pdf', (b) => (b[0] === 0x25 && b[1] === 0x50 ? 1 : 0))
  const text = reader('text', () => 0.1)
  const html = reader('html', (b) => (b[0] === 0x3c ? 0.8 : 0))

  it('takes the reader most sure of the bytes, whatever the order', () => {
    expect(chooseReader([text, html, pdf], new TextEncoder().encode('%PDF-1.7'))?.format).toBe('pdf')
    expect(chooseReader([pdf, text, html], new TextEncoder().encode('<html>'))?.format).toBe('html')
    expect(chooseReader([pdf, html, text], new TextEncoder().encode('一、总体情况'))?.format).toBe('text')
  })

  it('takes the earlier on a tie and none when no reader wants the bytes', () => {
    const other = reader('other', () => 0.1)
    expect(chooseReader([other, text], new Uint8Array([1]))?.format).toBe('other')
    expect(chooseReader([pdf, html], new Uint8Array([1, 2]))).toBeUndefined()
  })
})
