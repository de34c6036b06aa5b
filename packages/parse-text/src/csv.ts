import { isSpaceCode, parseValue } from '@gai/recognize'

/**
 * Tables saved as CSV (a spreadsheet's export, a scraper's `to_csv`) write a row as fields parted
 * by commas, quoted where a field holds a comma. Reports' prose uses commas too, and so do
 * thousands separators: a line is taken for a table row only when it reads as one (see csvRow).
 */

/** A field of a line: its range in the line, its quotes left out. */
export interface FieldRange {
  from: number
  to: number
}

/**
 * The fields of one line parted at commas outside double quotes (`""` is a quote inside a quoted
 * field); undefined when a quote is left open.
 */
export function csvFields(text: string): FieldRange[] | undefined {
  const fields: FieldRange[] = []
  let i = 0
  for (;;) {
    let k = i
    while (k < text.length && text.charCodeAt(k) === 32) k++
    let from = i
    let to: number
    if (text.charCodeAt(k) === 34) {
      let j = k + 1
      for (;;) {
        j = text.indexOf('"', j)
        if (j < 0) return undefined
        if (text.charCodeAt(j + 1) !== 34) break
        j += 2
      }
      from = k + 1
      to = j
      i = text.indexOf(',', j + 1)
      if (i < 0) i = text.length
    } else {
      i = text.indexOf(',', i)
      if (i < 0) i = text.length
      to = i
    }
    fields.push({ from, to })
    if (i >= text.length) return fields
    i++
  }
}

const sentence = /[。；！？]/

/**
 * The fields of a line of a table saved as CSV, or undefined when the line is none: a row
 * (csvRow) or a header row (csvHeader), each looked for only where a glance allows it.
 */
export function csvTableFields(text: string, names: (cell: string) => boolean): FieldRange[] | undefined {
  const row = mayBeCsv(text)
  const header = mayBeCsvHeader(text)
  const fields = row || header ? csvFields(text) : undefined
  if (!fields) return undefined
  return (row && csvRow(text, fields) >= 0) || (header && csvHeader(text, fields, names)) ? fields : undefined
}

/**
 * Whether a line may be a row of a table saved as CSV: a comma in it, its last field a figure,
 * a blank marker or empty (a glance at its last character turns prose away), no sentence.
 */
export function mayBeCsv(text: string): boolean {
  let e = text.length - 1
  while (e >= 0 && isSpaceCode(text.charCodeAt(e))) e--
  const c = text.charCodeAt(e)
  const ends = (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 44 || c === 34 || c === 47 || c === 45 || c === 0x2014 || c === 0x5143 || c === 0x65e0
  return ends && text.includes(',') && !sentence.test(text)
}

/**
 * Where the figures of a row of a table begin among a line's fields, or -1 when the fields make
 * no row: the last of them figures or empty (a figure among them), those before them short
 * labels or empty, no sentence in the line; at least two figures after three fields or more, or
 * one after one label (`行政许可,5`); or figures alone (table 四's row under its header).
 * `分别为12,34,56。` is a sentence (mayBeCsv turns it away first); `共1,234件` is a number with a
 * thousands comma, and a word after.
 */
export function csvRow(text: string, fields: FieldRange[]): number {
  if (fields.length < 2) return -1
  const kinds = fields.map((f) => {
    const cell = text.slice(f.from, f.to).trim()
    if (cell === '') return 'empty'
    if (cell.length > 60) return 'long'
    const v = parseValue(cell)
    // A cell's figure has no word after it (`234条` is prose's); a money unit it may have.
    return v.kind === 'text' || (v.kind === 'number' && v.unit !== undefined && v.unit !== '元' && v.unit !== '万元') ? 'text' : 'figure'
  })
  let start = kinds.length
  while (start > 0 && (kinds[start - 1] === 'figure' || kinds[start - 1] === 'empty')) start--
  const figures = kinds.slice(start)
  if (!figures.includes('figure') || !kinds.slice(0, start).every((k) => k === 'text' || k === 'empty')) return -1
  // No label ends in a digit: `共1,234` is a number with its thousands parted by a comma.
  if (start > 0 && /\d$/.test(text.slice(fields[start - 1]!.from, fields[start - 1]!.to).trim())) return -1
  if (fields.length === 2) return start === 1 && kinds[0] === 'text' && text.slice(fields[0]!.from, fields[0]!.to).trim().length <= 20 ? 1 : -1
  return figures.length >= 2 ? start : -1
}

/** Whether a line may be a header row of a table saved as CSV: short, two commas or more, no sentence. */
export function mayBeCsvHeader(text: string): boolean {
  if (text.length > 120) return false
  const comma = text.indexOf(',')
  return comma >= 0 && text.indexOf(',', comma + 1) >= 0 && !sentence.test(text)
}

/**
 * Whether fields make a header row of a table saved as CSV (`行政复议,,,,,行政诉讼,,,,`): at
 * least three, short (a line with a sentence mayBeCsvHeader turns away first), and most of those not empty naming a label of the templates
 * (`names` says which do). Parted into cells, they read as the same row in tabs would.
 */
export function csvHeader(text: string, fields: FieldRange[], names: (cell: string) => boolean): boolean {
  if (fields.length < 3) return false
  let named = 0
  let filled = 0
  for (const f of fields) {
    const cell = text.slice(f.from, f.to).trim()
    if (cell === '') continue
    if (cell.length > 30) return false
    filled++
    if (names(cell)) named++
  }
  return named >= 2 && named * 2 >= filled
}
