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

/** The title's match, and where the text it was matched in starts. */
function findTitle(text: string): { m: RegExpExecArray; from: number } | null {
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
    ending.lastIndex = at
    if (!ending.test(text)) continue
    const from = Math.max(0, at - reach)
    const m = titlePattern.exec(text.slice(from, ending.lastIndex))
    if (m) return { m, from }
  }
  return null
}

const numerals: Record<string, string> = { 〇: '0', '○': '0', 零: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
const chineseYear = /[一二][〇○零Ｏ][〇○零Ｏ一二三四五六七八九]{2}(?=\s*年)/g
const fullWidthDigit = /[０-９]/g

/**
 * Years in Chinese numerals (二〇二四年) and full-width digits as ASCII digits, one for one: the
 * patterns read them as they read 2024年, and a match stands where it stands in the text.
 */
function arabicYears(text: string): string {
  return text.replace(fullWidthDigit, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(chineseYear, (y) => y.replace(/./g, (c) => numerals[c]!))
}

// 12月31日, however its numbers are written.
const yearEnd = /(?:12|１２|十二)\s*月\s*(?:31|３１|三十一)\s*日/

/** Whether a text may write a year otherwise than in ASCII digits (二〇二四, 二零二四, ２０２４). */
function otherDigits(text: string): boolean {
  return text.includes('〇') || text.includes('○') || text.includes('Ｏ') || text.includes('二零') || text.includes('２０')
}

/** A statement of the period with its dates in Chinese numerals (一月一日至十二月三十一日) in digits. */
function arabicDates(text: string): string {
  return arabicYears(text)
    .replace(/十二(?=\s*月)/g, '12')
    .replace(/三十一(?=\s*日)/g, '31')
    .replace(/一(?=\s*[月日])/g, '1')
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
  // Most reports write their years in ASCII digits: their text is read as it is. Only where a
  // year may be written otherwise before the title found that way (or no title was found) is
  // the text read again with its years in digits: a title 二〇二四年… stands before a preamble
  // that names the report again with 2024.
  let digits = joined
  let found = findTitle(joined)
  if (otherDigits(found ? joined.slice(0, found.from + found.m.index) : joined)) {
    digits = arabicYears(joined)
    found = findTitle(digits) ?? found
  }
  if (found) {
    const { m, from } = found
    const organ = (m[1]!.replace(organNoise, '').trim() || m[3]!.trim()).replace(/\s+/g, '')
    meta.year = Number(m[2])
    if (organ) meta.organ = organ
    // The title as printed, its year as the report wrote it.
    const title = joined.slice(from + m.index, from + m.index + m[0].length)
    meta.title = title.replace(organNoise, '').replace(/\s+/g, '')
  }
  // The period is stated as …年1月1日至12月31日: look only at the lines that hold a 12月31日.
  let p: RegExpExecArray | null = null
  for (let i = 0; i < doc.lines.length && i < 60 && !p; i++) {
    // Only a line with a 日 can hold the date: most lines are passed over without joining them.
    if (!hasDay(doc.lines[i]!)) continue
    const line = lineText(doc.lines[i]!)
    if (!/12\s*月\s*31\s*日/.test(line) && !((line.includes('十二') || line.includes('１２')) && yearEnd.test(line))) continue
    const both = (i > 0 ? lineText(doc.lines[i - 1]!) : '') + line
    p = periodPattern.exec(both)
    if (!p && (otherDigits(both) || both.includes('十二'))) p = periodPattern.exec(arabicDates(both))
  }
  if (p) {
    meta.period = { start: `${p[1]}-01-01`, end: `${p[2] ?? p[1]}-12-31` }
    meta.year ??= Number(p[1])
  }
  if (meta.year === undefined) {
    const y = /((?:19|20)\d{2})\s*年/.exec(digits)
    if (y) meta.year = Number(y[1])
  }
  return meta
}
