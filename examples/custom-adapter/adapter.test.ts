import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { getCell } from '@gai/model'
import { parseCsvReport } from './csv-adapter.mjs'

it('reads a CSV export into the model, blanks blank, positions into the CSV', () => {
  const text = readFileSync(new URL('./report.csv', import.meta.url), 'utf8')
  const { report } = parseCsvReport(text, { source: 'report.csv' })
  expect(getCell(report!, 'applications/carriedForward/otherOrg')!.value).toBeNull()
  expect(getCell(report!, 'applications/carriedForward/total')!.value).toBe(0)
  const cell = getCell(report!, 'active/regulations/issued')!
  expect(text.slice(cell.origin!.position.start.offset, cell.origin!.position.end.offset)).toBe('0')
})
