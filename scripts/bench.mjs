#!/usr/bin/env node
// Runs every package benchmark (packages/*/bench/*.bench.mjs) with tinybench and prints
// throughput. Each benchmark module exports `cases`: [{ name, bytes?, items?, run }], or an async
// function `setup()` returning them; `bytes` (input size per run) turns ops/s into MB/s.
// Benchmarks import the built packages (dist), so run `pnpm build` first (install does it).
import { readdirSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import { Bench } from 'tinybench'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const filter = process.argv[2]
const files = []
for (const pkg of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', pkg, 'bench')
  if (!existsSync(dir)) continue
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.bench.mjs')) files.push(join(dir, f))
}
if (files.length === 0) console.log('no benchmarks found')

for (const file of files) {
  const name = relative(root, file)
  if (filter && !name.includes(filter)) continue
  const mod = await import(pathToFileURL(file).href)
  // A benchmark that measures something other than ops/s (a whole batch run) prints its own table.
  if (typeof mod.main === 'function') {
    console.log(`\n${name}`)
    await mod.main()
    continue
  }
  const cases = typeof mod.setup === 'function' ? await mod.setup() : mod.cases
  const bench = new Bench({ time: Number(process.env.BENCH_TIME ?? 1000), warmupTime: 200 })
  for (const c of cases) bench.add(c.name, c.run)
  await bench.run()
  console.log(`\n${name}`)
  const rows = bench.tasks.map((t, i) => {
    const c = cases[i]
    const r = t.result
    const hz = r?.throughput?.mean ?? r?.hz ?? 0
    const mean = r?.latency?.mean ?? r?.mean ?? 0
    const row = { case: c.name, 'ops/s': hz.toFixed(1), 'ms/op': mean.toFixed(3) }
    if (c.bytes) row['MB/s'] = ((hz * c.bytes) / 1e6).toFixed(1)
    if (c.items) row['items/s'] = (hz * c.items).toFixed(0)
    return row
  })
  console.table(rows)
  if (typeof mod.summary === 'function') console.log(mod.summary(bench.tasks, cases))
}
const rss = process.memoryUsage().rss / 1e6
console.log(`\npeak RSS of this run (approx, current): ${rss.toFixed(0)} MB`)
