import { describe, expect, it } from 'vitest'
import { LineIndex } from './position.ts'
import { endOf, spanCell, spanLine, startOf } from './span.ts'

const text = '二、主动公开政府信息情况\r\n规章\t3\t1\t5\n行政规范性文件\t12'

describe('spanCell and spanLine', () => {
  const index = new LineIndex(text)
  // `3` on the second line: after `规章\t`, at offset 14 + 3.
  const from = text.indexOf('3')

  it('make the position the line index gives, when it is read', () => {
    const cell = spanCell('3', index, from, from + 1)
    expect(cell.position).toEqual({ start: { line: 2, column: 4, offset: 17 }, end: { line: 2, column: 5, offset: 18 } })
    expect(text.slice(cell.position.start.offset, cell.position.end.offset)).toBe('3')
    // Made once: the same object every time.
    expect(cell.position).toBe(cell.position)
  })

  it('take a position set on them, offsets and all', () => {
    const cell = spanCell('3', index, from, from + 1)
    const moved = index.position(from, from + 3)
    cell.position = moved
    expect(cell.position).toBe(moved)
    expect([startOf(cell), endOf(cell)]).toEqual([from, from + 3])
  })

  it('write their position and fields to JSON as a plain cell or line would', () => {
    const cell = spanCell('规章', index, 14, 16)
    const line = spanLine([cell], index, 14, 22, 0)
    expect(JSON.parse(JSON.stringify(line))).toEqual({
      cells: [{ text: '规章', position: { start: { line: 2, column: 1, offset: 14 }, end: { line: 2, column: 3, offset: 16 } } }],
      table: 0,
      position: { start: { line: 2, column: 1, offset: 14 }, end: { line: 2, column: 9, offset: 22 } },
    })
  })

  it('startOf and endOf read plain cells too', () => {
    const plain = { text: '12', position: index.position(text.length - 2, text.length) }
    expect([startOf(plain), endOf(plain)]).toEqual([text.length - 2, text.length])
    expect(plain.position.start.line).toBe(3)
  })
})
