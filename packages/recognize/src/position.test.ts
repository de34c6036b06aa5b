import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { propertyRuns } from '@gai/model/arbitraries'
import { LineIndex } from './position.ts'

describe('LineIndex', () => {
  it('places offsets on lines and columns, runs of empty lines included', () => {
    const index = new LineIndex('规章\n\n\n1\n')
    expect(index.lineCount).toBe(5)
    expect([1, 2, 3, 4, 5].map((l) => index.startOfLine(l))).toEqual([0, 3, 4, 5, 7])
    expect(index.point(4)).toEqual({ line: 3, column: 1, offset: 4 })
    expect(index.point(1)).toEqual({ line: 1, column: 2, offset: 1 })
    expect(index.point(7)).toEqual({ line: 5, column: 1, offset: 7 })
    expect(index.lineStart(4)).toEqual([5, 7])
    expect(index.lineStart(5)).toEqual([7, undefined])
  })

  it('breaks at `\r` only in text without `\n`', () => {
    expect(new LineIndex('a\r\rb').lineCount).toBe(3)
    expect(new LineIndex('a\r\n\r\nb').lineCount).toBe(3)
    expect(new LineIndex('').lineCount).toBe(1)
  })

  it('holds a text of more lines than its first table has room for', () => {
    const index = new LineIndex('\n'.repeat(100_000))
    expect(index.lineCount).toBe(100_001)
    expect(index.point(99_999)).toEqual({ line: 100_000, column: 1, offset: 99_999 })
  })

  const text = fc.array(fc.constantFrom('a', '规', '\n', '\n\n', '\r', '\r\n', ' '), { maxLength: 200 }).map((a) => a.join(''))
  it.prop([text], { numRuns: propertyRuns(100) })('starts a line one past each break', (s) => {
    const br = s.includes('\n') ? '\n' : '\r'
    const starts = [0]
    for (let i = 0; i < s.length; i++) if (s[i] === br) starts.push(i + 1)
    const index = new LineIndex(s)
    expect(Array.from({ length: index.lineCount }, (_, k) => index.startOfLine(k + 1))).toEqual(starts)
  })
})
