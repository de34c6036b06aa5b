import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeIO } from './node-io.ts'
import type { PoolOptions } from './pool.ts'
import { runPool } from './pool.ts'
import { hereMaxBytes } from './read-here.ts'
import type { FileResult, FileTask, TaskOptions } from './task.ts'

// Real threads need the built reader thread (install builds it), without the test runner's
// options (its export conditions lead to TypeScript sources); the files are real files, since a
// reader thread reads them itself.
const workerUrl = new URL('../dist/worker.js', import.meta.url)
const threadExecArgv: string[] = []
const examples = fileURLToPath(new URL('../../../examples/reports/', import.meta.url))
const fixtures = fileURLToPath(new URL('../../../fixtures/official-template/', import.meta.url))
const task: TaskOptions = { mode: 'parse-csv', locale: 'zh', errorsOnly: true }
let dir: string
let mixed: string[]
let notHere: string[]
let big: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gai-pool-'))
  const names = readdirSync(examples).sort()
  // A real report over the size bound: the Pingtan page with a long comment after it.
  big = join(dir, 'big.html')
  writeFileSync(big, `${readFileSync(join(examples, 'pingtan-2024.html'), 'utf8')}<!--${' '.repeat(hereMaxBytes)}-->`)
  const docx = join(dir, 'pingtan-2024.docx')
  copyFileSync(join(fixtures, 'pingtan-2024.docx'), docx)
  mixed = []
  for (let s = 0; s < 3; s++) {
    mkdirSync(join(dir, `site${s}`))
    for (const n of names) {
      copyFileSync(join(examples, n), join(dir, `site${s}`, n))
      mixed.push(join(dir, `site${s}`, n))
    }
  }
  // Big, packed, missing and broken files among the rest.
  mixed.splice(5, 0, big)
  mixed.splice(20, 0, docx, join(dir, 'missing.txt'))
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'list.html'), '<html><body><ul><li><a>列表</a></li></ul></body></html>')
  mixed.push(join(dir, 'empty.txt'), join(dir, 'list.html'))
  notHere = Array.from({ length: 30 }, (_, i) => (i % 3 === 2 ? docx : big))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const tasks = (files: string[]): FileTask[] => files.map((file) => ({ file }))

/** A run's results, the files this thread read itself and those handed to the big-file thread. */
async function pool(files: string[], options: Partial<PoolOptions> = {}) {
  const results: FileResult[] = []
  const here: string[] = []
  const toBig: string[] = []
  const watch = { onReadHere: (f: string) => here.push(f), onBigThread: (f: string) => toBig.push(f) }
  const complete = await runPool(tasks(files), { jobs: 2, workerUrl, threadExecArgv, io: nodeIO(), task, ...watch, ...options }, (r) => results.push(r))
  return { complete, results, here, big: toBig }
}

/** What a result says, as comparable data. */
const summary = (r: FileResult) => ({ file: r.file, ok: r.ok, output: r.output, tally: r.tally, errors: r.diagnostics.map((d) => `${d.ruleId}: ${d.reason}`) })

describe('runPool with --jobs 2: one reader thread and this one', () => {
  it('gives what one thread gives, in input order, this thread reading some of the files', async () => {
    const one = await pool(mixed, { jobs: 1, workerUrl: undefined })
    const two = await pool(mixed)
    expect(two.complete).toBe(true)
    expect(two.results.map((r) => r.file)).toEqual(mixed)
    expect(two.results.map(summary)).toEqual(one.results.map(summary))
    // The Pingtan page as read by hand: 218 applications received.
    const pingtan = two.results.find((r) => r.file.endsWith(join('site1', 'pingtan-2024.html')))!
    expect(pingtan.output).toContain(`${pingtan.file},applications,newReceived,total,218,218,\r\n`)
    expect(two.here.length).toBeGreaterThan(0)
    expect(two.here.filter((f) => !f.startsWith(join(dir, 'site')) && !/(empty\.txt|list\.html)$/.test(f))).toEqual([])
    expect(summary(two.results.find((r) => r.file === join(dir, 'missing.txt'))!).errors[0]).toMatch(/^unreadable-file: /)
  }, 60_000)

  it('leaves files over the size bound and Word files to the reader thread', async () => {
    const two = await pool(notHere)
    expect(two.here).toEqual([])
    expect(two.results.map((r) => [r.file, r.ok])).toEqual(notHere.map((f) => [f, true]))
    expect(two.results[0]!.output).toContain(`${big},applications,newReceived,total,218,218,\r\n`)
  }, 60_000)

  it('stops on an abort with what is whole and in order, nothing after it, no half output file', async () => {
    const clean = (await pool(mixed, { jobs: 1, workerUrl: undefined })).results
    const stop = new AbortController()
    const io = nodeIO()
    const read = io.readFile
    const results: FileResult[] = []
    // Only this thread reads through `io`. Ctrl-C comes during its first file, once every file
    // before that one has been handed on: the file is then next in order when its read ends.
    let first = -1
    let caughtUp = () => {}
    io.readFile = async (p) => {
      if (first < 0) {
        first = mixed.indexOf(p)
        if (results.length < first) await new Promise<void>((resolve) => (caughtUp = resolve))
        stop.abort('SIGINT')
      }
      return read(p)
    }
    io.signal = stop.signal
    const outs = mixed.map((_, i) => join(dir, 'out', `${i}.csv`))
    const complete = await runPool(mixed.map((file, i) => ({ file, out: outs[i]! })), { jobs: 2, workerUrl, threadExecArgv, io, task }, (r) => {
      results.push(r)
      if (results.length === first) caughtUp()
    })
    expect(complete).toBe(false)
    expect(first).toBeGreaterThan(0)
    // Every file before the interrupted one, in order, and nothing after the interruption.
    expect(results.map((r) => r.file)).toEqual(mixed.slice(0, first))
    // Each output file there is whole (what a clean run gives), none left under a temporary name.
    const written = readdirSync(join(dir, 'out'))
    expect(written.length).toBeGreaterThan(0)
    for (const n of written) {
      expect(n).toMatch(/^\d+\.csv$/)
      expect(readFileSync(join(dir, 'out', n), 'utf8')).toBe(`source,table,row,column,value,raw,unit\r\n${clean[Number(n.slice(0, -4))]!.output}`)
    }
  }, 60_000)
})

describe('runPool with --jobs 1: big files on a reader thread', () => {
  it('reads a file over the bound on a thread, and one that outgrows the thread\'s heap costs that file, not the run', async () => {
    // One table row repeated for 3 MB: a hostile input whose read needs far more than 16 MB.
    const hostile = join(dir, 'hostile.txt')
    writeFileSync(hostile, `二、主动公开政府信息情况\n${'（一）予以公开 1 2 3 4 5 6 7\n'.repeat(100_000)}`)
    const page = join(dir, 'site0', 'pingtan-2024.html')
    const files = [page, hostile, page]
    const small = await pool(files, { jobs: 1, threadMinBytes: 1024, bigHeapMb: 16 })
    expect(small.complete).toBe(true)
    expect(small.results.map((r) => [r.file, r.ok])).toEqual([[page, true], [hostile, false], [page, true]])
    expect(summary(small.results[1]!).errors[0]).toMatch(/^reader-crashed: .*memory/)
    // Read on a thread (not here), and as this thread reads it.
    expect(small.here).toEqual([])
    expect(small.results[0]!.output).toContain(`${page},applications,newReceived,total,218,218,\r\n`)
    expect(small.results[2]!.output).toBe(small.results[0]!.output)
    // With room, the same file is read.
    const roomy = await pool([hostile], { jobs: 1, threadMinBytes: 1024 })
    expect(roomy.results[0]!.ok).toBe(true)
    expect(roomy.results[0]!.output).toContain(`${hostile},applications,granted,total,7,7,\r\n`)
  }, 120_000)
})

describe('runPool: reader threads of bounded memory and a thread for big files', () => {
  let hostile: string
  let page: string
  let alone: FileResult
  beforeAll(async () => {
    hostile = join(dir, 'hostile-batch.txt')
    writeFileSync(hostile, `二、主动公开政府信息情况\n${'（一）予以公开 1 2 3 4 5 6 7\n'.repeat(50_000)}`)
    page = join(dir, 'site0', 'pingtan-2024.html')
    alone = (await pool([hostile], { jobs: 1, threadMinBytes: 1024 })).results[0]!
  }, 120_000)

  // Files over 256 KB go to reader threads, never this one. The hostile text needs some 100 MB,
  // the page beside it a few: a reader thread of 48 MB holds the one and not the other.
  const files = () => [big, hostile, big, big]

  it('reads again, on the big-file thread, a file that runs out of a reader thread\'s memory', async () => {
    const r = await pool(files(), { jobs: 2, threadHeapMb: 48 })
    expect(r.complete).toBe(true)
    expect(r.big).toEqual([hostile])
    expect(r.results.map((x) => [x.file, x.ok])).toEqual(files().map((f) => [f, true]))
    expect(r.results[1]!.output).toBe(alone.output)
    expect(alone.output).toContain(`${hostile},applications,granted,total,7,7,\r\n`)
  }, 120_000)

  it('hands a file over the size bound to the big-file thread unread', async () => {
    // 1.5 MB, which a reader thread of V8's default heap would hold: it goes there for its size.
    const r = await pool(files(), { jobs: 2, threadMinBytes: 1024 * 1024 })
    expect(r.big).toEqual([hostile])
    expect(r.results.map((x) => [x.file, x.ok])).toEqual(files().map((f) => [f, true]))
    expect(r.results[1]!.output).toBe(alone.output)
  }, 120_000)

  it('gives up a file that runs out of the big-file thread\'s memory too, and goes on', async () => {
    const r = await pool([page, ...files()], { jobs: 2, threadHeapMb: 48, bigHeapMb: 48 })
    expect(r.complete).toBe(true)
    expect(r.results.map((x) => [x.file, x.ok])).toEqual([[page, true], [big, true], [hostile, false], [big, true], [big, true]])
    expect(summary(r.results[2]!).errors[0]).toMatch(/^reader-crashed: .*memory/)
  }, 120_000)
})
