import iconv from 'iconv-lite'
import { it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { formatCellKeys, getCell } from '@gai/model'
import type { Report } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import { toHtml } from '@gai/render'
import { parseHtml } from './parse.ts'
import { propertyRuns } from '@gai/model/arbitraries'

// The shapes real pages give the same report.
const shapes: Record<string, (html: string) => string | Uint8Array> = {
  official: (h) => h,
  // The three tables as one big table.
  oneTable: (h) => {
    const tables = [...h.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0])
    const inner = tables.map((t) => t.replace(/^<table[^>]*>/, '').replace(/<\/table>$/, '').replace(/<\/?(tbody|thead)>|<caption>.*?<\/caption>/g, ''))
    return h.replace(tables[0]!, `<table>${inner.join('')}</table>`).replace(tables[1]!, '').replace(tables[2]!, '')
  },
  // Word's export: paragraphs and spans inside cells, mso styles, empty <o:p> elements.
  word: (h) =>
    h
      .replace(/<(td|th)([^>]*)>([^<]*)<\/\1>/g, '<$1$2 style="mso-border-alt:solid windowtext .5pt"><p class=MsoNormal align=center><span lang=EN-US style="font-size:10.5pt">$3<o:p></o:p></span></p></$1>')
      .replace(/<p>/g, '<p class=MsoNormal style="text-indent:2em">'),
  // A GBK page declaring its charset, inside site chrome.
  gbkPage: (h) =>
    new Uint8Array(
      iconv.encode(
        `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">互动</a></div><div class="content">${h}</div><div class="footer">版权所有</div></body></html>`,
        'gb18030',
      ),
    ),
}

function differences(read: Report | null, want: Report): string[] {
  if (!read) return ['not read']
  return formatCellKeys(want.tables.applications.format).flatMap((k) => {
    const a = getCell(read, k)?.value ?? null
    const b = getCell(want, k)?.value ?? null
    return a === b ? [] : [`${k}: read ${a}, written ${b}`]
  })
}

describe('any valid report as a real-world page reads back to the same cells', () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it.prop([reportArbitrary({ blanks: true, meta: true, sections: true })], { numRuns: propertyRuns(30) })(name, (r) => {
      const { report } = parseHtml(shape(toHtml(r)))
      expect(differences(report, r)).toEqual([])
      expect(report!.meta.organ).toBe(r.meta.organ)
    })
  }
})
