import type { FormatVersion, TableId } from '@gai/model'
import { Claims } from './claims.ts'
import type { LabelEntry } from './labels.ts'
import { labelToken } from './tokens.ts'
import type { LabelToken, TextToken, Token, ValueToken } from './tokens.ts'

/** A row label with the values that followed it, before the values are placed in cells. */
export interface RowRecord {
  table: TableId
  /** A template row key, or `#sequence` for table 四's fifteen cells in reading order. */
  key: string
  label: LabelToken
  values: ValueToken[]
  /** Index of the label and of the last value in the token stream. */
  start: number
  end: number
  /** Labels only one format version prints, counted once the row turns out to hold values. */
  votes: LabelEntry[]
}

export interface Walk {
  records: RowRecord[]
  /** Values found in a table region that followed no row label, with their token index. */
  orphans: [number, ValueToken][]
  /** Short texts in a table region that name no row or column, with their token index. */
  unknown: [number, TextToken][]
  /** Votes for each table's format version, from labels only one version prints. */
  evidence: Record<TableId, Record<FormatVersion, number>>
  /** Rows whose label no value followed (their `values` empty). */
  starved: RowRecord[]
  /** Where each table was first seen. */
  firstToken: Partial<Record<TableId, Token>>
  /** The column headings seen for each table, by column key. */
  columns: Record<TableId, Set<string>>
  /** The tokens the tables took: row labels, their values, their headers' pieces. */
  claims: Claims
}

/** What the first pass finds: the rows, and which labels may have been column headings. */
interface RowPass extends Omit<Walk, 'columns' | 'claims'> {
  /** Labels that may be column headings (token index), with the table in view when read. */
  columnCandidates: [number, TableId | null][]
}

const prose = (t: string) => t.length >= 24 || /[。；;！？]/.test(t) || (t.length >= 12 && /[，,]/.test(t))

// Labels too short or too common to start a row without the table around them.
const contextual = new Set(['总计', '其他', '合计'])

// The votes of every kept row, once they are counted.
const counted: LabelEntry[] = Object.freeze([]) as unknown as LabelEntry[]

/**
 * Walk the tokens as a reader's eye does, in three passes: the rows (headings and block titles
 * set the table in view, a row label opens a row, the values after it are its values until the
 * next label), then which labels headed columns, then the labels that frame the tables.
 */
export function walkTokens(tokens: Token[]): Walk {
  const claims = new Claims(tokens.length)
  const rows = readRows(tokens, claims)
  const { columnCandidates, ...walk } = rows
  const columns = columnsSeen(tokens, rows.records, columnCandidates)
  claimFrame(tokens, rows.records, claims)
  return { ...walk, columns, claims }
}

/** The first pass: the token stream to row records, with what fell outside them. */
function readRows(tokens: Token[], claims: Claims): RowPass {
  const walker = new RowWalker(tokens, claims)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type === 'value') walker.value(token, i)
    else if (token.type === 'text') walker.text(token, i)
    else walker.label(token, i)
  }
  walker.flush()
  return walker.out
}

/**
 * The state of the row pass: the table in view, the row open, and the headings read since the
 * last row with values. One handler per kind of token moves it on.
 */
class RowWalker {
  readonly out: RowPass = {
    records: [],
    orphans: [],
    unknown: [],
    starved: [],
    evidence: {
      active: { '2019': 0, '2021': 0 },
      applications: { '2019': 0, '2021': 0 },
      reviewLitigation: { '2019': 0, '2021': 0 },
    },
    firstToken: {},
    // Which were headings is known only once the rows are (总计 heads a column and labels a row).
    columnCandidates: [],
  }
  private ctx: TableId | null = null
  private group: string | null = null
  private row: RowRecord | null = null
  // Table 四's group titles read one after another with no figures between them: the official
  // layout's header, over one row of fifteen figures (not a table printed in pieces).
  private titlesInARow = false
  // Headings seen since the last row with values: they belong to a table only once a row with
  // values follows them; a heading word inside a sentence never gets that far.
  private pending: Token[] = []
  private headingVotes: LabelEntry[] = []
  private readonly pendingFirst: Partial<Record<TableId, Token>> = {}

  constructor(
    private readonly tokens: Token[],
    private readonly claims: Claims,
  ) {}

  value(token: ValueToken, i: number): void {
    const row = this.row
    if (row) {
      row.values.push(token)
      row.end = i
    } else if (this.ctx === 'reviewLitigation' && token.value.kind !== 'empty') {
      // Table 四's data row often stands alone under a header whose labels were mangled.
      this.row = { table: 'reviewLitigation', key: '#sequence', label: pseudoLabel(token), values: [token], start: i, end: i, votes: [] }
    } else if (this.ctx && token.value.kind !== 'empty') this.out.orphans.push([i, token])
  }

  text(token: TextToken, i: number): void {
    const t = token.raw
    const row = this.row
    if (row && row.values.length > 0 && /^[件条个项人次份篇名]/.test(t) && token.line === row.values[row.values.length - 1]!.line) {
      // `其他处理 14 件，…`: a figure in a sentence, not a row of a table.
      this.row = null
      this.reset()
      return
    }
    if (prose(t)) {
      this.flush()
      this.reset()
      return
    }
    if (row && row.values.length === 0) {
      // A fragment of a header (`结果`, `审结`): the row to come is still open.
      this.pending.push(token)
      return
    }
    this.flush()
    if (this.ctx && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(t)) this.out.unknown.push([i, token])
  }

  /** A label: the first of section, block title, row, group title or heading that it can be. */
  label(token: LabelToken, i: number): void {
    const entries = token.entries
    if (pickEntry(entries, 'column')) this.out.columnCandidates.push([i, this.ctx])
    if (this.section(token) || this.block(token) || this.rowLabel(token, i) || this.groupTitle(token, i) || this.heading(token, i)) return
    this.flush()
  }

  private section(token: LabelToken): boolean {
    const section = pickEntry(token.entries, 'section')
    if (!section || !(token.whole || token.marker !== '') || token.marker.startsWith('(')) return false
    this.flush()
    this.reset()
    return true
  }

  /** Table 二: block titles and its own column headings set the table; rows need it in view. */
  private block(token: LabelToken): boolean {
    const block = pickEntry(token.entries, 'block')
    if (!block) return false
    this.flush()
    this.enter('active', token)
    this.headingVotes.push(block)
    this.pending.push(token)
    return true
  }

  private rowLabel(token: LabelToken, i: number): boolean {
    const { ctx, row } = this
    const entries = token.entries
    const rowEntry =
      (ctx ? pickEntry(entries, 'row', ctx) : undefined) ??
      (contextual.has(token.text) ? undefined : freeApplicationRow(entries)) ??
      pickEntry(entries, 'row', 'reviewLitigation')
    if (!rowEntry) return false
    if (rowEntry.table === 'applications' && token.text === '其他' && this.group !== 'otherHandling' && !ownMarker(token, rowEntry)) {
      // `其他` is a row only under （六）其他处理, or numbered as that row is (`3.其他`, its group's
      // title lost to a page break); elsewhere it is the column 其他.
      return false
    }
    if (rowEntry.table === 'active' && ctx !== 'active') return false
    if (rowEntry.table === 'applications' && contextual.has(token.text) && (ctx !== 'applications' || (token.marker === '' && !afterValue(this.tokens, i)))) {
      // 总计 outside table 三 is a column heading; inside it too, without its numbering
      // `（七）`, unless it follows a row's figures: among the header's pieces (a PDF's text
      // lists the header column by column) it heads the column.
      return false
    }
    if (
      row &&
      row.values.length === 0 &&
      !row.key.includes('#sequence') &&
      !rowEntry.key.startsWith(`${row.key}.`) &&
      token.position.start.line !== token.position.end.line &&
      !figuresWithin(this.tokens, i)
    ) {
      // A label broken over lines right after another row label that got no values (not its
      // own group's, as （六）其他处理 heads 1.申请人…): the labels were extracted as a column
      // of their own (PDF), and the figures that follow may be any of those rows'. They are
      // left unplaced, with a message, rather than guessed. (Not when the label was printed
      // above and below its figures: those stand between its pieces and are its own.)
      this.flush()
      this.row = null
      return true
    }
    if (rowEntry.key === 'otherHandling') this.group = 'otherHandling'
    if (rowEntry.table === 'reviewLitigation') this.titlesInARow = row !== null && row.key.endsWith('|#sequence') && row.values.length === 0
    const opened = this.open(rowEntry.table!, rowEntry.key, token, i)
    opened.votes.push(rowEntry)
    // 行政复议 heads both its group of five and, in the official layout, the whole table.
    if (rowEntry.table === 'reviewLitigation') opened.key = `${rowEntry.key}|#sequence`
    return true
  }

  private groupTitle(token: LabelToken, i: number): boolean {
    const groupEntry = pickEntry(token.entries, 'group', this.ctx) ?? pickEntry(token.entries, 'group')
    if (!groupEntry) return false
    this.flush()
    this.enter(groupEntry.table!, token)
    this.group = groupEntry.key
    this.pending.push(token)
    if (groupEntry.table === 'reviewLitigation') this.open('reviewLitigation', '#sequence', token, i)
    return true
  }

  private heading(token: LabelToken, i: number): boolean {
    const { ctx, row } = this
    const entries = token.entries
    const heading = pickEntry(entries, 'column', ctx) ?? pickEntry(entries, 'column') ?? pickEntry(entries, 'header', ctx) ?? pickEntry(entries, 'header')
    if (!heading) return false
    this.pending.push(token)
    this.headingVotes.push(heading)
    if (heading.table === 'reviewLitigation' || (ctx === 'reviewLitigation' && pickEntry(entries, 'column', 'reviewLitigation'))) {
      // Table 四 printed in pieces (a PDF turned into Markdown): each group's own header row
      // (结果维持 … 总计) under its title (行政复议) heads that group's figures, not the table's;
      // titles in a row are the official header, whose columns head all fifteen figures.
      if (this.titlesInARow || !(row && row.key.endsWith('|#sequence') && row.values.length === 0)) this.open('reviewLitigation', '#sequence', token, i)
      return true
    }
    this.flush()
    if (!(contextual.has(token.text) && ctx)) this.enter(heading.table!, token)
    return true
  }

  private enter(table: TableId, token: Token): void {
    if (this.ctx !== table) this.group = null
    this.ctx = table
    this.pendingFirst[table] ??= token
  }

  private reset(): void {
    this.pending = []
    this.headingVotes = []
    for (const k of Object.keys(this.pendingFirst) as TableId[]) if (!this.out.firstToken[k]) delete this.pendingFirst[k]
    this.ctx = null
  }

  private open(table: TableId, key: string, label: LabelToken, i: number): RowRecord {
    this.flush()
    this.enter(table, label)
    const row: RowRecord = { table, key, label, values: [], start: i, end: i, votes: [] }
    this.row = row
    return row
  }

  /** Close the open row: a record when it holds values (or fills its cells with blanks), else starved. */
  flush(): void {
    const row = this.row
    this.row = null
    if (!row) return
    if (blankRow(row)) {
      // A row whose cells are all empty is still a row of the table when its label fills a cell
      // of its own: its cells are blank, not missing.
      this.keep(row)
      return
    }
    if (row.values.length === 0 && !row.key.includes('#sequence')) this.out.starved.push(row)
    if (!row.values.some((v) => v.value.kind !== 'empty')) return
    for (const e of row.votes) this.vote(e)
    for (const e of this.headingVotes) this.vote(e)
    this.headingVotes = []
    this.keep(row)
    for (const t of this.pending) this.claims.take(t)
    this.pending = []
    this.out.firstToken[row.table] ??= this.pendingFirst[row.table] ?? row.label
  }

  private keep(row: RowRecord): void {
    // A record lives to the end of the read: its values at the length they came to, without the
    // room pushing left (sixteen slots for a row of seven), and its votes, counted by now, gone.
    // A long row's room is at most half again its length, and a copy of it would cost more.
    if (row.values.length < 64) row.values = row.values.slice()
    row.votes = counted
    this.out.records.push(row)
    this.claims.take(row.label)
    for (const v of row.values) this.claims.take(v)
  }

  private vote(e: LabelEntry): void {
    if (e.table && e.versions.length === 1) this.out.evidence[e.table][e.versions[0]!]++
  }
}

/**
 * A row of blanks with a label of its own cell. (Not table 四's heading labels, nor a label that
 * may be a group's title.)
 */
function blankRow(row: RowRecord): boolean {
  return (
    row.values.length > 0 &&
    row.label.whole &&
    !row.key.includes('#sequence') &&
    row.key !== 'otherHandling' &&
    !(contextual.has(row.label.text) && row.label.marker === '') &&
    row.values.every((v) => v.value.kind === 'empty')
  )
}

/** The second pass: the column headings seen for each table, from labels that were no row's. */
function columnsSeen(tokens: Token[], records: RowRecord[], candidates: [number, TableId | null][]): Record<TableId, Set<string>> {
  const columns: Record<TableId, Set<string>> = { active: new Set(), applications: new Set(), reviewLitigation: new Set() }
  // A mark per token, not a set of tokens: hashing objects would cost each token a hidden field,
  // and a Set holds no more than 2^24 entries (a hostile input may have more rows).
  const rowLabels = new Uint8Array(tokens.length)
  for (const r of records) if (!r.key.includes('#sequence')) rowLabels[r.start] = 1
  for (const [k, table] of candidates) {
    if (rowLabels[k] === 1) continue
    const token = tokens[k] as LabelToken
    const e = (table ? pickEntry(token.entries, 'column', table) : undefined) ?? pickEntry(token.entries, 'column')
    if (e) columns[e.table!].add(e.key)
  }
  return columns
}

/**
 * The third pass: a label that fills its own cell, or runs straight into another label or a
 * value, is part of a table's frame even when it heads no values (header cells, group titles):
 * not prose.
 */
function claimFrame(tokens: Token[], records: RowRecord[], claims: Claims): void {
  // A loop, not Math.min(...): spreading a hundred thousand records overflows the call stack.
  let first = Infinity
  let last = -Infinity
  for (const r of records) {
    first = Math.min(first, r.start)
    last = Math.max(last, r.end)
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.type !== 'label' || claims.has(t) || t.entries.some((e) => e.kind === 'section')) continue
    const next = tokens[k + 1]
    const inTables = k > first && k < last
    if ((t.whole && inTables) || (inTables && next && next.line === t.line && next.type !== 'text')) claims.take(t)
  }
}

/** Whether a label carries the numbering its template row prints (`3.` or `3、` for `3.`). */
function ownMarker(token: LabelToken, entry: LabelEntry): boolean {
  return token.marker !== '' && entry.marker !== undefined && token.marker.replace('、', '.') === entry.marker.replace('、', '.')
}

/**
 * Whether the figures right after label `k` stand between the label's first and last lines, on
 * the line the label's pieces were joined onto: a label printed above and below its row's
 * figures (`6.属于四类过程` / figures / `性信息`).
 */
function figuresWithin(tokens: Token[], k: number): boolean {
  const label = tokens[k]!
  const next = tokens[k + 1]
  return (
    next !== undefined &&
    next.type === 'value' &&
    next.line === label.line &&
    next.position.start.line > label.position.start.line &&
    next.position.end.line < label.position.end.line
  )
}

/** Whether the token before `k` (empty cells aside) is a value. */
function afterValue(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!
    if (t.type === 'value' && t.value.kind === 'empty') continue
    return t.type === 'value'
  }
  return false
}

/** The first row of table 三 that is not one of the labels that need the table around them. */
function freeApplicationRow(entries: LabelEntry[]): LabelEntry | undefined {
  for (const e of entries) if (e.kind === 'row' && e.table === 'applications' && !contextual.has(e.label)) return e
  return undefined
}

/** The first entry of a kind (and of a table, when one is given). */
function pickEntry(entries: LabelEntry[], kind: LabelEntry['kind'], table?: TableId | null): LabelEntry | undefined {
  for (const e of entries) if (e.kind === kind && (table === undefined || e.table === table)) return e
  return undefined
}

function pseudoLabel(token: ValueToken): LabelToken {
  return labelToken('', token, token.line, token.cell, { text: '', marker: '', entries: [] }, false)
}
