import { describe, expect, it } from 'vitest'
import { formatVersions, tableIds, tableTemplate } from '../templates/formats.ts'
import type { Relation } from '../templates/types.ts'
import type { CellKey } from '../types.ts'
import { evaluateRelation, rowRelations } from './evaluate.ts'

const relation: Relation = {
  id: 'example',
  rule: 'applications-applicant-sum',
  total: ['applications/newReceived/total'],
  parts: ['applications/newReceived/naturalPerson', 'applications/newReceived/commercial'],
}
const values = (v: Record<string, number | null>) => (key: CellKey) => v[key.split('/')[2]!] ?? null

describe('evaluateRelation', () => {
  it('holds when the total is the sum of the parts, and gives both sides when it does not', () => {
    expect(evaluateRelation(relation, values({ total: 7, naturalPerson: 5, commercial: 2 }))).toEqual({ state: 'holds', actual: 7, expected: 7 })
    expect(evaluateRelation(relation, values({ total: 8, naturalPerson: 5, commercial: 2 }))).toEqual({ state: 'broken', actual: 8, expected: 7 })
  })

  it('names the blank cells instead of judging, unless blanks count as 0', () => {
    expect(evaluateRelation(relation, values({ total: 5, naturalPerson: 5, commercial: null }))).toEqual({
      state: 'blank',
      blanks: ['applications/newReceived/commercial'],
    })
    expect(evaluateRelation(relation, values({ total: 5, naturalPerson: 5, commercial: null }), true)).toEqual({ state: 'holds', actual: 5, expected: 5 })
  })

  it('judges decimal amounts without floating-point noise', () => {
    expect(evaluateRelation(relation, values({ total: 0.3, naturalPerson: 0.1, commercial: 0.2 })).state).toBe('holds')
  })
})

describe('rowRelations', () => {
  it('gives each row of table 三 its applicant sum and each row of table 四 its result sum, by column place', () => {
    for (const v of formatVersions) {
      const applications = tableTemplate('applications', v)
      for (const row of applications.rows) {
        expect(rowRelations(applications, row.key)).toEqual([{ relation: expect.any(String), total: 6, parts: [0, 1, 2, 3, 4, 5] }])
        expect(row.columns[6]).toBe('total')
      }
      const review = tableTemplate('reviewLitigation', v)
      for (const row of review.rows) expect(rowRelations(review, row.key)).toEqual([{ relation: expect.any(String), total: 4, parts: [0, 1, 2, 3] }])
    }
  })

  it('gives no row of table 二 a relation, and none to a row the template lacks', () => {
    for (const v of formatVersions) for (const row of tableTemplate('active', v).rows) expect(rowRelations(tableTemplate('active', v), row.key)).toEqual([])
    expect(rowRelations(tableTemplate(tableIds[1]!, '2021'), 'noSuchRow')).toEqual([])
  })
})
