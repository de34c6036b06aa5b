import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getCell } from '@gai/model'
import { parseDoc, parseDocx } from './parse.ts'

// The official template filled with hand-read cells (fixtures/official-template/README.md).
const dir = new URL('../../../fixtures/official-template/', import.meta.url)
const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as Record<string, { organ: string; year: number; cells: Record<string, number | null> }>

const readers = [
  ['docx', parseDocx],
  ['doc', parseDoc],
] as const

describe.each(readers)('the official template filled and saved as .%s', (ext, parse) => {
  describe.each(Object.entries(truth))('%s', (name, expected) => {
    const source = `${name}.${ext}`
    const result = parse(readFileSync(new URL(source, dir)), { source })

    it('gives back every cell of tables 二, 三 and 四, blanks blank', () => {
      expect(result.report).not.toBeNull()
      const cells = Object.entries(expected.cells)
      expect(cells.length).toBe(200)
      const wrong = cells.filter(([key, value]) => getCell(result.report!, key)?.value !== value).map(([key, value]) => ({ key, expected: value, got: getCell(result.report!, key)?.value }))
      expect(wrong).toEqual([])
    })

    it('reads the year and says nothing is amiss', () => {
      expect(result.report!.meta.year).toBe(expected.year)
      expect(result.report!.meta.title).toContain('政府信息公开工作年度报告')
      expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    })

    it('places each value in the Word file: table, row and cell, and in the text built from it', () => {
      const cell = result.report!.tables.applications.rows.newReceived!.total!
      // Table 三 is the file's second table; its fourth row is 本年新收; 总计 is the row's last cell.
      expect(cell.origin?.word).toMatchObject({ part: ext === 'docx' ? 'word/document.xml' : 'WordDocument', table: 1, row: 3, cell: 7 })
      expect(cell.origin?.source).toBe(source)
      expect(cell.origin?.position.end.offset).toBeGreaterThan(cell.origin!.position.start.offset)
    })
  })
})
