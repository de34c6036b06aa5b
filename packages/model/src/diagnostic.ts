import type { CellKey, Origin, Position } from './types.ts'

export type Severity = 'error' | 'warning' | 'info'

/** The language of a diagnostic's `reason`. Chinese is the default: it is the reports' language. */
export type Locale = 'zh' | 'en'

/** A text in both languages the diagnostics speak. */
export interface LocalizedText {
  zh: string
  en: string
}

/** A cell a diagnostic is about: its key, the value the rule saw, and where it was read. */
export interface DiagnosticCell {
  key: CellKey
  value?: number | null
  origin?: Origin
}

/**
 * A message about a report, shaped like vfile-message: what is wrong (`reason`), which check said
 * so (`ruleId`, `source`), where (`place`, `cells`), and for relations the two sides
 * (`actual` against `expected`). Plain JSON-safe data.
 */
export interface Diagnostic {
  /** Kebab-case id of the rule or reader check, e.g. `applications-balance`, `value-without-cell`. */
  ruleId: string
  /** The package that reported it, e.g. `@gai/model`, `@gai/parse-text`. */
  source: string
  severity: Severity
  /** What is wrong, in the requested locale. */
  reason: string
  /** The name of the input the report was read from (a file path, a URL, `stdin`). */
  file?: string
  /** Where in that input; for a cell diagnostic, the first cell's range. */
  place?: Position
  /** The cells involved. */
  cells: DiagnosticCell[]
  actual?: number | null
  expected?: number | null
  /** A link to the rule's documentation. */
  url?: string
  /** Extra machine-readable detail, e.g. the candidate splits of an ambiguous digit run. */
  data?: Record<string, unknown>
}

/** Pick the text of a locale. */
export function localize(text: LocalizedText, locale: Locale = 'zh'): string {
  return text[locale]
}
