import { readFileSync } from 'node:fs'
import { getCell } from '@gai/model'
import type { CellKey, Report } from '@gai/model'

/** A report's cells as a person read them: copied from the corpus's hand-read transcripts. */
export interface Truth {
  file: string
  year: number
  format: '2019' | '2021'
  cells: Record<string, number | null>
}

export const truths = JSON.parse(readFileSync(new URL('./fixtures/truth.json', import.meta.url), 'utf8')) as Truth[]

export const truthOf = (file: string): Truth => truths.find((t) => t.file === file)!

/** The cells read otherwise than the person read them, as `key: want … got …`. */
export function misread(report: Report, truth: Truth): string[] {
  return Object.entries(truth.cells).flatMap(([key, want]) => {
    const got = getCell(report, key as CellKey)?.value ?? null
    return got === want ? [] : [`${key}: want ${want} got ${got}`]
  })
}

/** The cells holding a value other than the one the person read (a blank is not counted). */
export function wrongNumbers(report: Report, truth: Truth): string[] {
  return misread(report, truth).filter((m) => !m.endsWith('got null'))
}
