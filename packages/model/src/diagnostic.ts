import { VFileMessage } from 'vfile-message'
import type { CellKey, Origin, PageBox, Position } from './types.ts'

export type Severity = 'error' | 'warning' | 'info'

/** A severity a caller may set for a rule or a reader's diagnostic; `off` drops its messages. */
export type SeveritySetting = Severity | 'off'

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

/** What a producer knows of a diagnostic; `createDiagnostic` turns it into one. */
export interface DiagnosticInit {
  ruleId: string
  source: string
  severity: Severity
  reason: string
  file?: string | undefined
  place?: Position | undefined
  cells?: DiagnosticCell[] | undefined
  /** A number becomes its decimal string; `null` (a blank) leaves `actual` unset. */
  actual?: number | string | null | undefined
  /** A number becomes a one-element list of its decimal string; `null` leaves `expected` unset. */
  expected?: number | string | readonly string[] | null | undefined
  url?: string | undefined
  data?: Record<string, unknown> | undefined
}

/**
 * The plain JSON form of a diagnostic (`toJSON()`): what `gai parse --to json` prints and what
 * crosses a worker thread's boundary; `diagnosticFromJson` rebuilds the class from it.
 */
export interface DiagnosticJson {
  ruleId: string
  source: string
  severity: Severity
  reason: string
  file?: string
  place?: Position
  cells: DiagnosticCell[]
  actual?: string
  expected?: string[]
  url?: string
  data?: Record<string, unknown>
  box?: PageBox
}

/**
 * A message about a report: a `VFileMessage` (so vfile-reporter and every unified tool read it)
 * with what is wrong (`reason`), which check said so (`ruleId`, `source`), where (`place`, `file`,
 * and for a PDF the page `box`), how bad (`fatal`: true error, false warning, undefined info), the
 * cells it concerns with their numbers, and the two sides of a relation as strings (`actual`
 * against `expected`). Made by `createDiagnostic`, never by `new` at the call sites, so every
 * producer fills the fields one way.
 */
export class Diagnostic extends VFileMessage {
  /** Kebab-case id of the rule or reader check, e.g. `applications-balance`, `value-without-cell`. */
  declare ruleId: string
  /** The package that reported it, e.g. `@gai/model`, `@gai/parse-text`. */
  declare source: string
  /** Where in the input; for a cell diagnostic, the first cell's range. */
  declare place: Position | undefined
  /** The cells involved, with the values the check saw (the numbers behind `actual`/`expected`). */
  cells: DiagnosticCell[]
  /** The page and box of the place in a PDF, when the first cell's origin has one. */
  declare box?: PageBox
  /** Extra machine-readable detail, e.g. the candidate splits of an ambiguous digit run. */
  declare data?: Record<string, unknown>

  constructor(reason: string, options: { ruleId: string; source: string; place?: Position | undefined }) {
    super(reason, options.place ? { ruleId: options.ruleId, source: options.source, place: options.place } : { ruleId: options.ruleId, source: options.source })
    this.cells = []
  }

  /** `fatal` in words: the one source of truth is `fatal`, as vfile-message defines it. */
  get severity(): Severity {
    return this.fatal === true ? 'error' : this.fatal === false ? 'warning' : 'info'
  }

  toJSON(): DiagnosticJson {
    const out: DiagnosticJson = { ruleId: this.ruleId, source: this.source, severity: this.severity, reason: this.reason, cells: this.cells }
    if (this.file) out.file = this.file
    if (this.place) out.place = this.place
    if (this.actual !== undefined) out.actual = this.actual
    if (this.expected !== undefined) out.expected = this.expected
    if (this.url !== undefined) out.url = this.url
    if (this.data !== undefined) out.data = this.data
    if (this.box !== undefined) out.box = this.box
    return out
  }
}

/** `fatal` as vfile-message spells a severity. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** Set a diagnostic's severity (a caller's override), through `fatal`. */
export function setSeverity(d: Diagnostic, severity: Severity): Diagnostic {
  d.fatal = fatalOf(severity)
  return d
}

/** The one way gai makes a diagnostic. */
export function createDiagnostic(init: DiagnosticInit): Diagnostic {
  // VFileMessage is an Error, whose constructor records a stack trace that vfile-message then
  // empties: not recording it makes a diagnostic about ten times cheaper where the engine allows.
  // (`stackTraceLimit` is V8's; elsewhere it is left alone.)
  const limit = Error.stackTraceLimit
  const v8 = typeof limit === 'number'
  if (v8) Error.stackTraceLimit = 0
  let d: Diagnostic
  try {
    d = new Diagnostic(init.reason, { ruleId: init.ruleId, source: init.source, place: init.place })
  } finally {
    if (v8) Error.stackTraceLimit = limit
  }
  d.fatal = fatalOf(init.severity)
  if (init.file !== undefined) d.file = init.file
  if (init.cells) d.cells = init.cells
  if (init.actual !== undefined && init.actual !== null) d.actual = String(init.actual)
  if (init.expected !== undefined && init.expected !== null) d.expected = typeof init.expected === 'object' ? [...init.expected] : [String(init.expected)]
  if (init.url !== undefined) d.url = init.url
  if (init.data !== undefined) d.data = init.data
  const box = init.cells?.[0]?.origin?.box
  if (box) d.box = box
  return d
}

/** Rebuild a diagnostic from its JSON form (`toJSON()`), e.g. after it crossed a thread boundary. */
export function diagnosticFromJson(json: DiagnosticJson): Diagnostic {
  const d = createDiagnostic(json)
  // The box came with the JSON: a third-party producer may have set one without a cell origin.
  if (json.box !== undefined) d.box = json.box
  return d
}

/** Pick the text of a locale. */
export function localize(text: LocalizedText, locale: Locale = 'zh'): string {
  return text[locale]
}
