// Whether every reader stays linear in time and memory on hostile inputs (see shapes.mjs): each
// shape at four sizes (×1, ×4, ×16, ×64 of a base), read by parseText and parseHtml, each read in
// a process of its own (a heap grown by one read would slow the next; and the process's peak
// memory is that read's). Prints MB/s per size; `step`, the worst growth of time per MB from one
// size to the next, four times larger (flat ≈ 1.0; four times the input in at most 4.5 times the
// time ≤ 1.125; a quadratic path ≈ 4); `ratio`, time per MB at the largest size over the smallest,
// and the same outside garbage collection (the code's own work, which stays flat where only the
// collector's grows); the share of the largest read spent collecting; and the memory the largest
// read added to its process at its peak, per byte of input. A size that takes over 60 s ends its
// row.
//
//   ADVERSARIAL_BASE=64000     bytes of the smallest size (×64 ≈ 4 MB); 1600000 reads up to 100 MB
//   ADVERSARIAL_SHAPES=a,b     only the shapes whose names contain one of these
//   ADVERSARIAL_NODE_FLAGS=…   Node options for the reading processes, e.g. --max-semi-space-size=64
//                              (the young generation gai parse gives the thread of a big file)
//   ADVERSARIAL_RUNS=3         processes per size, the fastest kept (a size whose first read took
//                              over 20 s is read once): one read of a small size takes a fraction
//                              of a second, which another process on the machine can double
//
// The reading processes may use up to three quarters of the machine's memory: a 100 MB input of
// one shape needs several GB, more than Node's default heap.
import { spawnSync } from 'node:child_process'
import { totalmem } from 'node:os'
import { PerformanceObserver, constants } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseHtml } from '../../parse-html/dist/index.js'
import { parseText } from '../../parse-text/dist/index.js'
import { shapes } from './shapes.mjs'

const readers = { text: parseText, html: parseHtml }
const factors = [1, 4, 16, 64]
const self = fileURLToPath(import.meta.url)

/** In a process of its own: read the smallest size once (the JIT warmed), then time one read. */
async function child([name, kind, bytes, base]) {
  const shape = shapes.find((s) => s.name === name)
  const read = readers[kind]
  // Three reads of the smallest size first: the first read of all is mostly the JIT compiling.
  for (let i = 0; i < 3; i++) read(shape[kind](Number(base)))
  const before = process.memoryUsage().rss / 2 ** 20
  const input = shape[kind](Number(bytes))
  // Time in garbage collection during the read, the young generation's apart.
  const entries = []
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()))
  observer.observe({ entryTypes: ['gc'] })
  const start = performance.now()
  const result = read(input)
  const ms = performance.now() - start
  // The entries of the read's last collections are delivered on a later turn; those that started
  // after the read are not its.
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.disconnect()
  const gc = { all: 0, minor: 0 }
  for (const e of entries) {
    if (e.startTime < start || e.startTime > start + ms) continue
    gc.all += e.duration
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) gc.minor += e.duration
  }
  const failed = result.diagnostics.find((d) => d.ruleId === 'internal-error')
  process.stdout.write(JSON.stringify({ ms, gc, mb: Buffer.byteLength(input) / 1e6, rss: process.resourceUsage().maxRSS / 1024 - before, failed: failed?.reason }))
}

if (process.argv[2] === '--child') await child(process.argv.slice(3))

function measure(name, kind, bytes, base) {
  const heap = Math.min(Math.floor((totalmem() / 2 ** 20) * 0.75), 16384)
  const flags = process.env.ADVERSARIAL_NODE_FLAGS?.split(' ').filter(Boolean) ?? []
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, ...flags, self, '--child', name, kind, String(bytes), String(base)], { encoding: 'utf8' })
  if (run.status !== 0) return { error: (run.stderr.match(/(FATAL ERROR: [^\n]*|Error: [^\n]*)/)?.[1] ?? `exit ${run.status}`).slice(0, 40) }
  const out = JSON.parse(run.stdout)
  return out.failed ? { error: `internal error: ${out.failed}`.slice(0, 40) } : out
}

/** The fastest of `ADVERSARIAL_RUNS` reads of one size, with the most memory any of them added. */
function fastest(name, kind, bytes, base) {
  const runs = Number(process.env.ADVERSARIAL_RUNS ?? 3)
  let best = measure(name, kind, bytes, base)
  for (let k = 1; k < runs && !best.error && best.ms < 20_000; k++) {
    const m = measure(name, kind, bytes, base)
    if (m.error) return m
    best = { ...(m.ms < best.ms ? m : best), rss: Math.max(m.rss, best.rss) }
  }
  return best
}

export async function main() {
  const base = Number(process.env.ADVERSARIAL_BASE ?? 64_000)
  const only = process.env.ADVERSARIAL_SHAPES?.split(',')
  const rows = []
  for (const shape of shapes) {
    if (only && !only.some((o) => shape.name.includes(o))) continue
    for (const kind of Object.keys(readers)) {
      const row = { shape: shape.name, reader: kind }
      const perMb = []
      const outsideGc = []
      let last
      for (const f of factors) {
        const m = fastest(shape.name, kind, base * f, base)
        if (m.error) {
          row[`×${f}`] = m.error
          break
        }
        perMb.push(m.ms / m.mb)
        outsideGc.push((m.ms - m.gc.all) / m.mb)
        last = m
        row[`×${f} MB`] = m.mb.toFixed(2)
        row[`×${f} MB/s`] = (m.mb / (m.ms / 1000)).toFixed(2)
        if (m.ms > 60_000) break
      }
      const steps = perMb.slice(1).map((x, i) => x / perMb[i])
      row.step = steps.length > 0 ? Math.max(...steps).toFixed(2) : '-'
      row.ratio = perMb.length > 1 ? (perMb[perMb.length - 1] / perMb[0]).toFixed(2) : '-'
      row['ratio outside GC'] = perMb.length > 1 ? (outsideGc[outsideGc.length - 1] / outsideGc[0]).toFixed(2) : '-'
      if (last) row['GC % (young)'] = `${((100 * last.gc.all) / last.ms).toFixed(0)} (${((100 * last.gc.minor) / last.ms).toFixed(0)})`
      if (last) row['B/B'] = (last.rss / last.mb).toFixed(0)
      rows.push(row)
      console.error(`${shape.name} (${kind}) done`)
    }
  }
  console.table(rows)
  console.log('step: the largest growth of time per MB from one size to the next (flat ≈ 1.0; 4.5× the time for 4× the input = 1.125)')
  console.log('ratio: time per MB at the largest size over the smallest; ratio outside GC: the same without the time in garbage collection')
  console.log('GC % (young): the largest read\'s time in garbage collection (in the young generation\'s); B/B: memory the largest read added at its peak, per byte of input')
}
