import { describe, expect, it } from 'vitest'
import { VFileMessage } from 'vfile-message'
import { createDiagnostic, Diagnostic, diagnosticFromJson } from './diagnostic.ts'
import type { DiagnosticInit } from './diagnostic.ts'
import { checkReport } from './rules/check.ts'
import { sampleReport } from './rules/sample.ts'
import { setCell } from './cells.ts'

const at = { start: { line: 3, column: 4, offset: 20 }, end: { line: 3, column: 6, offset: 22 } }
const init: DiagnosticInit = {
  ruleId: 'applications-balance',
  source: '@gai/model',
  severity: 'error',
  reason: '新收 5 + 结转 0 ≠ 办结 4 + 结转下年 0',
  file: 'a.txt',
  place: at,
  cells: [{ key: 'applications/newReceived/total', value: 5, origin: { source: 'a.txt', position: at, box: { page: 2, x: 10, y: 20, width: 30, height: 12 } } }],
  actual: 5,
  expected: 4,
  url: 'docs/rules.md#applications-balance',
  data: { relation: 'applications-balance/total' },
}

describe('createDiagnostic', () => {
  it('makes a VFileMessage with vfile-message fields: place, line, column, file, ruleId, source, url', () => {
    const d = createDiagnostic(init)
    expect(d).toBeInstanceOf(VFileMessage)
    expect(d).toBeInstanceOf(Diagnostic)
    expect(d).toMatchObject({ ruleId: 'applications-balance', source: '@gai/model', file: 'a.txt', place: at, line: 3, column: 4, name: '3:4-3:6' })
    expect(d.message).toBe(init.reason)
    expect(d.url).toBe('docs/rules.md#applications-balance')
  })

  it('sets fatal from the severity (true error, false warning, undefined info) and reads it back', () => {
    for (const [severity, fatal] of [['error', true], ['warning', false], ['info', undefined]] as const) {
      const d = createDiagnostic({ ...init, severity })
      expect(d.fatal).toBe(fatal)
      expect(d.severity).toBe(severity)
    }
  })

  it('gives actual and expected as vfile-message types them; a blank leaves them unset, the numbers stay in the cells', () => {
    const d = createDiagnostic(init)
    expect(d.actual).toBe('5')
    expect(d.expected).toEqual(['4'])
    expect(d.cells[0]!.value).toBe(5)
    const blank = createDiagnostic({ ...init, actual: null, expected: null })
    expect(blank.actual).toBeUndefined()
    expect(blank.expected).toBeUndefined()
  })

  it('records no stack trace, and leaves the stack trace limit as it found it', () => {
    const before = Error.stackTraceLimit
    expect(createDiagnostic(init).stack).toBe('')
    expect(Error.stackTraceLimit).toBe(before)
  })

  it('takes the page box of the first cell that has one', () => {
    expect(createDiagnostic(init).box).toEqual({ page: 2, x: 10, y: 20, width: 30, height: 12 })
    expect(createDiagnostic({ ...init, cells: [] }).box).toBeUndefined()
  })
})

describe('toJSON and diagnosticFromJson', () => {
  it('give a plain shape without the Error fields, and rebuild an equal Diagnostic after a structured clone', () => {
    const d = createDiagnostic(init)
    const json = d.toJSON()
    expect(Object.keys(json).sort()).toEqual(['actual', 'box', 'cells', 'data', 'expected', 'file', 'place', 'reason', 'ruleId', 'severity', 'source', 'url'])
    // What a worker thread posts: structured clone keeps plain data only.
    const back = diagnosticFromJson(structuredClone(json))
    expect(back).toBeInstanceOf(Diagnostic)
    expect(back.toJSON()).toEqual(json)
    expect(back).toEqual(d)
    expect({ fatal: back.fatal, line: back.line, column: back.column, name: back.name }).toEqual({ fatal: true, line: 3, column: 4, name: '3:4-3:6' })
  })

  it('leave out what is not set', () => {
    const d = createDiagnostic({ ruleId: 'x', source: 's', severity: 'info', reason: 'r' })
    expect(d.toJSON()).toEqual({ ruleId: 'x', source: 's', severity: 'info', reason: 'r', cells: [] })
    expect(JSON.parse(JSON.stringify(d))).toEqual(d.toJSON())
  })
})

describe('checkReport severity', () => {
  const broken = () => {
    const r = sampleReport()
    setCell(r, 'reviewLitigation/review/total', { value: 9, raw: '9' })
    return r
  }

  it('changes fatal per rule, and off removes its messages', () => {
    expect(checkReport(broken()).map((d) => [d.ruleId, d.fatal])).toEqual([['review-litigation-sum', true]])
    expect(checkReport(broken(), { severity: { 'review-litigation-sum': 'warning' } }).map((d) => [d.ruleId, d.fatal])).toEqual([['review-litigation-sum', false]])
    expect(checkReport(broken(), { severity: { 'review-litigation-sum': 'off' } })).toEqual([])
  })

  it('names every unknown id in one error', () => {
    expect(() => checkReport(broken(), { severity: { nope: 'off', 'carry-over': 'warning', nah: 'error' } })).toThrow(/Unknown rules `nope`, `nah`; known rules: /)
  })
})
