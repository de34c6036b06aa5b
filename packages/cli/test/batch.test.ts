import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportCellKeys } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import { toHtml, toMarkdown, toText } from '@gai/render'
import { propertyRuns } from '@gai/model/arbitraries'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
let dir: string
let good: string
let cells = 0

// A folder as scrapers leave it: pages and text exports of many organs, and some broken files.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gai-batch-'))
  good = join(dir, 'good')
  const reports = fc.sample(reportArbitrary({ meta: true, sections: true }), { numRuns: propertyRuns(300), seed: 42 })
  reports.forEach((r, i) => {
    const sub = join(good, `site${i % 7}`)
    const write = [(x: typeof r) => [toHtml(x, { document: true }), 'html'], (x: typeof r) => [toText(x), 'txt'], (x: typeof r) => [toMarkdown(x), 'md']][i % 3]!
    const [text, ext] = write(r)
    spawnSync('mkdir', ['-p', sub])
    writeFileSync(join(sub, `r${i}.${ext}`), text!)
    cells += reportCellKeys(r).length
  })
  spawnSync('mkdir', ['-p', join(dir, 'broken')])
  writeFileSync(join(dir, 'broken', 'a.txt'), '%PDF-1.7 \u0000\u0001 stream')
  writeFileSync(join(dir, 'broken', 'b.txt'), '')
  writeFileSync(join(dir, 'broken', 'c.html'), '<html><body><ul><li><a>列表</a></li></ul></body></html>')
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const gai = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })

describe('gai over a folder of hundreds of reports', () => {
  it('writes one tidy CSV for all files, on several threads, and reports the broken ones', () => {
    const r = gai('parse', dir, '--to', 'csv', '--jobs', '2')
    expect(r.status).toBe(2)
    const lines = r.stdout.trimEnd().split('\r\n')
    expect(lines[0]).toBe('source,table,row,column,value,raw,unit')
    expect(lines).toHaveLength(1 + cells)
    expect(r.stderr).toContain('gai: 303 files, 300 read, 3 failed')
    expect(r.stderr).toMatch(/broken\/a\.txt: .*PDF/)
  }, 120_000)

  it('gives the same CSV on one thread', () => {
    const two = gai('parse', good, '--to', 'csv', '--jobs', '2', '--quiet')
    const one = gai('parse', good, '--to', 'csv', '--jobs', '1', '--quiet')
    expect(one.status).toBe(0)
    expect(one.stdout).toBe(two.stdout)
  }, 120_000)

  it('writes one model per line, and one file per input with --out', () => {
    const jsonl = gai('parse', `${good}/site0/*.html`, '--to', 'jsonl', '--quiet')
    const models = jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(models.length).toBeGreaterThan(10)
    expect(models.every((m) => m.source.endsWith('.html'))).toBe(true)
    const out = join(dir, 'out')
    expect(gai('parse', `${good}/site1`, '--out', out, '--quiet').status).toBe(0)
    expect(spawnSync('ls', [out], { encoding: 'utf8' }).stdout.trim().split('\n').length).toBeGreaterThan(10)
  }, 120_000)

  it('checks the lot: each report adds up, consecutive years of one organ are compared, unreadable files give 2', () => {
    // Each file its own organ: only the single-report rules apply, and every generated report passes.
    const ok = gai('check', good, '--reporter', 'json', '--no-info', '--group-by', 'regex:(r\\d+)\\.')
    expect(ok.status).toBe(0)
    // vfile-reporter-json: one entry per file, in input order, none with a message.
    const files = JSON.parse(ok.stdout) as { path: string; messages: unknown[] }[]
    expect(files).toHaveLength(300)
    expect(files.flatMap((f) => f.messages)).toEqual([])
    // Grouped by organ name, random reports of one organ in consecutive years do not carry over.
    const years = gai('check', good, '--reporter', 'json', '--no-info')
    expect(years.status).toBe(1)
    const ids = new Set((JSON.parse(years.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((d) => d.ruleId)))
    expect([...ids].sort()).toEqual(['carry-over', 'stock'])
    expect(gai('check', dir, '--quiet', '--no-info').status).toBe(2)
    expect(gai('check', good, '--quiet', '--no-info', '--rule', 'carry-over=off', '--rule', 'stock=warn', '--max-warnings', '0').status).toBe(1)
  }, 120_000)

  it('reports for GitHub Actions', () => {
    const r = gai('check', `${dir}/broken/c.html`, `${good}/site0/r0.html`, '--reporter', 'github', '--quiet')
    expect(r.stdout).toMatch(/^::error file=.*c\.html,title=not-a-report::/m)
  }, 60_000)
})
