import { groupRows } from '@gai/recognize'
import type { Rect } from './geometry.ts'
import type { Run } from './text.ts'

/** Whether a character is a letter or digit of Latin script: words of it are kept apart by spaces. */
function latin(c: string | undefined): boolean {
  return c !== undefined && /[0-9A-Za-z]/.test(c)
}

/** Runs into visual lines: runs whose middles stand within half a font height of the line's first. */
export function visualLines(runs: readonly Run[]): Run[][] {
  const level = runs.filter((r) => !r.turned)
  const lines = groupRows(level, (r) => ({ page: 0, y: middle(r), x: r.rect.x }), (first, r) => !(middle(r) - middle(first) > 0.5 * Math.min(first.size, r.size)))
  // A turned label reads along its own baseline: each turned run is a line, left to right.
  const turned = runs.filter((r) => r.turned).sort((a, b) => a.rect.x - b.rect.x)
  return [...lines, ...turned.map((r) => [r])]
}

const figure = /^\d(?:[\d,.，．]*\d)?$/

const middle = (r: Run) => r.rect.y + r.rect.height / 2

/**
 * The pieces of one visual line as cells: a gap wider than `split` font heights starts a new
 * cell (the columns of an unruled table); a smaller one is a space between Latin words and
 * nothing between CJK characters, which PDFs space out to justify a line.
 */
export function lineCells(line: readonly Run[], split = 1.5): { text: string; runs: Run[] }[] {
  const out: { text: string; runs: Run[] }[] = []
  let prev: Run | undefined
  for (const r of line) {
    const cur = out[out.length - 1]
    const gap = prev ? r.rect.x - (prev.rect.x + prev.rect.width) : Infinity
    // Figures side by side with a visible gap are two cells however close (`217 1`): a number is
    // never joined across a gap.
    const apart = gap > split * Math.max(prev?.size ?? 0, r.size) || (gap > 0.25 * r.size && figure.test(prev?.text.trim() ?? '') && figure.test(r.text.trim()))
    if (!cur || !prev || apart) out.push({ text: r.text.trim(), runs: [r] })
    else {
      const space = gap > 0.2 * r.size && latin(cur.text.at(-1)) && latin(r.text.trim()[0])
      cur.text += (space ? ' ' : '') + r.text.trim()
      cur.runs.push(r)
    }
    prev = r
  }
  return out
}

/**
 * The text of a ruled table's cell: its lines top to bottom joined with nothing (a label wrapped
 * in a narrow cell, `三、本` `年度办` `理结果`), save a space between Latin words.
 */
export function cellText(runs: readonly Run[]): string {
  let text = ''
  for (const line of visualLines(runs)) {
    for (const piece of lineCells(line, Infinity)) {
      if (text !== '' && latin(text.at(-1)) && latin(piece.text[0])) text += ' '
      text += piece.text
    }
  }
  return text.replace(/[\t\r\n]+/g, ' ')
}

/** The box around some runs. */
export function runsBox(runs: readonly Run[]): Rect {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const r of runs) {
    x0 = Math.min(x0, r.rect.x)
    y0 = Math.min(y0, r.rect.y)
    x1 = Math.max(x1, r.rect.x + r.rect.width)
    y1 = Math.max(y1, r.rect.y + r.rect.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}
