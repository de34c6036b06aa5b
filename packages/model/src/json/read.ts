import type { Diagnostic, Locale } from '../diagnostic.ts'
import type { Report } from '../types.ts'
import { copyReport } from './validate.ts'

/** Line and column of an offset, for a syntax error's message. */
function pointAt(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1, offset }
}

/**
 * Read a report from JSON text: parse, validate against the model, and copy only known keys.
 * Never throws; a malformed or invalid document gives `report: null` and errors naming the place.
 */
export function readReportJson(text: string, options: { source?: string; locale?: Locale } = {}): { report: Report | null; diagnostics: Diagnostic[] } {
  const file = options.source ?? 'input'
  const en = options.locale === 'en'
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (e) {
    const message = (e as Error).message
    const m = /position (\d+)/.exec(message)
    const point = m ? pointAt(text, Number(m[1])) : undefined
    const d: Diagnostic = {
      ruleId: 'json-syntax',
      source: '@gai/model',
      severity: 'error',
      reason: en ? `Not valid JSON: ${message}` : `不是有效的 JSON：${message}`,
      file,
      cells: [],
    }
    if (point) d.place = { start: point, end: { ...point, column: point.column + 1, offset: point.offset + 1 } }
    return { report: null, diagnostics: [d] }
  }
  const { report, issues } = copyReport(value)
  if (!report || issues.length > 0) {
    return {
      report: null,
      diagnostics: issues.map((i) => ({
        ruleId: 'json-schema',
        source: '@gai/model',
        severity: 'error' as const,
        reason: en ? `${i.path}: ${i.message}` : `${i.path}：${i.message}`,
        file,
        cells: [],
        data: { path: i.path },
      })),
    }
  }
  return { report, diagnostics: [] }
}
