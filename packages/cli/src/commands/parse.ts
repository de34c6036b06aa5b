import { reportToJson } from '@gai/model'
import { formatDiagnostics, toCsv } from '@gai/render'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import type { Values } from '../run.ts'
import { printUnreadable, readAll, reportsOf, sourcesOf } from './shared.ts'

/** `gai parse`: print the canonical model of each input as JSON or tidy CSV. */
export async function parseCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const to = (values.to as string | undefined) ?? 'json'
  if (to !== 'json' && to !== 'csv') throw new UsageError(`--to must be json or csv, not \`${to}\``)
  const results = await readAll(positionals, values, io)
  const reports = reportsOf(results)
  if (to === 'csv') io.stdout(toCsv(reports, { shape: 'tidy' }))
  else if (reports.length === 1 && results.length === 1) io.stdout(reportToJson(reports[0]!))
  else io.stdout(`[\n${reports.map((r) => reportToJson(r).trimEnd()).join(',\n')}\n]\n`)
  const unreadable = printUnreadable(results, io)
  if (!values.quiet) {
    const warnings = results.filter((r) => r.report).flatMap((r) => r.diagnostics.filter((d) => d.severity !== 'info'))
    if (warnings.length > 0) io.stderr(formatDiagnostics(warnings, { format: 'pretty', sources: sourcesOf(results), color: false }))
  }
  return unreadable > 0 ? 2 : 0
}
