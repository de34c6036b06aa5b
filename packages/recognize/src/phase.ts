import type { ValueToken } from './tokens.ts'
import type { RowRecord } from './walk.ts'
import { firstNotBefore } from './search.ts'

/**
 * A PDF's text in reading order (`pdftotext` without `-layout`) puts a row's figures before its
 * label where the label is taller than the figures: the figures' line comes out first. The walk
 * gives values to the label before them, so from there on each row is one behind:
 *
 *     8.属于行政查询事项
 *     0 0 0 0 0 0 0          ← row 8's
 *     75 0 0 0 0 0 75        ← row 1's, read after row 8
 *     （四）无 1.本机关不掌握相关政府信息
 *     0 0 0 0 0 0 0          ← row 2's, read as row 1's
 *     法提供 2.没有现成信息需要另行制作   ← no values left
 *     3.补正后申请内容仍不明确 0 0 0 0 0 0 0
 *
 * The sign is a row with two full lines of figures after it and none on its own line. When
 * the rows after it, each with one line of figures after its label, end at a label left
 * without values, every line belongs one label later and that is where they go. When they do
 * not end so, the rows after it cannot be told from their neighbours and are left unplaced.
 */
export interface Rephased {
  records: RowRecord[]
  /** Rows whose values were moved to them from before their label. */
  moved: RowRecord[]
  /** Rows whose values may be another row's: not to be placed. */
  doubtful: RowRecord[]
}

/** The lines a row's non-empty values stand on, in order, with the values of each. */
function valueLines(r: RowRecord): { line: number; values: ValueToken[] }[] {
  const out: { line: number; values: ValueToken[] }[] = []
  for (const v of r.values) {
    if (v.value.kind === 'empty') continue
    const last = out[out.length - 1]
    if (last && last.line === v.line) last.values.push(v)
    else out.push({ line: v.line, values: [v] })
  }
  return out
}

/** Whether a row's figures stand on two or more lines, none of them its label's. */
function twoLinesAfter(r: RowRecord): boolean {
  let first = -1
  let more = false
  for (const v of r.values) {
    if (v.value.kind === 'empty') continue
    if (v.line === r.label.line) return false
    if (first === -1) first = v.line
    else if (v.line !== first) more = true
  }
  return more
}

/** `records` and `starved` are one table's, each in reading order; `cells` a row's cell count. */
export function rephase(records: RowRecord[], starved: RowRecord[], cells: (key: string) => number | undefined): Rephased {
  const moved: RowRecord[] = []
  const doubtful: RowRecord[] = []
  // Built as it goes, never re-sliced: each record is looked at once however many rows move.
  const out: RowRecord[] = []
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!
    out.push(r)
    // A glance first: most rows have their figures on their label's line, or on one line.
    if (!twoLinesAfter(r)) continue
    const n = cells(r.key)
    if (n === undefined) continue
    const lines = valueLines(r)
    if (lines.length !== 2 || lines[0]!.line === r.label.line || lines[1]!.line !== lines[0]!.line + 1) continue
    if (lines.some((l) => l.values.length !== n)) continue
    // The chain of rows after it, each with one full line of figures after its label.
    const chain: RowRecord[] = []
    let j = k + 1
    for (; j < records.length; j++) {
      const c = records[j]!
      const cl = valueLines(c)
      if (cl.length !== 1 || cl[0]!.line === c.label.line || cl[0]!.values.length !== cells(c.key)) break
      chain.push(c)
    }
    // The label the last line of figures belongs to: one left without values, after that line
    // and before the next row.
    const lastLine = chain.length > 0 ? valueLines(chain[chain.length - 1]!)[0]!.line : lines[1]!.line
    const next = records[j]
    const end = starvedBetween(starved, r.start, next?.start ?? Infinity).find((s) => s.label.line > lastLine && cells(s.key) === n)
    const fits = end && chain.every((c) => cells(c.key) === n)
    // The chain is dealt with here: the walk goes on after it.
    k = j - 1
    if (!fits) {
      for (const c of chain) doubtful.push(c)
      continue
    }
    // Each line of figures goes to the label after it.
    const receivers = [...chain, end]
    const givers = [lines[1]!.values, ...chain.map((c) => valueLines(c)[0]!.values)]
    out[out.length - 1] = { ...r, values: lines[0]!.values }
    receivers.forEach((x, i) => {
      const given = { ...x, values: givers[i]! }
      out.push(given)
      moved.push(given)
    })
  }
  return { records: out, moved, doubtful }
}

/**
 * The starved rows strictly between token indexes `after` and `before`. `starved` is in reading
 * order, so a binary search finds the first; the rows between two records are few.
 */
function starvedBetween(starved: RowRecord[], after: number, before: number): RowRecord[] {
  const lo = firstNotBefore(starved, (r) => r.start <= after)
  const out: RowRecord[] = []
  for (let i = lo; i < starved.length && starved[i]!.start < before; i++) out.push(starved[i]!)
  return out
}
