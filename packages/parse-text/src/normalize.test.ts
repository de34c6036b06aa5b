import { describe, expect, it } from 'vitest'
import { normalizeLabel, normalizeWithMap, parseValue, stripMarker } from './normalize.ts'

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
})
