import { tableIds } from '@gai/model'
import type { TableId } from '@gai/model'
import type { LabelToken, Token } from './tokens.ts'
import type { Walk } from './walk.ts'

/**
 * The table a file stops inside, when it was cut off (a download broken off): its rows are the
 * last thing in the input — nothing but a few stray tokens (a label cut in half) after the last of
 * them, no later table, and no sections 五 and 六 anywhere. Undefined for a whole file.
 */
export function truncatedIn(walk: Walk, tokens: readonly Token[], headings: readonly LabelToken[]): TableId | undefined {
  let last = walk.records[0]
  for (const r of walk.records) if (r.end > last!.end) last = r
  if (!last) return undefined
  // Sections 五 and 六 follow the tables: a file that has them (some print the tables last) is whole.
  if (headings.some((h) => h.entries.some((e) => e.kind === 'section' && (e.key === 'problems' || e.key === 'other')))) return undefined
  // A later table, or a section heading after the rows, and the file goes on past the table.
  if (walk.records.some((r) => tableIds.indexOf(r.table) > tableIds.indexOf(last!.table))) return undefined
  let after = 0
  for (let i = last.end + 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.type === 'value' && t.value.kind === 'empty') continue
    if (headings.includes(t as LabelToken)) return undefined
    // More than a cut label's remains: the file goes on.
    if (++after > 2) return undefined
  }
  return last.table
}
