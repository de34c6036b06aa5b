import type { CheckOptions } from '@gai/model'
import { expandInputs, parseKind } from './inputs.ts'
import type { CliIO } from './io.ts'
import { UsageError } from './io.ts'
import { runPool } from './pool.ts'
import { Progress } from './progress.ts'
import type { Values } from './run.ts'
import type { FileResult, FileTask } from './task.ts'

export interface BatchSummary {
  files: number
  read: number
  failed: { file: string; reason: string }[]
  errors: number
  warnings: number
}

export function jobsOf(values: Values, io: CliIO): number {
  if (values.jobs === undefined) return io.cores ?? 1
  const n = Number(values.jobs)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not \`${String(values.jobs)}\``)
  return n
}

/** Read every input on a pool of threads, results in input order, counting as it goes. */
/** Files, folders and globs to the list of files to read; a usage error when there are none. */
export async function inputFiles(positionals: string[], io: CliIO): Promise<string[]> {
  if (positionals.length === 0) throw new UsageError('no input: give one or more files, folders or globs, or - for standard input')
  const files = await expandInputs(positionals, io)
  if (files.length === 0) throw new UsageError(`no readable files (.txt .md .html .json) in ${positionals.join(', ')}`)
  return files
}

export async function runBatch(
  files: string[],
  values: Values,
  io: CliIO,
  mode: FileTask['mode'],
  onResult: (r: FileResult) => void,
  check?: CheckOptions,
  wantText = false,
): Promise<BatchSummary> {
  const from = parseKind(values.from as string | undefined)
  const locale = (values.locale as 'zh' | 'en' | undefined) ?? 'zh'
  const tasks: FileTask[] = files.map((file) => ({
    file,
    mode,
    locale,
    wantText,
    ...(from ? { from } : {}),
    ...(typeof values.encoding === 'string' ? { encoding: values.encoding } : {}),
    ...(check ? { check } : {}),
  }))
  const summary: BatchSummary = { files: files.length, read: 0, failed: [], errors: 0, warnings: 0 }
  const progress = new Progress(io, files.length, Boolean(values.quiet))
  // Standard input cannot be handed to another thread.
  const jobs = files.includes('-') ? 1 : jobsOf(values, io)
  await runPool(tasks, { jobs, workerUrl: io.workerUrl, io }, (r) => {
    progress.tick()
    if (r.ok) summary.read++
    else summary.failed.push({ file: r.file, reason: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.reason).join('; ') || 'not readable' })
    for (const d of r.diagnostics) {
      if (d.severity === 'error') summary.errors++
      else if (d.severity === 'warning') summary.warnings++
    }
    onResult(r)
  })
  progress.finish()
  return summary
}

/** The closing summary on stderr: how many files, how many failed and why. */
export function printSummary(s: BatchSummary, io: CliIO): void {
  for (const f of s.failed) io.stderr(`gai: ${f.file}: ${f.reason}\n`)
  if (s.files > 1) {
    io.stderr(
      `gai: ${s.files} files, ${s.read} read, ${s.failed.length} failed; ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`,
    )
  }
}
