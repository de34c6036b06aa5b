import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { propertyRuns } from '@gai/model/arbitraries'
import { isSpaceCode, normalizeChar, normalizeLabel, normalizeWithMap, parseValue, stripMarker } from './normalize.ts'

describe('parseValue', () => {
  it.each([
    ['0', 0],
    ['１２', 12],
    ['1,234', 1234],
    ['24252.311082', 24252.311082],
    ['-3', -3],
    [' 7 ', 7],
  ])('reads %j as %d', (raw, value) => {
    expect(parseValue(raw)).toEqual({ kind: 'number', value })
  })

  it('keeps the unit written in the cell', () => {
    expect(parseValue('251000元')).toEqual({ kind: 'number', value: 251000, unit: '元' })
    expect(parseValue('3.5 万元')).toEqual({ kind: 'number', value: 3.5, unit: '万元' })
  })

  it.each(['/', '—', '-', '——', '无', '不适用', '／'])('reads the blank marker %j as blank, not 0', (raw) => {
    expect(parseValue(raw)).toEqual({ kind: 'blank' })
  })

  it('tells empty from text', () => {
    expect(parseValue('  ')).toEqual({ kind: 'empty' })
    expect(parseValue('自然人')).toEqual({ kind: 'text' })
    expect(parseValue('12件，')).toEqual({ kind: 'text' })
  })
})

describe('labels', () => {
  it('normalise width, spaces and quotes', () => {
    expect(normalizeLabel('（二） 部分公开')).toBe('(二)部分公开')
    expect(normalizeLabel('危及“三安全一稳定”')).toBe('危及三安全一稳定')
    expect(stripMarker(normalizeLabel('三、（一）予以公开'))).toBe('予以公开')
    expect(stripMarker('2.其他法律行政法规禁止公开')).toBe('其他法律行政法规禁止公开')
  })

  it('drop spaces inside Chinese text but keep those between figures, with a map back', () => {
    const { text, map } = normalizeWithMap('商业 企业 1 0')
    expect(text).toBe('商业企业 1 0')
    expect(map[text.indexOf('1')]).toBe(6)
  })

  it('join a clause after a comma to the label it is part of, but keep figures apart', () => {
    expect(normalizeWithMap('部分公开(区分处理的, 只计这一情形, 不计其他情形) 0, 1').text).toBe('部分公开(区分处理的,只计这一情形,不计其他情形) 0, 1')
  })
})

// The readers' normalisation copies runs and skips work on common characters; these are the
// plain character-by-character definitions it must agree with.
const referenceSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v'
const referenceCjk = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’"'()（）、，。：；]/

function referenceLabel(input: string): string {
  let out = ''
  for (const ch of input) {
    const n = normalizeChar(ch)
    if (n === '' || referenceSpace(n)) continue
    out += n
  }
  return out
}

const withArrayMap = (r: { text: string; map: ArrayLike<number> }) => ({ text: r.text, map: Array.from(r.map) })

function referenceWithMap(input: string): { text: string; map: number[] } {
  let text = ''
  const map: number[] = []
  let pendingSpace = -1
  let prev = ''
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length ? 2 : 1
    const ch = normalizeChar(input.slice(i, i + width))
    if (ch === '') {
      i += width - 1
      continue
    }
    if (referenceSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i
      i += width - 1
      continue
    }
    if (pendingSpace >= 0) {
      if (prev !== '' && !(referenceCjk.test(ch[0]!) && (referenceCjk.test(prev) || [',', ':', ';'].includes(prev)))) {
        text += ' '
        map.push(pendingSpace)
      }
      pendingSpace = -1
    }
    for (let k = 0; k < ch.length; k++) {
      text += ch[k]
      map.push(i)
    }
    prev = ch[ch.length - 1]!
    i += width - 1
  }
  map.push(input.length)
  return { text, map }
}

describe('normalisation fast paths', () => {
  // Report text: ideographs, digits, full-width forms, quotes, spaces of every kind, controls.
  const pieces = [',', ':', ';', '商', '业', '企', '1', '0', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', '１', '（', '）', '“', '”', '"', "'", '，', '。', '、', '㈠', '\u0001', '\u007f', 'a', '-', '\ud83d\ude00', '\ud83d', '\ufeff', '《', '》', '—', '…', 'ﬁ', '①', '\u0301', '\u2126', 'Ω', '\u2003', 'ｱ']
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))

  const anyText = fc.string({ unit: 'binary', maxLength: 30 })
  const runs = { numRuns: propertyRuns(100) }

  it.prop([text], runs)('normalizeLabel agrees with the character-by-character definition on report text', (s) => {
    expect(normalizeLabel(s)).toBe(referenceLabel(s))
  })
  it.prop([anyText], runs)('normalizeLabel agrees with the character-by-character definition on any text', (s) => {
    expect(normalizeLabel(s)).toBe(referenceLabel(s))
  })
  it.prop([text], runs)('normalizeWithMap agrees with the character-by-character definition on report text', (s) => {
    expect(withArrayMap(normalizeWithMap(s))).toEqual(referenceWithMap(s))
  })
  it.prop([anyText], runs)('normalizeWithMap agrees with the character-by-character definition on any text', (s) => {
    expect(withArrayMap(normalizeWithMap(s))).toEqual(referenceWithMap(s))
  })
  // Past the shared scratch arrays (2,048 codes), and with NFKC's expansions (㈠ is `(一)`, three
  // for one) filling the room the input's length gave.
  const longText = fc.array(fc.constantFrom(...pieces), { minLength: 1500, maxLength: 3000 }).map((a) => a.join(''))
  it.prop([longText], { numRuns: propertyRuns(20) })('normalizeWithMap agrees with the definition on long text', (s) => {
    expect(withArrayMap(normalizeWithMap(s))).toEqual(referenceWithMap(s))
  })
  it('normalizeWithMap grows past the input\'s length for expansions, a short cell and a long one alike', () => {
    for (const n of [3, 3000]) {
      const s = '㈠'.repeat(n)
      const { text, map } = normalizeWithMap(s)
      expect(text).toBe('(一)'.repeat(n))
      expect(map.length).toBe(3 * n + 1)
      expect([map[0], map[2], map[3], map[3 * n - 1], map[3 * n]]).toEqual([0, 0, 1, n - 1, n])
    }
  })
})

describe('spaces', () => {
  it('isSpaceCode is the regex \\s, for every UTF-16 code', () => {
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c)
    expect(differ).toEqual([])
  })
})
