import type { FormatVersion, TableId } from '@gai/model'
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
}

const prose = (t: string) => t.length >= 24 || /[。；;！？]/.test(t) || (t.length >= 12 && /[，,]/.test(t))

// Labels too short or too common to start a row without the table around them.
const contextual = new Set(['总计', '其他', '合计'])

/**
 * Walk the tokens once, as a reader's eye does: headings and block titles set the table in view,
 * a row label opens a row, the values after it are its values until the next label.
 */
export function walkTokens(tokens: Token[]): Walk {
  let headingVotes: LabelEntry[] = []
  const walk: Walk = {
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
    columns: { active: new Set(), applications: new Set(), reviewLitigation: new Set() },
  }
  let ctx: TableId | null = null
  let group: string | null = null
  let row: RowRecord | null = null
  // Table 四's group titles read one after another with no figures between them: the official
  // layout's header, over one row of fifteen figures (not a table printed in pieces).
  let titlesInARow = false

  // Headings seen since the last row with values: they belong to a table only once a row with
  // values follows them; a heading word inside a sentence never gets that far.
  let pending: Token[] = []
  const pendingFirst: Partial<Record<TableId, Token>> = {}
  const enter = (table: TableId, token: Token) => {
    if (ctx !== table) group = null
    ctx = table
    pendingFirst[table] ??= token
  }
  const reset = () => {
    pending = []
    headingVotes = []
    for (const k of Object.keys(pendingFirst) as TableId[]) if (!walk.firstToken[k]) delete pendingFirst[k]
    ctx = null
  }
  const flush = () => {
    // A row whose cells are all empty is still a row of the table when its label fills a cell of
    // its own: its cells are blank, not missing. (Not for table 四's heading labels or a label
    // that may be a group's title.)
    if (row && row.values.length > 0 && row.label.whole && !row.key.includes('#sequence') && row.key !== 'otherHandling' && !(contextual.has(row.label.text) && row.label.marker === '') && row.values.every((v) => v.value.kind === 'empty')) {
      walk.records.push(row)
      row.label.used = true
      for (const v of row.values) v.used = true
      row = null
      return
    }
    if (row && row.values.length === 0 && !row.key.includes('#sequence')) walk.starved.push(row)
    if (row && row.values.some((v) => v.value.kind !== 'empty')) {
      for (const e of row.votes) vote(e)
      for (const e of headingVotes) vote(e)
      headingVotes = []
      walk.records.push(row)
      row.label.used = true
      for (const v of row.values) v.used = true
      for (const t of pending) t.used = true
      pending = []
      walk.firstToken[row.table] ??= pendingFirst[row.table] ?? row.label
    }
    row = null
  }
  const vote = (e: LabelEntry) => {
    if (e.table && e.versions.length === 1) walk.evidence[e.table][e.versions[0]!]++
  }
  const open = (table: TableId, key: string, label: LabelToken) => {
    flush()
    enter(table, label)
    row = { table, key, label, values: [], start: i, end: i, votes: [] }
  }

  // Labels that may be column headings, with the table in view when they were read: which were
  // headings is known only once the rows are (总计 heads a column and labels a row).
  const columnCandidates: [number, TableId | null][] = []

  let i = -1
  for (const token of tokens) {
    i++
    if (token.type === 'value') {
      if (row) {
        row.values.push(token)
        row.end = i
      } else if (ctx === 'reviewLitigation' && token.value.kind !== 'empty') {
        // Table 四's data row often stands alone under a header whose labels were mangled.
        row = { table: 'reviewLitigation', key: '#sequence', label: pseudoLabel(token), values: [token], start: i, end: i, votes: [] }
      } else if (ctx && token.value.kind !== 'empty') walk.orphans.push([i, token])
      continue
    }
    if (token.type === 'text') {
      const t = token.raw
      if (row && row.values.length > 0 && /^[件条个项人次份篇名]/.test(t) && token.line === row.values[row.values.length - 1]!.line) {
        // `其他处理 14 件，…`: a figure in a sentence, not a row of a table.
        row = null
        reset()
        continue
      }
      if (prose(t)) {
        flush()
        reset()
        continue
      }
      if (row && row.values.length === 0) {
        // A fragment of a header (`结果`, `审结`): the row to come is still open.
        pending.push(token)
        continue
      }
      flush()
      if (ctx && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(t)) {
        walk.unknown.push([i, token])
      }
      continue
    }
    const entries = token.entries
    if (pickEntry(entries, 'column')) columnCandidates.push([i, ctx])
    const section = pickEntry(entries, 'section')
    if (section && (token.whole || token.marker !== '') && !token.marker.startsWith('(')) {
      flush()
      reset()
      continue
    }
    // Table 二: block titles and its own column headings set the table; rows need it in view.
    const block = pickEntry(entries, 'block')
    if (block) {
      flush()
      enter('active', token)
      headingVotes.push(block)
      pending.push(token)
      continue
    }
    const rowEntry =
      (ctx ? pickEntry(entries, 'row', ctx) : undefined) ??
      (contextual.has(token.text) ? undefined : freeApplicationRow(entries)) ??
      pickEntry(entries, 'row', 'reviewLitigation')
    if (rowEntry && rowEntry.table === 'applications' && token.text === '其他' && group !== 'otherHandling' && !ownMarker(token, rowEntry)) {
      // `其他` is a row only under （六）其他处理, or numbered as that row is (`3.其他`, its group's
      // title lost to a page break); elsewhere it is the column 其他.
    } else if (rowEntry && (rowEntry.table !== 'active' || ctx === 'active')) {
      if (rowEntry.table === 'applications' && contextual.has(token.text) && (ctx !== 'applications' || (token.marker === '' && !afterValue(tokens, i)))) {
        // 总计 outside table 三 is a column heading; inside it too, without its numbering
        // `（七）`, unless it follows a row's figures: among the header's pieces (a PDF's text
        // lists the header column by column) it heads the column.
      } else if (
        row &&
        row.values.length === 0 &&
        !row.key.includes('#sequence') &&
        !rowEntry.key.startsWith(`${row.key}.`) &&
        token.position.start.line !== token.position.end.line &&
        !figuresWithin(tokens, i)
      ) {
        // A label broken over lines right after another row label that got no values (not its
        // own group's, as （六）其他处理 heads 1.申请人…): the labels were extracted as a column
        // of their own (PDF), and the figures that follow may be any of those rows'. They are
        // left unplaced, with a message, rather than guessed. (Not when the label was printed
        // above and below its figures: those stand between its pieces and are its own.)
        flush()
        row = null
        continue
      } else {
        if (rowEntry.key === 'otherHandling') group = 'otherHandling'
        if (rowEntry.table === 'reviewLitigation') titlesInARow = row !== null && row.key.endsWith('|#sequence') && row.values.length === 0
        open(rowEntry.table!, rowEntry.key, token)
        row!.votes.push(rowEntry)
        if (rowEntry.table === 'reviewLitigation') {
          // 行政复议 heads both its group of five and, in the official layout, the whole table.
          row!.key = `${rowEntry.key}|#sequence`
        }
        continue
      }
    }
    const groupEntry = pickEntry(entries, 'group', ctx) ?? pickEntry(entries, 'group')
    if (groupEntry) {
      flush()
      enter(groupEntry.table!, token)
      group = groupEntry.key
      pending.push(token)
      if (groupEntry.table === 'reviewLitigation') open('reviewLitigation', '#sequence', token)
      continue
    }
    const column = pickEntry(entries, 'column', ctx) ?? pickEntry(entries, 'column')
    const header = pickEntry(entries, 'header', ctx) ?? pickEntry(entries, 'header')
    const heading = column ?? header
    if (heading) {
      pending.push(token)
      headingVotes.push(heading)
      if (heading.table === 'reviewLitigation' || (ctx === 'reviewLitigation' && pickEntry(entries, 'column', 'reviewLitigation'))) {
        // Table 四 printed in pieces (a PDF turned into Markdown): each group's own header row
        // (结果维持 … 总计) under its title (行政复议) heads that group's figures, not the table's;
        // titles in a row are the official header, whose columns head all fifteen figures.
        if (titlesInARow || !(row && row.key.endsWith('|#sequence') && row.values.length === 0)) open('reviewLitigation', '#sequence', token)
        continue
      }
      flush()
      if (!(contextual.has(token.text) && ctx)) enter(heading.table!, token)
      continue
    }
    flush()
  }
  flush()
  // Token indexes, not a set of tokens: hashing objects would cost each token a hidden field.
  const rowLabels = new Set<number>()
  for (const r of walk.records) if (!r.key.includes('#sequence')) rowLabels.add(r.start)
  for (const [k, table] of columnCandidates) {
    if (rowLabels.has(k)) continue
    const token = tokens[k] as LabelToken
    const e = (table ? pickEntry(token.entries, 'column', table) : undefined) ?? pickEntry(token.entries, 'column')
    if (e) walk.columns[e.table!].add(e.key)
  }
  // A label that fills its own cell, or runs straight into another label or a value, is part of
  // a table's frame even when it heads no values (header cells, group titles): not prose.
  // A loop, not Math.min(...): spreading a hundred thousand records overflows the call stack.
  let first = Infinity
  let last = -Infinity
  for (const r of walk.records) {
    first = Math.min(first, r.start)
    last = Math.max(last, r.end)
  }
  tokens.forEach((t, k) => {
    if (t.type !== 'label' || t.used || t.entries.some((e) => e.kind === 'section')) return
    const next = tokens[k + 1]
    const inTables = k > first && k < last
    if ((t.whole && inTables) || (inTables && next && next.line === t.line && next.type !== 'text')) t.used = true
  })
  return walk
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
  return labelToken('', token.position, token.line, token.cell, { text: '', marker: '', entries: [] }, false)
}
