import { nodeIO } from './node-io.ts'
import { run } from './run.ts'

// A reader that stops early (`gai parse DIR --to csv | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

process.exitCode = await run(process.argv.slice(2), nodeIO())
// For benchmarks: the process's peak resident memory, threads included.
if (process.env.GAI_REPORT_RSS) process.stderr.write(`gai: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)
