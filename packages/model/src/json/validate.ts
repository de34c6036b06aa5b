import { sectionTemplates } from '../templates/sections.ts'
import { formatVersions, tableIds, tableTemplate } from '../templates/formats.ts'
import type { Cell, FormatVersion, Origin, Point, Report, ReportMeta, Section, SectionId, Table, TableId } from '../types.ts'

/** One thing wrong with a JSON report: where (a JSON path such as `$.tables.active.format`) and what. */
export interface ValidationIssue {
  path: string
  message: string
}

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`)
const at = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`)

/**
 * Check and copy. Only the keys the model knows are read (with own-property checks), so keys such
 * as `__proto__` can never reach a prototype; everything unexpected is an issue with its path.
 */
class Reader {
  readonly issues: ValidationIssue[] = []

  issue(path: string, message: string): void {
    if (this.issues.length < 200) this.issues.push({ path, message })
  }

  object(v: unknown, path: string, allowed: readonly string[], required: readonly string[] = []): Obj | undefined {
    if (!isObj(v)) {
      this.issue(path, `expected an object, found ${kind(v)}`)
      return undefined
    }
    for (const k of Object.keys(v)) if (!allowed.includes(k)) this.issue(at(path, k), `unknown property (expected one of ${allowed.join(', ')})`)
    for (const k of required) if (!Object.hasOwn(v, k)) this.issue(at(path, k), 'missing')
    return v
  }

  get(o: Obj, key: string): unknown {
    return Object.hasOwn(o, key) ? o[key] : undefined
  }

  string(v: unknown, path: string): string | undefined {
    if (typeof v === 'string') return v
    this.issue(path, `expected a string, found ${kind(v)}`)
    return undefined
  }

  integer(v: unknown, path: string, min = 0): number | undefined {
    if (typeof v === 'number' && Number.isInteger(v) && v >= min) return v
    this.issue(path, `expected an integer ≥ ${min}, found ${kind(v)}`)
    return undefined
  }

  point(v: unknown, path: string): Point | undefined {
    const o = this.object(v, path, ['line', 'column', 'offset'], ['line', 'column', 'offset'])
    if (!o) return undefined
    const line = this.integer(this.get(o, 'line'), `${path}.line`, 1)
    const column = this.integer(this.get(o, 'column'), `${path}.column`, 1)
    const offset = this.integer(this.get(o, 'offset'), `${path}.offset`, 0)
    return line === undefined || column === undefined || offset === undefined ? undefined : { line, column, offset }
  }

  origin(v: unknown, path: string): Origin | undefined {
    const o = this.object(v, path, ['source', 'position'], ['source', 'position'])
    if (!o) return undefined
    const source = this.string(this.get(o, 'source'), `${path}.source`)
    const p = this.object(this.get(o, 'position'), `${path}.position`, ['start', 'end'], ['start', 'end'])
    if (!p || source === undefined) return undefined
    const start = this.point(this.get(p, 'start'), `${path}.position.start`)
    const end = this.point(this.get(p, 'end'), `${path}.position.end`)
    return start && end ? { source, position: { start, end } } : undefined
  }

  cell(v: unknown, path: string): Cell | undefined {
    const o = this.object(v, path, ['value', 'raw', 'unit', 'origin'], ['value', 'raw'])
    if (!o) return undefined
    const value = this.get(o, 'value')
    if (!(value === null || (typeof value === 'number' && Number.isFinite(value)))) {
      this.issue(`${path}.value`, `expected a finite number or null (blank), found ${kind(value)}`)
      return undefined
    }
    const raw = this.string(this.get(o, 'raw'), `${path}.raw`)
    if (raw === undefined) return undefined
    const cell: Cell = { value, raw }
    if (Object.hasOwn(o, 'unit')) {
      const unit = this.string(o.unit, `${path}.unit`)
      if (unit !== undefined) cell.unit = unit
    }
    if (Object.hasOwn(o, 'origin')) {
      const origin = this.origin(o.origin, `${path}.origin`)
      if (origin) cell.origin = origin
    }
    return cell
  }

  table(v: unknown, id: TableId, path: string): Table | undefined {
    const o = this.object(v, path, ['format', 'rows', 'origin'], ['format', 'rows'])
    if (!o) return undefined
    const format = this.get(o, 'format')
    if (!(formatVersions as readonly unknown[]).includes(format)) {
      this.issue(`${path}.format`, `expected "2019" or "2021", found ${kind(format)}`)
      return undefined
    }
    const template = tableTemplate(id, format as FormatVersion)
    const rowsIn = this.object(this.get(o, 'rows'), `${path}.rows`, template.rows.map((r) => r.key), template.rows.map((r) => r.key))
    if (!rowsIn) return undefined
    const rows: Record<string, Record<string, Cell>> = {}
    for (const r of template.rows) {
      const rp = at(`${path}.rows`, r.key)
      if (!Object.hasOwn(rowsIn, r.key)) continue
      const rowIn = this.object(this.get(rowsIn, r.key), rp, r.columns, r.columns)
      if (!rowIn) continue
      const row: Record<string, Cell> = {}
      for (const c of r.columns) {
        if (!Object.hasOwn(rowIn, c)) continue
        const cell = this.cell(rowIn[c], at(rp, c))
        if (cell) row[c] = cell
      }
      rows[r.key] = row
    }
    const table: Table = { format: format as FormatVersion, rows }
    if (Object.hasOwn(o, 'origin')) {
      const origin = this.origin(o.origin, `${path}.origin`)
      if (origin) table.origin = origin
    }
    return table
  }

  meta(v: unknown, path: string): ReportMeta | undefined {
    const o = this.object(v, path, ['organ', 'year', 'period', 'title'])
    if (!o) return undefined
    const meta: ReportMeta = {}
    if (Object.hasOwn(o, 'organ')) {
      const s = this.string(o.organ, `${path}.organ`)
      if (s !== undefined) meta.organ = s
    }
    if (Object.hasOwn(o, 'title')) {
      const s = this.string(o.title, `${path}.title`)
      if (s !== undefined) meta.title = s
    }
    if (Object.hasOwn(o, 'year')) {
      const y = this.integer(o.year, `${path}.year`, 1900)
      if (y !== undefined) meta.year = y
    }
    if (Object.hasOwn(o, 'period')) {
      const p = this.object(o.period, `${path}.period`, ['start', 'end'], ['start', 'end'])
      if (p) {
        const iso = (x: unknown, pp: string) => {
          const s = this.string(x, pp)
          if (s !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s)) this.issue(pp, `expected a date YYYY-MM-DD, found ${JSON.stringify(s)}`)
          return s
        }
        const start = iso(this.get(p, 'start'), `${path}.period.start`)
        const end = iso(this.get(p, 'end'), `${path}.period.end`)
        if (start !== undefined && end !== undefined) meta.period = { start, end }
      }
    }
    return meta
  }

  section(v: unknown, id: SectionId, path: string): Section | undefined {
    const o = this.object(v, path, ['id', 'heading', 'text', 'origin'], ['id', 'heading', 'text'])
    if (!o) return undefined
    if (this.get(o, 'id') !== id) this.issue(`${path}.id`, `expected "${id}" (the section's key), found ${kind(this.get(o, 'id'))}`)
    const heading = this.string(this.get(o, 'heading'), `${path}.heading`)
    const text = this.string(this.get(o, 'text'), `${path}.text`)
    if (heading === undefined || text === undefined) return undefined
    const s: Section = { id, heading, text }
    if (Object.hasOwn(o, 'origin')) {
      const origin = this.origin(o.origin, `${path}.origin`)
      if (origin) s.origin = origin
    }
    return s
  }

  report(v: unknown): Report | undefined {
    const o = this.object(v, '$', ['meta', 'format', 'sections', 'tables', 'source'], ['meta', 'format', 'sections', 'tables'])
    if (!o) return undefined
    const meta = this.meta(this.get(o, 'meta'), '$.meta')
    const format = this.get(o, 'format')
    if (!(formatVersions as readonly unknown[]).includes(format)) this.issue('$.format', `expected "2019" or "2021", found ${kind(format)}`)
    const ids = sectionTemplates.map((s) => s.id)
    const sectionsIn = this.object(this.get(o, 'sections'), '$.sections', ids)
    const sections: Partial<Record<SectionId, Section>> = {}
    if (sectionsIn) {
      for (const id of ids) {
        if (!Object.hasOwn(sectionsIn, id)) continue
        const s = this.section(sectionsIn[id], id, `$.sections.${id}`)
        if (s) sections[id] = s
      }
    }
    const tablesIn = this.object(this.get(o, 'tables'), '$.tables', tableIds, tableIds)
    const tables: Partial<Record<TableId, Table>> = {}
    if (tablesIn) {
      for (const id of tableIds) {
        if (!Object.hasOwn(tablesIn, id)) continue
        const t = this.table(this.get(tablesIn, id), id, `$.tables.${id}`)
        if (t) tables[id] = t
      }
    }
    let source: string | undefined
    if (Object.hasOwn(o, 'source')) source = this.string(o.source, '$.source')
    if (this.issues.length > 0 || !meta) return undefined
    const report: Report = { meta, format: format as FormatVersion, sections, tables: tables as Record<TableId, Table> }
    if (source !== undefined) report.source = source
    return report
  }
}

/** Every issue that keeps `value` from being a valid report; empty when it is one. */
export function validateReport(value: unknown): ValidationIssue[] {
  const r = new Reader()
  r.report(value)
  return r.issues
}

/** A fresh, validated copy holding only known keys, or the issues. */
export function copyReport(value: unknown): { report: Report | undefined; issues: ValidationIssue[] } {
  const r = new Reader()
  const report = r.report(value)
  return { report, issues: r.issues }
}
