import type { CheckOptions, SeveritySetting } from '@gai/model'
import type { InputList } from './inputs.ts'
import { expandInputList, noReadableFiles, parseKind } from './inputs.ts'
import type { CliIO } from './io.ts'
import { UsageError } from './io.ts'
import { runPool } from './pool.ts'
import { Progress } from './progress.ts'
import type { Values } from './run.ts'
import type { FileResult, FileTask, TaskOptions } from './task.ts'

export interface BatchSummary {
  files: number
  read: number
  /** Files that could not be read; each was reported on standard error as it failed. */
  failed: number
  /** Left alone by `--resume`: their output was already written. */
  skipped: number
  errors: number
  warnings: number
  /** Stopped by a signal before every file was read. */
  interrupted: boolean
}

export function jobsOf(values: Values, io: CliIO): number {
  if (values.jobs === undefined) return io.cores ?? 1
  const n = Number(values.jobs)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not \`${String(values.jobs)}\``)
  return n
}

/** `--timeout SECONDS` in milliseconds: a generous default, 0 for none. */
export function timeoutOf(values: Values): number | undefined {
  if (values.timeout === undefined) return 60_000
  const n = Number(values.timeout)
  if (!Number.isFinite(n) || n < 0 || String(values.timeout).trim() === '') throw new UsageError(`--timeout must be a number of seconds ≥ 0, not \`${String(values.timeout)}\``)
  return n === 0 ? undefined : n * 1000
}

/** Files, folders and globs to the list of files to read; a usage error when there are none. */
export async function inputFiles(positionals: string[], io: CliIO): Promise<InputList> {
  if (positionals.length === 0) throw new UsageError('no input: give one or more files, folders or globs, or - for standard input')
  const files = await expandInputList(positionals, io)
  if (files.files.length === 0) throw noReadableFiles(positionals)
  return files
}

export interface BatchOptions {
  mode: TaskOptions['mode']
  check?: CheckOptions
  /** Severities of the readers' diagnostics by id (`gai check --rule`, the config's `rules`). */
  severity?: Record<string, SeveritySetting>
  wantText?: boolean
  /** Bring back only the errors of each file, the rest counted (see `TaskOptions.errorsOnly`). */
  errorsOnly?: boolean
  /** One output file per input: the path of each, in input order. */
  outPaths?: string[]
}

/** Read every input on a pool of threads, results in input order, counting as it goes. */
export async function runBatch(inputs: InputList, values: Values, io: CliIO, batch: BatchOptions, onResult: (r: FileResult) => void): Promise<BatchSummary> {
  const from = parseKind(values.from as string | undefined)
  const task: TaskOptions = {
    mode: batch.mode,
    locale: (values.locale as 'zh' | 'en' | undefined) ?? 'zh',
    wantText: Boolean(batch.wantText),
    ...(from ? { from } : {}),
    ...(typeof values.encoding === 'string' ? { encoding: values.encoding } : {}),
    ...(batch.check ? { check: batch.check } : {}),
    ...(batch.severity ? { severity: batch.severity } : {}),
    ...(values.resume ? { resume: true } : {}),
    ...(batch.errorsOnly ? { errorsOnly: true } : {}),
  }
  const summary: BatchSummary = { files: inputs.files.length, read: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, interrupted: false }
  const progress = new Progress(io, inputs.files.length, Boolean(values.quiet))
  // Standard input cannot be handed to another thread.
  const stdin = inputs.files.includes('-')
  const jobs = stdin || inputs.files.length < 2 ? 1 : jobsOf(values, io)
  const timeoutMs = timeoutOf(values)
  // Drawn one at a time as threads ask, so a million inputs are never a million task objects.
  function* tasks(): Generator<FileTask> {
    for (let i = 0; i < inputs.files.length; i++) {
      const out = batch.outPaths?.[i]
      yield out === undefined ? { file: inputs.files[i]! } : { file: inputs.files[i]!, out }
    }
  }
  const complete = await runPool(
    tasks(),
    { jobs, workerUrl: io.workerUrl, io, task, timeoutMs, forceThreads: !stdin && values.timeout !== undefined },
    (r) => {
      progress.tick()
      if (r.skipped) summary.skipped++
      else if (r.ok) summary.read++
      else {
        // Said at once, not kept for the end: a million inputs may have a great many failures.
        summary.failed++
        progress.clear()
        io.stderr(`gai: ${r.file}: ${r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.reason).join('; ') || 'not readable'}\n`)
      }
      if (r.tally) {
        summary.errors += r.tally.errors
        summary.warnings += r.tally.warnings
      } else {
        for (const d of r.diagnostics) {
          if (d.severity === 'error') summary.errors++
          else if (d.severity === 'warning') summary.warnings++
        }
      }
      onResult(r)
    },
  )
  summary.interrupted = !complete
  progress.finish()
  return summary
}

/** The exit status of a run stopped by a signal: 128 + its number, as shells report it. */
export function interruptedStatus(io: CliIO): number {
  return io.signal?.reason === 'SIGTERM' ? 143 : 130
}

/** The closing summary on stderr: how many files were read and how many failed. */
export function printSummary(s: BatchSummary, io: CliIO): void {
  const done = s.read + s.skipped + s.failed
  if (s.interrupted) io.stderr(`gai: interrupted after ${done} of ${s.files} files; what was written is whole\n`)
  if (s.files > 1) {
    const skipped = s.skipped > 0 ? `, ${s.skipped} already written` : ''
    io.stderr(
      `gai: ${s.files} files, ${s.read} read${skipped}, ${s.failed} failed; ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`,
    )
  }
}
