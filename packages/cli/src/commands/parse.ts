import { basename, join } from 'node:path'
import { formatDiagnostics } from '@gai/render'
import { inputFiles, printSummary, runBatch } from '../batch.ts'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import type { Values } from '../run.ts'

const modes = { json: 'parse-json', jsonl: 'parse-jsonl', csv: 'parse-csv' } as const
const header = 'source,table,row,column,value,raw,unit\r\n'

/**
 * `gai parse`: the model of each input as JSON, JSON lines or one tidy CSV, streamed as files are
 * read; `--out DIR` writes one file per input instead.
 */
export async function parseCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const to = (values.to as string | undefined) ?? 'json'
  if (!(to in modes)) throw new UsageError(`--to must be json, jsonl or csv, not \`${to}\``)
  const out = values.out as string | undefined
  if (out !== undefined && !io.writeFile) throw new UsageError('--out needs a file system')
  const files = await inputFiles(positionals, io)
  let count = 0
  // One input prints one model; several print an array of them.
  let pendingArray = to === 'json' && out === undefined && files.length > 1
  const texts: Record<string, string> = {}
  const warnings: Parameters<typeof formatDiagnostics>[0] = []
  const writes: Promise<void>[] = []
  const summary = await runBatch(files, values, io, modes[to as keyof typeof modes], (r) => {
    if (r.text !== undefined && r.diagnostics.some((d) => d.severity === 'warning')) texts[r.file] = r.text
    if (r.ok) warnings.push(...r.diagnostics.filter((d) => d.severity === 'warning'))
    if (!r.ok || r.output === undefined) return
    if (out !== undefined) {
      const ext = to === 'csv' ? 'csv' : to === 'jsonl' ? 'jsonl' : 'json'
      const name = r.file === '-' || r.file === 'stdin' ? 'stdin' : basename(r.file).replace(/\.[^.]+$/, '')
      const body = to === 'csv' ? `${header}${r.output}` : r.output
      writes.push(io.writeFile!(join(out, `${name}.${ext}`), body))
      count++
      return
    }
    if (to === 'csv') io.stdout(count === 0 ? `${header}${r.output}` : r.output)
    else if (to === 'jsonl') io.stdout(r.output)
    else {
      // One JSON model, or an array of them streamed as they come.
      if (pendingArray) io.stdout('[\n')
      pendingArray = false
      io.stdout(files.length > 1 ? `${count > 0 ? ',\n' : ''}${r.output.trimEnd()}` : r.output)
    }
    count++
  }, undefined, files.length === 1)
  await Promise.all(writes)
  if (to === 'json' && out === undefined && files.length > 1) io.stdout(pendingArray ? '[]\n' : '\n]\n')
  if (to === 'csv' && out === undefined && count === 0) io.stdout(header)
  // Warnings of one file are worth reading; for a batch the summary says how many there were.
  if (!values.quiet && summary.files === 1 && warnings.length > 0) io.stderr(formatDiagnostics(warnings, { format: 'pretty', sources: texts }))
  if (!values.quiet || summary.failed.length > 0) printSummary(summary, io)
  return summary.failed.length > 0 ? 2 : 0
}
