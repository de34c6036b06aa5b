import { nodeIO } from './node-io.ts'
import { run } from './run.ts'

// A reader that stops early (`gai parse DIR --to csv | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

// Ctrl-C or SIGTERM: stop starting files, let the command write what is whole and exit 130 / 143.
// A second signal ends the process at once.
const stop = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stop.abort(signal)
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(s)
    process.once('SIGINT', () => process.exit(130))
    process.once('SIGTERM', () => process.exit(143))
  })
}

// Files are read and written synchronously: a run reads one file at a time on each thread, and a
// round trip through libuv's pool per file left this thread idle a fifth of the time.
process.exitCode = await run(process.argv.slice(2), { ...nodeIO({ sync: true }), signal: stop.signal })
// For benchmarks: the process's peak resident memory and its CPU time, threads included (V8
// compiles and collects on threads of its own, so one job keeps more than one core busy).
if (process.env.GAI_REPORT_RSS) {
  const usage = process.resourceUsage()
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6
  process.stderr.write(`gai: peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB, CPU ${cpu.toFixed(2)} s\n`)
}
