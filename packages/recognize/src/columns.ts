import { cellKey, tableTemplate } from '@gai/model'
import type { FormatVersion, Position, TableId } from '@gai/model'
import { cellRef } from './diagnostics.ts'
import type { Reporter } from './diagnostics.ts'
import type { Grid } from './grid.ts'
import type { LabelEntry } from './labels.ts'
import type { Token, ValueToken } from './tokens.ts'
import type { RowRecord } from './walk.ts'
import { firstNotBefore } from './search.ts'

/** The template cell a column of the grid holds: a column, and for table 四's one-line layout its row. */
export interface HeaderSlot {
  row: string | undefined
  column: string
}

/**
 * What a table's header says of its columns: which template column each column of the grid is,
 * which columns it heads with a text no template column has, which template columns it lacks.
 */
export interface ColumnMap {
  table: TableId
  slots: Map<number, HeaderSlot>
  /** Grid columns headed by a text that names no template column, with that text. */
  unknown: Map<number, { text: string; position: Position }>
  /** Template cells (row `undefined`: every row's) no column of the grid holds. */
  missing: HeaderSlot[]
  /** Where the header stands, for messages. */
  place: Position
}

export type HeaderReading =
  | { kind: 'map'; map: ColumnMap }
  /** The header names its columns in the template's order: the rows are read as ever. */
  | { kind: 'template-order' }
  | { kind: 'ambiguous'; reason: { zh: string; en: string }; place: Position }
  /** No header that names the columns (flattened text, a cell a line): columns by order. */
  | { kind: 'none' }

const none: HeaderReading = { kind: 'none' }
const inOrder: HeaderReading = { kind: 'template-order' }

// A header is a few lines at most: the official layouts use three.
const maxHeaderLines = 4

/** The first token of line `line` or after it (tokens are in line order). */
function firstOfLine(tokens: Token[], line: number): number {
  return firstNotBefore(tokens, (t) => t.line < line)
}

function entryOf(entries: LabelEntry[], kind: LabelEntry['kind'], table: TableId): LabelEntry | undefined {
  for (const e of entries) if (e.kind === kind && e.table === table) return e
  return undefined
}

interface HeaderCell {
  line: number
  column: number
  width: number
  text: string
  position: Position
  kind: 'leaf' | 'band' | 'group' | 'unknown'
  key: string
}

/** Where a table's figures stand: how many non-empty values each grid column holds, and the first line with any. */
interface FigureColumns {
  counts: Map<number, number>
  firstLine: number
}

/** The template columns each grid column is headed by, by kind of heading. */
interface ColumnHeadings {
  leaf: Map<number, HeaderCell>
  band: Map<number, string>
  unknown: Map<number, HeaderCell>
  /** The leaf headings, left to right. */
  leaves: HeaderCell[]
}

/**
 * Read the header rows above a table's first data row into a map from the grid's columns to the
 * template's. Computed once per table. The map is given only when the header names every column
 * that holds figures, each once (a text that names none is an unknown column); otherwise the rows
 * are read as before, by the template's order, unless the labels that could be read contradict it.
 */
export function readHeader(table: TableId, version: FormatVersion, records: RowRecord[], tokens: Token[], grid: Grid): HeaderReading {
  if (table === 'active') return none
  const figures = figureColumns(records, grid)
  if (!figures) return none
  const cells = headerCells(table, figures.firstLine, tokens, grid)
  if (cells.length === 0) return none
  const headings = headingsOf(cells)
  if (!headings || headings.leaves.length === 0) return none
  const template = tableTemplate(table, version)
  const order = template.columns.map((c) => c.key)
  const columns = [...figures.counts.keys()].sort((a, b) => a - b)
  // A text table whose header lacks the empty cell over the labels (or has one too many): its
  // headings are its columns in order when there are as many as columns of figures.
  if (!grid.gridded(figures.firstLine) || columns.some((g) => !headings.leaf.has(g) && !headings.unknown.has(g))) {
    if (!headingsInTurn(headings, cells, columns, valueCells(records, figures.firstLine))) return byOrder(headings.leaves, order, cells[0]!.position)
  }
  const withRows = table === 'reviewLitigation' && columns.some((g) => headings.band.has(g))
  const slotted = slotsOf(table, columns, headings, withRows, order)
  if ('kind' in slotted) return slotted
  const { slots, unknown, seen } = slotted
  const expected: HeaderSlot[] = withRows
    ? template.rows.flatMap((r) => r.columns.map((c) => ({ row: r.key, column: c })))
    : template.columns.map((c) => ({ row: undefined, column: c.key }))
  const missing = expected.filter((e) => !seen.has(`${e.row ?? ''}/${e.column}`))
  // Headings mostly unreadable: not a header to read the columns by.
  if (missing.length > 2 || unknown.size > 2) return byOrder(headings.leaves, order, cells[0]!.position)
  const ordered = [...slots.values()]
  const identity =
    missing.length === 0 &&
    unknown.size === 0 &&
    ordered.length === expected.length &&
    ordered.every((s, i) => s.row === expected[i]!.row && s.column === expected[i]!.column) &&
    columns.every((g) => (figures.counts.get(g) ?? 0) > 0) &&
    !merged(records, grid)
  if (identity) return inOrder
  return { kind: 'map', map: { table, slots, unknown, missing, place: cells[0]!.position } }
}

// No table of the templates has a hundredth of this many columns.
const maxFigureColumns = 4096

/** Where the figures stand: each non-empty value's line and columns; undefined when not all are in a grid. */
function figureColumns(records: RowRecord[], grid: Grid): FigureColumns | undefined {
  const counts = new Map<number, number>()
  let firstLine = Infinity
  for (const r of records) {
    for (const v of r.values) {
      if (v.value.kind === 'empty') continue
      if (!grid.gridded(v.line)) return undefined
      const g = grid.column(v.line, v.cell)
      if (g === undefined) return undefined
      const w = grid.span(v.line, v.cell).columns
      for (let k = 0; k < w; k++) counts.set(g + k, (counts.get(g + k) ?? 0) + 1)
      // Rows this wide (a hostile input's one row of millions of cells) have no header to read
      // their columns by, and a Map holds no more than 2^24 keys.
      if (counts.size > maxFigureColumns) return undefined
      if (v.line < firstLine) firstLine = v.line
    }
  }
  return counts.size === 0 ? undefined : { counts, firstLine }
}

/** The header's cells by the grid columns they cover; undefined when two headings stand over one column. */
function headingsOf(cells: HeaderCell[]): ColumnHeadings | undefined {
  const leaf = new Map<number, HeaderCell>()
  const band = new Map<number, string>()
  const unknown = new Map<number, HeaderCell>()
  for (const c of cells) {
    for (let k = c.column; k < c.column + c.width; k++) {
      if (c.kind === 'leaf') {
        const had = leaf.get(k)
        // Two headings over one column: the header's cells do not line up (text whose merged
        // header cells were collapsed); its columns cannot be told from it.
        if (had && had.key !== c.key) return undefined
        leaf.set(k, c)
      } else if (c.kind === 'band') band.set(k, c.key)
      else if (c.kind === 'unknown') unknown.set(k, c)
    }
  }
  const leaves = [...new Set(leaf.values())].sort((a, b) => a.column - b.column || a.line - b.line)
  return { leaf, band, unknown, leaves }
}

/**
 * A text header whose cells do not stand over the figures' columns: its headings taken as the
 * columns of figures in turn (`headings` is set so), when it has one a column, as many as the
 * rows' value cells (blank ones too). False when it cannot be read so.
 */
function headingsInTurn(headings: ColumnHeadings, cells: HeaderCell[], columns: number[], valueCellCount: number): boolean {
  const heads = [...headings.leaves, ...new Set(headings.unknown.values())].sort((a, b) => a.column - b.column)
  const text = cells.every((c) => c.width === 1) && heads.every((h) => h.width === 1)
  if (!text || heads.length !== columns.length || heads.length !== valueCellCount) return false
  headings.leaf.clear()
  headings.unknown.clear()
  heads.forEach((h, i) => (h.kind === 'leaf' ? headings.leaf : headings.unknown).set(columns[i]!, h))
  headings.band.clear()
  return true
}

/**
 * Each column of figures as the template cell its headings name (with table 四's group when
 * `withRows`), the columns headed by unknown texts, and the cells named; or the reading to give
 * when two columns name one cell or a group is missing.
 */
function slotsOf(
  table: TableId,
  columns: number[],
  { leaf, band, unknown, leaves }: ColumnHeadings,
  withRows: boolean,
  order: string[],
): { slots: Map<number, HeaderSlot>; unknown: Map<number, { text: string; position: Position }>; seen: Map<string, HeaderCell> } | HeaderReading {
  const slots = new Map<number, HeaderSlot>()
  const unknownOut = new Map<number, { text: string; position: Position }>()
  const seen = new Map<string, HeaderCell>()
  for (const g of columns) {
    const l = leaf.get(g)
    if (!l) {
      const u = unknown.get(g)!
      unknownOut.set(g, { text: u.text, position: u.position })
      continue
    }
    const row = withRows ? band.get(g) : undefined
    if (withRows && row === undefined) return byOrder(leaves, order, l.position)
    const id = `${row ?? ''}/${l.key}`
    const had = seen.get(id)
    // Table 四 prints its five headings once per group: without the groups read, a repeat is the next group's.
    if (had && had !== l) return table === 'reviewLitigation' && !withRows ? byOrder(leaves, order, l.position) : ambiguous(l, had)
    seen.set(id, l)
    slots.set(g, { row, column: l.key })
  }
  return { slots, unknown: unknownOut, seen }
}

/** How many cells of line `line` follow the label of the row that stands on it. */
function valueCells(records: RowRecord[], line: number): number {
  for (const r of records) {
    const own = r.values.filter((v) => v.line === line)
    if (own.length > 0) return new Set(own.map((v) => v.cell)).size
  }
  return 0
}

/** Whether a value cell of the table spans columns or rows. */
function merged(records: RowRecord[], grid: Grid): boolean {
  for (const r of records) {
    for (const v of r.values) {
      const s = grid.span(v.line, v.cell)
      if (v.value.kind !== 'empty' && (s.columns > 1 || s.rows > 1)) return true
    }
  }
  return false
}

function ambiguous(a: HeaderCell, b: HeaderCell): HeaderReading {
  return {
    kind: 'ambiguous',
    reason: {
      zh: `列标题“${b.text}”与“${a.text}”指向模板中的同一列，无法确定各列数值属于哪一列，未放入`,
      en: `the headings “${b.text}” and “${a.text}” name the same template column: which column each figure is cannot be told, so they were not placed`,
    },
    place: a.position,
  }
}

/**
 * A header that does not name every column: the rows go by the template's order, as long as the
 * headings that could be read stand in that order; when they do not, that order would be a guess.
 */
function byOrder(leaves: HeaderCell[], order: string[], place: Position): HeaderReading {
  const rank = leaves.map((l) => order.indexOf(l.key))
  for (let i = 1; i < rank.length; i++) {
    // Table 四 prints its five columns three times over: the order starts again after the last.
    if (rank[i]! <= rank[i - 1]! && rank[i - 1] !== order.length - 1) {
      return {
        kind: 'ambiguous',
        reason: {
          zh: `表头未能读全，读到的列标题（${leaves.map((l) => l.text).join('、')}）又不按模板的列顺序排列：无法确定各列数值属于哪一列，未放入`,
          en: `the header could not be read in full, and the headings read (${leaves.map((l) => l.text).join(', ')}) do not follow the template's order: which column each figure is cannot be told, so they were not placed`,
        },
        place,
      }
    }
  }
  return none
}

/** The cells of the header lines right above `firstLine`, classified, in grid columns. */
function headerCells(table: TableId, firstLine: number, tokens: Token[], grid: Grid): HeaderCell[] {
  const out: HeaderCell[] = []
  let end = firstOfLine(tokens, firstLine)
  for (let n = 0; n < maxHeaderLines && end > 0; n++) {
    const line = tokens[end - 1]!.line
    // Header lines stand right above the figures, in the same table.
    if (line !== firstLine - n - 1 || !grid.gridded(line) || grid.tableOf(line) !== grid.tableOf(firstLine)) break
    const start = firstOfLine(tokens, line)
    const cells = lineCells(table, line, tokens, start, end, grid)
    if (cells === undefined) break
    // Text gives no spans: header lines line up with the figures only when they have as many
    // cells as the rows (a flattened grid); a lone header line may be short of the label's cell.
    const width = grid.width(firstLine)
    if (grid.tableOf(line) === undefined && n > 0 && (grid.width(line) !== width || grid.width(firstLine - 1) !== width)) break
    out.push(...cells)
    end = start
  }
  return out
}

/** A header line's cells, or undefined when the line holds figures or prose (no header). */
function lineCells(table: TableId, line: number, tokens: Token[], start: number, end: number, grid: Grid): HeaderCell[] | undefined {
  const byCell = new Map<number, Token[]>()
  for (let k = start; k < end; k++) {
    const t = tokens[k]!
    if (t.type === 'value' && t.value.kind !== 'empty') return undefined
    if (t.type === 'value') continue
    if (t.type === 'text' && t.raw.length >= 24) return undefined
    let list = byCell.get(t.cell)
    if (!list) byCell.set(t.cell, (list = []))
    list.push(t)
  }
  const out: HeaderCell[] = []
  const used = [...byCell.keys()].sort((a, b) => a - b)
  for (const [i, cell] of used.entries()) {
    const list = byCell.get(cell)!
    const column = grid.column(line, cell)
    if (column === undefined) return undefined
    const first = list[0]!
    const text = list.map((t) => t.raw).join('')
    const position = { start: first.position.start, end: list[list.length - 1]!.position.end }
    let kind: HeaderCell['kind'] = 'unknown'
    let key = ''
    if (list.length === 1 && first.type === 'label' && first.whole) {
      const leaf = entryOf(first.entries, 'column', table)
      const band = table === 'reviewLitigation' ? entryOf(first.entries, 'row', table) : undefined
      if (band) (kind = 'band'), (key = band.key)
      else if (leaf) (kind = 'leaf'), (key = leaf.key)
      else if (entryOf(first.entries, 'group', table) || entryOf(first.entries, 'header', table)) kind = 'group'
    }
    let width = grid.span(line, cell).columns
    // Text gives no spans: a band runs over the empty cells after it, to the next heading.
    if (kind === 'band' && grid.tableOf(line) === undefined) {
      const next = used[i + 1]
      width = next === undefined ? 1000 : (grid.column(line, next) ?? column + 1) - column
    }
    out.push({ line, column, width, text, position, kind, key })
  }
  return out
}

/** A row placed through a header's map: a token (or none) per template cell, in `cells` order. */
export type MappedRow =
  | { kind: 'placed'; tokens: (ValueToken | null)[]; merged: { value: ValueToken; cells: (readonly [string, string])[] }[]; stray: ValueToken[] }
  | { kind: 'failed'; reason: { zh: string; en: string } }

/**
 * Place a row's values by the columns their header names. `cells` are the row's template cells
 * (row, column) in the template's order; `rowOfLine` tells the row of a line below (for a value
 * merged over rows). Values under an unknown column are left out (the table reports the column
 * once); a value merged over several cells is no cell's value.
 */
export function throughMap(
  record: RowRecord,
  cells: readonly (readonly [string, string])[],
  map: ColumnMap,
  grid: Grid,
  rowOfLine: (line: number) => string | undefined,
): MappedRow {
  const tokens: (ValueToken | null)[] = cells.map(() => null)
  const merged: { value: ValueToken; cells: (readonly [string, string])[] }[] = []
  const stray: ValueToken[] = []
  const rows = new Set(cells.map((c) => c[0]))
  const only = rows.size === 1 ? cells[0]![0] : undefined
  const indexOf = (row: string | undefined, column: string) => cells.findIndex((c) => c[0] === row && c[1] === column)
  let previous: ValueToken | undefined
  for (const v of record.values) {
    if (previous && previous.line === v.line && previous.cell === v.cell) {
      return { kind: 'failed', reason: { zh: '同一单元格中有多个数值，无法按列标题放入', en: 'a cell holds several figures, which cannot be placed by the headings' } }
    }
    previous = v
    const g = grid.column(v.line, v.cell)
    const slot = g === undefined ? undefined : map.slots.get(g)
    if (g === undefined || !slot) {
      if (v.value.kind !== 'empty' && (g === undefined || !map.unknown.has(g))) stray.push(v)
      continue
    }
    const span = grid.span(v.line, v.cell)
    if (v.value.kind !== 'empty' && (span.columns > 1 || span.rows > 1)) {
      const covered: (readonly [string, string])[] = []
      for (let k = g; k < g + span.columns; k++) {
        const s = map.slots.get(k)
        if (!s) continue
        const own = s.row ?? only
        if (own !== undefined) covered.push([own, s.column])
        for (let dr = 1; dr < span.rows && dr <= 64; dr++) {
          const below = rowOfLine(v.line + dr)
          if (below === undefined || grid.coveredBy(v.line + dr, k)?.line !== v.line) break
          covered.push([below, s.column])
        }
      }
      merged.push({ value: v, cells: covered })
      continue
    }
    const i = indexOf(slot.row ?? only, slot.column)
    if (i < 0) {
      if (v.value.kind !== 'empty') stray.push(v)
      continue
    }
    if (tokens[i]) return { kind: 'failed', reason: { zh: '两个数值位于同一列标题下，无法按列标题放入', en: 'two figures stand under one heading, which cannot be placed by the headings' } }
    tokens[i] = v
  }
  return { kind: 'placed', tokens, merged, stray }
}

const tableNumber: Record<TableId, string> = { active: '二', applications: '三', reviewLitigation: '四' }

/** One message per column the header lacks or does not know, and one for a header that cannot be read by. */
export function reportHeader(table: TableId, version: FormatVersion, header: HeaderReading, reporter: Reporter): void {
  if (header.kind === 'ambiguous') {
    reporter.add('column-ambiguous', { zh: `表${tableNumber[table]}：${header.reason.zh}`, en: `table ${table}: ${header.reason.en}` }, { place: header.place })
    return
  }
  if (header.kind !== 'map') return
  const { map } = header
  const template = tableTemplate(table, version)
  for (const m of map.missing) {
    const label = template.columns.find((c) => c.key === m.column)?.label ?? m.column
    const rowLabel = m.row === undefined ? '' : `${template.rows.find((r) => r.key === m.row)?.label ?? m.row}的`
    const keys = m.row === undefined ? template.rows.map((r) => cellKey(table, r.key, m.column)) : [cellKey(table, m.row, m.column)]
    reporter.add(
      'column-missing',
      {
        zh: `表${tableNumber[table]}没有“${rowLabel}${label}”列（表头和各行均无），该列单元格留空`,
        en: `table ${table} has no column ${m.row === undefined ? '' : `${m.row}/`}${m.column} (neither its header nor any row): its cells are blank`,
      },
      { place: map.place, cells: keys.map((k) => cellRef(k)), data: { column: m.column, ...(m.row === undefined ? {} : { row: m.row }) } },
    )
  }
  for (const u of map.unknown.values()) {
    reporter.add(
      'column-unknown',
      { zh: `表${tableNumber[table]}的列“${u.text}”不是模板中的列，该列的数值未放入`, en: `column “${u.text}” of table ${table} is no column of the template: its figures were not placed` },
      { place: u.position, data: { heading: u.text } },
    )
  }
}
