import { describe, expect, it } from 'vitest'
import { spanRows } from './spans.ts'
import type { WordCell, WordRow } from './spans.ts'

const cell = (value: string, gridSpan = 1, vMerge?: 'restart' | 'continue'): WordCell<string> => (vMerge ? { value, gridSpan, vMerge } : { value, gridSpan })
const row = (...cells: WordCell<string>[]): WordRow<string> => ({ gridBefore: 0, cells })
const shape = (rows: WordRow<string>[]) => spanRows(rows, (v) => v === '').map((r) => r.map((c) => `${c.value}@${c.column}:${c.colSpan}x${c.rowSpan}`))

describe('spanRows', () => {
  it('turns the template corner of table 三 into one cell of three rows and three columns', () => {
    // The 2021 template: the corner note spans 3 grid columns and 3 rows; 自然人 and 总计 2 rows.
    const rows = [
      row(cell('note', 3, 'restart'), cell('申请人情况', 7)),
      row(cell('', 3, 'continue'), cell('自然人', 1, 'restart'), cell('法人或其他组织', 5), cell('总计', 1, 'restart')),
      row(cell('', 3, 'continue'), cell('', 1, 'continue'), cell('商业企业'), cell('科研机构'), cell('社会公益组织'), cell('法律服务机构'), cell('其他'), cell('', 1, 'continue')),
    ]
    expect(shape(rows)).toEqual([
      ['note@0:3x3', '申请人情况@3:7x1'],
      ['自然人@3:1x2', '法人或其他组织@4:5x1', '总计@9:1x2'],
      ['商业企业@4:1x1', '科研机构@5:1x1', '社会公益组织@6:1x1', '法律服务机构@7:1x1', '其他@8:1x1'],
    ])
  })

  it('keeps a continuing cell that has text, or that has no merge above it, or a different width', () => {
    const rows = [row(cell('a', 1, 'restart'), cell('b', 2, 'restart')), row(cell('kept', 1, 'continue'), cell('', 1, 'continue'), cell('x')), row(cell('', 1, 'continue'), cell('y', 2))]
    expect(shape(rows)).toEqual([['a@0:1x1', 'b@1:2x1'], ['kept@0:1x1', '@1:1x1', 'x@2:1x1'], ['@0:1x1', 'y@1:2x1']])
  })

  it('ends a merge at a row with no cell at its column', () => {
    const rows: WordRow<string>[] = [row(cell('a'), cell('b', 1, 'restart')), row(cell('c')), row(cell('d'), cell('', 1, 'continue'))]
    expect(shape(rows)).toEqual([['a@0:1x1', 'b@1:1x1'], ['c@0:1x1'], ['d@0:1x1', '@1:1x1']])
  })

  it('counts gridBefore and matches merges by edges where the format gives them', () => {
    expect(shape([{ gridBefore: 2, cells: [cell('a', 1, 'restart')] }, { gridBefore: 2, cells: [cell('', 1, 'continue')] }])).toEqual([['a@2:1x2'], []])
    const byEdges: WordRow<string>[] = [
      { gridBefore: 0, cells: [{ value: 'wide', gridSpan: 1, vMerge: 'restart', edges: [0, 300] }, { value: 'b', gridSpan: 1, edges: [300, 400] }] },
      { gridBefore: 0, cells: [{ value: '', gridSpan: 1, vMerge: 'continue', edges: [0, 300] }, { value: 'c', gridSpan: 1, edges: [300, 400] }] },
    ]
    expect(shape(byEdges)).toEqual([['wide@0:1x2', 'b@1:1x1'], ['c@1:1x1']])
  })

  it('clamps a damaged gridSpan and stays linear on a long merge', () => {
    expect(shape([row(cell('a', 1e9), cell('b', -3))])).toEqual([['a@0:1000x1', 'b@1000:1x1']])
    const rows = [row(cell('top', 1, 'restart')), ...Array.from({ length: 50_000 }, () => row(cell('', 1, 'continue')))]
    const out = spanRows(rows, (v) => v === '')
    expect(out[0]![0]!.rowSpan).toBe(50_001)
  })
})
