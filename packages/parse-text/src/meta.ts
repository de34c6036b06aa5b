import type { ReportMeta } from '@gai/model'
import type { SourceDocument } from './document.ts'

const titlePattern = /([^\d。，,：:]{0,40}?)((?:19|20)\d{2})\s*年度?\s*([^\d。，,：:]{0,40}?)政府信息公开(?:工作)?(?:年度)?报告/
const periodPattern = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?(?:至|到|—|-|－)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/

// Crawler preambles put a field name before the title (`标题: …`).
const organNoise = /^(?:标题|题目|名称|当前位置|正文)\s*[:：]?\s*/

/** Organ, year, period and title from the report's first lines and its preamble. */
export function readMeta(doc: SourceDocument): ReportMeta {
  const meta: ReportMeta = {}
  const head = doc.lines
    .slice(0, 14)
    .map((l) => l.cells.map((c) => c.text).join(''))
    .join('\n')
  const joined = head.replace(/\s+/g, '').slice(0, 4000)
  const m = titlePattern.exec(joined)
  if (m) {
    const organ = (m[1]!.replace(organNoise, '').trim() || m[3]!.trim()).replace(/\s+/g, '')
    meta.year = Number(m[2])
    if (organ) meta.organ = organ
    meta.title = m[0].replace(organNoise, '').replace(/\s+/g, '')
  }
  // The period is stated as …年1月1日至12月31日: look only at the lines that hold a 12月31日.
  let p: RegExpExecArray | null = null
  for (let i = 0; i < doc.lines.length && i < 60 && !p; i++) {
    const here = doc.lines[i]!.cells.map((c) => c.text).join('')
    if (!/12\s*月\s*31\s*日/.test(here)) continue
    const before = i > 0 ? doc.lines[i - 1]!.cells.map((c) => c.text).join('') : ''
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
