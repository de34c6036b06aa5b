import type { CellKey, Diagnostic, DiagnosticCell, Locale, Position } from '@gai/model'
import { readerDiagnosticUrl, readerDiagnostics } from './catalogue.ts'
import type { ReaderDiagnosticId } from './catalogue.ts'

/** Builds the readers' diagnostics in the shape of the model's, with both languages at hand. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = []
  constructor(
    readonly file: string,
    readonly locale: Locale,
    readonly source = '@gai/parse-text',
  ) {}

  /** A diagnostic of the catalogue, with its severity and reference from there. */
  add(
    ruleId: ReaderDiagnosticId,
    reason: { zh: string; en: string },
    extra: { place?: Position; cells?: DiagnosticCell[]; data?: Record<string, unknown> } = {},
  ): Diagnostic {
    const d: Diagnostic = {
      ruleId,
      source: this.source,
      severity: readerDiagnostics[ruleId].severity,
      reason: reason[this.locale],
      file: this.file,
      cells: extra.cells ?? [],
      url: readerDiagnosticUrl(ruleId),
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
  ruleId: ReaderDiagnosticId | (string & {}),
  reason: { zh: string; en: string },
  options: { source?: string; locale?: Locale },
): { report: null; diagnostics: Diagnostic[] } {
  const d: Diagnostic = {
    ruleId,
    source: reporter,
    severity: 'error',
    reason: reason[options.locale ?? 'zh'],
    file: options.source ?? 'input',
    cells: [],
  }
  // Adapters of other formats may fail with ids of their own, which the reference does not hold.
  if (Object.hasOwn(readerDiagnostics, ruleId)) d.url = readerDiagnosticUrl(ruleId as ReaderDiagnosticId)
  return { report: null, diagnostics: [d] }
}
