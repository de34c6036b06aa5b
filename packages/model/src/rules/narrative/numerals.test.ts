import { describe, expect, it } from 'vitest'
import { readNumber } from './numerals.ts'

describe('readNumber', () => {
  it.each([
    ['75', 75],
    ['７５', 75],
    ['1,234', 1234],
    ['七十', 70],
    ['二十一', 21],
    ['十五', 15],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['三万五千', 35000],
    ['零', 0],
  ])('reads %s as %d', (text, n) => expect(readNumber(text)).toBe(n))

  it('rejects what is not a number', () => expect(readNumber('若干')).toBeUndefined())
})
