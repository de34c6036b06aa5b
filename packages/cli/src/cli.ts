import { nodeIO } from './node-io.ts'
import { run } from './run.ts'

process.exitCode = await run(process.argv.slice(2), nodeIO())
// For benchmarks: the process's peak resident memory, threads included.
if (process.env.GAI_REPORT_RSS) process.stderr.write(`gai: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)
