import { cellKey, emptyTable, tableIds, tableTemplate } from '@gai/model'
import type { FormatVersion, Position, Report, ReportMeta, Section, SectionId, Table, TableId } from '@gai/model'
import type { Claims } from './claims.ts'
import type { SourceDocument } from './document.ts'
import { Reporter, cellRef } from './diagnostics.ts'
import { readMeta } from './meta.ts'
import { LineIndex } from './position.ts'
import { TableBuilder, rowsByKey } from './tables.ts'
import { tokenize } from './tokens.ts'
import type { LabelToken, Token } from './tokens.ts'
import type { ParseOptions, ParseResult } from './types.ts'
import { finishRead } from './result.ts'
import type { Reading } from './result.ts'
import { rephase } from './phase.ts'
import type { Rephased } from './phase.ts'
import { truncatedIn } from './truncated.ts'
import { readHeader, reportHeader } from './columns.ts'
import { Grid } from './grid.ts'
import { walkTokens } from './walk.ts'
import type { RowRecord, Walk } from './walk.ts'

const tableNumber: Record<TableId, string> = { active: '二', applications: '三', reviewLitigation: '四' }

/** What the passes after the walk share: the document, its tokens, what the walk found, one reporter. */
interface PassState {
  doc: SourceDocument
  source: string
  index: LineIndex
  tokens: Token[]
  walk: Walk
  /** Section headings, in token order. */
  headings: LabelToken[]
  reporter: Reporter
}

/**
 * The shared core of every reader: map a document of lines and cells onto the canonical model.
 * Text and HTML adapters produce the document; this decides what each cell means, in passes:
 * tokens, the walk to rows, whether this is a report at all, the tables, what was left in them,
 * the sections.
 */
export function readDocument(doc: SourceDocument, options: ParseOptions = {}): ParseResult {
  const reading = mapDocument(doc, options)
  return finishRead({ value: doc.text, options: { ...options, source: options.source ?? doc.source } }, { ...reading, text: doc.text })
}

function mapDocument(doc: SourceDocument, options: ParseOptions): Reading {
  const source = options.source ?? doc.source
  const reporter = new Reporter(source, options.locale ?? 'zh', options.reporter ?? '@gai/recognize')
  const index = new LineIndex(doc.text)
  const tokens = tokenize(doc, index)
  const walk = walkTokens(tokens)
  const meta = readMeta(doc)
  const headings = sectionHeadings(tokens)
  if (refused(walk, headings, meta, reporter)) return { report: null, diagnostics: reporter.diagnostics }

  const reading: PassState = { doc, source, index, tokens, walk, headings, reporter }
  const builder = new TableBuilder(source, index, reporter, doc.text, doc.lines)
  const tables = readTables(reading, builder, meta.year)
  reportLeftovers(reading, builder)
  reportApproximate(tokens, walk.claims, reporter)
  const report: Report = {
    meta,
    format: tables.applications.format,
    sections: readSections(doc, tokens, headings, walk.claims, source),
    tables,
    source,
  }
  return { report, diagnostics: reporter.diagnostics }
}

/** `（一）主动公开…` is a subsection of 总体情况; sections are numbered `二、` or `2、`. */
function sectionHeadings(tokens: Token[]): LabelToken[] {
  return tokens.filter(
    (t): t is LabelToken =>
      t.type === 'label' && (t.whole || t.marker !== '') && !t.marker.startsWith('(') && t.entries.some((e) => e.kind === 'section'),
  )
}

/** Whether the input is no report gai can read (no tables or sections, or a year before the templates), said so. */
function refused(walk: Walk, headings: LabelToken[], meta: ReportMeta, reporter: Reporter): boolean {
  if (walk.records.length === 0 && headings.length < 2) {
    reporter.add('not-a-report', {
      zh: '输入不是政府信息公开工作年度报告：未找到章节标题或统计表',
      en: 'The input is not a government information-disclosure annual report: no section headings or statistical tables found',
    })
    return true
  }
  if (meta.year !== undefined && meta.year <= 2018) {
    reporter.add('report-too-old', {
      zh: `这是 ${meta.year} 年度的报告：2018 年及以前的报告没有统一格式，无法读入`,
      en: `This is a report for ${meta.year}: reports for 2018 and earlier follow no template and cannot be read`,
    })
    return true
  }
  return false
}

/** A table's format version: by the labels only one version prints, else by the report's year. */
function versionOf(walk: Walk, year: number | undefined, table: TableId): FormatVersion {
  const e = walk.evidence[table === 'reviewLitigation' ? 'applications' : table]
  if (e['2019'] > e['2021']) return '2019'
  if (e['2021'] > e['2019']) return '2021'
  return year === undefined ? '2021' : year >= 2021 ? '2021' : '2019'
}

/** Every table, read from its rows; a table with no rows is empty and said to be missing. */
function readTables(reading: PassState, builder: TableBuilder, year: number | undefined): Record<TableId, Table> {
  const { walk, tokens, headings, reporter } = reading
  // A file cut off inside a table: one message says so, instead of one per row it did not reach.
  const cut = truncatedIn(walk, tokens, headings)
  const grid = new Grid(reading.doc)
  const tables = {} as Record<TableId, Table>
  for (const id of tableIds) {
    const version = versionOf(walk, year, id)
    const records = walk.records.filter((r) => r.table === id)
    if (records.length > 0) {
      tables[id] = readTable(reading, records, { id, version, builder, grid, cut: id === cut })
      continue
    }
    tables[id] = emptyTable(id, version)
    if (cut && tableIds.indexOf(id) > tableIds.indexOf(cut)) continue
    reporter.add('table-not-found', { zh: `未找到表${tableNumber[id]}（${tableTemplate(id, version).title}）`, en: `Table ${id} was not found` })
  }
  return tables
}

/** One table with rows: rows put back in phase, the header read, the cells placed, what is missing told. */
function readTable(
  reading: PassState,
  records: RowRecord[],
  { id, version, builder, grid, cut }: { id: TableId; version: FormatVersion; builder: TableBuilder; grid: Grid; cut: boolean },
): Table {
  const { walk, tokens, reporter, doc } = reading
  const rows = rowsByKey(tableTemplate(id, version))
  const phased = rephase(records, walk.starved.filter((s) => s.table === id), (key) => rows.get(key)?.columns.length)
  reportRephased(phased, builder, reporter)
  const header = readHeader(id, version, phased.records, tokens, grid)
  const table = header.kind === 'ambiguous' ? emptyTable(id, version) : builder.build(id, version, phased.records, header.kind === 'map' ? { map: header.map, grid } : undefined)
  const first = walk.firstToken[id] ?? records[0]!.label
  table.origin = { source: reading.source, position: first.position }
  reportHeader(id, version, header, reporter)
  if (header.kind !== 'ambiguous') {
    // A column the header lacks is told once, by column-missing, not once per row.
    const lacking = header.kind === 'map' ? new Set(header.map.missing.map((m) => `${m.row ?? ''}/${m.column}`)) : undefined
    reportMissing(id, table, reporter, {
      ...(lacking ? { skip: (r: string, c: string) => lacking.has(`/${c}`) || lacking.has(`${r}/${c}`) } : {}),
      ...(cut ? { cutAt: reading.index.position(doc.text.length, doc.text.length) } : {}),
    })
  }
  if (header.kind === 'none') noteColumnsByOrder(id, version, walk.columns[id], first.position, reporter)
  return table
}

/** Rows whose figures stood out of order: the doubtful left unplaced, the moved said so. */
function reportRephased(phased: Rephased, builder: TableBuilder, reporter: Reporter): void {
  for (const d of phased.doubtful) {
    builder.unplaced(d, {
      zh: '此处数值与行标签的先后次序错乱（数值可能属于上一行或下一行），未放入',
      en: 'the figures and row labels here are out of order (these may be the row before or after), so they were not placed',
    })
  }
  for (const m of phased.moved) {
    reporter.add(
      'values-before-label',
      { zh: `“${m.label.raw}”行的数值位于标签之前，已归入该行`, en: `the figures of row “${m.label.raw}” stand before its label and were given to it` },
      { place: m.values[0]?.position ?? m.label.position, data: { row: m.key } },
    )
  }
}

/**
 * Values and texts within a table's span that no row took: told, and claimed by the table (not
 * prose). What stands outside every table's span (figures in prose) is not.
 */
function reportLeftovers({ walk, reporter }: PassState, builder: TableBuilder): void {
  const bounds = new Map<TableId, [number, number]>()
  for (const r of walk.records) {
    const b = bounds.get(r.table)
    if (!b) bounds.set(r.table, [r.start, r.end])
    else (b[0] = Math.min(b[0], r.start), b[1] = Math.max(b[1], r.end))
  }
  const spans = [...bounds.values()]
  const inTable = (i: number) => spans.some(([a, b]) => i > a && i < b)
  for (const [i, v] of walk.orphans) {
    if (!inTable(i)) continue
    walk.claims.take(v)
    builder.stray(v)
  }
  for (const [i, t] of walk.unknown) {
    if (!inTable(i)) continue
    walk.claims.take(t)
    reporter.add('unknown-label', { zh: `表格中的文字“${t.raw}”不是模板中的行或列`, en: `text “${t.raw}” in a table is no row or column of the template` }, { place: t.position })
  }
}

/** A label read from a cell with a typo shaped the table: say which, so a reader can check it. */
function reportApproximate(tokens: Token[], claims: Claims, reporter: Reporter): void {
  for (const t of tokens) {
    if (t.type !== 'label' || t.approximate === undefined || !claims.has(t)) continue
    reporter.add(
      'label-approximate',
      { zh: `“${t.raw}”按“${t.approximate}”读取（文字有出入）`, en: `“${t.raw}” was read as “${t.approximate}” (the text differs slightly)` },
      { place: t.position, data: { label: t.approximate } },
    )
  }
}

/**
 * A table without a header to read its columns by (flattened text, a cell a line, headings lost)
 * has its values placed in the template's column order; where the header's column names were not
 * all found (dropped or garbled by the extraction), say so, since the order is then the only
 * evidence of which column a value is.
 */
function noteColumnsByOrder(id: TableId, version: FormatVersion, seen: Set<string>, place: Position, reporter: Reporter): void {
  const missing = tableTemplate(id, version).columns.filter((c) => !seen.has(c.key))
  if (missing.length === 0) return
  reporter.add(
    'columns-by-order',
    {
      zh: `表${tableNumber[id]}的列标题未全部识别（缺：${missing.map((c) => c.label).join('、')}），数值按模板的列顺序放入`,
      en: `not every column heading of table ${id} was recognised (missing: ${missing.map((c) => c.key).join(', ')}); values were placed in the template's column order`,
    },
    { place, data: { missing: missing.map((c) => c.key) } },
  )
}

/**
 * One message per row whose cells the source left without any value at all (but for the cells
 * `skip` says are told otherwise). In a file cut off inside this table (`cutAt` is then where the
 * input ends), the rows after the last one read are not missing from the report but from the
 * file: one message says where it ends and names them.
 */
function reportMissing(
  id: TableId,
  table: Table,
  reporter: Reporter,
  { skip, cutAt }: { skip?: (row: string, column: string) => boolean; cutAt?: Position } = {},
): void {
  const rows = tableTemplate(id, table.format).rows
  const got = (key: string) => Object.values(table.rows[key]!).some((c) => c.value !== null || c.origin !== undefined)
  let lastRead = -1
  if (cutAt !== undefined) rows.forEach((r, i) => got(r.key) && (lastRead = i))
  const unread: string[] = []
  rows.forEach((row, i) => {
    const cells = table.rows[row.key]!
    let missing: string[] | undefined
    for (const c of row.columns) {
      const cell = cells[c]!
      if (cell.value === null && cell.origin === undefined && !skip?.(row.key, c)) (missing ??= []).push(c)
    }
    if (!missing) return
    if (cutAt !== undefined && i > lastRead) {
      unread.push(row.key)
      return
    }
    reporter.add(
      'cell-without-value',
      {
        zh: `表${tableNumber[id]}“${row.label}”行有 ${missing.length} 个单元格未读到数值`,
        en: `${missing.length} cell(s) of row ${id}/${row.key} got no value`,
      },
      { cells: missing.map((c) => cellRef(cellKey(id, row.key, c))), data: { row: row.key } },
    )
  })
  if (cutAt === undefined || unread.length === 0) return
  const later = tableIds.slice(tableIds.indexOf(id) + 1).map((t) => tableNumber[t])
  reporter.add(
    'input-truncated',
    {
      zh: `输入在表${tableNumber[id]}中途结束（文件不完整，可能下载中断）：其后 ${unread.length} 行${later.length ? `及表${later.join('、')}` : ''}的单元格留空`,
      en: `the input ends inside table ${id} (the file is incomplete, perhaps a broken download): the ${unread.length} row(s) after it${later.length ? ` and table(s) ${later.join(', ')}` : ''} are blank`,
    },
    { place: cutAt, cells: unread.flatMap((r) => rows.find((t) => t.key === r)!.columns.map((c) => cellRef(cellKey(id, r, c)))), data: { table: id, rows: unread, tables: tableIds.slice(tableIds.indexOf(id) + 1) } },
  )
}

/** Each section's text: what lies between its heading and the next that no table claimed. */
function readSections(doc: SourceDocument, tokens: Token[], headings: LabelToken[], claims: Claims, source: string): Partial<Record<SectionId, Section>> {
  const sections: Partial<Record<SectionId, Section>> = {}
  // Headings are in token order: one pass finds where each stands.
  const starts: number[] = []
  for (let i = 0, h = 0; i < tokens.length && h < headings.length; i++) if (tokens[i] === headings[h]) (starts.push(i), h++)
  // Lines no table used are prose as written; lines shared with a table give their unused tokens.
  const tableLines = new Uint8Array(doc.lines.length)
  for (const t of tokens) if (claims.has(t)) tableLines[t.line] = 1
  headings.forEach((h, i) => {
    const id = h.entries.find((e) => e.kind === 'section')!.key as SectionId
    if (sections[id]) return
    const end = starts[i + 1] ?? tokens.length
    const lines: string[] = []
    let line = -1
    let cell = -1
    for (let k = starts[i]! + 1; k < end; k++) {
      const t = tokens[k]!
      if (tableLines[t.line] === 0) {
        if (t.line !== line) lines.push(doc.lines[t.line]!.cells.map((c) => c.text).filter(Boolean).join(' '))
        line = t.line
        continue
      }
      if (claims.has(t) || (t.type === 'value' && t.value.kind === 'empty')) continue
      if (t.line !== line) lines.push(t.raw)
      else lines[lines.length - 1] += t.cell !== cell ? ` ${t.raw}` : t.raw
      line = t.line
      cell = t.cell
    }
    sections[id] = {
      id,
      heading: h.raw.trim(),
      text: lines.map((l) => l.trim()).filter(Boolean).join('\n'),
      origin: { source, position: h.position },
    }
  })
  return sections
}
