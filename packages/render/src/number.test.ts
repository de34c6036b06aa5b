import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumber } from './number.ts'

describe('formatNumber', () => {
  it('writes numbers without exponent or separators', () => {
    expect(formatNumber(24252.311082)).toBe('24252.311082')
    expect(formatNumber(1234567)).toBe('1234567')
    expect(formatNumber(-3)).toBe('-3')
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(1e21)).toBe('1000000000000000000000')
    expect(formatNumber(1.5e-7)).toBe('0.00000015')
    expect(formatNumber(-2.5e-10)).toBe('-0.00000000025')
  })
  it('reads back to the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const s = formatNumber(n)
        expect(s).toMatch(/^-?\d+(\.\d+)?$/)
        expect(Number(s)).toBe(n === 0 ? 0 : n)
      }),
    )
  })
})
