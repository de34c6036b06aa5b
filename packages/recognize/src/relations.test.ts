import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blankPlace, relationsAllow } from './relations.ts'
import { propertyRuns } from '@gai/model/arbitraries'

describe('blankPlace', () => {
  it('finds the blank total of a table 三 row whose counts add up to more than any total could', () => {
    // Six counts and a blank total; a blank count would leave a total 0 under the counts' 1.
    expect(blankPlace([1, 0, 0, 0, 0, 0], 'applications', 7)).toBe(6)
    // However large the counts, a total smaller than one of them cannot be theirs: the blank is it.
    expect(blankPlace([5, 3, 3, 3, 3, 3], 'applications', 7)).toBe(6)
  })

  it('refuses where the relation holds with the blank in more than one place', () => {
    expect(blankPlace([0, 0, 0, 0, 0, 0], 'applications', 7)).toBeUndefined()
    expect(blankPlace([1, 0, 0, 0, 0, 1], 'applications', 7)).toBeUndefined()
    // A blank total fits always; a blank count (3 + 0 + … + 2 = 5) fits as well: no telling.
    expect(blankPlace([3, 0, 0, 0, 0, 5], 'applications', 7)).toBeUndefined()
  })

  it('weighs each group of five of table 四 on its own', () => {
    // Group 1 full and right; group 2 is 1, 0, 0, 0 with its total blank; group 3 full.
    const figures = [1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    expect(blankPlace(figures, 'reviewLitigation', 15)).toBe(9)
  })

  it('has nothing to say of rows without a relation, or not one figure short', () => {
    expect(blankPlace([3, 1], 'active', 3)).toBeUndefined()
    expect(blankPlace([1, 0, 0, 0, 0], 'applications', 7)).toBeUndefined()
  })

  it('never puts the blank anywhere but where the figure was lost from a row that adds up', () => {
    const counts = fc.array(fc.nat({ max: 30 }), { minLength: 6, maxLength: 6 })
    fc.assert(
      fc.property(counts, fc.nat({ max: 6 }), (parts, lost) => {
        const row = [...parts, parts.reduce((a, b) => a + b, 0)]
        const figures = row.filter((_, i) => i !== lost)
        const p = blankPlace(figures, 'applications', 7)
        if (p !== undefined) expect(p).toBe(lost)
      }),
      { numRuns: propertyRuns(500) },
    )
    const group = fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }).map((g) => [...g, g.reduce((a, b) => a + b, 0)])
    fc.assert(
      fc.property(fc.tuple(group, group, group), fc.nat({ max: 14 }), (groups, lost) => {
        const figures = groups.flat().filter((_, i) => i !== lost)
        const p = blankPlace(figures, 'reviewLitigation', 15)
        if (p !== undefined) expect(p).toBe(lost)
      }),
      { numRuns: propertyRuns(500) },
    )
  })
})

describe('relationsAllow', () => {
  it('lets a blank part stand only where the total is at least the other parts, and a blank total always', () => {
    // 四、结转下年度继续办理 as 上海市科学技术委员会 2024 printed it: 1 0 0 0 0 0 and a blank total.
    expect(relationsAllow([1, 0, 0, 0, 0, 0, null], 'applications')).toBe(true)
    // The same figures one column off, as a row lined up with another row's columns can be read.
    expect(relationsAllow([null, 1, 0, 0, 0, 0, 0], 'applications')).toBe(false)
    expect(relationsAllow([32, 2, 0, 0, 0, 0, 34], 'applications')).toBe(true)
    expect(relationsAllow([32, 2, 0, 0, 0, 0, 35], 'applications')).toBe(false)
    expect(relationsAllow([0, 0, 0, null, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], 'reviewLitigation')).toBe(true)
    expect(relationsAllow([0, 2, 0, null, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], 'reviewLitigation')).toBe(false)
  })
})
