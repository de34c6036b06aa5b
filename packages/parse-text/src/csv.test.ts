import { describe, expect, it } from 'vitest'
import { csvFields, csvHeader, csvRow } from './csv.ts'

const fields = (text: string) => csvFields(text)?.map((f) => text.slice(f.from, f.to))
const row = (text: string) => csvRow(text, csvFields(text)!)

describe('csvFields', () => {
  it('parts a line at commas outside quotes, a doubled quote being a quote', () => {
    expect(fields('规章,1,,5')).toEqual(['规章', '1', '', '5'])
    expect(fields('"(二) 部分公开(区分处理的, 只计这一情形)",0,"1,234"')).toEqual(['(二) 部分公开(区分处理的, 只计这一情形)', '0', '1,234'])
    expect(fields('"say ""hi""",1')).toEqual(['say ""hi""', '1'])
    expect(fields('a,1,')).toEqual(['a', '1', ''])
  })

  it('gives up on a quote left open', () => {
    expect(csvFields('"规章,1,0')).toBeUndefined()
  })
})

describe('csvRow', () => {
  it('takes labels then figures, figures alone, and one label with one figure', () => {
    expect(row('规章,1,0,5')).toBe(1)
    expect(row('三、本年度办理结果,（一）予以公开,0,0,0,0,0,0,0')).toBe(2)
    expect(row(',（二）部分公开,0,,0,0,0,0,0')).toBe(2)
    expect(row('0,0,0,0,0,0,0,0,0,0,0,0,0,0,0')).toBe(0)
    expect(row('行政许可,5')).toBe(1)
  })

  it('leaves prose with commas in it alone', () => {
    // Lines of a real report whose commas were made ASCII by its converter.
    expect(row('2024年,我局收到和处理政府信息公开情况0件。')).toBe(-1)
    expect(row('依申请公开受理数分别为3,5,7。')).toBe(-1)
    expect(row('全年共公开信息1,234条')).toBe(-1)
    expect(row('2024年,我局严格按照要求,全年公开信息1,234条,其中主动公开56条')).toBe(-1)
    expect(row('信息内容,本年制发件数,本年废止件数,现行有效件数')).toBe(-1)
  })
})

describe('csvHeader', () => {
  const names = (cell: string) => ['行政复议', '行政诉讼', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].includes(cell)
  const header = (text: string) => csvHeader(text, csvFields(text)!, names)

  it('takes a row of column headings, empty cells among them', () => {
    expect(header('行政复议,,,,,行政诉讼,,,,,,,,,')).toBe(true)
    expect(header('信息内容,本年制发件数,本年废止件数,现行有效件数')).toBe(true)
  })

  it('leaves prose and a lone title alone', () => {
    expect(header('2024年,我局严格按照要求,全年公开信息')).toBe(false)
    expect(header('第二十条第（五）项,,,')).toBe(false)
    expect(header('行政复议,行政诉讼。')).toBe(false)
  })
})
