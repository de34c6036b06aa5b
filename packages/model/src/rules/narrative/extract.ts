import { tableTemplate } from '../../templates/formats.ts'
import type { CellKey, Report, SectionId } from '../../types.ts'
import { numberSource, readNumber } from './numerals.ts'

/** A figure the prose states, with where it stands in its section's text. */
export interface StatedFigure {
  section: SectionId
  /** Range in the section's `text`, end exclusive. */
  start: number
  end: number
  /** The words as written, e.g. `收到政府信息公开申请 34 件`. */
  quote: string
  value: number
}

/** A count the prose gives for something a table holds: the cells it must equal the sum of. */
export interface TableFigure extends StatedFigure {
  kind: 'table'
  subject: { zh: string; en: string }
  cells: CellKey[]
  /**
   * Other cells whose sum the figure may state as well, as reports word it: `受理申请 N 件` often
   * counts the applications carried over from last year with the new ones (`新收` never does).
   */
  alternatives: CellKey[][]
}

/** A total and its listed parts: `共 70 条，其中 39 条、12 条…`. */
export interface PartsFigure extends StatedFigure {
  kind: 'parts'
  unit: string
  parts: StatedFigure[]
  /** The parts were announced as the whole breakdown (`分别为`), not a selection (`其中`). */
  exhaustive: boolean
}

/** A statement that something did not happen: `未收到政府信息公开申请`, `未发生行政复议`. */
export interface NoneStatement extends Omit<StatedFigure, 'value'> {
  kind: 'none'
  subject: { zh: string; en: string }
  cells: CellKey[]
}

/** What the prose says about fees for handling applications (信息处理费). */
export interface FeeStatement extends Omit<StatedFigure, 'value'> {
  kind: 'fee'
  /** Yuan; 0 for `未收取`. */
  value: number
}

export type Statement = TableFigure | PartsFigure | NoneStatement | FeeStatement

const N = `(${numberSource})`
// Between a keyword and its figure: a few words, no clause break, no other figure.
const gap = (n: number) => `[^，,。；;：:\\d０-９]{0,${n}}?`

interface Pattern {
  re: RegExp
  subject: { zh: string; en: string }
  cells: (report: Report) => CellKey[]
  alternatives?: CellKey[][]
}

const total = (row: string): CellKey => `applications/${row}/total`
// Applications received or accepted, counted with those carried over from last year.
const withCarriedOver = [[total('newReceived'), total('carriedOver')]]
const rowsOfGroup = (report: Report, group: string): CellKey[] =>
  tableTemplate('applications', report.tables.applications.format)
    .rows.filter((r) => r.group === group || r.key === group)
    .map((r) => total(r.key))

// Each names one count of table 三 or 四. Words that would make the count something else
// (consultations, calls, suggestions) are excluded by `unrelated` below.
const patterns: Pattern[] = [
  { re: new RegExp(`(?:收到|受理|新收|接收)${gap(14)}申请${gap(4)}${N}\\s*件`, 'g'), subject: { zh: '本年新收申请', en: 'applications received' }, cells: () => [total('newReceived')], alternatives: withCarriedOver },
  { re: new RegExp(`(?:收到|受理|新收|接收)${gap(4)}${N}\\s*件(?:政府信息公开|依申请公开)?申请`, 'g'), subject: { zh: '本年新收申请', en: 'applications received' }, cells: () => [total('newReceived')], alternatives: withCarriedOver },
  { re: new RegExp(`上年结转${gap(14)}${N}\\s*件`, 'g'), subject: { zh: '上年结转申请', en: 'applications carried over' }, cells: () => [total('carriedOver')] },
  { re: new RegExp(`(?:结转下一?年度?|转下一?年度?)${gap(10)}${N}\\s*件`, 'g'), subject: { zh: '结转下年度申请', en: 'applications carried forward' }, cells: () => [total('carriedForward')] },
  { re: new RegExp(`办结${gap(8)}申请${gap(2)}${N}\\s*件`, 'g'), subject: { zh: '办结申请', en: 'applications handled' }, cells: () => [total('totalHandled')] },
  { re: new RegExp(`办结${gap(2)}${N}\\s*件`, 'g'), subject: { zh: '办结申请', en: 'applications handled' }, cells: () => [total('totalHandled')] },
  { re: new RegExp(`${N}\\s*件${gap(4)}结转下一?年度`, 'g'), subject: { zh: '结转下年度申请', en: 'applications carried forward' }, cells: () => [total('carriedForward')] },
  { re: new RegExp(`(?:予以公开|同意公开)${gap(6)}${N}\\s*件`, 'g'), subject: { zh: '予以公开', en: 'granted' }, cells: () => [total('granted')] },
  { re: new RegExp(`部分公开${gap(6)}${N}\\s*件`, 'g'), subject: { zh: '部分公开', en: 'partially granted' }, cells: () => [total('partiallyGranted')] },
  { re: new RegExp(`不予公开${gap(6)}${N}\\s*件`, 'g'), subject: { zh: '不予公开', en: 'denied' }, cells: (r) => rowsOfGroup(r, 'denied') },
  { re: new RegExp(`无法提供${gap(6)}${N}\\s*件`, 'g'), subject: { zh: '无法提供', en: 'unavailable' }, cells: (r) => rowsOfGroup(r, 'unavailable') },
  { re: new RegExp(`不予处理${gap(6)}${N}\\s*件`, 'g'), subject: { zh: '不予处理', en: 'not processed' }, cells: (r) => rowsOfGroup(r, 'notProcessed') },
  { re: new RegExp(`其他处理${gap(6)}${N}\\s*件`, 'g'), subject: { zh: '其他处理', en: 'other handling' }, cells: (r) => rowsOfGroup(r, 'otherHandling') },
  { re: new RegExp(`行政复议${gap(8)}${N}\\s*(?:件|起|宗)`, 'g'), subject: { zh: '行政复议', en: 'administrative reviews' }, cells: () => ['reviewLitigation/review/total'] },
  {
    re: new RegExp(`行政诉讼${gap(8)}${N}\\s*(?:件|起|宗)`, 'g'),
    subject: { zh: '行政诉讼', en: 'lawsuits' },
    cells: () => ['reviewLitigation/litigationDirect/total', 'reviewLitigation/litigationAfterReview/total'],
  },
]

const unrelated = /咨询|来电|来信|来访|电话|留言|建议|提案|人次|网民|信访|浏览|点击|访问|培训|会议|通知/

/** Sentences of a section, as ranges, with line breaks inside sentences kept as spaces. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const c = text[i]
    // `…70 条。其中 39 条…`: a breakdown that starts a new sentence still belongs to the total.
    if (c === '。' && text.startsWith('其中', i + 1)) continue
    if (i === text.length || c === '。' || c === '；' || c === ';' || c === '！' || c === '？' || (c === '\n' && /[。；：:！？]$/.test(text.slice(0, i)))) {
      if (i > start) out.push([start, i])
      start = i + 1
    }
  }
  return out
}

/**
 * Every figure the prose states that the rules can check, read with precision first: a figure
 * in a sentence about another year, or about consultations and the like, is left alone.
 */
export function extractStatements(report: Report): Statement[] {
  const out: Statement[] = []
  const year = report.meta.year
  for (const [id, section] of Object.entries(report.sections)) {
    if (!section) continue
    const sid = id as SectionId
    const text = section.text.replace(/\n/g, ' ')
    for (const [s, e] of sentences(section.text)) {
      const sentence = text.slice(s, e)
      const years = [...sentence.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]))
      if (year !== undefined && years.some((y) => y !== year)) continue
      if (sid !== 'problems') {
        for (const p of patterns) {
          p.re.lastIndex = 0
          for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
            if (unrelated.test(m[0])) continue
            const value = readNumber(m[1]!)
            if (value === undefined) continue
            out.push({ kind: 'table', section: sid, start: s + m.index, end: s + m.index + m[0].length, quote: m[0], value, subject: p.subject, cells: p.cells(report), alternatives: m[0].includes('新收') ? [] : (p.alternatives ?? []) })
          }
        }
        readParts(sentence, s, sid, out)
        readNone(sentence, s, sid, out)
      }
      readFees(sentence, s, sid, out)
    }
  }
  return out
}

const partsHead = new RegExp(`(?:共|累计|总计|合计|全年)${gap(12)}${N}\\s*(条|件|个|篇|项)[，,：:。]?\\s*(其中|分别为|分别是|包括)`, 'g')

function readParts(sentence: string, offset: number, section: SectionId, out: Statement[]): void {
  partsHead.lastIndex = 0
  const m = partsHead.exec(sentence)
  if (!m) return
  const value = readNumber(m[1]!)
  const unit = m[2]!
  if (value === undefined) return
  const rest = sentence.slice(m.index + m[0].length)
  const partRe = new RegExp(`([^，,、；\\d０-９]{0,16}?)${N}\\s*${unit}`, 'g')
  const parts: StatedFigure[] = []
  for (let p = partRe.exec(rest); p; p = partRe.exec(rest)) {
    const v = readNumber(p[2]!)
    if (v === undefined) continue
    const at = offset + m.index + m[0].length + p.index
    parts.push({ section, start: at, end: at + p[0].length, quote: p[0].trim(), value: v })
  }
  if (parts.length < 2) return
  out.push({
    kind: 'parts',
    section,
    start: offset + m.index,
    end: parts[parts.length - 1]!.end,
    quote: sentence.slice(m.index, parts[parts.length - 1]!.end - offset),
    value,
    unit,
    parts,
    exhaustive: m[3] !== '其中' && m[3] !== '包括',
  })
}

const noneReceived = /(?:未|没有)(?:收到|受理|接到)[^，,。；]{0,12}?申请/g
const noneReview = /(?:未|没有)(?:发生|产生|出现|收到)[^。；]{0,24}?(行政复议)/g
const noneLitigation = /(?:未|没有)(?:发生|产生|出现|收到)[^。；]{0,30}?(诉讼)/g

function readNone(sentence: string, offset: number, section: SectionId, out: Statement[]): void {
  const add = (re: RegExp, subject: { zh: string; en: string }, cells: CellKey[]) => {
    re.lastIndex = 0
    const m = re.exec(sentence)
    if (!m) return
    out.push({ kind: 'none', section, start: offset + m.index, end: offset + m.index + m[0].length, quote: m[0], subject, cells })
  }
  add(noneReceived, { zh: '政府信息公开申请', en: 'applications' }, ['applications/newReceived/total'])
  add(noneReview, { zh: '行政复议', en: 'administrative reviews' }, ['reviewLitigation/review/total'])
  add(noneLitigation, { zh: '行政诉讼', en: 'lawsuits' }, ['reviewLitigation/litigationDirect/total', 'reviewLitigation/litigationAfterReview/total'])
}

const feeAmount = new RegExp(`(?:信息处理费|处理费)${gap(12)}${N}\\s*(万元|元)`, 'g')
const feeNone = /(?:未|没有|无|不)(?:收取|产生|发生)[^。；]{0,10}?(?:信息处理费|处理费)|(?:信息处理费|处理费)[^。；，]{0,8}?(?:为零|为0元|0元|零元)|无(?:收取)?(?:政府信息公开)?信息处理费/g

function readFees(sentence: string, offset: number, section: SectionId, out: Statement[]): void {
  feeNone.lastIndex = 0
  const none = feeNone.exec(sentence)
  if (none) {
    out.push({ kind: 'fee', section, start: offset + none.index, end: offset + none.index + none[0].length, quote: none[0], value: 0 })
    return
  }
  feeAmount.lastIndex = 0
  const m = feeAmount.exec(sentence)
  if (!m) return
  const v = readNumber(m[1]!)
  if (v === undefined) return
  out.push({ kind: 'fee', section, start: offset + m.index, end: offset + m.index + m[0].length, quote: m[0], value: m[2] === '万元' ? v * 10000 : v })
}
