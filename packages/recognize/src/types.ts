import type { Diagnostic, Locale, Report, SeveritySetting } from '@gai/model'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The report a gai reader read from the file; `null` when it read none. */
    report: Report | null
  }
}

/**
 * What a reader reads: bytes, a string, or a VFile whose `value` is either (its `path` names the
 * input unless `source` does). A VFile passed in is the one filled and returned.
 */
export type ReaderInput = string | Uint8Array | VFile

export interface ParseOptions {
  /** The input's name, copied into every origin and diagnostic (default `input`). */
  source?: string
  /** Decode bytes with this encoding (an iconv-lite name such as `gbk`) instead of detecting one. */
  encoding?: string
  /** The language of diagnostic reasons (default `zh`). */
  locale?: Locale
  /** The package named as the `source` of diagnostics (set by adapters built on this core). */
  reporter?: string
  /**
   * Severity per diagnostic id of the core's and the reader's catalogue: `error`, `warning`,
   * `info`, or `off` to drop its messages. An id neither catalogue holds throws a RangeError
   * naming it, before anything is read.
   */
  severity?: Readonly<Record<string, SeveritySetting>>
}

/**
 * What a reader returns: the report, or `null` when the input is not a report at all (then the
 * diagnostics say why, with one `error`), and every diagnostic about what could not be placed.
 */
export interface ParseResult {
  report: Report | null
  diagnostics: Diagnostic[]
  /**
   * The input as a VFile: `value` the text positions point into (the decoded text, or the text
   * taken out of a PDF or Word file; left as given when the read stopped before any), `path` the
   * input's name, `messages` the diagnostics, `data.report` the report.
   */
  file: VFile
}
