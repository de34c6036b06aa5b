import { Token, TokenizerMode, html as parse5Html } from 'parse5'
import type { TokenHandler } from 'parse5'
import { readDoctype } from './doctype.ts'
import { NeedsFullTokenizer, readReference } from './references.ts'
import type { Reference } from './references.ts'
import { AMP, APOS, EQ, GT, LT, QUOTE, SLASH, asciiLower, isLetter, isSpace, location, normalizeNewlines, startsWithLower } from './scan.ts'

export { NeedsFullTokenizer } from './references.ts'

const { TokenType } = Token
const CHARACTER = TokenType.CHARACTER
const WHITESPACE = TokenType.WHITESPACE_CHARACTER
const NONE = -1

type TagType = typeof TokenType.START_TAG | typeof TokenType.END_TAG

/**
 * An HTML tokenizer for whole strings that hands parse5's tree construction the tokens parse5's
 * own tokenizer would: the same tags, attributes, text split into the same runs of white space and
 * other characters, and the same source offsets (lines and columns are left 0). It scans with
 * `indexOf` and plain loops where parse5 steps one code point at a time through its state machine,
 * which is what a page's read costs; tree construction stays parse5's. Comments are passed on
 * without their text, which no reader looks at.
 *
 * The parser switches its `state` (RCDATA after `<title>`, RAWTEXT after `<style>`, …) and sets
 * `inForeignNode` as it builds the tree, as it does for parse5's tokenizer.
 */
export class FastTokenizer {
  state: number = TokenizerMode.DATA
  inForeignNode = false
  lastStartTagName = ''
  #pendingType: number = NONE
  #pendingChars = ''
  #pendingStart = 0
  // Start of a tag the input ended inside: dropped, and text before it ends there.
  #dropped = -1
  // End of the last tag, comment or doctype: where parse5 starts the text that follows, even past a `</>`.
  #lastEnd = 0
  readonly #ref: Reference = { value: '', end: 0 }

  constructor(
    readonly html: string,
    readonly handler: TokenHandler,
  ) {}

  run(): void {
    const html = this.html
    const n = html.length
    if (html.indexOf('\0') !== -1) throw new NeedsFullTokenizer('NUL in input')
    let i = 0
    while (i < n) {
      switch (this.state) {
        case TokenizerMode.DATA:
          i = this.#data(i)
          break
        case TokenizerMode.RCDATA:
          i = this.#rawText(i, true)
          break
        case TokenizerMode.RAWTEXT:
          i = this.#rawText(i, false)
          break
        case TokenizerMode.SCRIPT_DATA:
          i = this.#script(i)
          break
        case TokenizerMode.PLAINTEXT:
          this.#text(i, n, false)
          i = n
          break
        default:
          throw new NeedsFullTokenizer(`tokenizer state ${this.state}`)
      }
    }
    this.#flush(this.#dropped >= 0 ? this.#dropped : n)
    this.handler.onEof({ type: TokenType.EOF, location: location(n, n) })
  }

  // Text ---------------------------------------------------------------------------------------

  #chars(type: number, chars: string, start: number): void {
    if (this.#pendingType === type) {
      this.#pendingChars += chars
      return
    }
    if (this.#pendingType === NONE) start = this.#lastEnd
    else this.#flush(start)
    this.#pendingType = type
    this.#pendingChars = chars
    this.#pendingStart = start
  }

  /** Hand over the pending run of text, which ends where the next token starts. */
  #flush(end: number): void {
    const type = this.#pendingType
    if (type === NONE) return
    this.#pendingType = NONE
    const token = { type, chars: this.#pendingChars, location: location(this.#pendingStart, end) } as Token.CharacterToken
    if (type === WHITESPACE) this.handler.onWhitespaceCharacter(token)
    else this.handler.onCharacter(token)
  }

  /** `html[from, to)` as text, in runs of white space and of other characters. */
  #text(from: number, to: number, references: boolean): void {
    const html = this.html
    let j = from
    while (j < to) {
      const c = html.charCodeAt(j)
      let k = j + 1
      if (isSpace(c)) {
        while (k < to && isSpace(html.charCodeAt(k))) k++
        this.#chars(WHITESPACE, normalizeNewlines(html.slice(j, k)), j)
      } else if (c === AMP && references) {
        const ref = this.#ref
        if (!readReference(html, j, false, ref)) this.#chars(CHARACTER, '&', j)
        else {
          k = ref.end
          // parse5 starts a run that a reference begins at the reference's last character.
          this.#chars(ref.value.length === 1 && isSpace(ref.value.charCodeAt(0)) ? WHITESPACE : CHARACTER, ref.value, k - 1)
        }
      } else {
        while (k < to) {
          const d = html.charCodeAt(k)
          if (d <= AMP && ((d === AMP && references) || isSpace(d))) break
          k++
        }
        this.#chars(CHARACTER, html.slice(j, k), j)
      }
      j = k
    }
  }

  // Data ---------------------------------------------------------------------------------------

  #data(i: number): number {
    const html = this.html
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      this.#text(i, html.length, true)
      return html.length
    }
    if (lt > i) this.#text(i, lt, true)
    return this.#markup(lt)
  }

  /** What starts with the `<` at `p`. */
  #markup(p: number): number {
    const html = this.html
    const n = html.length
    if (p + 1 >= n) {
      this.#chars(CHARACTER, '<', p)
      return n
    }
    const c = html.charCodeAt(p + 1)
    if (isLetter(c)) return this.#tag(p, p + 1, TokenType.START_TAG)
    if (c === SLASH) {
      if (p + 2 >= n) {
        this.#chars(CHARACTER, '</', p)
        return n
      }
      const d = html.charCodeAt(p + 2)
      if (isLetter(d)) return this.#tag(p, p + 2, TokenType.END_TAG)
      // `</>` is nothing at all, not even a break in the text.
      if (d === GT) return p + 3
      return this.#bogusComment(p, p + 2)
    }
    if (c === 0x21) {
      if (html.startsWith('--', p + 2)) return this.#comment(p)
      if (startsWithLower(html, 'doctype', p + 2)) return this.#doctype(p)
      if (html.startsWith('[CDATA[', p + 2) && this.inForeignNode) throw new NeedsFullTokenizer('CDATA section')
      return this.#bogusComment(p, p + 2)
    }
    if (c === 0x3f) return this.#bogusComment(p, p + 1)
    this.#chars(CHARACTER, '<', p)
    return p + 1
  }

  #comment(p: number): number {
    const html = this.html
    const body = p + 4
    let end: number
    if (html.charCodeAt(body) === GT) end = body + 1
    else if (html.startsWith('->', body)) end = body + 2
    else {
      // Cut short by the end of the input, it ends one past it, as parse5's does.
      end = html.length + 1
      for (let k = html.indexOf('--', body); k !== -1; k = html.indexOf('--', k + 1)) {
        const c = html.charCodeAt(k + 2)
        if (c === GT) {
          end = k + 3
          break
        }
        if (c === 0x21 && html.charCodeAt(k + 3) === GT) {
          end = k + 4
          break
        }
      }
    }
    this.#emitComment(p, end)
    return Math.min(end, html.length)
  }

  #bogusComment(p: number, from: number): number {
    const gt = this.html.indexOf('>', from)
    this.#emitComment(p, gt === -1 ? this.html.length + 1 : gt + 1)
    return gt === -1 ? this.html.length : gt + 1
  }

  #emitComment(start: number, end: number): void {
    this.#flush(start)
    this.#lastEnd = Math.min(end, this.html.length)
    this.handler.onComment({ type: TokenType.COMMENT, data: '', location: location(start, end) })
  }

  // Tags ---------------------------------------------------------------------------------------

  #tag(p: number, nameStart: number, type: TagType): number {
    const html = this.html
    const n = html.length
    let k = nameStart
    while (k < n) {
      const c = html.charCodeAt(k)
      if (c === GT || c === SLASH || isSpace(c)) break
      k++
    }
    if (k >= n) return this.#drop(p)
    const token: Token.TagToken = {
      type,
      tagName: asciiLower(html.slice(nameStart, k)),
      tagID: parse5Html.TAG_ID.UNKNOWN,
      selfClosing: false,
      ackSelfClosing: false,
      attrs: [],
      location: null,
    }
    return this.#finishTag(p, token, k)
  }

  /** Attributes from `k` to the `>`, then the tag goes to the parser. */
  #finishTag(p: number, token: Token.TagToken, k: number): number {
    const end = this.#attributes(token, k)
    if (end < 0) return this.#drop(p)
    token.location = location(p, end)
    token.tagID = parse5Html.getTagID(token.tagName)
    this.#flush(p)
    this.#lastEnd = end
    this.state = TokenizerMode.DATA
    if (token.type === TokenType.START_TAG) {
      this.lastStartTagName = token.tagName
      this.handler.onStartTag(token)
    } else this.handler.onEndTag(token)
    return end
  }

  #drop(p: number): number {
    this.#dropped = p
    return this.html.length
  }

  /** The attributes of a tag from `k`; the offset after its `>`, or -1 where the input ends first. */
  #attributes(token: Token.TagToken, k: number): number {
    const html = this.html
    const n = html.length
    const attrs = token.attrs
    let names: Set<string> | undefined
    for (;;) {
      while (k < n && isSpace(html.charCodeAt(k))) k++
      if (k >= n) return -1
      let c = html.charCodeAt(k)
      if (c === GT) return k + 1
      if (c === SLASH) {
        k++
        if (k >= n) return -1
        if (html.charCodeAt(k) === GT) {
          token.selfClosing = true
          return k + 1
        }
        continue
      }
      // A name; a leading `=` is part of it.
      const nameStart = k
      k++
      while (k < n) {
        c = html.charCodeAt(k)
        if (c === EQ || c === GT || c === SLASH || isSpace(c)) break
        k++
      }
      if (k >= n) return -1
      const attr = { name: asciiLower(html.slice(nameStart, k)), value: '' }
      let duplicate: boolean
      if (names) duplicate = names.has(attr.name)
      else {
        duplicate = false
        for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === attr.name) duplicate = true
        if (attrs.length >= 32) names = new Set(attrs.map((a) => a.name))
      }
      // The first of two attributes of one name wins.
      if (!duplicate) {
        attrs.push(attr)
        names?.add(attr.name)
      }
      while (k < n && isSpace(html.charCodeAt(k))) k++
      if (k >= n) return -1
      if (html.charCodeAt(k) !== EQ) continue
      k++
      while (k < n && isSpace(html.charCodeAt(k))) k++
      if (k >= n) return -1
      c = html.charCodeAt(k)
      if (c === QUOTE || c === APOS) {
        const close = html.indexOf(c === QUOTE ? '"' : "'", k + 1)
        if (close === -1) return -1
        attr.value = this.#attributeValue(k + 1, close)
        k = close + 1
      } else if (c !== GT) {
        const from = k
        while (k < n) {
          c = html.charCodeAt(k)
          if (c === GT || isSpace(c)) break
          k++
        }
        if (k >= n) return -1
        attr.value = this.#attributeValue(from, k)
      }
    }
  }

  #attributeValue(from: number, to: number): string {
    const html = this.html
    const value = html.slice(from, to)
    if (value.indexOf('&') === -1) return normalizeNewlines(value)
    let out = ''
    let run = from
    const ref = this.#ref
    for (let k = value.indexOf('&') + from; k !== -1 && k < to; k = html.indexOf('&', k)) {
      if (!readReference(html, k, true, ref)) {
        k++
        continue
      }
      // A CR the page spells as `&#13;` stays a CR.
      out += normalizeNewlines(html.slice(run, k)) + ref.value
      k = run = ref.end
    }
    return out + normalizeNewlines(html.slice(run, to))
  }

  // Raw text -----------------------------------------------------------------------------------

  /** Whether `</` before `at` starts the end tag of the element whose text this is. */
  #isEndTag(at: number): boolean {
    const name = this.lastStartTagName
    if (!startsWithLower(this.html, name, at)) return false
    const c = this.html.charCodeAt(at + name.length)
    return c === GT || c === SLASH || isSpace(c)
  }

  #endTag(lt: number): number {
    const name = this.lastStartTagName
    const token: Token.TagToken = { type: TokenType.END_TAG, tagName: name, tagID: parse5Html.TAG_ID.UNKNOWN, selfClosing: false, ackSelfClosing: false, attrs: [], location: null }
    return this.#finishTag(lt, token, lt + 2 + name.length)
  }

  /** The text of a `<title>` or `<textarea>` (with references) or a `<style>`, `<xmp>`, … */
  #rawText(i: number, references: boolean): number {
    const html = this.html
    for (let k = i; ; ) {
      const lt = html.indexOf('</', k)
      if (lt === -1) {
        this.#text(i, html.length, references)
        return html.length
      }
      if (this.#isEndTag(lt + 2)) {
        this.#text(i, lt, references)
        return this.#endTag(lt)
      }
      k = lt + 2
    }
  }

  /**
   * A script's text ends at `</script>`, except inside `<!--` … `<script>` … `-->`, where old pages
   * hide markup from old browsers and the standard keeps reading.
   */
  #script(i: number): number {
    const html = this.html
    const n = html.length
    let s = Script.Data
    let k = i
    let from = i
    while (k < n) {
      const c = html.charCodeAt(k)
      switch (s) {
        case Script.Data:
          if (c === LT) {
            const d = html.charCodeAt(k + 1)
            if (d === SLASH) {
              if (this.#isEndTag(k + 2)) return this.#scriptEnd(from, k)
              k += 2
              continue
            }
            if (d === 0x21) {
              // parse5 starts the run of text `<!` begins at the `!`.
              this.#text(from, k, false)
              this.#chars(CHARACTER, '<!', k + 1)
              from = k + 2
              s = Script.EscapeStart
              k += 2
              continue
            }
          }
          k++
          continue
        case Script.EscapeStart:
        case Script.EscapeStartDash:
          if (c === 0x2d) {
            s = s === Script.EscapeStart ? Script.EscapeStartDash : Script.EscapedDashDash
            k++
          } else s = Script.Data
          continue
        case Script.Escaped:
        case Script.EscapedDash:
        case Script.EscapedDashDash:
          if (c === 0x2d) s = s === Script.Escaped ? Script.EscapedDash : Script.EscapedDashDash
          else if (c === LT) s = Script.EscapedLt
          else if (c === GT && s === Script.EscapedDashDash) s = Script.Data
          else s = Script.Escaped
          k++
          continue
        case Script.EscapedLt:
          if (c === SLASH) {
            if (this.#isEndTag(k + 1)) return this.#scriptEnd(from, k - 1)
            s = Script.Escaped
            k++
          } else if (isLetter(c) && this.#isScriptWord(k)) {
            s = Script.DoubleEscaped
            k += 6
          } else s = Script.Escaped
          continue
        case Script.DoubleEscaped:
        case Script.DoubleEscapedDash:
        case Script.DoubleEscapedDashDash:
          if (c === 0x2d) s = s === Script.DoubleEscaped ? Script.DoubleEscapedDash : Script.DoubleEscapedDashDash
          else if (c === LT) s = Script.DoubleEscapedLt
          else if (c === GT && s === Script.DoubleEscapedDashDash) s = Script.Data
          else s = Script.DoubleEscaped
          k++
          continue
        case Script.DoubleEscapedLt:
          if (c === SLASH && this.#isScriptWord(k + 1)) {
            s = Script.Escaped
            k += 7
          } else {
            s = Script.DoubleEscaped
            if (c === SLASH) k++
          }
          continue
      }
    }
    this.#text(from, n, false)
    return n
  }

  #isScriptWord(at: number): boolean {
    if (!startsWithLower(this.html, 'script', at)) return false
    const c = this.html.charCodeAt(at + 6)
    return c === GT || c === SLASH || isSpace(c)
  }

  #scriptEnd(i: number, lt: number): number {
    this.#text(i, lt, false)
    return this.#endTag(lt)
  }

  // Doctype ------------------------------------------------------------------------------------

  #doctype(p: number): number {
    const { token, next } = readDoctype(this.html, p)
    this.#flush(p)
    this.#lastEnd = next
    this.handler.onDoctype(token)
    return next
  }
}

const enum Script {
  Data,
  EscapeStart,
  EscapeStartDash,
  Escaped,
  EscapedDash,
  EscapedDashDash,
  EscapedLt,
  DoubleEscaped,
  DoubleEscapedDash,
  DoubleEscapedDashDash,
  DoubleEscapedLt,
}
