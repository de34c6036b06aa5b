import type { Diagnostic, Locale, Report } from '@gai/model'

export interface ParseOptions {
  /** The input's name, copied into every origin and diagnostic (default `input`). */
  source?: string
  /** Decode bytes with this encoding (an iconv-lite name such as `gbk`) instead of detecting one. */
  encoding?: string
  /** The language of diagnostic reasons (default `zh`). */
  locale?: Locale
  /** The package named as the `source` of diagnostics (set by adapters built on this core). */
  reporter?: string
}

/**
 * What a reader returns: the report, or `null` when the input is not a report at all (then the
 * diagnostics say why, with one `error`), and every diagnostic about what could not be placed.
 */
export interface ParseResult {
  report: Report | null
  diagnostics: Diagnostic[]
}
