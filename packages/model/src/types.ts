/**
 * The canonical model of a 政府信息公开工作年度报告.
 *
 * Plain JSON-safe data: every reader yields it, every rule and renderer reads it. Optional
 * fields are absent rather than `undefined`, so a JSON round trip is the identity.
 */

/** The national template a report or table follows: 国办公开办函〔2019〕60号 or 〔2021〕30号. */
export type FormatVersion = '2019' | '2021'

export type TableId = 'active' | 'applications' | 'reviewLitigation'

export type SectionId = 'overview' | 'active' | 'applications' | 'reviewLitigation' | 'problems' | 'other'

/** A place in a source: 1-based line and column, 0-based offset (UTF-16 code units). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A range in a source; `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/**
 * Where on a page of a PDF something stands: the 1-based page number and its box in PDF points
 * (1/72 inch), measured from the page's top-left corner, `y` growing downwards.
 */
export interface PageBox {
  page: number
  x: number
  y: number
  width: number
  height: number
}

/**
 * Where in a Word document something stands: the part that holds it (`word/document.xml` for a
 * .docx, `WordDocument` for a legacy .doc) and 0-based indices: a paragraph among the body's
 * paragraphs, or a table among the body's tables with the row and the cell (grid column) in it.
 */
export interface WordPlace {
  part: string
  paragraph?: number
  table?: number
  row?: number
  cell?: number
}

/**
 * Where a value was read: the source's name (file path, URL, `stdin`) and the range in its text —
 * the text itself for text, HTML and Markdown, or the text a reader took out of a PDF or Word file
 * (what the reader's `value` holds). A PDF origin adds the page and box (`box`); a Word origin
 * adds the part, paragraph, table, row and cell (`word`): which of the two is present says the
 * kind of source.
 */
export interface Origin {
  source: string
  position: Position
  box?: PageBox
  word?: WordPlace
}

/**
 * A cell whose place a reader settled by a relation rather than read: digits of neighbouring
 * cells ran together and one split alone satisfied the relations (`digits-split`), or a row was a
 * figure short and only one cell could be the blank one (`blank-by-relation`). `relations` are
 * the ids of the template relations that decided it; `excluded` how many other ways were ruled
 * out, where known. Such a relation holds by the reader's choice: it confirms nothing.
 */
export interface Inference {
  by: 'digits-split' | 'blank-by-relation'
  relations: string[]
  excluded?: number
}

/**
 * One cell of a statistical table. `value` is a number, or `null` for a blank cell; a blank is
 * never written as 0. `raw` is the text as found (`''` when the source had nothing). A value
 * computed rather than read carries no `origin`; a value placed by a relation says so in
 * `inferred`.
 */
export interface Cell {
  value: number | null
  raw: string
  unit?: string
  origin?: Origin
  inferred?: Inference
}

/** A statistical table: its own format version and every cell of that version's template. */
export interface Table {
  format: FormatVersion
  /** `rows[rowKey][columnKey]`, keys as declared by the template of `format`. */
  rows: Record<string, Record<string, Cell>>
  /** Where the table was found; absent when the source held no such table. */
  origin?: Origin
}

export interface Section {
  id: SectionId
  /** The heading as found, e.g. `3、收到和处理政府信息公开申请情况`. */
  heading: string
  /** The prose under the heading, tables excluded, paragraphs separated by `\n`. */
  text: string
  origin?: Origin
}

export interface StatisticsPeriod {
  /** ISO dates, `YYYY-MM-DD`. */
  start: string
  end: string
}

export interface ReportMeta {
  organ?: string
  year?: number
  period?: StatisticsPeriod
  title?: string
}

export interface Report {
  meta: ReportMeta
  /** The report's overall format version (that of most of its tables). */
  format: FormatVersion
  sections: Partial<Record<SectionId, Section>>
  tables: Record<TableId, Table>
  /** The name of the source the report was read from, when it was read from one. */
  source?: string
}

/** A cell's canonical address `table/row/column`, e.g. `applications/newReceived/total`. */
export type CellKey = `${TableId}/${string}/${string}`
