import type { CellKey, Diagnostic, DiagnosticCell, Locale, Position, Severity } from '@gai/model'

/** Builds the readers' diagnostics in the shape of the model's, with both languages at hand. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = []
  constructor(
    readonly file: string,
    readonly locale: Locale,
    readonly source = '@gai/parse-text',
  ) {}

  add(
    ruleId: string,
    severity: Severity,
    reason: { zh: string; en: string },
    extra: { place?: Position; cells?: DiagnosticCell[]; data?: Record<string, unknown> } = {},
  ): Diagnostic {
    const d: Diagnostic = {
      ruleId,
      source: this.source,
      severity,
      reason: reason[this.locale],
      file: this.file,
      cells: extra.cells ?? [],
    }
    if (extra.place) d.place = extra.place
    if (extra.data) d.data = extra.data
    this.diagnostics.push(d)
    return d
  }
}

export function cellRef(key: string, position?: Position, source?: string): DiagnosticCell {
  const c: DiagnosticCell = { key: key as CellKey }
  if (position && source !== undefined) c.origin = { source, position }
  return c
}

/** The result of a reader that could not read its input at all: no report, one error saying why. */
export function readerFailure(
  reporter: string,
  ruleId: string,
  reason: { zh: string; en: string },
  options: { source?: string; locale?: Locale },
): { report: null; diagnostics: Diagnostic[] } {
  const d: Diagnostic = { ruleId, source: reporter, severity: 'error', reason: reason[options.locale ?? 'zh'], file: options.source ?? 'input', cells: [] }
  return { report: null, diagnostics: [d] }
}
