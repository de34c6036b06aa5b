import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
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

  const counts = fc.array(fc.nat({ max: 30 }), { minLength: 6, maxLength: 6 })
  it.prop([counts, fc.nat({ max: 6 })], {
    numRuns: propertyRuns(500),
    // The rows of the cases above: a lone 1 with its total lost, counts larger than any other
    // total, and a lost count that a lost total would explain as well (no telling).
    examples: [
      [[1, 0, 0, 0, 0, 0], 6],
      [[5, 3, 3, 3, 3, 3], 6],
      [[3, 0, 0, 0, 0, 2], 5],
    ],
  })(
    'never puts the blank anywhere but where the figure was lost from a table 三 row that adds up',
    (parts, lost) => {
      const row = [...parts, parts.reduce((a, b) => a + b, 0)]
      const figures = row.filter((_, i) => i !== lost)
      const p = blankPlace(figures, 'applications', 7)
      if (p !== undefined) expect(p).toBe(lost)
    },
  )

  const group = fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }).map((g) => [...g, g.reduce((a, b) => a + b, 0)])
  it.prop([fc.tuple(group, group, group), fc.nat({ max: 14 })], {
    numRuns: propertyRuns(500),
    // The table 四 case above: the second group's total lost.
    examples: [
      [
        [
          [1, 0, 0, 0, 1],
          [1, 0, 0, 0, 1],
          [0, 0, 0, 0, 0],
        ],
        9,
      ],
    ],
  })(
    'never puts the blank anywhere but where the figure was lost from a table 四 row that adds up',
    (groups, lost) => {
      const figures = groups.flat().filter((_, i) => i !== lost)
      const p = blankPlace(figures, 'reviewLitigation', 15)
      if (p !== undefined) expect(p).toBe(lost)
    },
  )
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
