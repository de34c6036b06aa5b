import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReport, reportToJson, sampleReport, setCell } from '@gai/model'
import { parseText } from '@gai/parse-text'
import { VFile } from 'vfile'
import { reporterJson } from 'vfile-reporter-json'
import type { CliIO } from './io.ts'
import { memoryIO } from '../test/memory-io.ts'
import { run } from './run.ts'

const examples = new URL('../../../examples/reports/', import.meta.url)

const example = (name: string) => readFileSync(new URL(name, examples))

describe('gai parse', () => {
  it('prints tidy CSV, one line per template cell, blanks empty', async () => {
    const io = memoryIO({ 'a.txt': example('tab-blank-cell-2024.txt') })
    expect(await run(['parse', 'a.txt', '--to', 'csv'], io)).toBe(0)
    const lines = io.out.trimEnd().split('\r\n')
    expect(lines[0]).toBe('source,table,row,column,value,raw,unit')
    expect(lines).toHaveLength(201)
    expect(lines).toContain('a.txt,applications,carriedForward,otherOrg,,,')
    expect(lines).toContain('a.txt,applications,carriedForward,total,0,0,')
  })

  it('prints the model as JSON, which reads back', async () => {
    const io = memoryIO({ 'a.html': example('pingtan-2024.html') })
    expect(await run(['parse', 'a.html'], io)).toBe(0)
    const model = JSON.parse(io.out)
    expect(model.tables.applications.rows.newReceived.total.value).toBe(218)
    expect(model.source).toBe('a.html')
  })

  it('says which files it looks for in a folder that holds none', async () => {
    const io = memoryIO({ 'dir/notes.xlsx': 'x' })
    expect(await run(['parse', 'dir', '--to', 'csv'], io)).toBe(2)
    expect(io.err).toContain('no readable files (.txt .text .md .markdown .csv .html .htm .xhtml .json .pdf .docx .doc) in dir')
  })

  it('reads a folder and standard input', async () => {
    const io = memoryIO({ 'dir/a.txt': example('space-separated-2022.txt'), 'dir/b.json': reportToJson(sampleReport()) }, example('flattened-2021.txt').toString())
    expect(await run(['parse', 'dir', '-', '--to', 'csv'], io)).toBe(0)
    const sources = new Set(io.out.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]))
    expect([...sources]).toEqual(['dir/a.txt', 'dir/b.json', 'stdin'])
  })

  it('counts every warning of a batch, though the threads send back only errors', async () => {
    const names = ['pdf-markdown-2024.txt', 'flattened-2021.txt']
    const files = Object.fromEntries(names.map((n) => [n, example(n)]))
    // What the reader itself says of each file, counted here rather than by the command line.
    const warnings = names.map((n) => parseText(example(n), { source: n }).diagnostics.filter((d) => d.severity === 'warning').length)
    expect(warnings[0]).toBeGreaterThan(0)
    const io = memoryIO(files)
    expect(await run(['parse', ...names, '--to', 'csv'], io)).toBe(0)
    expect(io.err).toContain(`0 errors, ${warnings[0]! + warnings[1]!} warnings`)
  })

  it('exits 2 with the reason for a missing file, a PDF and an unknown flag', async () => {
    const io = memoryIO({ 'x.pdf': new TextEncoder().encode('%PDF-1.4 binary') })
    expect(await run(['parse', 'missing.txt'], io)).toBe(2)
    expect(io.err).toContain('missing.txt')
    expect(await run(['parse', 'x.pdf'], io)).toBe(2)
    expect(io.err).toContain('PDF')
    expect(await run(['parse', '--nope', 'x.pdf'], io)).toBe(2)
    expect(io.err).toContain("Unknown option '--nope'")
    expect(await run(['parse', 'x.pdf', '--to', 'xml'], io)).toBe(2)
    expect(io.err).toContain('--to must be json, jsonl or csv')
  })
})

describe('gai parse --out, --resume, --timeout and interruption', () => {
  const written = (io: CliIO) => {
    const files: Record<string, string> = {}
    io.writeFile = async (p, t) => void (files[p] = t)
    io.exists = async (p) => p in files
    return files
  }

  it('writes one file per input, named after its place below the folder given', async () => {
    const io = memoryIO({ 'in/a/x.txt': example('tab-blank-cell-2024.txt'), 'in/y.html': example('pingtan-2024.html') })
    const files = written(io)
    expect(await run(['parse', 'in', '--to', 'csv', '--out', 'out'], io)).toBe(0)
    expect(Object.keys(files).sort()).toEqual(['out/a/x.csv', 'out/y.csv'])
    expect(files['out/a/x.csv']).toMatch(/^source,table,row,column,value,raw,unit\r\n/)
    expect(files['out/a/x.csv']).toContain('in/a/x.txt,applications,carriedForward,total,0,0,\r\n')
    expect(io.out).toBe('')
    // Resumed: both outputs are there, nothing is read or written again.
    const before = { ...files }
    io.readFile = async () => {
      throw new Error('read again')
    }
    expect(await run(['parse', 'in', '--to', 'csv', '--out', 'out', '--resume'], io)).toBe(0)
    expect(files).toEqual(before)
    expect(io.err).toContain('2 files, 0 read, 2 already written, 0 failed')
  })

  it('refuses inputs that would write one file, --resume without --out and a bad --timeout', async () => {
    const io = memoryIO({ 'in/x.txt': example('tab-blank-cell-2024.txt'), 'in/x.html': example('pingtan-2024.html') })
    written(io)
    expect(await run(['parse', 'in', '--to', 'csv', '--out', 'out'], io)).toBe(2)
    expect(io.err).toContain('x.html and x.txt would both be written to out/x.csv')
    expect(await run(['parse', 'in', '--resume'], io)).toBe(2)
    expect(io.err).toContain('--resume needs --out DIR')
    expect(await run(['parse', 'in/x.txt', '--timeout', 'soon'], io)).toBe(2)
    expect(io.err).toContain('--timeout must be a number of seconds')
  })

  it('stops at a whole file when interrupted and exits 128 + the signal', async () => {
    const stop = new AbortController()
    const io = memoryIO({ 'in/a.txt': example('tab-blank-cell-2024.txt'), 'in/b.txt': example('tab-separated-2024.txt') })
    io.signal = stop.signal
    const print = io.stdout
    // Ctrl-C as the first file's lines go out.
    io.stdout = (t) => {
      print(t)
      stop.abort('SIGINT')
    }
    expect(await run(['parse', 'in', '--to', 'csv'], io)).toBe(130)
    const lines = io.out.trimEnd().split('\r\n')
    expect(lines).toHaveLength(201)
    expect(lines.slice(1).every((l) => l.startsWith('in/a.txt,'))).toBe(true)
    expect(io.err).toContain('interrupted after 1 of 2 files')
    const late = memoryIO({ 'in/a.txt': example('tab-blank-cell-2024.txt') })
    late.signal = AbortSignal.abort('SIGTERM')
    expect(await run(['parse', 'in', '--to', 'jsonl'], late)).toBe(143)
    expect(late.out).toBe('')
  })
})

describe('gai check', () => {
  it('exits 0 on a consistent report and 1 with the error, as JSON', async () => {
    const good = sampleReport()
    const bad = sampleReport()
    setCell(bad, 'reviewLitigation/review/total', { value: 9, raw: '9' })
    const io = memoryIO({ 'good.json': reportToJson(good), 'bad.json': reportToJson(bad) })
    expect(await run(['check', 'good.json', '--reporter', 'json'], io)).toBe(0)
    expect(JSON.parse(io.out)).toEqual([{ path: 'good.json', cwd: process.cwd(), history: ['good.json'], messages: [] }])
    io.out = ''
    expect(await run(['check', 'bad.json', '--reporter', 'json', '--locale', 'en'], io)).toBe(1)
    const [file] = JSON.parse(io.out)
    expect(file.path).toBe('bad.json')
    // vfile-reporter-json's fields: the two sides as strings, `fatal` for an error.
    expect(file.messages).toEqual([
      {
        fatal: true,
        reason: 'review-litigation-sum/review: total is 9, upheld + corrected + other + pending is 2',
        ruleId: 'review-litigation-sum',
        source: '@gai/model',
        actual: '9',
        expected: ['2'],
        url: 'https://github.com/gai-reports/gai/blob/main/docs/rules.md#review-litigation-sum',
      },
    ])
    // Exactly what vfile-reporter-json prints for the same messages.
    const same = new VFile({ path: 'bad.json' })
    same.messages.push(...checkReport(bad, { locale: 'en' }))
    expect(io.out).toBe(`${reporterJson([same])}\n`)
  })

  it('prints through vfile-reporter with --reporter vfile: a rule message of a real example at its line:column', async () => {
    const io = memoryIO({ 'r.txt': example('one-cell-per-line-2019-format-2023.txt') })
    expect(await run(['check', 'r.txt', '--reporter', 'vfile', '--locale', 'en', '--no-info', '--quiet'], io)).toBe(0)
    // Table 二 of this 2023 report is laid out in the 2019 format: its heading row starts at 27:2.
    expect(io.out).toMatch(/^r\.txt\n27:2-27:11 +warning +Table active of a 2023 report follows the 2019 format; expected 2021 +format-year +@gai\/model\n/)
    expect(io.out).toContain('⚠ 2 warnings')
  })

  it('passes --rule settings of the readers\' ids to the readers', async () => {
    const io = memoryIO({ 'r.txt': example('pdf-markdown-2024.txt') })
    expect(await run(['check', 'r.txt', '--reporter', 'json', '--no-info', '--quiet'], io)).toBe(0)
    const ids = (out: string) => JSON.parse(out)[0].messages.map((m: { ruleId: string; fatal?: boolean }) => `${m.ruleId}:${m.fatal}`)
    expect(ids(io.out)).toContain('value-without-cell:false')
    io.out = ''
    expect(await run(['check', 'r.txt', '--reporter', 'json', '--no-info', '--quiet', '--rule', 'value-without-cell=error'], io)).toBe(1)
    expect(ids(io.out)).toContain('value-without-cell:true')
    io.out = ''
    expect(await run(['check', 'r.txt', '--reporter', 'json', '--no-info', '--quiet', '--rule', 'value-without-cell=off'], io)).toBe(0)
    expect(ids(io.out).filter((id: string) => id.startsWith('value-without-cell'))).toEqual([])
  })

  it('honours --rule settings and rejects unknown rules', async () => {
    const bad = sampleReport()
    setCell(bad, 'reviewLitigation/review/total', { value: 9, raw: '9' })
    const io = memoryIO({ 'bad.json': reportToJson(bad) })
    expect(await run(['check', 'bad.json', '--rule', 'review-litigation-sum=warn'], io)).toBe(0)
    expect(await run(['check', 'bad.json', '--rule', 'nope=off', '--rule', 'nah=warn'], io)).toBe(2)
    expect(io.err).toContain('--rule: unknown rule or diagnostic ids `nope`, `nah`')
  })

  it('prints the source line with a caret under the cell', async () => {
    const text = example('tab-separated-2024.txt').toString().replace('(七) 总计\t\t0\t0', '(七) 总计\t\t5\t0')
    const io = memoryIO({ 'r.txt': text })
    expect(await run(['check', 'r.txt'], io)).toBe(1)
    expect(io.out).toMatch(/\(七\) 总计 {2}5 0/)
    expect(io.out).toMatch(/\n\s+\^\n/)
    expect(io.out).toContain('applications-outcome-sum')
  })

  it('prints the source line of a Word file from the text its reader took out', async () => {
    const docx = readFileSync(new URL('../../../fixtures/official-template/shanghai-kewei-2024.docx', import.meta.url))
    const io = memoryIO({ 'r.docx': docx })
    expect(await run(['check', 'r.docx', '--locale', 'en', '--quiet'], io)).toBe(0)
    expect(io.out).toMatch(/\n {2}46:20 +info +applications-balance\/total: 1 blank cell\(s\), relation not assessable {2}applications-balance\n {6}（七）总计 33 2 0 0 0 0 35\n {6} +\^/)
  })

  it('checks carry-over between two years of one organ', async () => {
    const a = sampleReport('2021', 2022)
    const b = sampleReport('2021', 2023)
    setCell(b, 'applications/carriedOver/total', { value: 4, raw: '4' })
    const io = memoryIO({ 'a.json': reportToJson(a), 'b.json': reportToJson(b) })
    expect(await run(['check', 'a.json', 'b.json', '--reporter', 'json', '--no-info'], io)).toBe(1)
    const [, second] = JSON.parse(io.out)
    expect(second.path).toBe('b.json')
    expect(second.messages.map((d: { ruleId: string }) => d.ruleId)).toContain('carry-over')
  })
})

describe('gai render and help', () => {
  it('renders Markdown and HTML', async () => {
    const io = memoryIO({ 'a.txt': example('space-separated-2022.txt') })
    expect(await run(['render', 'a.txt', '--to', 'md'], io)).toBe(0)
    expect(io.out).toContain('| 一、本年新收政府信息公开申请数量 |')
    io.out = ''
    expect(await run(['render', 'a.txt', '--to', 'html', '--document'], io)).toBe(0)
    expect(io.out).toMatch(/^<!doctype html>/)
  })

  it('prints help for each command', async () => {
    for (const c of ['parse', 'check', 'render', 'demo']) {
      const io = memoryIO({})
      expect(await run([c, '--help'], io)).toBe(0)
      expect(io.out).toContain(`gai ${c}`)
    }
    const io = memoryIO({})
    expect(await run(['frobnicate'], io)).toBe(2)
    expect(io.err).toContain('unknown command `frobnicate`')
  })
})
