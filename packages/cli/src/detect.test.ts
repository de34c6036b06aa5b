import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectKind } from './detect.ts'

const bytes = (s: string) => new TextEncoder().encode(s)
// A paragraph longer than the head the detector looks at (2048 bytes: some 680 characters).
const long = '本机关坚持以公开为常态、不公开为例外，'.repeat(60)

describe('detectKind', () => {
  it('a fragment opening with any HTML element is HTML, however long its first paragraph', () => {
    expect(detectKind(bytes(`<article class="gai-report"><h1>年度报告</h1><section><h2>一、总体情况</h2><p>${long}</p></section><table><tr><td>1</td></tr></table></article>`))).toBe('html')
    expect(detectKind(bytes(`<section><p>${long}</p></section>`))).toBe('html')
    expect(detectKind(bytes(`\ufeff<h1>报告</h1><p>${long}</p>`))).toBe('html')
  })
  it('text, even with a word in angle brackets at its start, is text', () => {
    expect(detectKind(bytes(`<某某区>2023年政府信息公开工作年度报告\n一、总体情况\n${long}`))).toBe('text')
    expect(detectKind(bytes(`一、总体情况\n${long}`))).toBe('text')
    expect(detectKind(bytes('{"meta":{}}'))).toBe('json')
  })
})

describe('detectKind on the files organs publish', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/official-template/${name}`, import.meta.url)))
  it('tells PDF, Word and legacy Word files by their bytes, whatever their names', () => {
    expect(detectKind(fixture('pingtan-2024.writer.pdf'))).toBe('pdf')
    expect(detectKind(fixture('pingtan-2024.scanned.pdf'))).toBe('pdf')
    expect(detectKind(fixture('pingtan-2024.docx'))).toBe('docx')
    expect(detectKind(fixture('pingtan-2024.doc'))).toBe('doc')
  })
})
