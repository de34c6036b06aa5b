import type { ReportMeta } from '@gai/model'
import type { SourceDocument, SourceLine } from './document.ts'

const titlePattern = /([^\d。，,：:]{0,40}?)((?:19|20)\d{2})\s*年度?\s*([^\d。，,：:]{0,40}?)政府信息公开(?:工作)?(?:年度)?报告/
const periodPattern = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?(?:至|到|—|-|－)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/

// Crawler preambles put a field name before the title (`标题: …`).
const organNoise = /^(?:标题|题目|名称|当前位置|正文)\s*[:：]?\s*/

// A title ends in 政府信息公开…报告 and starts at most 86 characters before it (two 40-character
// runs, a year and 年度): try the pattern only there, not from every character of the preamble.
// The many 政府信息公开条例 of a preamble end no title and are passed over at once.
const anchor = '政府信息公开'
const ending = /政府信息公开(?:工作)?(?:年度)?报告/y
const reach = 90

function findTitle(text: string): RegExpExecArray | null {
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
    ending.lastIndex = at
    if (!ending.test(text)) continue
    const m = titlePattern.exec(text.slice(Math.max(0, at - reach), ending.lastIndex))
    if (m) return m
  }
  return null
}

/** A line's text, its cells run together (most lines are one cell, taken as it is). */
function lineText(line: SourceLine): string {
  const cells = line.cells
  return cells.length === 1 ? cells[0]!.text : cells.map((c) => c.text).join('')
}

/** Whether a cell of the line holds a 日. */
function hasDay(line: SourceLine): boolean {
  for (const c of line.cells) if (c.text.includes('日')) return true
  return false
}

/** Organ, year, period and title from the report's first lines and its preamble. */
export function readMeta(doc: SourceDocument): ReportMeta {
  const meta: ReportMeta = {}
  const head = doc.lines.slice(0, 14).map(lineText).join('\n')
  const joined = head.replace(/\s+/g, '').slice(0, 4000)
  const m = findTitle(joined)
  if (m) {
    const organ = (m[1]!.replace(organNoise, '').trim() || m[3]!.trim()).replace(/\s+/g, '')
    meta.year = Number(m[2])
    if (organ) meta.organ = organ
    meta.title = m[0].replace(organNoise, '').replace(/\s+/g, '')
  }
  // The period is stated as …年1月1日至12月31日: look only at the lines that hold a 12月31日.
  let p: RegExpExecArray | null = null
  for (let i = 0; i < doc.lines.length && i < 60 && !p; i++) {
    // Only a line with a 日 can hold the date: most lines are passed over without joining them.
    if (!hasDay(doc.lines[i]!)) continue
    const here = lineText(doc.lines[i]!)
    if (!/12\s*月\s*31\s*日/.test(here)) continue
    const before = i > 0 ? lineText(doc.lines[i - 1]!) : ''
    p = periodPattern.exec(before + here)
  }
  if (p) {
    meta.period = { start: `${p[1]}-01-01`, end: `${p[2] ?? p[1]}-12-31` }
    meta.year ??= Number(p[1])
  }
  if (meta.year === undefined) {
    const y = /((?:19|20)\d{2})\s*年/.exec(joined)
    if (y) meta.year = Number(y[1])
  }
  return meta
}
