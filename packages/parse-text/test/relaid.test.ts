import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { emptyReport, getCell, setCell } from '@gai/model'
import type { FormatVersion } from '@gai/model'
import { toText } from '@gai/render'
import { parseText } from '../src/index.ts'

// Real reports whose tables arrive delimited, re-laid the ways other extractions lay them out:
// the labels, notes and numbering stay those of a real report, which random reports cannot give.
interface Transcribed {
  file: string
  cells: Record<string, number | null>
}

const examples = new URL('../../../examples/reports/', import.meta.url)
const transcribed = JSON.parse(readFileSync(new URL('./fixtures/transcribed.json', import.meta.url), 'utf8')) as Transcribed[]
const delimited = ['tab-separated-2024.txt', 'tab-blank-cell-2024.txt', 'pipe-separated-2024.txt']

// Real reports with distinct figures, read by hand (fixtures/corpus/README.md), laid out in the
// official table layout: a swapped row or column cannot read right here, as it could in the
// example reports above, whose figures are mostly 0.
interface Figured extends Transcribed {
  organ: string
  year: number
  format: FormatVersion
}
const figured = JSON.parse(readFileSync(new URL('./fixtures/corpus/truth.json', import.meta.url), 'utf8')) as Figured[]

/** The official layout in tabs of a report holding exactly the hand-read figures. */
function laidOut(want: Figured): string {
  const report = emptyReport(want.format)
  report.meta = { organ: want.organ, year: want.year }
  for (const [key, value] of Object.entries(want.cells)) setCell(report, key, { value, raw: value === null ? '' : String(value) })
  return toText(report)
}

const sources = [
  ...delimited.map((file) => ({ file, source: readFileSync(new URL(file, examples), 'utf8'), want: transcribed.find((t) => t.file === file)! })),
  ...figured.map((want) => ({ file: `${want.file} (figures)`, source: laidOut(want), want })),
]

type Row = string[] | null

/** The report's lines as rows of cells (a prose line is a row of one cell; null is an empty line). */
function rows(text: string): Row[] {
  return text.split(/\r?\n/).flatMap((line): Row[] => {
    if (line.includes('\t')) return [line.split('\t').map((c) => c.trim())]
    if (/^\s*\|?\s*:?-{3,}/.test(line)) return []
    if ((line.match(/\|/g) ?? []).length >= 2) return [line.replace(/^\s*\||\|\s*$/g, '').split('|').map((c) => c.trim())]
    return [line.trim() === '' ? null : [line]]
  })
}

const isRow = (r: Row): r is string[] => r !== null && r.length > 1

/**
 * A row's cells where no separator marks an empty cell: a blank value among a row's figures is
 * written as a dash (an empty cell could not be told from no cell); the empty cells a header
 * row, a rowspan or a trailing separator leave are left out, as such extractions do.
 */
function visible(r: string[]): string[] {
  const figure = (c: string) => /^[\d０-９][\d０-９.,]*$/.test(c)
  const firstFigure = r.findIndex(figure)
  const last = r.findLastIndex((c) => c !== '')
  // A row of figures alone (table 四's) starts with its blank cells; after a label, empty cells
  // before the figures are the label's merged cells.
  const labelled = r.findIndex((c) => c !== '') < firstFigure
  return r.flatMap((c, i) => {
    if (c !== '') return [c]
    if (firstFigure < 0 || i > last || (labelled && i < firstFigure)) return []
    return ['—']
  })
}

// A label wraps inside its cell; a figure (`18651.06`) stays whole, as narrow columns print it.
const wrap = (c: string, width: number): string =>
  c.length <= width || /^[\d.,—]+$/.test(c) ? c : `${c.slice(0, width)}\n${wrap(c.slice(width), width)}`

const layouts: Record<string, (rs: Row[]) => string> = {
  pipes: (rs) => rs.map((r) => (r === null ? '' : isRow(r) ? `| ${r.join(' | ')} |` : r[0])).join('\n'),
  'cells on lines': (rs) => rs.map((r) => (r === null ? '' : visible(r).join('\n'))).join('\n'),
  // PDF text without a layout: each cell's lines in turn, long labels wrapped inside their cell.
  'cells on lines, labels wrapped at 6': (rs) => rs.map((r) => (r === null ? '' : isRow(r) ? visible(r).map((c) => wrap(c, 6)).join('\n') : r[0])).join('\n'),
  'cells on lines, labels wrapped at 10': (rs) => rs.map((r) => (r === null ? '' : isRow(r) ? visible(r).map((c) => wrap(c, 10)).join('\n') : r[0])).join('\n'),
  'tab-led cells on lines': (rs) => rs.map((r) => (r === null ? '' : isRow(r) ? `${r.map((c) => `\t${c}`).join('\n')}\n` : r[0])).join('\n'),
  'space-aligned': (rs) => rs.map((r) => (r === null ? '' : isRow(r) ? visible(r).join('    ') : r[0])).join('\n'),
  'single spaces': (rs) => rs.map((r) => (r === null ? '' : isRow(r) ? visible(r).join(' ') : r[0])).join('\n'),
  // A Word copy where a long label broke inside its cell: the row goes on on the next line.
  ...Object.fromEntries(
    [5, 8].map((at) => [
      `tabs, labels broken inside their cell after ${at}`,
      (rs: Row[]) =>
        rs.map((r) => (r === null ? '' : isRow(r) ? r.map((c) => (c.length > at + 2 && !/^[\d.,]+$/.test(c) ? `${c.slice(0, at)}\n${c.slice(at)}` : c)).join('\t') : r[0])).join('\n'),
    ]),
  ),
  // `pdftotext -layout`: a long label's first line beside the row's figures, the rest below.
  ...Object.fromEntries(
    [8, 12].map((at) => [
      `space-aligned, labels wrapped below their figures after ${at}`,
      (rs: Row[]) =>
        rs
          .map((r) => {
            if (r === null) return ''
            if (!isRow(r)) return r[0]
            const cells = visible(r)
            const rest = cells.filter((c) => c.length > at && !/^[\d.,—]+$/.test(c)).map((c) => c.slice(at))
            const first = cells.map((c) => (c.length > at && !/^[\d.,—]+$/.test(c) ? c.slice(0, at) : c)).join('    ')
            return rest.length ? `${first}\n${rest.join('    ')}` : first
          })
          .join('\n'),
    ]),
  ),
  // Word tables that give a row's numbering a cell of its own.
  'numbering in cells of its own': (rs) =>
    rs
      .map((r) => (r === null ? '' : isRow(r) ? r.flatMap((c) => /^([一二三四五六七]、|[（(][一二三四五六七][)）]|\d\.)\s*(\S.*)$/.exec(c)?.slice(1) ?? [c]).join('\t') : r[0]))
      .join('\n'),
  'CRLF, full-width digits': (rs) =>
    rs
      .map((r) => (r === null ? '' : isRow(r) ? r.join('\t') : r[0]))
      .join('\r\n')
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
}

describe('real reports re-laid in other layouts read the same', () => {
  for (const { file, source, want } of sources) {
    for (const [name, layout] of Object.entries(layouts)) {
      it(`${file} as ${name}`, () => {
        const { report } = parseText(layout(rows(source)))
        expect(report).not.toBeNull()
        const wrong = Object.entries(want.cells).flatMap(([key, value]) => {
          const got = getCell(report!, key)?.value
          return got === value ? [] : [`${key}: want ${value} got ${got}`]
        })
        expect(wrong).toEqual([])
      })
    }
  }
})

describe('real reports flattened as textContent leaves them: every cell right or blank', () => {
  const flattenings: Record<string, (rs: Row[]) => string> = {
    'cells and rows run together': (rs) => rs.map((r) => (r === null ? '' : r.join(''))).join(''),
    'rows on lines, cells run together': (rs) => rs.filter((r) => r !== null).map((r) => r!.join('')).join('\n'),
    'single spaces throughout': (rs) => rs.filter((r) => r !== null).map((r) => r!.filter((c) => c !== '').join(' ')).join(' '),
  }
  const flattened = [
    ...sources,
    ...['one-cell-per-line-2019-format-2023.txt', 'one-cell-per-line-2021.txt'].map((file) => ({
      file,
      source: readFileSync(new URL(file, examples), 'utf8'),
      want: transcribed.find((t) => t.file === file)!,
    })),
  ]
  for (const { file, source, want } of flattened) {
    for (const [name, flatten] of Object.entries(flattenings)) {
      it(`${file}, ${name}`, () => {
        const { report } = parseText(flatten(rows(source)))
        expect(report).not.toBeNull()
        const wrong = Object.entries(want.cells).flatMap(([key, value]) => {
          const got = getCell(report!, key)?.value ?? null
          return got === null || got === value ? [] : [`${key}: want ${value} got ${got}`]
        })
        expect(wrong).toEqual([])
      })
    }
  }
})
