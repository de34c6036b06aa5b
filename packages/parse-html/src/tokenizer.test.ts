import fc from 'fast-check'
import { Parser, Token, parseFragment } from 'parse5'
import type { DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'
import { buildLeanTree } from './builder.ts'
import { legacyReferences, namedReferences } from './entities.ts'
import type { LeanNode } from './lean.ts'
import { FastTokenizer, NeedsFullTokenizer } from './tokenizer.ts'

type Handler = 'onCharacter' | 'onWhitespaceCharacter' | 'onNullCharacter' | 'onStartTag' | 'onEndTag' | 'onComment' | 'onDoctype' | 'onEof'
const handlers: Handler[] = ['onCharacter', 'onWhitespaceCharacter', 'onNullCharacter', 'onStartTag', 'onEndTag', 'onComment', 'onDoctype', 'onEof']

function describeToken(t: Token.Token): string {
  const at = t.location ? `@${t.location.startOffset}-${t.location.endOffset}` : '@-'
  switch (t.type) {
    case Token.TokenType.START_TAG:
    case Token.TokenType.END_TAG:
      return `${t.type} ${t.tagName}${t.selfClosing ? '/' : ''} ${t.attrs.map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ')} ${at}`
    case Token.TokenType.DOCTYPE:
      return `doctype ${t.name} ${t.publicId} ${t.systemId} ${t.forceQuirks} ${at}`
    case Token.TokenType.COMMENT:
      return `comment ${at}`
    case Token.TokenType.EOF:
      return `eof ${at}`
    default:
      return `${t.type} ${JSON.stringify(t.chars)} ${at}`
  }
}

/**
 * The tokens parse5's tree construction receives, from parse5's tokenizer or from the fast one,
 * as the parser's state switches (raw text after `<script>`, foreign content) steer either.
 */
function tokens(html: string, fast: boolean): string[] {
  const parser = new Parser<DefaultTreeAdapterMap>({ sourceCodeLocationInfo: true })
  const seen: string[] = []
  const p = parser as unknown as Record<Handler, (t: Token.Token) => void>
  for (const h of handlers) {
    const handle = p[h].bind(parser)
    p[h] = (t) => {
      seen.push(describeToken(t))
      handle(t)
    }
  }
  if (fast) {
    const tokenizer = new FastTokenizer(html, parser)
    parser.tokenizer = tokenizer as unknown as typeof parser.tokenizer
    tokenizer.run()
  } else parser.tokenizer.write(html, true)
  return seen
}

/** Whether the fast tokenizer reads `html` itself, or leaves it to parse5's. */
function readsItself(html: string): boolean {
  try {
    tokens(html, true)
    return true
  } catch (e) {
    if (e instanceof NeedsFullTokenizer) return false
    throw e
  }
}

function expectSameTokens(html: string) {
  if (readsItself(html)) expect(tokens(html, true)).toEqual(tokens(html, false))
}

function shape(n: LeanNode): unknown {
  switch (n.kind) {
    case 1:
      return [n.tagName, n.attrs, n.start, n.end, n.children.map(shape)]
    case 2:
      return [n.value, n.start, n.end]
    case 3:
      return 'comment'
    default:
      return n.children.map(shape)
  }
}

// Pieces of markup where tokenizers go wrong: raw text and its end tags, script escapes, comments
// and their odd endings, references with and without semicolons, CR LF, tags cut off by the end.
const atoms = [
  '<', '>', '/', '!', '-', '--', '&', '#', ';', '=', '"', "'", ' ', '\n', '\r', '\r\n', '\t', '\f', 'a', 'b', 'x', 'X', '1', '9', 'F',
  'script', 'SCRIPT', 'title', 'textarea', 'style', 'xmp', 'plaintext', 'noscript', 'iframe', 'amp', 'lt', 'nbsp', 'copy', 'not',
  'DOCTYPE', 'doctype', 'PUBLIC', 'SYSTEM', 'html', '<!--', '-->', '<!', '</', '<script>', '</script>', '<title>', '</title>',
  '<textarea>', '<pre>', '<svg>', '<math>', '</svg>', '<table>', '<td>', '<tr>', '<p>', '<b>', '</p>', '中', '😀', '?', '[CDATA[',
  ']]>', '&#', '&#x', 'e9', '150', '65', '32', '10', '<td class=a class=b colspan="2">', '<a href="?a=1&copy=2&amp;b">',
]
const markup = fc.array(fc.constantFrom(...atoms), { maxLength: 40 }).map((a) => a.join(''))

describe('FastTokenizer', () => {
  it('gives parse5 the tokens its own tokenizer would, offsets included', () => {
    fc.assert(fc.property(markup, expectSameTokens), { numRuns: 2000 })
  })

  it('does so on arbitrary strings too', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), expectSameTokens), { numRuns: 500 })
  })

  it.each([
    '<!DOCTYPE html><html><head><title>T &amp; T</title></head><body><p>a</p></body></html>',
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>x<table><tr><td>1</table>',
    '<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<script>if (a < b && c) document.write("</scr" + "ipt>")</script><p>after</p>',
    '<script><!-- document.write("<script></script>") --></script><p>after</p>',
    '<script><!--<script>x</script>--></script>y',
    '<style>p > a { color: red }</style><textarea>\r\n<b>&lt;kept&gt;</b></textarea>',
    '<p>a</>b</p><p>c<!-- x --!>d<!--->e<!-->f</p>',
    '<p>&copy 2024 &notin; &ampx &amp=1 &#150; &#x1F600; &#0; &#xD800; &#99999999;</p>',
    '<a href="?a=1&copy=2&amp;b=3&lang;">x</a>',
    '<table>\r\n<tr>\r\n<td>1\r\n</td>\r\n</tr>\r\n</table>',
    '<p>cut off <b',
    '<p>cut off <!-- in a comment',
    '<pre>\nfirst line</pre><listing>\r\nx</listing>',
  ])('reads %j as parse5 does', (html) => {
    expect(readsItself(html)).toBe(true)
    expectSameTokens(html)
  })

  it('leaves to parse5 what it does not know, and the tree comes out the same', () => {
    for (const html of ['<p>&check; &NotEqualTilde;</p>', '<p>a\0b</p>', '<svg><![CDATA[x<y]]></svg>', '<p>&notit;</p>']) {
      expect(readsItself(html)).toBe(false)
      expect(shape(buildLeanTree(html))).toEqual(shape(buildLeanTree(html, { tokenizer: 'parse5' })))
    }
  })

  it('knows its named references as parse5 does, and which of them need no semicolon', () => {
    const text = (html: string) => (parseFragment(html).childNodes[0] as DefaultTreeAdapterMap['textNode']).value
    // Without one, the longest legacy name the reference starts with is read: `&notin ` is `¬in `.
    const withoutSemicolon = (name: string) => {
      for (let len = name.length; len > 0; len--) {
        const legacy = name.slice(0, len)
        if (legacyReferences.has(legacy)) return `${namedReferences.get(legacy)}${name.slice(len)} `
      }
      return `&${name} `
    }
    for (const [name, value] of namedReferences) {
      expect(text(`&${name};`), name).toBe(value)
      expect(text(`&${name} `), name).toBe(withoutSemicolon(name))
    }
    for (const name of legacyReferences) expect(namedReferences.has(name), name).toBe(true)
  })
})
