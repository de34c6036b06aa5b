// A batch run as scrapers do it: 10,000 generated reports (text, HTML, Markdown) read into one
// CSV, with one thread and with all cores; files/s and the process's peak memory.
// `BATCH_FILES=2000 pnpm bench batch` for a quicker run.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from '../../model/node_modules/fast-check/lib/fast-check.js'
import { reportArbitrary } from '../../model/dist/arbitraries/index.js'
import { toHtml, toMarkdown, toText } from '../../render/dist/index.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

export async function main() {
  const n = Number(process.env.BATCH_FILES ?? 10000)
  const dir = mkdtempSync(join(tmpdir(), 'gai-bench-'))
  const writers = [(r) => [toText(r), 'txt'], (r) => [toHtml(r, { document: true }), 'html'], (r) => [toMarkdown(r), 'md']]
  let bytes = 0
  // A few hundred distinct reports, written many times over under different names.
  const reports = fc.sample(reportArbitrary({ meta: true, sections: true }), { numRuns: 300, seed: 7 })
  const bodies = reports.map((r, i) => writers[i % 3](r))
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `site${i % 50}`)
    if (i < 50) mkdirSync(sub)
    const [text, ext] = bodies[i % bodies.length]
    writeFileSync(join(sub, `r${i}.${ext}`), text)
    bytes += Buffer.byteLength(text)
  }
  const rows = []
  for (const jobs of [1, availableParallelism()]) {
    const start = performance.now()
    const r = spawnSync(process.execPath, [cli, 'parse', dir, '--to', 'csv', '--jobs', String(jobs), '--quiet'], {
      env: { ...process.env, GAI_REPORT_RSS: '1' },
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    })
    const secs = (performance.now() - start) / 1000
    const rss = /peak RSS (\d+) MB/.exec(r.stderr)?.[1]
    rows.push({ jobs, files: n, 'seconds': secs.toFixed(1), 'files/s': (n / secs).toFixed(0), 'MB/s': (bytes / 1e6 / secs).toFixed(1), 'peak RSS MB': rss, exit: r.status })
  }
  console.table(rows)
  console.log(`speed-up on ${availableParallelism()} cores: ${(Number(rows[1]['files/s']) / Number(rows[0]['files/s'])).toFixed(2)}×`)
  rmSync(dir, { recursive: true, force: true })
}
