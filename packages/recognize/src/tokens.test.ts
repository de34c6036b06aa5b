import { describe, expect, it } from 'vitest'
import { LineIndex } from './position.ts'
import { endOf, spanCell, startOf } from './span.ts'
import { labelToken, textToken, valueToken } from './tokens.ts'
import { parseValue } from './normalize.ts'

const text = '规章\t3\n说明文字'

describe('tokens', () => {
  const index = new LineIndex(text)

  it('take the place of a span cell, their position made when read', () => {
    const cell = spanCell('3', index, 3, 4)
    const v = valueToken('3', cell, parseValue('3'), false, 0, 1)
    expect([v.type, v.raw, v.line, v.cell, v.index, v.run, v.value.kind]).toEqual(['value', '3', 0, 1, -1, false, 'number'])
    expect([startOf(v), endOf(v)]).toEqual([3, 4])
    expect(v.position).toEqual({ start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 5, offset: 4 } })
  })

  it('take the place of a plain cell, and of another token', () => {
    const plain = { text: '说明文字', position: index.position(5, 9) }
    const t = textToken('说明文字', plain, 1, 0)
    expect([t.type, startOf(t), endOf(t), t.position]).toEqual(['text', 5, 9, plain.position])
    const l = labelToken('规章', t, 1, 0, { text: '规章', marker: '', entries: [] }, true)
    expect([l.type, l.text, l.whole, l.approximate, startOf(l), endOf(l)]).toEqual(['label', '规章', true, undefined, 5, 9])
  })

  it('move when given a position', () => {
    const v = valueToken('3', spanCell('3', index, 3, 4), parseValue('3'), false, 0, 1)
    v.position = index.position(0, 4)
    expect([startOf(v), endOf(v), v.position.start.column]).toEqual([0, 4, 1])
  })
})
