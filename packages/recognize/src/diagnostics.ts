import { createDiagnostic } from '@gai/model'
import type { CellKey, Diagnostic, DiagnosticCell, Locale, Position } from '@gai/model'
import { coreDiagnostics, diagnosticUrl } from './catalogue.ts'
import type { CoreDiagnosticId, DiagnosticCatalogue } from './catalogue.ts'

/** Builds the readers' diagnostics in the shape of the model's, with both languages at hand. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = []
  constructor(
    readonly file: string,
    readonly locale: Locale,
    readonly source = '@gai/recognize',
  ) {}

  /** A diagnostic of the core's catalogue, with its severity and reference from there. */
  add(
    ruleId: CoreDiagnosticId,
    reason: { zh: string; en: string },
    extra: { place?: Position; cells?: DiagnosticCell[]; data?: Record<string, unknown> } = {},
  ): Diagnostic {
    const d = createDiagnostic({
      ruleId,
      source: this.source,
      severity: coreDiagnostics[ruleId].severity,
      reason: reason[this.locale],
      file: this.file,
      cells: extra.cells ?? [],
      url: diagnosticUrl(ruleId),
      place: extra.place,
      data: extra.data,
    })
    this.diagnostics.push(d)
    return d
  }
}

export function cellRef(key: string, position?: Position, source?: string): DiagnosticCell {
  const c: DiagnosticCell = { key: key as CellKey }
  if (position && source !== undefined) c.origin = { source, position }
  return c
}

/**
 * The result of a reader that could not read its input at all: no report, one error saying why.
 * `catalogue` is the reader's own; an id from it or from the core's gets its reference url.
 */
export function readerFailure(
  reporter: string,
  ruleId: CoreDiagnosticId | (string & {}),
  reason: { zh: string; en: string },
  options: { source?: string; locale?: Locale; catalogue?: DiagnosticCatalogue },
): { report: null; diagnostics: Diagnostic[] } {
  // A Reading (no text): the reader's entry finishes it into a ParseResult.
  // Adapters of other formats may fail with ids of their own, which no catalogue here holds.
  const known = Object.hasOwn(coreDiagnostics, ruleId) || (options.catalogue !== undefined && Object.hasOwn(options.catalogue, ruleId))
  const d = createDiagnostic({
    ruleId,
    source: reporter,
    severity: 'error',
    reason: reason[options.locale ?? 'zh'],
    file: options.source ?? 'input',
    url: known ? diagnosticUrl(ruleId) : undefined,
  })
  return { report: null, diagnostics: [d] }
}
