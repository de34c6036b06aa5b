import { describe, expect, it } from 'vitest'
import { createDiagnostic } from '@gai/model'
import type { Diagnostic, DiagnosticInit } from '@gai/model'
import { formatDiagnostics } from './diagnostics.ts'

const at = (line: number, column: number, endColumn: number) => ({ start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 0 } })

const inits: DiagnosticInit[] = [
  {
    ruleId: 'applications-balance',
    source: '@gai/model',
    severity: 'error',
    reason: '表三“总计”列：新收 5 + 结转 0 ≠ 办结 4 + 结转下年 0',
    file: 'a.txt',
    cells: [{ key: 'applications/newReceived/total' }, { key: 'applications/totalHandled/total' }],
    place: at(3, 4, 6),
    actual: 5,
    expected: 4,
    url: 'https://example.org/rules/applications-balance',
  },
  { ruleId: 'stock', source: '@gai/model', severity: 'warning', reason: '现行有效件数不连续', file: 'b.html', cells: [] },
  { ruleId: 'digits-split', source: '@gai/parse-text', severity: 'info', reason: '数字已拆分', file: 'a.txt', cells: [], place: at(1, 1, 3) },
]
const diagnostics: Diagnostic[] = inits.map(createDiagnostic)
const sources = { 'a.txt': '标题\n\n新收\t12\t0\n' }

describe('formatDiagnostics pretty', () => {
  const out = formatDiagnostics(diagnostics, { sources })

  it('groups by file, a line per diagnostic: line:col, severity, reason, rule', () => {
    const lines = out.split('\n')
    expect(lines[0]).toBe('a.txt')
    expect(lines[1]).toBe('  3:4       error   表三“总计”列：新收 5 + 结转 0 ≠ 办结 4 + 结转下年 0  applications-balance')
    expect(out).toContain('  1:1       info    数字已拆分  digits-split')
    expect(out).toContain('b.html\n            warning 现行有效件数不连续  stock\n')
    // Both of a.txt's diagnostics come before b.html's.
    expect(out.indexOf('digits-split')).toBeLessThan(out.indexOf('b.html'))
  })

  it('prints the source line with a caret under the cell, wide characters counted double', () => {
    expect(out).toContain('      新收 12 0\n           ^~\n')
    expect(out).toContain('      标题\n      ^~~~\n')
  })

  it('ends with a summary, and colours only when asked', () => {
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 1 error, 1 warning, 1 info')
    expect(out).not.toContain('\x1b[')
    const colored = formatDiagnostics(diagnostics, { sources, color: true })
    expect(colored).toContain('\x1b[31merror  \x1b[39m')
    expect(colored.replace(/\x1b\[\d+m/g, '')).toBe(out)
    expect(formatDiagnostics([])).toBe('✔ 0 errors, 0 warnings, 0 infos\n')
  })

  it('speaks Chinese when asked', () => {
    const zh = formatDiagnostics(diagnostics, { locale: 'zh' })
    expect(zh).toContain('  3:4       错误 表三')
    expect(zh.trimEnd().split('\n').at(-1)).toBe('✖ 1 个错误，1 个警告，1 条提示')
  })

  it('reads a file once however many messages point into it, so printing stays linear', () => {
    // A getter counts how often the printer takes the source: once per file, not once per message.
    let reads = 0
    const counted = {
      get 'a.txt'() {
        reads += 1
        return sources['a.txt']
      },
    }
    const many = Array.from({ length: 1000 }, (_, i) => createDiagnostic({ ...inits[2]!, place: at(1 + (i % 3), 1, 2) }))
    const printed = formatDiagnostics(many, { sources: counted })
    expect(reads).toBe(1)
    expect(printed.split('      新收 12 0\n      ^~\n').length - 1).toBe(333)
  })
})

describe('formatDiagnostics json', () => {
  it('writes an array of flat objects for programs', () => {
    const list = JSON.parse(formatDiagnostics(diagnostics, { format: 'json' }))
    expect(list[0]).toEqual({
      source: 'a.txt',
      ruleId: 'applications-balance',
      severity: 'error',
      reason: '表三“总计”列：新收 5 + 结转 0 ≠ 办结 4 + 结转下年 0',
      cells: ['applications/newReceived/total', 'applications/totalHandled/total'],
      actual: '5',
      expected: ['4'],
      line: 3,
      column: 4,
      url: 'https://example.org/rules/applications-balance',
      reporter: '@gai/model',
    })
    expect(list[1]).toMatchObject({ source: 'b.html', line: null, column: null, url: null, actual: null })
    const noFile = JSON.parse(formatDiagnostics([createDiagnostic({ ...inits[1]!, file: undefined })], { format: 'json' }))
    expect(noFile[0].source).toBeNull()
  })
})

describe('formatDiagnostics github', () => {
  it('writes GitHub Actions workflow commands, properties escaped', () => {
    expect(formatDiagnostics(diagnostics, { format: 'github' })).toBe(
      [
        '::error file=a.txt,line=3,col=4,title=applications-balance::表三“总计”列：新收 5 + 结转 0 ≠ 办结 4 + 结转下年 0',
        '::warning file=b.html,title=stock::现行有效件数不连续',
        '::notice file=a.txt,line=1,col=1,title=digits-split::数字已拆分',
        '',
      ].join('\n'),
    )
    expect(formatDiagnostics([createDiagnostic({ ...inits[1]!, file: 'a,b:c.txt', reason: '50%\nnext' })], { format: 'github' })).toBe('::warning file=a%2Cb%3Ac.txt,title=stock::50%25%0Anext\n')
  })
})
