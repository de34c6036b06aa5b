import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { propertyRuns } from '@gai/model/arbitraries'
import { ApproximateIndex, editDistance } from './approx.ts'

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('申请数量', '申请数', 3)).toBe(1)
    expect(editDistance('行政复议', '行政复义', 3)).toBe(1)
    expect(editDistance('abc', 'cba', 3)).toBe(2)
  })

  it('stops at the limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3)
  })

  it.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })], { numRuns: propertyRuns(100) })('is symmetric and zero only for equal strings', (a, b) => {
    expect(editDistance(a, b, 30)).toBe(editDistance(b, a, 30))
    expect(editDistance(a, b, 30) === 0).toBe(a === b)
  })
})

describe('ApproximateIndex', () => {
  const index = new ApproximateIndex<string>()
  index.add('本年新收政府信息公开申请数量', 'newReceived')
  index.add('上年结转政府信息公开申请数量', 'carriedOver')
  index.add('规章', 'regulations')
  index.add('属于国家秘密', 'stateSecret')

  it('finds the label one slip away', () => {
    expect(index.nearest('本年新收政府信息公开申请数')).toEqual({ text: '本年新收政府信息公开申请数量', value: 'newReceived', distance: 1 })
    expect(index.nearest('属于国家秘蜜')?.value).toBe('stateSecret')
  })

  it('takes a label and its alias that are equally near as one', () => {
    const aliased = new ApproximateIndex<string>()
    aliased.add('本年新收政府信息公开申请数量', 'newReceived')
    aliased.add('本年新收政府信息公开申请', 'newReceived')
    expect(aliased.nearest('本年新收政府信息公开申请数')?.value).toBe('newReceived')
  })

  it('takes nothing for short labels, exact texts, far texts or ties', () => {
    expect(index.nearest('规定')).toBeUndefined()
    expect(index.nearest('本年新收政府信息公开申请数量')).toBeUndefined()
    expect(index.nearest('政府信息公开工作年度报告')).toBeUndefined()
    const tie = new ApproximateIndex<string>()
    tie.add('甲乙丙丁戊己', 'a')
    tie.add('甲乙丙丁戊庚', 'b')
    expect(tie.nearest('甲乙丙丁戊辛')).toBeUndefined()
  })
})
