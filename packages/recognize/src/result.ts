import { setSeverity } from '@gai/model'
import type { Diagnostic, Report, SeveritySetting } from '@gai/model'
import { VFile } from 'vfile'
import { coreDiagnostics } from './catalogue.ts'
import type { DiagnosticCatalogue } from './catalogue.ts'
import type { ParseOptions, ParseResult, ReaderInput } from './types.ts'

/** What a reader's body gives: the report, what it says, and the text its positions point into. */
export interface Reading {
  report: Report | null
  diagnostics: Diagnostic[]
  /** The decoded text (or the text taken out of a PDF or Word file); absent when none was reached. */
  text?: string
}

/** A reader's input split into what it reads and the options it reads with (`source` from a VFile's path). */
export interface OpenedInput {
  value: string | Uint8Array
  options: ParseOptions
  /** The caller's VFile, to be filled with the result. */
  file?: VFile
}

const settings: readonly string[] = ['error', 'warning', 'info', 'off']

/**
 * Check a `severity` map against the ids a reader can emit, before reading: an unknown id or
 * setting is the caller's mistake, said at once with every one named, not an input's fault.
 */
export function checkSeverities(severity: Readonly<Record<string, SeveritySetting>> | undefined, catalogue: DiagnosticCatalogue, reader: string): void {
  if (!severity) return
  const ids = Object.keys(severity)
  const unknown = ids.filter((id) => !Object.hasOwn(coreDiagnostics, id) && !Object.hasOwn(catalogue, id))
  if (unknown.length > 0) {
    const known = [...Object.keys(coreDiagnostics), ...Object.keys(catalogue)]
    throw new RangeError(`${reader}: unknown diagnostic id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `\`${id}\``).join(', ')} in \`severity\`; known ids: ${known.join(', ')}`)
  }
  const bad = ids.filter((id) => !settings.includes(severity[id]!))
  if (bad.length > 0) {
    throw new RangeError(`${reader}: unknown severity for ${bad.map((id) => `\`${id}\` (\`${String(severity[id])}\`)`).join(', ')}; expected error, warning, info or off`)
  }
}

/**
 * Whether an input is a VFile: by its shape, not `instanceof`, so a VFile of another copy of
 * vfile (another version in the caller's tree) is one too.
 */
export function isVFile(input: unknown): input is VFile {
  return typeof input === 'object' && input !== null && !(input instanceof Uint8Array) && Array.isArray((input as VFile).messages) && Array.isArray((input as VFile).history)
}

/** Take bytes, a string or a VFile; a VFile's path names the input unless `options.source` does. */
export function openInput(input: string | Uint8Array | ReaderInput, options: ParseOptions, catalogue: DiagnosticCatalogue, reader: string): OpenedInput {
  checkSeverities(options.severity, catalogue, reader)
  if (!isVFile(input)) return { value: input, options }
  const source = options.source ?? input.path
  return { value: input.value ?? '', options: source === undefined ? options : { ...options, source }, file: input }
}

/** Apply the caller's severities: `off` drops a message, any other setting sets its `fatal`. */
export function applySeverities(diagnostics: Diagnostic[], severity: Readonly<Record<string, SeveritySetting>> | undefined): Diagnostic[] {
  if (!severity) return diagnostics
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    const setting = Object.hasOwn(severity, d.ruleId) ? severity[d.ruleId]! : undefined
    if (setting === 'off') continue
    out.push(setting === undefined ? d : setSeverity(d, setting))
  }
  return out
}

/**
 * The one place a reader's result is finished: severities applied, and a VFile (the caller's,
 * when it passed one) holding the text positions point into as `value`, the diagnostics as
 * `messages` and the report as `data.report`. The text is the reader's own string, not a copy.
 */
export function finishRead(opened: OpenedInput, reading: Reading): ParseResult {
  const diagnostics = applySeverities(reading.diagnostics, opened.options.severity)
  const source = opened.options.source ?? 'input'
  const file = opened.file ?? new VFile({ path: source })
  if (reading.text !== undefined) file.value = reading.text
  // A fresh file's messages are the diagnostics themselves; a caller's file keeps what it had.
  if (opened.file) for (const d of diagnostics) file.messages.push(d)
  else file.messages = diagnostics
  file.data.report = reading.report
  return { report: reading.report, diagnostics, file }
}
