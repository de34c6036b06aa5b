import { createDiagnostic } from '@gai/model'
import type { CellKey, Diagnostic, DiagnosticCell, Locale, Position } from '@gai/model'
import { coreDiagnostics, diagnosticUrl, foldAfter } from './catalogue.ts'
import type { CoreDiagnosticId, DiagnosticCatalogue } from './catalogue.ts'

/** The messages of one id past `foldAfter`: how many, and each one's place as line, column, offset. */
interface Folded {
  count: number
  first?: Position
  places: number[]
}

/** Builds the readers' diagnostics in the shape of the model's, with both languages at hand. */
export class Reporter {
  readonly #listed: Diagnostic[] = []
  readonly #counts = new Map<CoreDiagnosticId, number>()
  readonly #folded = new Map<CoreDiagnosticId, Folded>()
  constructor(
    readonly file: string,
    readonly locale: Locale,
    readonly source = '@gai/recognize',
  ) {}

  /** Every message so far, a flood of one id folded into one message at its end. */
  get diagnostics(): Diagnostic[] {
    if (this.#folded.size === 0) return this.#listed
    const out = this.#listed.slice()
    for (const [ruleId, folded] of this.#folded) out.push(this.#summary(ruleId, folded))
    return out
  }

  /** A diagnostic of the core's catalogue, with its severity and reference from there. */
  add(
    ruleId: CoreDiagnosticId,
    reason: { zh: string; en: string },
    extra: { place?: Position; cells?: DiagnosticCell[]; data?: Record<string, unknown> } = {},
  ): void {
    const seen = (this.#counts.get(ruleId) ?? 0) + 1
    this.#counts.set(ruleId, seen)
    if (seen > foldAfter) return this.#fold(ruleId, extra.place)
    this.#listed.push(this.#make(ruleId, reason[this.locale], extra))
  }

  #make(ruleId: CoreDiagnosticId, reason: string, extra: { place?: Position | undefined; cells?: DiagnosticCell[]; data?: Record<string, unknown> }): Diagnostic {
    return createDiagnostic({
      ruleId,
      source: this.source,
      severity: coreDiagnostics[ruleId].severity,
      reason,
      file: this.file,
      cells: extra.cells ?? [],
      url: diagnosticUrl(ruleId),
      place: extra.place,
      data: extra.data,
    })
  }

  #fold(ruleId: CoreDiagnosticId, place: Position | undefined): void {
    let folded = this.#folded.get(ruleId)
    if (!folded) this.#folded.set(ruleId, (folded = { count: 0, places: [] }))
    folded.count++
    if (!place) return
    folded.first ??= place
    folded.places.push(place.start.line, place.start.column, place.start.offset ?? -1)
  }

  #summary(ruleId: CoreDiagnosticId, folded: Folded): Diagnostic {
    const at = folded.first ? { zh: `，首条在第 ${folded.first.start.line} 行第 ${folded.first.start.column} 列`, en: `, the first at ${folded.first.start.line}:${folded.first.start.column}` } : { zh: '', en: '' }
    const reason = {
      zh: `另有 ${folded.count} 条 ${ruleId} 提示与上面同类，不再逐条列出${at.zh}；每条的位置（行、列、偏移）见 data.places`,
      en: `${folded.count} more ${ruleId} messages like the ones above, not listed one by one${at.en}; data.places holds each one's line, column and offset`,
    }
    return this.#make(ruleId, reason[this.locale], { place: folded.first, data: { folded: folded.count, places: folded.places } })
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
