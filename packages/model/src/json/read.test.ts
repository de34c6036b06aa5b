import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { reportArbitrary } from '../arbitraries/index.ts'
import { sampleReport } from '../rules/sample.ts'
import { findJsonSyntaxError, readReportJson, validateReport } from './read.ts'
import { reportToJson } from './write.ts'
import { propertyRuns } from '../arbitraries/index.ts'

const doc = () => JSON.parse(reportToJson(sampleReport('2021', 2022))) as Record<string, any>
const paths = (value: unknown) => validateReport(value).map((i) => i.path)

/** The offset V8 names in its message, when it names one. */
function v8Offset(text: string): number | 'valid' | undefined {
  try {
    JSON.parse(text)
    return 'valid'
  } catch (e) {
    const m = /at position (\d+)/.exec((e as Error).message)
    return m ? Number(m[1]) : undefined
  }
}

describe('malformed JSON', () => {
  it('gives one json-syntax error at the line and column of the fault, in Chinese by default', () => {
    const { report, diagnostics } = readReportJson('{\n  "meta": {},\n  "format": "2021",,\n}', { source: 'a.json' })
    expect(report).toBeNull()
    expect(diagnostics).toHaveLength(1)
    const [d] = diagnostics
    expect(d).toMatchObject({ ruleId: 'json-syntax', source: '@gai/model', severity: 'error', file: 'a.json', cells: [] })
    expect(d!.place).toEqual({ start: { line: 3, column: 20, offset: 35 }, end: { line: 3, column: 21, offset: 36 } })
    expect(d!.reason).toBe('不是有效的 JSON：第 3 行第 20 列，此处应为带双引号的属性名')
  })

  it('speaks English on request', () => {
    const [d] = readReportJson('[1, 2', { locale: 'en' }).diagnostics
    expect(d!.reason).toBe('Not valid JSON: unexpected end of input at line 1, column 6')
    expect(d!.place?.start).toEqual({ line: 1, column: 6, offset: 5 })
  })

  it('places an unexpected end at the end, where the engine names no position', () => {
    for (const [text, line, column] of [['', 1, 1], ['{"meta": {', 1, 11], ['{\n"a": tru', 2, 9], ['"abc', 1, 5]] as const) {
      const [d] = readReportJson(text).diagnostics
      expect(d!.ruleId).toBe('json-syntax')
      expect(d!.place?.start, JSON.stringify(text)).toEqual({ line, column, offset: text.length })
    }
  })

  it('counts a byte order mark as part of the text, and otherwise ignores it', () => {
    expect(readReportJson(`\ufeff${reportToJson(sampleReport())}`).report).toEqual(sampleReport())
    const [d] = readReportJson('\ufeff{"meta" 1}').diagnostics
    expect(d!.place?.start).toEqual({ line: 1, column: 10, offset: 9 })
  })

  const corrupt = fc
    .tuple(reportArbitrary({ blanks: true, meta: true, sections: true }).map((r) => reportToJson(r, { space: 0 })), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '{', ':', 'x', '\n', '\\', '-', '0', '.', 'e'), fc.nat(3))
    .map(([text, at, ch, cut]) => {
      const i = at % text.length
      return text.slice(0, i) + ch + text.slice(i + cut)
    })
  it.prop([fc.oneof(corrupt, fc.json().map((j) => j.slice(0, -1)), fc.string({ maxLength: 12 }))], {
    numRuns: propertyRuns(1000),
    // The faults of the cases above, held against the engine as well: a doubled comma, ends
    // where the engine names no position, and a byte order mark.
    examples: [['{\n  "meta": {},\n  "format": "2021",,\n}'], ['[1, 2'], [''], ['{"meta": {'], ['{\n"a": tru'], ['"abc'], ['\ufeff{"meta" 1}']],
  })('finds the same position as the engine on corrupted documents', (text) => {
    const v8 = v8Offset(text)
    const found = findJsonSyntaxError(text)
    if (v8 === 'valid') expect(found).toBeUndefined()
    else if (v8 !== undefined) expect(found?.offset).toBe(v8)
    else expect(found).toBeDefined()
  })

  it.prop([fc.json()], {
    numRuns: propertyRuns(100),
    // Nesting far deeper than a recursive scanner's stack.
    examples: [[`${'['.repeat(200_000)}${']'.repeat(200_000)}`]],
  })('finds no error in any valid JSON, however deep', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined()
  })

  it('finds the fault at the end of unbalanced deep nesting', () => {
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(199_999)}`)?.offset).toBe(399_999)
  })
})

describe('invalid documents', () => {
  it('name the path of a missing cell, and nothing else', () => {
    const d = doc()
    delete d.tables.applications.rows.newReceived.total
    const { report, diagnostics } = readReportJson(JSON.stringify(d), { source: 'x.json' })
    expect(report).toBeNull()
    expect(diagnostics.map((x) => x.toJSON())).toEqual([
      {
        ruleId: 'json-schema',
        source: '@gai/model',
        severity: 'error',
        reason: '$.tables.applications.rows.newReceived.total：缺失',
        file: 'x.json',
        cells: [],
        data: { path: '$.tables.applications.rows.newReceived.total' },
      },
    ])
  })

  it('name the path of a wrong type, with what was expected and what was found', () => {
    const d = doc()
    d.tables.applications.rows.newReceived.total.value = '12'
    d.tables.active.rows.fees.amount.raw = 5
    d.meta.year = 2021.5
    expect(validateReport(d, { locale: 'en' })).toEqual([
      { path: '$.meta.year', message: 'expected an integer ≥ 1900, found number 2021.5' },
      { path: '$.tables.active.rows.fees.amount.raw', message: 'expected a string, found number 5' },
      { path: '$.tables.applications.rows.newReceived.total.value', message: 'expected a finite number or null (blank), found string "12"' },
    ])
    expect(validateReport(d)[2]!.message).toBe('应为有限数值或 null（空白），实际为字符串 "12"')
  })

  it('name unknown rows, columns and properties, and rows of the other version', () => {
    const d = doc()
    d.tables.applications.rows.extra = {}
    d.tables.reviewLitigation.rows.review.median = { value: 1, raw: '1' }
    d.tables.active.rows.fees.amount.note = 'x'
    d.sections.summary = { id: 'summary', heading: '', text: '' }
    d.extra = true
    expect(paths(d)).toEqual([
      '$.extra',
      '$.sections.summary',
      '$.tables.active.rows.fees.amount.note',
      '$.tables.applications.rows.extra',
      '$.tables.reviewLitigation.rows.review.median',
    ])
    const other = doc()
    other.tables.applications.format = '2019'
    expect(paths(other)).toEqual(
      expect.arrayContaining(['$.tables.applications.rows["otherHandling.other"]', '$.tables.applications.rows.otherHandling']),
    )
  })

  it('check formats, sections, periods and origins', () => {
    const d = doc()
    d.format = 2021
    d.tables.active.format = '2020'
    d.sections.overview = { id: 'problems', heading: '一、总体情况', text: '' }
    d.meta.period = { start: '2021-02-30', end: '2021-12-31' }
    d.tables.reviewLitigation.rows.review.total.origin = { source: 'a', position: { start: { line: 0, column: 1, offset: 0 }, end: { line: 1, column: 1 } } }
    expect(paths(d)).toEqual([
      '$.meta.period.start',
      '$.format',
      '$.sections.overview.id',
      '$.tables.active.format',
      '$.tables.reviewLitigation.rows.review.total.origin.position.start.line',
      '$.tables.reviewLitigation.rows.review.total.origin.position.end.offset',
    ])
  })

  it('report a value that is no object at all', () => {
    for (const v of [null, 1, 'x', [], undefined]) expect(paths(v)).toEqual(['$'])
    expect(readReportJson('[]').diagnostics.map((d) => d.data?.path)).toEqual(['$'])
  })

  it('stop listing after 200 issues', () => {
    const d = doc()
    for (let i = 0; i < 1000; i++) d.meta[`k${i}`] = i
    expect(validateReport(d)).toHaveLength(201)
  })
})

describe('hostile input', () => {
  it('__proto__, constructor and prototype keys pollute nothing and are unknown properties', () => {
    const text = reportToJson(sampleReport())
      .replace('"meta": {', '"meta": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},')
      .replace('"rows": {', '"rows": {"__proto__": {"polluted": 1}, "prototype": {},')
      .replace('"value": 0,', '"value": 0, "__proto__": {"polluted": 2},')
    const { report, diagnostics } = readReportJson(text)
    expect(report).toBeNull()
    expect(diagnostics.map((d) => d.data?.path)).toEqual([
      '$.meta.__proto__',
      '$.meta.constructor',
      '$.tables.active.rows.__proto__',
      '$.tables.active.rows.prototype',
      expect.stringMatching(/^\$\.tables\.\w+\.rows\.\w+\.\w+\.__proto__$/),
    ])
    expect(diagnostics[0]!.reason).toContain('未知属性')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('a valid report comes back as a fresh copy with only known keys and plain prototypes', () => {
    const input = doc()
    const { report } = readReportJson(JSON.stringify(input))
    expect(report).toEqual(input)
    expect(Object.getPrototypeOf(report)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(report!.tables.applications.rows.granted)).toBe(Object.prototype)
  })

  it('never descends into deep unexpected values', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const d = reportToJson(sampleReport()).replace('"value": 0,', `"value": ${deep},`).replace('"sections": {}', `"sections": {"x": ${deep}}`)
    const { report, diagnostics } = readReportJson(d)
    expect(report).toBeNull()
    expect(diagnostics.map((x) => x.data?.path)).toEqual(['$.sections.x', expect.stringMatching(/\.value$/)])
  })
})

describe('origins of PDF and Word sources', () => {
  const position = { start: { line: 3, column: 2, offset: 40 }, end: { line: 3, column: 4, offset: 42 } }

  it('keeps a page box and a Word place through JSON', () => {
    const d = doc()
    d.tables.active.rows.regulations.issued.origin = { source: 'a.pdf', position, box: { page: 4, x: 310.5, y: 122, width: 12.25, height: 9 } }
    d.tables.active.rows.regulations.repealed.origin = { source: 'a.docx', position, word: { part: 'word/document.xml', table: 0, row: 3, cell: 2 } }
    expect(validateReport(d)).toEqual([])
    const { report } = readReportJson(JSON.stringify(d))
    expect(report!.tables.active.rows.regulations!.issued!.origin!.box).toEqual({ page: 4, x: 310.5, y: 122, width: 12.25, height: 9 })
    expect(report!.tables.active.rows.regulations!.repealed!.origin!.word).toEqual({ part: 'word/document.xml', table: 0, row: 3, cell: 2 })
  })

  it('names what is wrong in a box or a place', () => {
    const d = doc()
    d.tables.active.rows.regulations.issued.origin = { source: 'a.pdf', position, box: { page: 0, x: 1, y: 'top', width: -1, height: 2 } }
    d.tables.active.rows.regulations.repealed.origin = { source: 'a.docx', position, word: { table: 1.5, sheet: 2 } }
    expect(paths(d).sort()).toEqual(
      [
        '$.tables.active.rows.regulations.issued.origin.box.page',
        '$.tables.active.rows.regulations.issued.origin.box.width',
        '$.tables.active.rows.regulations.issued.origin.box.y',
        '$.tables.active.rows.regulations.repealed.origin.word.part',
        '$.tables.active.rows.regulations.repealed.origin.word.sheet',
      ].sort(),
    )
  })
})
