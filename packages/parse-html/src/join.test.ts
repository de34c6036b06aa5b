import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { TextJoiner, collapseSpace, trimmedLength } from './join.ts'
import { propertyRuns } from '@gai/model/arbitraries'

// The rule as regular expressions say it; TextJoiner does the same in one pass without them.
function reference(pieces: string[]): string {
  const cjk = /[\u3400-\u9fff\uff00-\uffef（）、，。：；“”]/
  let out = ''
  for (const p of pieces) {
    const t = p.replace(/[\s\u00a0]+/g, ' ')
    if (t.trim() === '') {
      if (out && !out.endsWith(' ')) out += ' '
      continue
    }
    if (out.endsWith(' ') && cjk.test(out[out.length - 2] ?? '') && cjk.test(t.trimStart()[0] ?? '')) out = out.slice(0, -1)
    out += out === '' ? t.trimStart() : t
  }
  return out.replace(/([\u3400-\u9fff（）、，。：；]) (?=[\u3400-\u9fff（）、，。：；])/g, '$1').trim()
}

const piece = fc.array(fc.constantFrom('中', '文', 'a', '1', '１', '（', '）', '、', '，', '。', '：', '“', '”', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2003', '\ufeff', '\r\n'), { maxLength: 6 }).map((a) => a.join(''))

describe('TextJoiner', () => {
  it.prop([fc.array(fc.oneof(piece, fc.constant('<block>')), { maxLength: 8 })], { numRuns: propertyRuns(2000) })('joins pieces as the regular expressions would', (pieces) => {
    const j = new TextJoiner()
    for (const p of pieces) {
      if (p === '<block>') j.space()
      else j.text(p, 0, 0)
    }
    expect(j.take()).toBe(reference(pieces.map((p) => (p === '<block>' ? ' ' : p))))
  })

  it('keeps the range from the first piece with text to the last', () => {
    const j = new TextJoiner()
    j.space()
    j.text(' \n', 0, 2)
    j.text('商业', 5, 7)
    j.space()
    j.text('企业', 12, 14)
    j.text('  ', 20, 22)
    expect([j.start, j.end, j.take()]).toEqual([5, 14, '商业企业'])
    expect([j.start, j.take()]).toEqual([-1, ''])
  })

  it.prop([piece], { numRuns: propertyRuns(100) })('collapses and measures white space as String.prototype.trim sees it', (t) => {
    expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' '))
    expect(trimmedLength(t)).toBe(t.trim().length)
  })
  it.prop([fc.array(piece, { maxLength: 40 }).map((a) => a.join(''))], { numRuns: propertyRuns(200) })('collapses white space in longer text as the regular expression does', (t) => {
    expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' '))
  })
})
