import iconv from 'iconv-lite'
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseText } from './parse.ts'

const example = readFileSync(new URL('../../../examples/reports/pdf-markdown-2024.txt', import.meta.url))
// Line 105 of the example is a row of zeros a PDF table's extraction left without its label.
const stray = (r: ReturnType<typeof parseText>) => r.diagnostics.filter((d) => d.ruleId === 'value-without-cell')

describe('parseText and VFile', () => {
  it('fills the VFile it was given: value the decoded text, messages the diagnostics, data.report the report', () => {
    const file = new VFile({ path: 'reports/r.txt', value: iconv.encode(example.toString(), 'gbk') })
    const result = parseText(file)
    expect(result.file).toBe(file)
    expect(file.value).toBe(example.toString())
    expect(file.data.report).toBe(result.report)
    expect(result.report!.source).toBe('reports/r.txt')
    expect(file.messages).toEqual(result.diagnostics)
    const first = stray(result)[0]!
    expect(first).toMatchObject({ file: 'reports/r.txt', line: 105, column: 3, fatal: false })
    // The place points into file.value.
    expect((file.value as string).slice(first.place!.start.offset, first.place!.end.offset)).toBe('0')
  })

  it('gives a VFile for bytes or a string too, named by `source`', () => {
    const result = parseText(example, { source: 'r.txt' })
    expect(result.file.path).toBe('r.txt')
    expect(result.file.value).toBe(example.toString())
    expect(result.file.messages).toBe(result.diagnostics)
    expect(result.file.data.report).toBe(result.report)
  })

  it('sets a diagnostic id to another severity, or off', () => {
    expect(stray(parseText(example)).every((d) => d.fatal === false)).toBe(true)
    const raised = stray(parseText(example, { severity: { 'value-without-cell': 'error' } }))
    expect(raised.length).toBeGreaterThan(0)
    expect(raised.every((d) => d.fatal === true && d.severity === 'error')).toBe(true)
    const off = parseText(example, { severity: { 'value-without-cell': 'off' } })
    expect(stray(off)).toEqual([])
    expect(off.file.messages.some((d) => d.ruleId === 'value-without-cell')).toBe(false)
  })

  it('throws on ids neither the core nor the reader emits, naming them all', () => {
    expect(() => parseText(example, { severity: { nope: 'off', 'not-text': 'warning', nah: 'info' } })).toThrow(
      /@gai\/parse-text: unknown diagnostic ids `nope`, `nah` in `severity`/,
    )
    expect(() => parseText(example, { severity: { 'value-without-cell': 'loud' as never } })).toThrow(/`value-without-cell` \(`loud`\)/)
  })
})
