import { formatDiagnostics } from '@gai/render'
import { inputFiles, interruptedStatus, printSummary, runBatch } from '../batch.ts'
import { relName } from '../inputs.ts'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import { outputPaths } from '../out-path.ts'
import type { Values } from '../run.ts'
import { csvHeader } from '../task.ts'

const modes = { json: 'parse-json', jsonl: 'parse-jsonl', csv: 'parse-csv' } as const

/**
 * `gai parse`: the model of each input as JSON, JSON lines or one tidy CSV, streamed as files are
 * read; `--out DIR` writes one file per input instead, each whole or not at all.
 */
export async function parseCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const to = (values.to as string | undefined) ?? 'json'
  if (!(to in modes)) throw new UsageError(`--to must be json, jsonl or csv, not \`${to}\``)
  const out = values.out as string | undefined
  if (out !== undefined && !io.writeFile) throw new UsageError('--out needs a file system')
  if (values.resume && out === undefined) throw new UsageError('--resume needs --out DIR: it leaves the inputs whose output file is there')
  const inputs = await inputFiles(positionals, io)
  const single = inputs.files.length === 1
  const outPaths = out === undefined ? undefined : outputPaths(out, inputs.files.map((_, i) => relName(inputs, i)), to)
  let count = 0
  // One input prints one model; several print an array of them.
  let pendingArray = to === 'json' && out === undefined && !single
  const texts: Record<string, string> = {}
  const warnings: Parameters<typeof formatDiagnostics>[0] = []
  const summary = await runBatch(inputs, values, io, { mode: modes[to as keyof typeof modes], wantText: single, errorsOnly: !single, ...(outPaths ? { outPaths } : {}) }, (r) => {
    if (r.text !== undefined && r.diagnostics.some((d) => d.severity === 'warning')) texts[r.file] = r.text
    if (single && r.ok) for (const d of r.diagnostics) if (d.severity === 'warning') warnings.push(d)
    if (!r.ok || r.output === undefined || out !== undefined) return
    // Each write is one file's output, whole lines only: an interrupted run ends at a line's end.
    if (to === 'csv') io.stdout(count === 0 ? `${csvHeader}${r.output}` : r.output)
    else if (to === 'jsonl') io.stdout(r.output)
    else {
      // One JSON model, or an array of them streamed as they come.
      if (pendingArray) io.stdout('[\n')
      pendingArray = false
      io.stdout(single ? r.output : `${count > 0 ? ',\n' : ''}${r.output.trimEnd()}`)
    }
    count++
  })
  if (to === 'json' && out === undefined && !single) io.stdout(pendingArray ? '[]\n' : '\n]\n')
  if (to === 'csv' && out === undefined && count === 0) io.stdout(csvHeader)
  // Warnings of one file are worth reading; for a batch the summary says how many there were.
  if (!values.quiet && single && warnings.length > 0) io.stderr(formatDiagnostics(warnings, { format: 'pretty', sources: texts }))
  if (!values.quiet || summary.failed > 0 || summary.interrupted) printSummary(summary, io)
  if (summary.interrupted) return interruptedStatus(io)
  return summary.failed > 0 ? 2 : 0
}
