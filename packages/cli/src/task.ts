import type { CheckOptions, Diagnostic, DiagnosticJson, Report, SeveritySetting } from '@gai/model'
import { checkReport, diagnosticFromJson, reportToJson } from '@gai/model'
import { toCsv } from '@gai/render'
import type { InputKind } from './detect.ts'
import { cliError, readBytes, unreadable } from './inputs.ts'
import type { CliIO } from './io.ts'

export const csvHeader = 'source,table,row,column,value,raw,unit\r\n'

/** What every file of a run shares: sent to a reader thread once, not with each file. */
export interface TaskOptions {
  mode: 'parse-json' | 'parse-jsonl' | 'parse-csv' | 'check'
  from?: InputKind
  encoding?: string
  locale: 'zh' | 'en'
  check?: CheckOptions
  /** Severities of the readers' diagnostics by id; each reader gets the ids it knows. */
  severity?: Record<string, SeveritySetting>
  /** Send the source text back, to print source lines under diagnostics. */
  wantText?: boolean
  /** With `out`: leave an input whose output file is already there. */
  resume?: boolean
  /**
   * Send back a file's errors only, its other messages counted in `tally`: a batch of many files
   * prints no warning, and some sixty messages a file are the bulk of what would cross between
   * threads and wait in the window.
   */
  errorsOnly?: boolean
}

/** What a reader thread starts with. */
export interface WorkerData {
  options: TaskOptions
  /** The id of the file the thread is on, -1 between batches: the watchdog reads it. */
  current: Int32Array
  /** Files larger than this are handed back unread (`tooBig`), for a thread with more memory. */
  maxBytes?: number
}

/** One file's work: read it, and for `check` run the single-report rules. */
export interface FileTask {
  /** The task's place in the run, echoed in its result: results may come back out of order. */
  id?: number
  file: string
  /** Write the output to this file (whole or not at all) instead of sending it back. */
  out?: string
}

/** What comes back: small enough to pass between threads and to keep for a whole batch. */
export interface FileResult {
  id?: number
  file: string
  ok: boolean
  /** Not read: `--resume` found its output already written. */
  skipped?: boolean
  /** The output for this file (a JSON model, a JSON line, CSV lines without header). */
  output?: string
  diagnostics: Diagnostic[]
  /** For `check`: the report without its prose, for the cross-year rules. */
  report?: Report
  /** For printing source lines under diagnostics. */
  text?: string
  /** With `errorsOnly`: how many errors and warnings the file had, `diagnostics` holding the errors. */
  tally?: { errors: number; warnings: number }
  /** Handed back unread by a reader thread: too big for its heap (see `WorkerData.maxBytes`). */
  tooBig?: true
}

/**
 * A result as it crosses between threads: structured clone keeps an Error's message and stack
 * only, so the diagnostics travel in their JSON form and are rebuilt on the other side.
 */
export type WireResult = Omit<FileResult, 'diagnostics'> & { diagnostics: DiagnosticJson[] }

export function toWire(r: FileResult): WireResult {
  return { ...r, diagnostics: r.diagnostics.map((d) => d.toJSON()) }
}

export function fromWire(r: WireResult): FileResult {
  return { ...r, diagnostics: r.diagnostics.map(diagnosticFromJson) }
}

/** Read one file (through `io`) and do its work; never throws for a bad input. */
export async function runTask(task: FileTask, options: TaskOptions, io: CliIO): Promise<FileResult> {
  const skipped = await alreadyWritten(task, options, io)
  if (skipped) return skipped
  let bytes: Uint8Array
  try {
    bytes = task.file === '-' ? await io.readStdin() : await io.readFile(task.file)
  } catch (e) {
    return unreadableResult(task, e)
  }
  return finishTask(task, options, bytes, io)
}

/** Whether a task's file is larger than `maxBytes` (never standard input, nor a file not there). */
export async function overBytes(task: FileTask, io: CliIO, maxBytes: number): Promise<boolean> {
  if (task.file === '-' || !io.fileSize) return false
  return ((await io.fileSize(task.file)) ?? 0) > maxBytes
}

/** The result of a task a reader thread hands back unread (see `WorkerData.maxBytes`). */
export function tooBigResult(task: FileTask): FileResult {
  return { ...(task.id === undefined ? {} : { id: task.id }), file: task.file, ok: false, diagnostics: [], tooBig: true }
}

/** With `--resume`: the result of a task whose output file is already there, else undefined. */
export async function alreadyWritten(task: FileTask, options: TaskOptions, io: CliIO): Promise<FileResult | undefined> {
  if (!options.resume || task.out === undefined || !(await io.exists?.(task.out))) return undefined
  return { ...(task.id === undefined ? {} : { id: task.id }), file: task.file, ok: true, skipped: true, diagnostics: [] }
}

/** The result of a task whose file could not be opened. */
export function unreadableResult(task: FileTask, e: unknown): FileResult {
  const read = unreadable(task.file, e)
  return { ...(task.id === undefined ? {} : { id: task.id }), file: read.file, ok: false, diagnostics: read.diagnostics }
}

/** The result of a task that failed for a reason of the command line's own (a bug, not the input). */
export function failedTask(task: FileTask, e: Error): FileResult {
  return { ...(task.id === undefined ? {} : { id: task.id }), file: task.file, ok: false, diagnostics: [cliError('internal-error', e.message, task.file)] }
}

/** The work of a file whose bytes are in hand, its output written to `task.out` when there is one. */
export async function finishTask(task: FileTask, options: TaskOptions, bytes: Uint8Array, io: CliIO): Promise<FileResult> {
  const result = await taskOnBytes(task, options, bytes)
  if (task.out !== undefined && result.output !== undefined) {
    await io.writeFile!(task.out, options.mode === 'parse-csv' ? `${csvHeader}${result.output}` : result.output)
    delete result.output
  }
  return result
}

/** The work of one file whose bytes are in hand: the output already formatted, so the caller only copies it out. */
export async function taskOnBytes(task: FileTask, options: TaskOptions, bytes: Uint8Array): Promise<FileResult> {
  const read = await readBytes(task.file, bytes, {
    ...(options.from ? { from: options.from } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    locale: options.locale,
    text: Boolean(options.wantText),
    ...(options.severity ? { severity: options.severity } : {}),
  })
  const result: FileResult = { file: read.file, ok: read.report !== null, diagnostics: read.diagnostics }
  if (task.id !== undefined) result.id = task.id
  const report = read.report
  if (!report) return result
  if (options.mode === 'parse-csv') result.output = toCsv(report).slice(csvHeader.length)
  else if (options.mode === 'parse-jsonl') result.output = `${JSON.stringify(report)}\n`
  else if (options.mode === 'parse-json') result.output = reportToJson(report)
  else {
    result.diagnostics = [...read.diagnostics, ...checkReport(report, { ...options.check, locale: options.locale })]
    // The cross-year rules need the tables and meta only.
    result.report = { meta: report.meta, format: report.format, sections: {}, tables: report.tables, ...(report.source ? { source: report.source } : {}) }
  }
  if (options.wantText && read.text !== undefined && result.diagnostics.some((d) => d.place)) result.text = read.text
  return options.errorsOnly ? errorsOnly(result) : result
}

/** The result with its errors only and the count of errors and warnings. */
function errorsOnly(result: FileResult): FileResult {
  const tally = { errors: 0, warnings: 0 }
  const errors = []
  for (const d of result.diagnostics) {
    if (d.severity === 'error') {
      tally.errors++
      errors.push(d)
    } else if (d.severity === 'warning') tally.warnings++
  }
  return { ...result, diagnostics: errors, tally }
}
