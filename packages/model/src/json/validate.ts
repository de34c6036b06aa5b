import { sectionTemplates } from '../templates/sections.ts'
import { formatVersions, tableIds, tableTemplate } from '../templates/formats.ts'
import { localize } from '../diagnostic.ts'
import type { Locale, LocalizedText } from '../diagnostic.ts'
import type { Cell, FormatVersion, Inference, Origin, PageBox, Point, Report, ReportMeta, Section, SectionId, Table, TableId, WordPlace } from '../types.ts'

/** One thing wrong with a JSON report: where (a JSON path such as `$.tables.active.format`) and what. */
export interface ValidationIssue {
  path: string
  /** What was expected and what was found, in the requested locale. */
  message: string
}

/** An issue with its message in both languages; `validateReport` picks one. */
export interface LocalizedIssue {
  path: string
  message: LocalizedText
}

type Obj = Record<string, unknown>

const MAX_ISSUES = 200

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** What a value is, for "found …": short, and never the whole of a long string. */
function kind(v: unknown): LocalizedText {
  if (v === null) return { zh: 'null', en: 'null' }
  if (v === undefined) return { zh: '空缺', en: 'nothing' }
  if (Array.isArray(v)) return { zh: '数组', en: 'an array' }
  if (typeof v === 'object') return { zh: '对象', en: 'an object' }
  if (typeof v === 'string') {
    const s = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    return { zh: `字符串 ${s}`, en: `string ${s}` }
  }
  if (typeof v === 'number') return { zh: `数字 ${String(v)}`, en: `number ${String(v)}` }
  if (typeof v === 'boolean') return { zh: `布尔值 ${String(v)}`, en: `boolean ${String(v)}` }
  return { zh: typeof v, en: typeof v }
}

/** `path.key`, or `path["key"]` when the key is no identifier (`denied.stateSecret`, `__proto__` is one). */
const at = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`)

const expected = (zh: string, en: string, v: unknown): LocalizedText => {
  const k = kind(v)
  return { zh: `应为${zh}，实际为${k.zh}`, en: `expected ${en}, found ${k.en}` }
}

/**
 * Check and copy. Only the keys the model knows are read (with own-property checks), so keys such
 * as `__proto__` can never reach a prototype; everything unexpected is an issue with its path.
 * Only the known structure is walked, to a fixed depth: an unexpected value is reported by its
 * kind and never descended into, so no input can exhaust the stack.
 */
/** `YYYY-MM-DD` naming a day of the calendar (no 2021-02-30). */
function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

class Reader {
  readonly issues: LocalizedIssue[] = []

  issue(path: string, message: LocalizedText): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message })
    else if (this.issues.length === MAX_ISSUES)
      this.issues.push({ path: '$', message: { zh: `问题超过 ${MAX_ISSUES} 个，其余不再列出`, en: `more than ${MAX_ISSUES} issues; the rest are not listed` } })
  }

  object(v: unknown, path: string, allowed: readonly string[], required: readonly string[] = []): Obj | undefined {
    if (!isObj(v)) {
      // `undefined` is a missing required key, reported once by the parent's check.
      if (v !== undefined) this.issue(path, expected('对象', 'an object', v))
      return undefined
    }
    for (const k of Object.keys(v)) {
      if (!allowed.includes(k)) {
        this.issue(at(path, k), {
          zh: `未知属性（应为 ${allowed.join('、')} 之一）`,
          en: `unknown property (expected one of ${allowed.join(', ')})`,
        })
      }
    }
    for (const k of required) if (!Object.hasOwn(v, k)) this.issue(at(path, k), { zh: '缺失', en: 'missing' })
    return v
  }

  get(o: Obj, key: string): unknown {
    return Object.hasOwn(o, key) ? o[key] : undefined
  }

  string(v: unknown, path: string): string | undefined {
    if (typeof v === 'string') return v
    if (v !== undefined) this.issue(path, expected('字符串', 'a string', v))
    return undefined
  }

  integer(v: unknown, path: string, min = 0): number | undefined {
    if (typeof v === 'number' && Number.isInteger(v) && v >= min) return v
    if (v !== undefined) this.issue(path, expected(` ≥ ${min} 的整数`, `an integer ≥ ${min}`, v))
    return undefined
  }

  format(v: unknown, path: string): FormatVersion | undefined {
    if ((formatVersions as readonly unknown[]).includes(v)) return v as FormatVersion
    if (v !== undefined) this.issue(path, expected(' "2019" 或 "2021"', '"2019" or "2021"', v))
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

  finite(v: unknown, path: string, min = -Infinity): number | undefined {
    if (typeof v === 'number' && Number.isFinite(v) && v >= min) return v
    if (v !== undefined) this.issue(path, expected(` ≥ ${min} 的数`, `a number ≥ ${min}`, v))
    return undefined
  }

  origin(v: unknown, path: string): Origin | undefined {
    const o = this.object(v, path, ['source', 'position', 'box', 'word'], ['source', 'position'])
    if (!o) return undefined
    const source = this.string(this.get(o, 'source'), `${path}.source`)
    const p = this.object(this.get(o, 'position'), `${path}.position`, ['start', 'end'], ['start', 'end'])
    if (!p || source === undefined) return undefined
    const start = this.point(this.get(p, 'start'), `${path}.position.start`)
    const end = this.point(this.get(p, 'end'), `${path}.position.end`)
    if (!start || !end) return undefined
    const origin: Origin = { source, position: { start, end } }
    if (Object.hasOwn(o, 'box')) {
      const box = this.box(o.box, `${path}.box`)
      if (box) origin.box = box
    }
    if (Object.hasOwn(o, 'word')) {
      const word = this.word(o.word, `${path}.word`)
      if (word) origin.word = word
    }
    return origin
  }

  box(v: unknown, path: string): PageBox | undefined {
    const keys = ['page', 'x', 'y', 'width', 'height'] as const
    const o = this.object(v, path, keys, keys)
    if (!o) return undefined
    const page = this.integer(this.get(o, 'page'), `${path}.page`, 1)
    const x = this.finite(this.get(o, 'x'), `${path}.x`)
    const y = this.finite(this.get(o, 'y'), `${path}.y`)
    const width = this.finite(this.get(o, 'width'), `${path}.width`, 0)
    const height = this.finite(this.get(o, 'height'), `${path}.height`, 0)
    if (page === undefined || x === undefined || y === undefined || width === undefined || height === undefined) return undefined
    return { page, x, y, width, height }
  }

  word(v: unknown, path: string): WordPlace | undefined {
    const indices = ['paragraph', 'table', 'row', 'cell'] as const
    const o = this.object(v, path, ['part', ...indices], ['part'])
    if (!o) return undefined
    const part = this.string(this.get(o, 'part'), `${path}.part`)
    if (part === undefined) return undefined
    const place: WordPlace = { part }
    for (const k of indices) {
      if (!Object.hasOwn(o, k)) continue
      const n = this.integer(o[k], `${path}.${k}`, 0)
      if (n !== undefined) place[k] = n
    }
    return place
  }

  cell(v: unknown, path: string): Cell | undefined {
    const o = this.object(v, path, ['value', 'raw', 'unit', 'origin', 'inferred'], ['value', 'raw'])
    if (!o) return undefined
    const value = this.get(o, 'value')
    if (!(value === null || (typeof value === 'number' && Number.isFinite(value)))) {
      if (value !== undefined) this.issue(`${path}.value`, expected('有限数值或 null（空白）', 'a finite number or null (blank)', value))
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
    if (Object.hasOwn(o, 'inferred')) {
      const inferred = this.inference(o.inferred, `${path}.inferred`)
      if (inferred) cell.inferred = inferred
    }
    return cell
  }

  inference(v: unknown, path: string): Inference | undefined {
    const o = this.object(v, path, ['by', 'relations', 'excluded'], ['by', 'relations'])
    if (!o) return undefined
    const by = this.get(o, 'by')
    if (by !== 'digits-split' && by !== 'blank-by-relation') {
      if (by !== undefined) this.issue(`${path}.by`, expected(' "digits-split" 或 "blank-by-relation"', '"digits-split" or "blank-by-relation"', by))
      return undefined
    }
    const list = this.get(o, 'relations')
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) {
      if (list !== undefined) this.issue(`${path}.relations`, expected('字符串数组', 'an array of strings', list))
      return undefined
    }
    const inferred: Inference = { by, relations: [...(list as string[])] }
    if (Object.hasOwn(o, 'excluded')) {
      const n = this.integer(o.excluded, `${path}.excluded`, 0)
      if (n !== undefined) inferred.excluded = n
    }
    return inferred
  }

  table(v: unknown, id: TableId, path: string): Table | undefined {
    const o = this.object(v, path, ['format', 'rows', 'origin'], ['format', 'rows'])
    if (!o) return undefined
    const format = this.format(this.get(o, 'format'), `${path}.format`)
    if (format === undefined) return undefined
    const template = tableTemplate(id, format)
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
    const table: Table = { format, rows }
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
          if (s !== undefined && !isIsoDate(s)) this.issue(pp, expected('日期 YYYY-MM-DD', 'a date YYYY-MM-DD', s))
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
    if (this.get(o, 'id') !== id) {
      this.issue(`${path}.id`, expected(` "${id}"（与其键相同）`, `"${id}" (the section's key)`, this.get(o, 'id')))
    }
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
    if (v === undefined) {
      this.issue('$', expected('对象', 'an object', v))
      return undefined
    }
    const o = this.object(v, '$', ['meta', 'format', 'sections', 'tables', 'source'], ['meta', 'format', 'sections', 'tables'])
    if (!o) return undefined
    const meta = this.meta(this.get(o, 'meta'), '$.meta')
    const format = this.format(this.get(o, 'format'), '$.format')
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
    if (this.issues.length > 0 || !meta || format === undefined) return undefined
    const report: Report = { meta, format, sections, tables: tables as Record<TableId, Table> }
    if (source !== undefined) report.source = source
    return report
  }
}

/** Every issue that keeps `value` from being a valid report, messages in `locale` (default Chinese); empty when it is one. */
export function validateReport(value: unknown, options: { locale?: Locale } = {}): ValidationIssue[] {
  const r = new Reader()
  r.report(value)
  return r.issues.map((i) => ({ path: i.path, message: localize(i.message, options.locale) }))
}

/** A fresh, validated copy holding only known keys, or the issues. */
export function copyReport(value: unknown): { report: Report | undefined; issues: LocalizedIssue[] } {
  const r = new Reader()
  const report = r.report(value)
  return { report, issues: r.issues }
}
