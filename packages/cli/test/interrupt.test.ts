import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The built executable, killed and resumed for real.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const examples = fileURLToPath(new URL('../../../examples/reports/', import.meta.url))
let dir: string
let input: string
let names: string[]

// Every example report in four folders: 44 files of text and HTML. One of them (the middle
// folder's tab-separated report) can be made to hang with GAI_TEST_STALL, so a run is sure to be
// mid-way when it is stopped, however fast or slow the machine is.
const stalled = join('site2', 'tab-separated-2024.txt')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gai-interrupt-'))
  input = join(dir, 'in')
  names = readdirSync(examples).sort()
  for (let s = 0; s < 4; s++) {
    mkdirSync(join(input, `site${s}`), { recursive: true })
    for (const n of names) copyFileSync(join(examples, n), join(input, `site${s}`, n))
  }
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Every file below a folder with its bytes, hidden ones included. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else {
        // While a run writes, a temporary file listed may be renamed before it is read.
        try {
          out[relative(root, p)] = readFileSync(p, 'latin1')
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
        }
      }
    }
  }
  if (existsSync(root)) walk(root)
  return out
}

/** Start the CLI with the stalled file, send `signal` once `ready` says so; resolve with what it wrote. */
function killedRun(args: string[], ready: (stdout: string) => boolean, signal: NodeJS.Signals) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, GAI_TEST_STALL: stalled } })
    let stdout = ''
    let stderr = ''
    let sent = false
    const poll = setInterval(() => {
      if (!sent && ready(stdout)) {
        sent = true
        child.kill(signal)
      }
    }, 20)
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (status) => {
      clearInterval(poll)
      resolve({ status, stdout, stderr })
    })
  })
}

const gai = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })

describe('an interrupted gai parse', () => {
  it('with --out leaves whole files only, and --resume finishes it to what a clean run writes', async () => {
    const clean = join(dir, 'clean')
    expect(gai('parse', input, '--to', 'csv', '--out', clean, '--quiet').status).toBe(0)
    const want = tree(clean)
    // Mirrored names: site0/flattened-2019.txt → site0/flattened-2019.csv.
    expect(Object.keys(want)).toHaveLength(4 * names.length)
    expect(want[join('site3', 'pingtan-2024.csv')]).toMatch(/^source,table,row,column,value,raw,unit\r\n/)

    const resumed = join(dir, 'resumed')
    const killed = await killedRun(['parse', input, '--to', 'csv', '--out', resumed, '--jobs', '2', '--quiet'], () => Object.keys(tree(resumed)).length >= 3, 'SIGTERM')
    expect(killed.status).toBe(143)
    expect(killed.stderr).toMatch(/interrupted after \d+ of 44 files/)
    const partial = tree(resumed)
    expect(Object.keys(partial).length).toBeLessThan(44)
    // What is there is whole: no temporary file left, each file as the clean run wrote it.
    for (const [name, bytes] of Object.entries(partial)) expect(bytes, name).toBe(want[name])

    const again = gai('parse', input, '--to', 'csv', '--out', resumed, '--resume')
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`${Object.keys(partial).length} already written`)
    expect(tree(resumed)).toEqual(want)
  }, 120_000)

  it('ends standard output at a whole JSON line, exit 130 on Ctrl-C', async () => {
    const r = await killedRun(['parse', input, '--to', 'jsonl', '--jobs', '2', '--quiet'], (out) => out.length > 0, 'SIGINT')
    expect(r.status).toBe(130)
    expect(r.stdout.endsWith('\n')).toBe(true)
    const lines = r.stdout.trimEnd().split('\n')
    const models = lines.map((l) => JSON.parse(l) as { source: string })
    expect(models.length).toBeGreaterThan(0)
    expect(models.length).toBeLessThan(44)
    // In input order, none missing before the stop.
    expect(models[0]!.source).toBe(join(input, 'site0', names[0]!))
  }, 120_000)

  it('ends standard output at a whole CSV line, exit 143 on SIGTERM', async () => {
    const r = await killedRun(['parse', input, '--to', 'csv', '--jobs', '2', '--quiet'], (out) => out.length > 0, 'SIGTERM')
    expect(r.status).toBe(143)
    expect(r.stdout.endsWith('\r\n')).toBe(true)
    const lines = r.stdout.slice(0, -2).split('\r\n')
    expect(lines[0]).toBe('source,table,row,column,value,raw,unit')
    // A whole file's cells, never part of one: as many lines for each file as a clean run gives.
    const perFile = new Map<string, number>()
    for (const l of lines.slice(1)) {
      expect(l.split(',').length, l).toBeGreaterThanOrEqual(7)
      const source = l.slice(0, l.indexOf(','))
      perFile.set(source, (perFile.get(source) ?? 0) + 1)
    }
    const clean = gai('parse', input, '--to', 'csv', '--quiet').stdout.slice(0, -2).split('\r\n')
    for (const [source, n] of perFile) expect(n, source).toBe(clean.filter((l) => l.startsWith(`${source},`)).length)
  }, 120_000)
})

describe('gai parse --timeout', () => {
  it('gives up a file that takes too long, names it, and reads the rest', () => {
    const r = spawnSync(process.execPath, [cli, 'parse', input, '--to', 'jsonl', '--jobs', '2', '--timeout', '1'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, GAI_TEST_STALL: stalled },
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`${join(input, stalled)}: 读取超过 1 秒，已放弃 / took longer than 1 s, given up (--timeout)`)
    expect(r.stderr).toContain('44 files, 43 read, 1 failed')
    const sources = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)
    expect(sources).toHaveLength(43)
    expect(sources).not.toContain(join(input, stalled))
    // The files after it came out in order, read by the thread that replaced the stuck one.
    expect([...sources].sort()).toEqual(sources)
  }, 120_000)

  it('with --jobs 1 still stops a stuck file, on one reader thread', () => {
    const r = spawnSync(process.execPath, [cli, 'parse', join(input, 'site2'), '--to', 'csv', '--jobs', '1', '--timeout', '0.5', '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, GAI_TEST_STALL: stalled },
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('took longer than 0.5 s')
  }, 60_000)
})
