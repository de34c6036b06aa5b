import { formatVersions, sectionTemplates, tableTemplate } from '@gai/model'
import type { FormatVersion, SectionId, TableId } from '@gai/model'
import { ApproximateIndex } from './approx.ts'
import { normalizeLabel } from './normalize.ts'

/** What a label names. Every entry is built from the template declarations of @gai/model. */
export type LabelKind = 'row' | 'group' | 'column' | 'block' | 'section' | 'header'

export interface LabelEntry {
  kind: LabelKind
  /** The table the label belongs to; undefined for section titles. */
  table: TableId | undefined
  key: string
  /** The versions whose template has this label. */
  versions: FormatVersion[]
  /** The normalised printed label (for messages). */
  label: string
  /** The normalised numbering printed before it (row markers such as `2.`), if any. */
  marker: string | undefined
}

interface Variant {
  text: string
  entry: LabelEntry
}

// Texts of the official layout that are neither rows nor columns; recognising them keeps them
// from being reported as unknown rows.
const headerTexts: readonly [TableId, string][] = [
  ['active', '信息内容'],
  ['active', '单位:万元'],
  ['active', '(单位:万元)'],
  ['applications', '申请人情况'],
  ['applications', '本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和'],
  ['applications', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)'],
  ['reviewLitigation', '行政诉讼'],
]

// The titles of the row groups (`（六）其他处理`), with and without their numbering, normalised: a
// PDF breaks them over the lines of their tall cell, and a piece of one is no part of a row label.
const rowGroupTitles: string[] = []

function buildCatalogue(): Variant[] {
  const variants: Variant[] = []
  const entries = new Map<string, LabelEntry>()
  // Every entry has every field, in one order: the reader's loops over entries then see one
  // shape and read them fast.
  const add = (id: string, entry: Omit<LabelEntry, 'versions'>, version: FormatVersion, texts: readonly string[]) => {
    let e = entries.get(id)
    if (!e) {
      e = { kind: entry.kind, table: entry.table, key: entry.key, versions: [], label: entry.label, marker: entry.marker }
      entries.set(id, e)
    }
    if (!e.versions.includes(version)) e.versions.push(version)
    for (const t of texts) {
      const text = normalizeLabel(t)
      if (text && !variants.some((v) => v.text === text && v.entry === e)) variants.push({ text, entry: e })
    }
  }
  for (const version of formatVersions) {
    for (const table of ['active', 'applications', 'reviewLitigation'] as const) {
      const t = tableTemplate(table, version)
      for (const r of t.rows) {
        const entry = { kind: 'row', table, key: r.key, label: normalizeLabel(r.label), marker: r.marker ? normalizeLabel(r.marker) : undefined } as const
        add(`row:${table}:${r.key}`, entry, version, [r.label, ...r.aliases])
      }
      for (const g of t.rowGroups) {
        for (const label of [g.label, ...g.aliases]) {
          for (const text of [normalizeLabel(`${g.marker ?? ''}${label}`), normalizeLabel(label)]) if (!rowGroupTitles.includes(text)) rowGroupTitles.push(text)
        }
      }
      for (const g of [...t.rowGroups, ...t.columnGroups]) {
        add(`group:${table}:${g.key}`, { kind: 'group', table, key: g.key, label: normalizeLabel(g.label), marker: undefined }, version, [g.label, ...g.aliases])
      }
      for (const c of t.columns) {
        add(`column:${table}:${c.key}`, { kind: 'column', table, key: c.key, label: normalizeLabel(c.label), marker: undefined }, version, [
          c.label,
          ...c.aliases,
          ...(c.unit ? [`${c.label}(单位:${c.unit})`, `${c.label}(${c.unit})`] : []),
        ])
      }
      for (const b of t.blocks) {
        add(`block:${table}:${b.key}`, { kind: 'block', table, key: b.key, label: normalizeLabel(b.label), marker: undefined }, version, [b.label])
      }
    }
    for (const [table, text] of headerTexts) {
      add(`header:${table}:${text}`, { kind: 'header', table, key: text, label: normalizeLabel(text), marker: undefined }, version, [text])
    }
  }
  for (const s of sectionTemplates) {
    for (const version of formatVersions) {
      add(`section:${s.id}`, { kind: 'section', table: undefined, key: s.id, label: normalizeLabel(s.title), marker: undefined }, version, [s.title, ...s.aliases])
    }
  }
  // Longest first: the regex alternation takes the first alternative that matches at a position.
  return variants.sort((a, b) => b.text.length - a.text.length)
}

const catalogue = buildCatalogue()
const byText = new Map<string, LabelEntry[]>()
for (const v of catalogue) byText.set(v.text, [...(byText.get(v.text) ?? []), v.entry])

const approximate = new ApproximateIndex<LabelEntry[]>()
for (const [text, entries] of byText) approximate.add(text, entries)
const sameEntries = (a: LabelEntry[], b: LabelEntry[]) => a.length === b.length && a.every((e, i) => e === b[i])

/**
 * The label a normalised text names with a slip or two (`本年新收政府信息公开申请数`): the one
 * label nearest to it within the edits its length allows, when no other is as near.
 */
export function approximateLabel(text: string): { text: string; entries: LabelEntry[] } | undefined {
  // Labels hold no figures and end no sentence; text that does is no label with a typo.
  if (/[0-9。；;！？!?]/.test(text)) return undefined
  const near = approximate.nearest(text, sameEntries)
  return near ? { text: near.text, entries: near.value } : undefined
}

// The texts of a table's frame: column headings, group titles, header notes. A page break
// repeats them between a row's figures and the rest of its label.
const frameTexts = [...new Set(catalogue.filter((v) => v.entry.kind === 'column' || v.entry.kind === 'group' || v.entry.kind === 'header').map((v) => v.text))]

/** A memo of a test of text against a list of texts: the same pieces recur in every report. */
function fragmentOf(texts: readonly string[]): (text: string) => boolean {
  const known = new Map<string, boolean>()
  return (text) => {
    let hit = known.get(text)
    if (hit === undefined) {
      hit = text.length > 0 && texts.some((f) => f.includes(text))
      if (known.size >= 4096) known.clear()
      known.set(text, hit)
    }
    return hit
  }
}

/** Whether a normalised text is a piece of a table's frame (`科研`, `益组织`, `申请人情况`). */
export const isFrameFragment = fragmentOf(frameTexts)

/** Whether a normalised text is a piece of a row group's title (`(六)其`, `他处理`). */
export const isRowGroupFragment = fragmentOf(rowGroupTitles)

/** Whether a normalised text is a row group's whole title, numbered or not (`(六)其他处理`). */
export function isRowGroupTitle(text: string): boolean {
  return rowGroupTitles.includes(text)
}

/** The entries a normalised text names exactly (several when a label is shared, e.g. 总计). */
export function lookupLabel(text: string): LabelEntry[] {
  return byText.get(text) ?? []
}

export interface LabelMatch {
  /** Index range in the normalised text, including the numbering before the label. */
  start: number
  end: number
  /** The numbering matched before the label text, e.g. `2.` or `(三)`. */
  marker: string
  text: string
  entries: LabelEntry[]
}

// A trie of every label variant: scanning tries each position once, in time linear in the text
// times the longest label, instead of an alternation of hundreds of labels at every position.
// It is built as objects, then laid out flat: node ids, the label ending at each node, and its
// edges in one open-addressing table keyed by (node, character), so that a step down the trie is
// a multiply and a typed-array read or two, with no per-node object to visit.
interface BuildNode {
  kids: Map<number, BuildNode>
  text: string | undefined
  id: number
}

const buildRoot: BuildNode = { kids: new Map(), text: undefined, id: 0 }
let nodeCount = 1
for (const v of catalogue) {
  let node = buildRoot
  for (let i = 0; i < v.text.length; i++) {
    const code = v.text.charCodeAt(i)
    let n = node.kids.get(code)
    if (!n) node.kids.set(code, (n = { kids: new Map(), text: undefined, id: nodeCount++ }))
    node = n
  }
  node.text = v.text
}

// Edge keys below pack a node id and a character into an int32.
if (nodeCount >= 0x8000) throw new Error(`label trie too large to lay flat: ${nodeCount} nodes`)

/** The label text ending at each node id, when one does. */
const nodeText: (string | undefined)[] = new Array(nodeCount).fill(undefined)
const edgeCount = (function count(n: BuildNode): number {
  let c = n.kids.size
  for (const k of n.kids.values()) c += count(k)
  return c
})(buildRoot)
const edgeBits = Math.max(4, Math.ceil(Math.log2(edgeCount * 2)))
const edgeMask = (1 << edgeBits) - 1
// Keys are node * 0x10000 + code (-1 = free).
const edgeKeys = new Int32Array(1 << edgeBits).fill(-1)
const edgeKids = new Int32Array(1 << edgeBits)
const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - edgeBits)
// The root has hundreds of children and is asked at every character: it is indexed by code
// (0 = no label starts with that character), so most characters of prose cost one array read.
const rootIndex = new Int32Array(0x10000)
;(function lay(n: BuildNode): void {
  nodeText[n.id] = n.text
  for (const [code, k] of n.kids) {
    if (n.id === 0) rootIndex[code] = k.id
    else {
      const key = n.id * 0x10000 + code
      let h = slotOf(key)
      while (edgeKeys[h] !== -1) h = (h + 1) & edgeMask
      edgeKeys[h] = key
      edgeKids[h] = k.id
    }
    lay(k)
  }
})(buildRoot)

/** The child of node `id` by character `code`: its id, or 0 for none (the root is no child). */
function child(id: number, code: number): number {
  if (id === 0) return rootIndex[code]!
  const key = id * 0x10000 + code
  for (let h = slotOf(key); ; h = (h + 1) & edgeMask) {
    const k = edgeKeys[h]!
    if (k === key) return edgeKids[h]!
    if (k === -1) return 0
  }
}

/** A label read so far, character by character: where it stands among the known labels. */
export interface LabelCursor {
  /** Private: the trie node reached. */
  readonly node: unknown
}

/**
 * Read `text` on from `from` (the start when omitted): the cursor after it, or undefined when no
 * known label goes on this way. Lets a reader join a label broken over several lines.
 */
export function continueLabel(text: string, from?: LabelCursor): LabelCursor | undefined {
  let node = from ? (from.node as number) : 0
  for (let i = 0; i < text.length; i++) {
    node = child(node, text.charCodeAt(i))
    if (node === 0) return undefined
  }
  return { node }
}

/** Whether some label goes on from the cursor with this character (a cheap look before reading on). */
export function continuesWith(cursor: LabelCursor, code: number): boolean {
  return child(cursor.node as number, code) !== 0
}

/** The label a cursor has read in full, if it has. */
export function labelAt(cursor: LabelCursor): string | undefined {
  return nodeText[cursor.node as number]
}

// Numbering that may stand just before a label: `一、` `(三)` `2.` `3、`. A lone digit without a
// separator is never taken as numbering, since in flattened text it belongs to a value.
// Text laid out with spaces may put one between the numbering and the label (`2. 其他…`).
const markerBefore = /((?:[一二三四五六七][、.]|\([一二三四五六七八九]\)|\d{1,2}[.、]))( ?)$/

/**
 * Every label in a normalised text, left to right, longest first. A label's numbering is taken
 * only when it is the label's own (`2.` before the second item), so `00000002.其他…` leaves the
 * row's values `0000000` whole.
 */
export function scanLabels(text: string): LabelMatch[] {
  const out: LabelMatch[] = []
  let consumed = 0
  for (let i = 0; i < text.length; i++) {
    let node = rootIndex[text.charCodeAt(i)]!
    if (node === 0) continue
    let found: string | undefined
    for (let j = i + 1; node !== 0; j++) {
      const t = nodeText[node]
      if (t !== undefined) found = t
      if (j >= text.length) break
      node = child(node, text.charCodeAt(j))
    }
    if (!found) continue
    const entries = byText.get(found) ?? []
    const before = markerBefore.exec(text.slice(Math.max(consumed, i - 5), i))
    let mk = before?.[1] ?? ''
    if (/^\d/.test(mk)) {
      // Only the row's own numbering is the label's; digits before it belong to the value
      // before (`00000002.其他…` is 0000000 then `2.其他…`). A section is numbered by one digit
      // (`3、收到和处理…`), its number possibly shifted: `收费03、收到…` is 0 then `3、`.
      const own =
        entries.map((e) => e.marker).find((k) => k && (mk.endsWith(k) || mk.replace('、', '.').endsWith(k))) ??
        (entries.some((e) => e.kind === 'section') && /[1-6][、.]$/.test(mk) ? mk.slice(-2) : undefined)
      mk = own ? mk.slice(mk.length - own.length) : ''
    }
    const start = mk === '' ? i : i - before![2]!.length - mk.length
    out.push({ start, end: i + found.length, marker: mk, text: found, entries })
    consumed = i + found.length
    i = consumed - 1
  }
  return out
}

/** Section headings are matched on their title; the number in front may be shifted (03). */
export function sectionOf(text: string): SectionId | undefined {
  const e = lookupLabel(text).find((x) => x.kind === 'section')
  return e?.key as SectionId | undefined
}
