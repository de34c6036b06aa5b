import { parse } from 'parse5'
import type { DefaultTreeAdapterMap } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/**
^ * The width of every row of every table once
 * rowspans and colspans are expanded the way browsers do.
 */
export function expandWidths(html: string): number[][] {
  const tables: Element[] = []
  const stack: Node[] = [parse(html) as unknown as Node]
  while (stack.length) {
    const n = stack.pop()!
    if ('tagName' in n && n.tagName === 'table') tables.push(n)
    if ('childNodes' in n) stack.push(...(n.childNodes as Node[]))
  }
  return tables.reverse().map((t) => {
    const rows: Element[] = []
    const walk = (n: Node) => {
      if ('tagName' in n && n.tagName === 'tr') rows.push(n)
      else if ('childNodes' in n) for (const c of n.childNodes as Node[]) walk(c)
    }
    walk(t)
    const occupied: number[][] = rows.map(() => [])
    rows.forEach((row, r) => {
      let c = 0
      for (const cell of row.childNodes as Node[]) {
        if (!('tagName' in cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
        while (occupied[r]![c]) c++
        const cs = Number(cell.attrs.find((a) => a.name === 'colspan')?.value ?? 1)
        const rs = Number(cell.attrs.find((a) => a.name === 'rowspan')?.value ?? 1)
        for (let dr = 0; dr < rs && r + dr < rows.length; dr++) for (let dc = 0; dc < cs; dc++) occupied[r + dr]![c + dc] = 1
        c += cs
      }
    })
    return occupied.map((o) => o.length)
  })
}
