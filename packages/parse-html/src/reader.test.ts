import { describe, expect, it } from 'vitest'
import { sniffHtml } from './reader.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('htmlReader', () => {
  it('is sure of a page that opens as one, fairly sure of a fragment with tags, not of text', () => {
    expect(sniffHtml(bytes('\ufeff  <!DOCTYPE html><html><body>一、总体情况</body></html>'))).toBe(0.9)
    expect(sniffHtml(bytes('报告\n<p>一</p><table><tr><td>规章</td><td>0</td></tr></table>'))).toBe(0.6)
    expect(sniffHtml(bytes('一、总体情况\n规章\t0\t0\t5\n'))).toBe(0)
    expect(sniffHtml(bytes('%PDF-1.7\n<html>'))).toBe(0)
  })
})
