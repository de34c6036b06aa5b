import { createDiagnostic, localize } from '../diagnostic.ts'
import type { Diagnostic, Locale, LocalizedText } from '../diagnostic.ts'
import type { Point, Position, Report } from '../types.ts'
import { copyReport } from './validate.ts'

export { validateReport } from './validate.ts'
export type { ValidationIssue } from './validate.ts'

export interface ReadReportJsonOptions {
  /** The input's name (file path, URL, `stdin`), for the diagnostics' `file`. */
  source?: string
  /** The language of the diagnostics' `reason`; Chinese by default. */
  locale?: Locale
}

export interface ReadReportJsonResult {
  /** The report, a fresh copy holding only the model's keys; `null` on any issue. */
  report: Report | null
  diagnostics: Diagnostic[]
}

/** A JSON syntax error found by {@link findJsonSyntaxError}: where, and what, in both languages. */
export interface JsonSyntaxError {
  /** 0-based offset in UTF-16 code units. */
  offset: number
  what: LocalizedText
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

const END: LocalizedText = { zh: '意外的输入结尾', en: 'unexpected end of input' }

/** The character at `i` for a message: printable, JSON-quoted when it is a control character. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i)!
  const ch = String.fromCodePoint(cp)
  return cp < 0x20 ? JSON.stringify(ch).slice(1, -1) : ch
}

/**
 * Where JSON text first breaks the grammar (RFC 8259), or undefined when it is valid JSON.
 * Iterative, so any depth of nesting is fine. Offsets agree with V8's `JSON.parse` positions;
 * it exists because not every engine's message carries a position (`Unexpected end of JSON input`).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length
  const stack: number[] = [] // 0x5b `[` or 0x7b `{`
  type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after'
  let state: State = 'value'
  let i = 0
  const unexpected = (j: number): JsonSyntaxError =>
    j >= n ? { offset: n, what: END } : { offset: j, what: { zh: `意外的字符“${charAt(text, j)}”`, en: `unexpected character '${charAt(text, j)}'` } }

  /** Scan a string starting at the quote at `i`; the offset after it, or an error. */
  const string = (start: number): number | JsonSyntaxError => {
    let j = start + 1
    while (j < n) {
      const c = text.charCodeAt(j)
      if (c === 0x22) return j + 1
      if (c < 0x20) return { offset: j, what: { zh: '字符串中有未转义的控制字符（如换行）', en: 'unescaped control character in a string' } }
      if (c === 0x5c) {
        if (j + 1 >= n) return { offset: n, what: { zh: '字符串没有结束引号', en: 'unterminated string' } }
        const e = text[j + 1]!
        if (e === 'u') {
          for (let k = j + 2; k < j + 6; k++) {
            if (k >= n) return { offset: n, what: { zh: '字符串没有结束引号', en: 'unterminated string' } }
            if (!isHex(text.charCodeAt(k))) return { offset: k, what: { zh: '无效的 \\u 转义', en: 'bad \\u escape' } }
          }
          j += 6
          continue
        }
        if (!'"\\/bfnrt'.includes(e)) return { offset: j + 1, what: { zh: `无效的转义“\\${charAt(text, j + 1)}”`, en: `bad escape '\\${charAt(text, j + 1)}'` } }
        j += 2
        continue
      }
      j++
    }
    return { offset: n, what: { zh: '字符串没有结束引号', en: 'unterminated string' } }
  }

  /** Scan a number starting at `i`; the offset after it, or an error. */
  const number = (start: number): number | JsonSyntaxError => {
    const bad = (j: number): JsonSyntaxError =>
      j >= n ? { offset: n, what: END } : { offset: j, what: { zh: `数字格式不正确（“${charAt(text, j)}”处）`, en: `malformed number at '${charAt(text, j)}'` } }
    let j = start
    if (text.charCodeAt(j) === 0x2d) j++
    if (j >= n || !isDigit(text.charCodeAt(j))) return bad(j)
    if (text.charCodeAt(j) === 0x30) j++
    else while (j < n && isDigit(text.charCodeAt(j))) j++
    if (text.charCodeAt(j) === 0x2e) {
      j++
      if (j >= n || !isDigit(text.charCodeAt(j))) return bad(j)
      while (j < n && isDigit(text.charCodeAt(j))) j++
    }
    const e = text.charCodeAt(j)
    if (e === 0x65 || e === 0x45) {
      j++
      const s = text.charCodeAt(j)
      if (s === 0x2b || s === 0x2d) j++
      if (j >= n || !isDigit(text.charCodeAt(j))) return bad(j)
      while (j < n && isDigit(text.charCodeAt(j))) j++
    }
    return j
  }

  for (;;) {
    while (i < n && isWs(text.charCodeAt(i))) i++
    if (i >= n) return state === 'after' && stack.length === 0 ? undefined : { offset: n, what: END }
    const c = text.charCodeAt(i)
    switch (state) {
      case 'valueOrEnd':
      case 'value': {
        if (state === 'valueOrEnd' && c === 0x5d) {
          stack.pop()
          i++
          state = 'after'
        } else if (c === 0x7b || c === 0x5b) {
          stack.push(c)
          i++
          state = c === 0x7b ? 'keyOrEnd' : 'valueOrEnd'
        } else if (c === 0x22) {
          const r = string(i)
          if (typeof r !== 'number') return r
          i = r
          state = 'after'
        } else if (c === 0x2d || isDigit(c)) {
          const r = number(i)
          if (typeof r !== 'number') return r
          i = r
          state = 'after'
        } else {
          const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined
          if (!word) return unexpected(i)
          for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return unexpected(i + k)
          i += word.length
          state = 'after'
        }
        break
      }
      case 'keyOrEnd':
      case 'key': {
        if (state === 'keyOrEnd' && c === 0x7d) {
          stack.pop()
          i++
          state = 'after'
        } else if (c === 0x22) {
          const r = string(i)
          if (typeof r !== 'number') return r
          i = r
          state = 'colon'
        } else {
          return { offset: i, what: { zh: '此处应为带双引号的属性名', en: 'expected a double-quoted property name' } }
        }
        break
      }
      case 'colon': {
        if (c !== 0x3a) return { offset: i, what: { zh: '属性名后应为冒号“:”', en: "expected ':' after a property name" } }
        i++
        state = 'value'
        break
      }
      case 'after': {
        const top = stack.at(-1)
        if (top === undefined) return { offset: i, what: { zh: 'JSON 结束后还有多余内容', en: 'unexpected content after the JSON value' } }
        const close = top === 0x5b ? 0x5d : 0x7d
        if (c === 0x2c) {
          i++
          state = top === 0x5b ? 'value' : 'key'
        } else if (c === close) {
          stack.pop()
          i++
        } else {
          return top === 0x5b
            ? { offset: i, what: { zh: '数组元素后应为逗号或“]”', en: "expected ',' or ']' after an array element" } }
            : { offset: i, what: { zh: '属性值后应为逗号或“}”', en: "expected ',' or '}' after a property value" } }
        }
        break
      }
    }
  }
}

/** 1-based line and column (UTF-16 code units) of a 0-based offset. */
function pointAt(text: string, offset: number): Point {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, column: offset - start + 1, offset }
}

/** The offset a V8/SpiderMonkey/JSC `JSON.parse` message names, when it names one. */
function offsetInMessage(text: string, message: string): number | undefined {
  const pos = /at position (\d+)/.exec(message)
  if (pos) return Number(pos[1])
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (!lc) return undefined
  let offset = 0
  for (let line = 1; line < Number(lc[1]); line++) {
    const nl = text.indexOf('\n', offset)
    if (nl === -1) return undefined
    offset = nl + 1
  }
  return offset + Number(lc[2]) - 1
}

function syntaxDiagnostic(text: string, bom: number, message: string, file: string | undefined, locale: Locale): Diagnostic {
  const found = findJsonSyntaxError(text)
  const fromMessage = offsetInMessage(text, message)
  // The engine's position wins; the scanner's description goes with it when both agree.
  const offset = fromMessage ?? found?.offset
  const what: LocalizedText =
    found && (fromMessage === undefined || found.offset === fromMessage) ? found.what : { zh: `语法错误（${message}）`, en: message }
  const made = (reason: string, place?: Position): Diagnostic =>
    createDiagnostic({ ruleId: 'json-syntax', source: '@gai/model', severity: 'error', reason, file, place, data: { message } })
  if (offset === undefined) return made(localize({ zh: `不是有效的 JSON：${what.zh}`, en: `Not valid JSON: ${what.en}` }, locale))
  // Positions are in the text as given, BOM included.
  const full = bom ? `\ufeff${text}` : text
  const start = pointAt(full, offset + bom)
  const end = offset + bom < full.length ? { ...start, column: start.column + 1, offset: start.offset + 1 } : { ...start }
  return made(
    localize(
      { zh: `不是有效的 JSON：第 ${start.line} 行第 ${start.column} 列，${what.zh}`, en: `Not valid JSON: ${what.en} at line ${start.line}, column ${start.column}` },
      locale,
    ),
    { start, end },
  )
}

/**
 * Read a report from JSON text: parse, validate against the model, and copy only known keys.
 * Never throws; malformed JSON gives one `json-syntax` error placed at the fault, an invalid
 * document one `json-schema` error per issue with its JSON path in `data.path`, and `report: null`.
 */
export function readReportJson(text: string, options: ReadReportJsonOptions = {}): ReadReportJsonResult {
  const file = options.source
  const locale = options.locale ?? 'zh'
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const body = bom ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (e) {
    return { report: null, diagnostics: [syntaxDiagnostic(body, bom, e instanceof Error ? e.message : String(e), file, locale)] }
  }
  const { report, issues } = copyReport(value)
  if (!report || issues.length > 0) {
    return {
      report: null,
      diagnostics: issues.map((i) =>
        createDiagnostic({
          ruleId: 'json-schema',
          source: '@gai/model',
          severity: 'error',
          reason: localize({ zh: `${i.path}：${i.message.zh}`, en: `${i.path}: ${i.message.en}` }, locale),
          file,
          data: { path: i.path },
        }),
      ),
    }
  }
  return { report, diagnostics: [] }
}
