import { cellKey, emptyTable, rowRelations, tableTemplate } from '@gai/model'
import type { Cell, FormatVersion, Inference, Origin, Position, RowTemplate, Table, TableId, TableTemplate } from '@gai/model'
import type { Reporter } from './diagnostics.ts'
import type { SourceLine } from './document.ts'
import { cellRef } from './diagnostics.ts'
import { normalizeLabel } from './normalize.ts'
import type { LineIndex } from './position.ts'
import { blankPlace, relationsAllow, relationsOf, rowCheck } from './relations.ts'
import type { CellRef } from './relations.ts'
import { splitRuns } from './split.ts'
import type { Piece } from './split.ts'
import type { ValueToken } from './tokens.ts'
import { throughMap } from './columns.ts'
import type { ColumnMap } from './columns.ts'
import type { Grid } from './grid.ts'
import type { RowRecord } from './walk.ts'
import { firstNotBefore } from './search.ts'

type Placed = Cell
type Outcome =
  | { kind: 'placed'; cells: Placed[]; split: boolean; repeated: number; byColumns: boolean; byRelation: boolean }
  | { kind: 'ambiguous'; candidates: Placed[][]; exhausted: boolean }
  | { kind: 'failed'; reason: { zh: string; en: string } }

/**
 * Whether a figure opens with a zero and goes on (`03`, `０３`): a glance at its first character
 * past spaces and punctuation (a digit 1–9 settles it), then the normal form.
 */
function leadingZero(raw: string): boolean {
  let k = 0
  while (k < raw.length && raw.charCodeAt(k) < 48) k++
  const c = raw.charCodeAt(k)
  if ((c >= 49 && c <= 57) || (c >= 0xff11 && c <= 0xff19)) return false
  // `0` alone, the commonest figure of all, is answered without its normal form.
  if (c === 48 && k === 0 && raw.length === 1) return false
  return /^0\d/.test(normalizeLabel(raw))
}

// Every placed outcome has every field: one shape keeps the builder's reads of it fast.
const placed = (cells: Placed[], split: boolean, repeated = 0, byColumns = false, byRelation = false): Outcome => ({
  kind: 'placed',
  cells,
  split,
  repeated,
  byColumns,
  byRelation,
})

/**
 * Values an unplaced row's message shows: more than any row of the templates holds, so a real
 * row is shown whole; a row of thousands (a table flattened into one line) is cut there.
 */
const shownValues = 20

// Each template's rows by key, made once.
const rowIndexes = new WeakMap<object, Map<string, RowTemplate>>()

/** A template's rows by key, built once per template. */
export function rowsByKey(template: { rows: readonly RowTemplate[] }): Map<string, RowTemplate> {
  let m = rowIndexes.get(template)
  if (!m) rowIndexes.set(template, (m = new Map(template.rows.map((r) => [r.key, r]))))
  return m
}

// Each template row's cells as (row, column) pairs, made once.
const rowCells = new WeakMap<RowTemplate, readonly (readonly [string, string])[]>()

/** A template row's cells as (row, column) pairs, in the template's order. */
function cellsOfRow(row: RowTemplate): readonly (readonly [string, string])[] {
  let cells = rowCells.get(row)
  if (!cells) rowCells.set(row, (cells = row.columns.map((c) => [row.key, c] as const)))
  return cells
}

/**
 * How well `values[from..to)` fit as a row's cells: 2 when they are all figures and satisfy the
 * row's relation, 1 when some are blank (the relation cannot be checked), 0 when it fails.
 */
function fitOf(values: ValueToken[], from: number, to: number, check: (v: number[]) => boolean): number {
  const nums: number[] = []
  for (let i = from; i < to; i++) {
    const v = values[i]!.value
    if (v.kind !== 'number') return 1
    nums.push(v.value)
  }
  return check(nums) ? 2 : 0
}

/** A row label `总计` without its numbering, in table 三. */
function bareTotal(table: TableId, record: RowRecord): boolean {
  return table === 'applications' && record.label.marker === '' && record.label.text === '总计'
}

/** Whether placed cells satisfy their row's own relation, blanks aside. */
function addsUp(table: TableId, cells: Placed[]): boolean {
  const nums = cells.map((c) => c.value)
  if (nums.some((v) => v === null)) return true
  return rowCheck(table, cells.length)(nums as number[])
}

/**
 * The row nearest to `line` in `rows` (sorted by line), the one above on a tie: as a scan for
 * the least distance would find, in O(log rows).
 */
function nearestRow<R extends { line: number }>(rows: R[], line: number): R {
  const k = firstNotBefore(rows, (r) => r.line < line)
  const after = rows[k]
  if (k === 0) return after!
  const before = rows[firstNotBefore(rows, (r) => r.line < rows[k - 1]!.line)]!
  return after && after.line - line < line - before.line ? after : before
}

/** The ids of a template's relations that touch any of these rows: those a placement of them answers to. */
function relationIds(template: TableTemplate, rows: readonly string[]): string[] {
  const touches = (key: string) => rows.includes(key.split('/')[1]!)
  return template.relations.filter((r) => r.total.some(touches) || r.parts.some(touches)).map((r) => r.id)
}

/** The ids of the relations among each row's own cells: what a row is placed by before the rest of its table. */
function ownRelations(template: TableTemplate, rows: readonly string[]): string[] {
  return rows.flatMap((r) => rowRelations(template, r).map((x) => x.relation))
}

/** Mark the cells a relation placed, so that no rule takes that relation for confirmed by them. */
function markInferred(cells: readonly Placed[], inferred: Inference): void {
  for (const c of cells) c.inferred = { ...inferred, relations: [...inferred.relations] }
}

/** The rows a record fills: one template row, or table 四's three rows in reading order. */
function rowsFilled(record: RowRecord, template: TableTemplate): string[] {
  if (!record.key.endsWith('#sequence')) return [record.key]
  const own = record.key.split('|')[0]!
  const nonEmpty = record.values.filter((v) => v.value.kind !== 'empty').length
  return own !== '#sequence' && nonEmpty <= 5 ? [own] : template.rows.map((r) => r.key)
}

export class TableBuilder {
  /** Rows of `n` figures set out in columns by spaces, by input line: where their figures stand. */
  private anchors = new Map<number, { line: number; centers: number[] }[]>()
  // The table being built, for learning its columns when first needed. The fields keep one type
  // each (no function or undefined swapped in): the builder's methods stay fast.
  private records: RowRecord[] = []
  private rowTemplates = new Map<string, RowTemplate>()
  private learnt = false
  // Whether each input line is space-aligned, by line: many rows on one long line ask it once.
  private alignedLines = new Map<number, boolean>()

  constructor(
    private readonly source: string,
    private readonly index: LineIndex,
    private readonly reporter: Reporter,
    private readonly text = '',
    private readonly lines: readonly SourceLine[] = [],
  ) {}

  /**
   * A value's origin: its range in the text, and where the source knows more (a PDF's page box,
   * a Word document's table, row and cell), that too, from the cell the value was read from.
   */
  private originOf(token: ValueToken, position: Position): Origin {
    const origin: Origin = { source: this.source, position }
    const cell = this.lines[token.line]?.cells[token.cell]
    if (cell?.box) origin.box = cell.box
    if (cell?.word) origin.word = cell.word
    return origin
  }

  /** Whether an input line is laid out in columns by runs of spaces (`pdftotext -layout`). */
  private aligned(line: number): boolean {
    let known = this.alignedLines.get(line)
    if (known === undefined) {
      const [start, next] = this.index.lineStart(line)
      const t = this.text.slice(start, next === undefined ? this.text.length : next - 1)
      this.alignedLines.set(line, (known = !t.includes('\t') && !t.includes('|') && /\S {2,}\S/.test(t)))
    }
    return known
  }

  /** A figure's place across the line, in characters. */
  private static center(v: ValueToken): number {
    return (v.position.start.column + v.position.end.column) / 2
  }

  /** Remember the columns of rows whose figures fill their cells on one space-aligned line. */
  private learnColumns(records: RowRecord[], count: (r: RowRecord) => number | undefined): void {
    for (const r of records) {
      const filled = r.values.filter((v) => v.value.kind !== 'empty')
      const n = count(r)
      if (n === undefined || filled.length !== n || n < 2) continue
      const line = filled[0]!.position.start.line
      if (filled.some((v) => v.position.start.line !== line || v.position.end.line !== line) || !this.aligned(line)) continue
      let list = this.anchors.get(n)
      if (!list) this.anchors.set(n, (list = []))
      list.push({ line, centers: filled.map(TableBuilder.center) })
    }
    // By line, for a binary search: a table of many short rows stays linear.
    for (const list of this.anchors.values()) list.sort((a, b) => a.line - b.line)
  }

  /**
   * A row of space-aligned figures with fewer figures than cells: a blank cell left a gap. The
   * figures are put in the columns of the nearest full row of the table, when each stands within a
   * character of its column and only one way of putting them there does; the other cells stay
   * blank. Undefined when that cannot be told.
   */
  private byColumns(filled: ValueToken[], n: number): (ValueToken | null)[] | undefined {
    const line = filled[0]!.position.start.line
    if (filled.some((v) => v.position.start.line !== line || v.position.end.line !== line || v.value.kind !== 'number')) return undefined
    if (!this.aligned(line)) return undefined
    if (!this.learnt) {
      this.learnt = true
      this.learnColumns(this.records, (r) => this.rowTemplates.get(r.key)?.columns.length)
    }
    const rows = this.anchors.get(n)
    if (!rows || rows.length === 0) return undefined
    const nearest = nearestRow(rows, line)
    const centers = filled.map(TableBuilder.center)
    const ways: number[][] = []
    // Monotone ways of giving each figure a column within one character of it.
    const walk = (i: number, from: number, chosen: number[]) => {
      if (ways.length > 1) return
      if (i === centers.length) return void ways.push([...chosen])
      for (let c = from; c < n; c++) {
        if (Math.abs(nearest.centers[c]! - centers[i]!) <= 1) walk(i + 1, c + 1, [...chosen, c])
      }
    }
    walk(0, 0, [])
    if (ways.length !== 1) return undefined
    const out: (ValueToken | null)[] = Array(n).fill(null)
    ways[0]!.forEach((c, i) => (out[c] = filled[i]!))
    return out
  }

  private cellOf(token: ValueToken): Placed {
    const v = token.value
    const origin = this.originOf(token, token.position)
    if (v.kind === 'number') return v.unit ? { value: v.value, raw: token.raw, unit: v.unit, origin } : { value: v.value, raw: token.raw, origin }
    return { value: null, raw: token.raw, origin }
  }

  private pieceCell(token: ValueToken, piece: Piece): Placed {
    const exact = token.endOffset - token.startOffset === token.raw.length && normalizeLabel(token.raw) === token.raw
    const position: Position = exact
      ? this.index.position(token.startOffset + piece.from, token.startOffset + piece.to)
      : token.position
    const cell: Placed = { value: piece.value, raw: piece.text, origin: this.originOf(token, position) }
    if (piece.unit) cell.unit = piece.unit
    return cell
  }

  /**
   * The row's values as they stand, when their count fits once empty padding is dropped. Empty
   * cells right after a label are most often the label's spanned columns and empty cells at the
   * end of a line are padding; when several ways of dropping them fit, the one under which the
   * row's own relation holds wins, then the one that drops more leading cells.
   */
  private direct(values: ValueToken[], n: number, check: (v: number[]) => boolean, table: TableId, spans = true): Placed[] | undefined {
    const isEmpty = (v: ValueToken) => v.value.kind === 'empty'
    let lead = 0
    while (lead < values.length && isEmpty(values[lead]!)) lead++
    let trail = 0
    while (trail < values.length - lead && isEmpty(values[values.length - 1 - trail]!)) trail++
    const excess = values.length - n
    let best: { from: number; score: number } | undefined
    if (excess >= 0) {
      // Table 二's labels span no columns, its last column spans the rest: there empty cells
      // after a label are blank values and the padding is at the end. Table 三's labels span
      // two or three columns, which leave empty cells right after them.
      const ks: number[] = []
      for (let k = Math.min(lead, excess); k >= 0; k--) if (excess - k <= trail) ks.push(k)
      if (table === 'active') ks.reverse()
      let tied = false
      for (const k of ks) {
        const score = fitOf(values, k, k + n, check)
        if (!best || score > best.score) (best = { from: k, score }), (tied = false)
        else if (score === best.score) tied = true
      }
      // Figures on lines of their own (a cell a line) have no spanned columns after the label:
      // an empty cell at either end is as likely a blank value as padding, and when dropping
      // either fits as well, which one is a guess.
      if (tied && !spans) return undefined
    }
    if (best) {
      const cells: Placed[] = []
      for (let i = best.from; i < best.from + n; i++) cells.push(this.cellOf(values[i]!))
      return cells
    }
    const filled = values.filter((v) => !isEmpty(v))
    if (filled.length === n) return filled.map((t) => this.cellOf(t))
    return undefined
  }

  /** A row one figure short, placed around the one blank cell its relation allows (see blankPlace). */
  private aroundBlank(filled: ValueToken[], n: number, table: TableId): Outcome | undefined {
    if (filled.length !== n - 1) return undefined
    const figures: number[] = []
    for (const v of filled) {
      if (v.value.kind !== 'number') return undefined
      figures.push(v.value.value)
    }
    const p = blankPlace(figures, table, n)
    if (p === undefined) return undefined
    const cells = filled.map((t) => this.cellOf(t))
    cells.splice(p, 0, { value: null, raw: '' })
    return placed(cells, false, 0, false, true)
  }

  /** Put a row's values into its `n` cells, or say why that cannot be done without guessing. */
  place(record: RowRecord, n: number): Outcome {
    const values = record.values
    if (values.some((v) => v.value.kind === 'text')) {
      return { kind: 'failed', reason: { zh: '行中含有无法识别为数值的内容', en: 'the row holds text that is not a value' } }
    }
    const isEmpty = (v: ValueToken) => v.value.kind === 'empty'
    // A figure with a leading zero (`03`, `00`) is two cells run together, or a cell and the
    // numbering after it (`收费0` + `3、收到…`): never one figure. Only a split may place it.
    const runTogether = values.some((v) => v.value.kind === 'number' && leadingZero(v.raw))
    // A row whose own line holds a full set of values ends there: lines of bare values after it
    // are other rows whose labels went astray, not more of this one.
    // Most rows stand on their label's line: their values are all its own, with no copies made.
    const line = record.label.line
    const allOwn = values.every((v) => v.line === line)
    const own = allOwn ? values : values.filter((v) => v.line === line)
    const rest = allOwn ? [] : values.filter((v) => v.line !== line)
    if (!runTogether && own.some((v) => !isEmpty(v))) {
      const cells = this.direct(own, n, rowCheck(record.table, n), record.table)
      if (cells) {
        for (const v of rest) if (!isEmpty(v)) this.stray(v)
        return placed(cells, false)
      }
    }
    const cells = runTogether ? undefined : this.direct(values, n, rowCheck(record.table, n), record.table, rest.length === 0)
    if (cells) return placed(cells, false)
    const filled = values.filter((v) => !isEmpty(v))
    if (filled.length === n && !runTogether) return placed(filled.map((t) => this.cellOf(t)), false)
    if (record.table === 'active' && filled.length > n && filled.every((v) => v.value.kind === 'number' && v.value.value === (filled[0]!.value as { value: number }).value)) {
      // Table 二's last cell spans the header's remaining columns, and a merged cell read
      // column by column (python-docx, some converters) prints its figure once per column: with
      // every figure the same, whichever copies are the cells, their values are that figure.
      return placed(filled.slice(0, n).map((t) => this.cellOf(t)), false, filled.length)
    }
    if (filled.length > n) {
      return { kind: 'failed', reason: { zh: `有 ${filled.length} 个数值，但该行只有 ${n} 个单元格`, en: `${filled.length} values for ${n} cells` } }
    }
    if (filled.length > 0 && filled.length < n && !runTogether) {
      const columns = this.byColumns(filled, n)
      // The columns of another row are one witness; the row's own relations, where it has any,
      // must agree with them (a row whose label is a column's width longer lines up one off).
      if (columns && relationsAllow(columns.map((t) => (t && t.value.kind === 'number' ? t.value.value : null)), record.table)) return placed(columns.map((t) => (t ? this.cellOf(t) : { value: null, raw: '' })), false, 0, true)
    }
    // Figures each alone on its line (a cell a line) are whole cells: no digits of two cells ran
    // together there, so splitting one would be a guess.
    const oneALine = filled.length > 1 && filled.every((v, i) => v.cell === 0 && (i === 0 || v.line !== filled[i - 1]!.line))
    if (oneALine || filled.length === 0 || filled.some((v) => v.value.kind !== 'number' || !/^[\d.]+(万元|元)?$/.test(normalizeLabel(v.raw)))) {
      const around = runTogether ? undefined : this.aroundBlank(filled, n, record.table)
      if (around) return around
      return { kind: 'failed', reason: { zh: `只有 ${filled.length} 个数值，少于 ${n} 个单元格`, en: `only ${filled.length} values for ${n} cells` } }
    }
    const runs = filled.map((v) => normalizeLabel(v.raw))
    const result = splitRuns(runs, n, rowCheck(record.table, n))
    const toCells = (c: Piece[]) => c.map((p) => this.pieceCell(filled[p.run]!, p))
    if (result.candidates.length === 1 && !result.exhausted) return placed(toCells(result.candidates[0]!), true)
    if (result.candidates.length === 0 && !result.exhausted) {
      // No digits ran together that could make up the cell short: it is blank, and where is
      // told by the relation when only one place fits.
      const around = runTogether ? undefined : this.aroundBlank(filled, n, record.table)
      if (around) return around
      return { kind: 'failed', reason: { zh: `数字串无法按本行勾稽关系拆分为 ${n} 个单元格`, en: `no split of the digits into ${n} cells satisfies the row's relation` } }
    }
    return { kind: 'ambiguous', candidates: result.candidates.map(toCells), exhausted: result.exhausted }
  }

  /**
   * Build one table of `version` from its row records; with `header`, the columns its header names
   * (see readHeader) place each row's figures, otherwise the template's order does.
   */
  build(table: TableId, version: FormatVersion, records: RowRecord[], header?: { map: ColumnMap; grid: Grid }): Table {
    const t = emptyTable(table, version)
    const template = tableTemplate(table, version)
    // The columns are learnt only if a row turns out to need them: most tables never do.
    this.anchors.clear()
    this.records = records
    this.rowTemplates = rowsByKey(template)
    this.learnt = false
    const filled = new Set<string>()
    const ambiguous: { record: RowRecord; rows: string[]; candidates: Placed[][]; exhausted: boolean }[] = []
    for (const record of records) {
      const rows = rowsFilled(record, template)
      const rowTemplates = rows.length === 1 ? [this.rowTemplates.get(rows[0]!)] : rows.map((k) => this.rowTemplates.get(k))
      if (rowTemplates.some((r) => !r)) {
        this.unplaced(record, {
          zh: `“${record.label.raw}”不是 ${version} 版表格中的行，其数值未能放入`,
          en: `“${record.label.raw}” is not a row of the ${version} table; its values were not placed`,
        })
        continue
      }
      if (rows.some((k) => filled.has(k))) {
        this.unplaced(record, { zh: `“${record.label.raw}”行重复出现，后一处的数值未采用`, en: `row “${record.label.raw}” appears again; these values were not used` })
        continue
      }
      const columns = rowTemplates.length === 1 ? cellsOfRow(rowTemplates[0]!) : rowTemplates.flatMap((r) => cellsOfRow(r!))
      if (header) {
        if (this.placeMapped(table, record, columns, header, t, records)) for (const k of rows) filled.add(k)
        continue
      }
      const outcome = this.place(record, columns.length)
      if (outcome.kind === 'failed') {
        this.unplaced(record, outcome.reason)
        continue
      }
      if (outcome.kind === 'placed' && bareTotal(table, record) && !addsUp(table, outcome.cells)) {
        // A bare `总计` in table 三 is the row (七)总计 or the column 总计, whose figures a PDF's
        // text may list under it: as the row's, they must add up as the row's do.
        this.unplaced(record, {
          zh: '“总计”可能是列标题而非（七）总计行，其后的数值不符合本行勾稽关系',
          en: '“总计” may be the column heading rather than the row (七)总计: the figures after it do not add up as that row\'s do',
        })
        continue
      }
      for (const k of rows) filled.add(k)
      if (outcome.kind === 'ambiguous') {
        ambiguous.push({ record, rows, candidates: outcome.candidates, exhausted: outcome.exhausted })
        continue
      }
      for (let i = 0; i < columns.length; i++) t.rows[columns[i]![0]]![columns[i]![1]] = outcome.cells[i]!
      this.reportPlacement(table, version, record, rows, columns, outcome)
    }
    this.resolveJointly(table, version, t, ambiguous)
    return t
  }

  /** Say how a row's cells were placed when not simply as printed: by columns, by relation, repeated or split. */
  private reportPlacement(table: TableId, version: FormatVersion, record: RowRecord, rows: string[], columns: readonly (readonly [string, string])[], outcome: Extract<Outcome, { kind: 'placed' }>): void {
    // The row's cells, for a message about how they were placed.
    const refs = () => columns.map(([r, c], i) => cellRef(cellKey(table, r, c), outcome.cells[i]!.origin?.position, this.source))
    if (outcome.byColumns) {
      this.reporter.add(
        'cells-by-column',
        {
          zh: `“${record.label.raw}”行的数值少于单元格，已按上下行的列位置放入，空出的单元格留空`,
          en: `row “${record.label.raw}” had fewer figures than cells; they were placed by the columns of the rows around it, the rest left blank`,
        },
        { place: record.values.find((v) => v.value.kind !== 'empty')!.position, cells: refs() },
      )
    }
    if (outcome.byRelation) {
      markInferred(outcome.cells, { by: 'blank-by-relation', relations: ownRelations(tableTemplate(table, version), rows), excluded: columns.length - 1 })
      const blank = outcome.cells.findIndex((c) => c.origin === undefined)
      this.reporter.add(
        'blank-by-relation',
        {
          zh: `“${record.label.raw}”行的数值比单元格少一个，按本行勾稽关系只有“${columns[blank]![1]}”一格可以空白，已据此放入`,
          en: `row “${record.label.raw}” had one figure fewer than cells; by the row's relation only cell ${columns[blank]![1]} can be the blank one, and the figures were placed around it`,
        },
        { place: record.values.find((v) => v.value.kind !== 'empty')!.position, cells: refs() },
      )
    }
    if (outcome.repeated) {
      this.reporter.add(
        'value-repeated',
        {
          zh: `“${record.label.raw}”行有 ${columns.length} 个单元格，数值 ${outcome.cells[0]!.raw} 却出现 ${outcome.repeated} 次（合并单元格逐列输出），各单元格均为该值`,
          en: `row “${record.label.raw}” has ${columns.length} cell(s) and its figure ${outcome.cells[0]!.raw} appears ${outcome.repeated} times (a merged cell written once per column); each cell holds that figure`,
        },
        { place: outcome.cells[0]!.origin!.position, cells: refs() },
      )
    }
    if (outcome.split && outcome.cells.some((c) => c.raw.length > 1)) {
      markInferred(outcome.cells, { by: 'digits-split', relations: ownRelations(tableTemplate(table, version), rows) })
      this.reporter.add(
        'digits-split',
        {
          zh: `“${record.label.raw}”行的数字连在一起，已按本行勾稽关系唯一拆分为 ${outcome.cells.map((c) => c.raw).join('、')}`,
          en: `the digits of row “${record.label.raw}” ran together; the one split satisfying the row's relation is ${outcome.cells.map((c) => c.raw).join(', ')}`,
        },
        { place: record.values.find((v) => v.value.kind !== 'empty')!.position, cells: refs() },
      )
    }
  }

  /** Place a row by its header's columns; false when it could not be. */
  private placeMapped(
    table: TableId,
    record: RowRecord,
    columns: readonly (readonly [string, string])[],
    header: { map: ColumnMap; grid: Grid },
    t: Table,
    records: RowRecord[],
  ): boolean {
    const rowOfLine = (line: number) => records.find((r) => r.label.line === line && !r.key.includes('#sequence'))?.key
    const m = throughMap(record, columns, header.map, header.grid, rowOfLine)
    if (m.kind === 'failed') {
      this.unplaced(record, m.reason)
      return false
    }
    for (const v of m.stray) this.stray(v)
    const missing = new Set(header.map.missing.map((s) => `${s.row ?? ''}/${s.column}`))
    columns.forEach(([r, c], i) => {
      const v = m.tokens[i]
      if (v) t.rows[r]![c] = this.cellOf(v)
      else if (missing.has(`/${c}`) || missing.has(`${r}/${c}`)) t.rows[r]![c] = { value: null, raw: '' }
    })
    for (const { value, cells } of m.merged) {
      // Blank, but from the source: the merged cell covers them (value-merged names them).
      for (const [r, c] of cells) t.rows[r]![c] = { value: null, raw: '', origin: { source: this.source, position: value.position } }
      this.reporter.add(
        'value-merged',
        {
          zh: `数值“${value.raw}”的单元格合并了 ${cells.length} 个单元格，无法确定属于哪一格，这些单元格留空`,
          en: `the cell of figure “${value.raw}” is merged over ${cells.length} cells, which of them it is cannot be told: they are left blank`,
        },
        { place: value.position, cells: cells.map(([r, c]) => cellRef(cellKey(table, r, c))), data: { value: value.raw } },
      )
    }
    return true
  }

  /**
   * Rows whose digits split several ways may still be settled by the relations between rows
   * (R1, R2 per column of table 三). Try every combination when there are few; keep the
   * combination when exactly one satisfies every relation it can be checked on.
   */
  private resolveJointly(
    table: TableId,
    version: FormatVersion,
    t: Table,
    ambiguous: { record: RowRecord; rows: string[]; candidates: Placed[][]; exhausted: boolean }[],
  ): void {
    if (ambiguous.length === 0) return
    const template = tableTemplate(table, version)
    const byKey = rowsByKey(template)
    const columnsOf = (rows: string[]) => rows.flatMap((r) => cellsOfRow(byKey.get(r)!))
    let combos = 1
    for (const a of ambiguous) combos *= a.exhausted ? Infinity : a.candidates.length
    const survivors: number[][] = []
    if (combos <= 20_000) {
      const choice = ambiguous.map(() => 0)
      // Where each ambiguous cell sits: which row's candidates, which position in them.
      const slot = new Map<string, [number, number]>()
      ambiguous.forEach((a, i) => columnsOf(a.rows).forEach(([r, c], j) => slot.set(`applications/${r}/${c}`.replace('applications', table), [i, j])))
      // A relation's cells as terms, worked out once: an ambiguous cell (which row's candidates,
      // which position in them) or a placed figure. A relation with a blank cell placed cannot
      // be checked, and one that touches no ambiguous cell cannot tell the candidates apart.
      type Term = { at: number; pos: number; fixed: number }
      const term = (ref: CellRef): Term | undefined => {
        const at = slot.get(ref.key)
        if (at) return { at: at[0], pos: at[1], fixed: 0 }
        const v = t.rows[ref.row]?.[ref.column]?.value ?? null
        return v === null ? undefined : { at: -1, pos: 0, fixed: v }
      }
      const touches = (refs: CellRef[]) => refs.some((x) => slot.has(x.key))
      const checks: { total: Term[]; parts: Term[] }[] = []
      for (const rel of relationsOf(template)) {
        if (!touches(rel.total) && !touches(rel.parts)) continue
        const total = rel.total.map(term)
        const parts = rel.parts.map(term)
        if (total.every((x) => x !== undefined) && parts.every((x) => x !== undefined)) checks.push({ total: total as Term[], parts: parts as Term[] })
      }
      // The sum of the terms under the current choice; NaN when a candidate cell is blank.
      const sumOfTerms = (terms: Term[]): number => {
        let s = 0
        for (const x of terms) s += x.at < 0 ? x.fixed : (ambiguous[x.at]!.candidates[choice[x.at]!]![x.pos]!.value ?? NaN)
        return s
      }
      const holds = () => {
        for (const c of checks) {
          const total = sumOfTerms(c.total)
          const parts = sumOfTerms(c.parts)
          // A blank candidate cell leaves the relation unchecked, as a blank placed cell does.
          if (Number.isNaN(total) || Number.isNaN(parts)) continue
          if (Math.abs(total - parts) >= 1e-9) return false
        }
        return true
      }
      const next = (): boolean => {
        for (let i = 0; i < choice.length; i++) {
          if (++choice[i]! < ambiguous[i]!.candidates.length) return true
          choice[i] = 0
        }
        return false
      }
      do if (holds()) survivors.push([...choice])
      while (survivors.length < 2 && next())
    }
    if (survivors.length === 1) {
      ambiguous.forEach((a, i) => {
        const cells = a.candidates[survivors[0]![i]!]!
        markInferred(cells, {
          by: 'digits-split',
          relations: relationIds(template, ambiguous.flatMap((x) => x.rows)),
          ...(Number.isFinite(combos) ? { excluded: combos - 1 } : {}),
        })
        columnsOf(a.rows).forEach(([r, c], j) => (t.rows[r]![c] = cells[j]!))
        this.reporter.add(
          'digits-split',
          {
            zh: `“${a.record.label.raw}”行的数字连在一起，结合表内勾稽关系唯一拆分为 ${cells.map((c) => c.raw).join('、')}`,
            en: `the digits of row “${a.record.label.raw}” ran together; the one split satisfying the table's relations is ${cells.map((c) => c.raw).join(', ')}`,
          },
          { place: a.record.values.find((v) => v.value.kind !== 'empty')!.position },
        )
      })
      return
    }
    for (const a of ambiguous) {
      const shown = a.candidates.slice(0, 10).map((c) => c.map((x) => x.raw).join(','))
      this.reporter.add(
        'ambiguous-digits',
        {
          zh: `“${a.record.label.raw}”行的数字连在一起，有 ${a.exhausted ? '过多' : a.candidates.length} 种拆分均符合勾稽关系（如 ${shown.slice(0, 3).join(' / ')}），单元格留空`,
          en: `the digits of row “${a.record.label.raw}” ran together and split ${a.exhausted ? 'too many' : a.candidates.length} ways that all satisfy the relations (e.g. ${shown.slice(0, 3).join(' / ')}); cells left blank`,
        },
        {
          place: a.record.values.find((v) => v.value.kind !== 'empty')!.position,
          cells: columnsOf(a.rows).map(([r, c]) => cellRef(cellKey(table, r, c))),
          data: { candidates: shown, exhausted: a.exhausted },
        },
      )
    }
  }

  /** A value that belongs to no row. */
  stray(v: ValueToken): void {
    this.reporter.add(
      'value-without-cell',
      { zh: `数值“${v.raw}”不属于任何行，未能放入表格`, en: `value “${v.raw}” follows no row label and was not placed` },
      { place: v.position },
    )
  }

  /**
   * A row whose values are not placed, with the reason. The message shows the first of them (a
   * hostile row may hold millions); `data.values` keeps them all.
   */
  unplaced(record: RowRecord, reason: { zh: string; en: string }): void {
    const figures = record.values.filter((v) => v.value.kind !== 'empty')
    const first = figures[0]
    const shown = figures.slice(0, shownValues).map((v) => v.raw).join(' ')
    const more = figures.length - shownValues
    this.reporter.add(
      'value-without-cell',
      {
        zh: `${reason.zh}（${shown}${more > 0 ? ` …… 另有 ${more} 个` : ''}）`,
        en: `${reason.en} (${shown}${more > 0 ? ` … and ${more} more` : ''})`,
      },
      { place: first?.position ?? record.label.position, data: { label: record.label.raw, values: record.values.map((v) => v.raw) } },
    )
  }
}
