import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { propertyRuns } from '@gai/model/arbitraries'
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

  it.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], {
    numRuns: propertyRuns(100),
    // The numbers String() writes in exponent form, and a negative zero: what the cases above pin.
    examples: [[1e21], [1.5e-7], [-2.5e-10], [-0], [Number.MAX_VALUE], [Number.MIN_VALUE]],
  })('reads back to the same number (property)', (n) => {
    const s = formatNumber(n)
    expect(s).toMatch(/^-?\d+(\.\d+)?$/)
    expect(Number(s)).toBe(n === 0 ? 0 : n)
  })
})
