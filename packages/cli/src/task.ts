import type { Diagnostic, Report } from '@gai/model'
import { checkReport, reportToJson } from '@gai/model'
import type { CheckOptions } from '@gai/model'
import { toCsv } from '@gai/render'
import type { InputKind } from './detect.ts'
import { readInput } from './inputs.ts'
import type { CliIO } from './io.ts'

/** What one file's work is: read it, and for `check` run the single-report rules. */
export interface FileTask {
  /** The task's place in the run, echoed in its result: results may come back out of order. */
  id?: number
  file: string
  mode: 'parse-json' | 'parse-jsonl' | 'parse-csv' | 'check'
  from?: InputKind
  encoding?: string
  locale: 'zh' | 'en'
  check?: CheckOptions
  /** Send the source text back, to print source lines under diagnostics. */
  wantText?: boolean
}

/** What comes back: small enough to pass between threads and to keep for a whole batch. */
export interface FileResult {
  id?: number
  file: string
  ok: boolean
  /** The output for this file (a JSON model, a JSON line, CSV lines without header). */
  output?: string
  diagnostics: Diagnostic[]
  /** For `check`: the report without its prose, for the cross-year rules. */
  report?: Report
  /** For printing source lines under diagnostics. */
  text?: string
}

export async function runTask(task: FileTask, io: CliIO): Promise<FileResult> {
  const read = await readInput(task.file, io, {
    ...(task.from ? { from: task.from } : {}),
    ...(task.encoding ? { encoding: task.encoding } : {}),
    locale: task.locale,
  })
  const result: FileResult = { file: read.file, ok: read.report !== null, diagnostics: read.diagnostics }
  if (task.id !== undefined) result.id = task.id
  const report = read.report
  if (!report) return result
  if (task.mode === 'parse-csv') result.output = toCsv(report).split('\r\n').slice(1).join('\r\n')
  else if (task.mode === 'parse-jsonl') result.output = `${JSON.stringify(report)}\n`
  else if (task.mode === 'parse-json') result.output = reportToJson(report)
  else {
    result.diagnostics = [...read.diagnostics, ...checkReport(report, { ...task.check, locale: task.locale })]
    // The cross-year rules need the tables and meta only.
    result.report = { meta: report.meta, format: report.format, sections: {}, tables: report.tables, ...(report.source ? { source: report.source } : {}) }
  }
  if (task.wantText && read.text !== undefined && result.diagnostics.some((d) => d.place)) result.text = read.text
  return result
}
