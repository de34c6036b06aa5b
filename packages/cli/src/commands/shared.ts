import type { Diagnostic, Report, RuleSetting, SeveritySetting } from '@gai/model'
import { rules } from '@gai/model'
import { coreDiagnostics } from '@gai/recognize'
import { readers } from '../detect.ts'
import type { ReadResult } from '../inputs.ts'
import { expandInputs, noReadableFiles, parseKind, readInput } from '../inputs.ts'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import type { Values } from '../run.ts'

/** Read every input the arguments name, in order. */
export async function readAll(positionals: string[], values: Values, io: CliIO): Promise<ReadResult[]> {
  if (positionals.length === 0) throw new UsageError('no input: give one or more files or folders, or - for standard input')
  const files = await expandInputs(positionals, io)
  if (files.length === 0) throw noReadableFiles(positionals)
  const from = parseKind(values.from as string | undefined)
  const out: ReadResult[] = []
  for (const file of files) {
    out.push(
      await readInput(file, io, {
        ...(from ? { from } : {}),
        ...(typeof values.encoding === 'string' ? { encoding: values.encoding } : {}),
        locale: (values.locale as 'zh' | 'en' | undefined) ?? 'zh',
      }),
    )
  }
  return out
}

export function reportsOf(results: ReadResult[]): Report[] {
  return results.flatMap((r) => (r.report ? [r.report] : []))
}

/** One line per input that could not be read, saying why. */
export function printUnreadable(results: ReadResult[], io: CliIO): number {
  let n = 0
  for (const r of results) {
    if (r.report) continue
    n++
    const why = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.reason)
    io.stderr(`gai: ${r.file}: ${why.join('; ') || 'not readable'}\n`)
  }
  return n
}

/** `--rule id=severity` settings (rule ids or reader diagnostic ids; checked by `splitSettings`). */
export function ruleSettings(values: Values): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {}
  const list = (values.rule as string[] | undefined) ?? []
  for (const item of list) {
    const m = /^([a-z0-9-]+)=(off|info|warn|warning|error)$/.exec(item)
    if (!m) throw new UsageError(`--rule expects ID=off|info|warn|error, got \`${item}\``)
    out[m[1]!] = m[2] as RuleSetting
  }
  return out
}

/** Every id a reader of `gai` may report: the core's and each reader's own. */
function readerIds(): Set<string> {
  return new Set([...Object.keys(coreDiagnostics), ...readers.flatMap((r) => Object.keys(r.diagnostics))])
}

/**
 * Severity settings split between the rules (for `checkReport`) and the readers (their
 * `severity` option), `warn` spelled `warning` for the readers. Ids that are neither are named
 * together in one error, with `where` they were set.
 */
export function splitSettings(settings: Record<string, RuleSetting>, where: string): { rules: Record<string, RuleSetting>; readers: Record<string, SeveritySetting> } {
  const ofReaders = readerIds()
  const out = { rules: {} as Record<string, RuleSetting>, readers: {} as Record<string, SeveritySetting> }
  const unknown: string[] = []
  for (const [id, setting] of Object.entries(settings)) {
    if (rules.some((r) => r.id === id)) out.rules[id] = setting
    else if (ofReaders.has(id)) out.readers[id] = setting === 'warn' ? 'warning' : setting
    else unknown.push(id)
  }
  if (unknown.length > 0) {
    throw new UsageError(
      `${where}: unknown rule or diagnostic id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `\`${id}\``).join(', ')}; known rules: ${rules.map((r) => r.id).join(', ')}; reader ids: ${[...ofReaders].join(', ')}`,
    )
  }
  return out
}

export function sourcesOf(results: ReadResult[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of results) if (r.text !== undefined) out[r.file] = r.text
  return out
}

export function count(diagnostics: Diagnostic[], severity: Diagnostic['severity']): number {
  return diagnostics.filter((d) => d.severity === severity).length
}
