import { readFileSync } from 'node:fs'
import type { DefaultTreeAdapterMap } from 'parse5'
import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseTree } from './adapter.ts'
import { buildLeanTree } from './builder.ts'
import type { LeanNode } from './lean.ts'
import { propertyRuns } from '@gai/model/arbitraries'

type Parse5Node = DefaultTreeAdapterMap['node']

// Both trees as nested arrays: tag, namespace, attributes, offsets, children; text with offsets.
function leanShape(n: LeanNode): unknown {
  switch (n.kind) {
    case 1:
      return [n.tagName, n.ns, n.attrs.map((a) => [a.name, a.value]), n.start, n.end, n.children.map(leanShape)]
    case 2:
      return [n.value, n.start, n.end]
    case 3:
      return 'comment'
    default:
      return n.children.map(leanShape)
  }
}
function parse5Shape(n: Parse5Node): unknown {
  if (n.nodeName === '#text') {
    const t = n as DefaultTreeAdapterMap['textNode']
    return [t.value, t.sourceCodeLocation?.startOffset ?? -1, t.sourceCodeLocation?.endOffset ?? -1]
  }
  if (n.nodeName === '#comment') return 'comment'
  const kids = ('childNodes' in n ? n.childNodes : []).filter((k) => k.nodeName !== '#documentType') as Parse5Node[]
  if (!('tagName' in n)) return kids.map(parse5Shape)
  const l = n.sourceCodeLocation
  return [n.tagName, n.namespaceURI, n.attrs.map((a) => [a.name, a.value]), l?.startOffset ?? -1, l?.endOffset ?? -1, kids.map(parse5Shape)]
}

function expectParse5Tree(html: string) {
  expect(leanShape(buildLeanTree(html))).toEqual(parse5Shape(parseTree(html) as Parse5Node))
}

const atoms = [
  '<table>', '</table>', '<tr>', '<td>', '</td>', '<th>', '<tbody>', '<caption>', '<colgroup><col>', '<p>', '</p>', '<div id=x>', '</div>',
  '<b>', '</b>', '<i>', '</i>', '<a href=1>', '</a>', '<font color=red>', '<nobr>', '<span>', '</span>', '<br>', '</br>', '<hr>', '<img>',
  '<li>', '<dd>', '<h1>', '</h2>', '<form>', '</form>', '<input type=hidden>', '<select><option>a', '</select>', '<template>', '</template>',
  '<svg>', '<path d=1/>', '<foreignObject>', '<desc>', '</svg>', '<math>', '<mi>', '<annotation-xml encoding="text/html">', '</math>',
  '<html lang=zh>', '<head>', '</head>', '<body class=b>', '</body>', '</html>', '<title>T</title>', '<meta charset=utf-8>', '<script>x</script>',
  '<!-- c -->', '<!DOCTYPE html>', '<frameset>', '<plaintext>', '<pre>\n', '<textarea>\nx</textarea>', '文字', '218', ' ', '\n', '&nbsp;', '&amp;',
]
const markup = fc.array(fc.constantFrom(...atoms), { maxLength: 30 }).map((a) => a.join(''))

describe('buildLeanTree', () => {
  it.prop([markup], { numRuns: propertyRuns(1000) })('builds the tree parse5 builds, offsets included', expectParse5Tree)

  it('builds a real page as parse5 does', () => {
    expectParse5Tree(readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url), 'utf8'))
  })

  it('builds long texts, added a token at a time, as parse5 does', () => {
    // A paragraph of many tokens, and text fostered out of a table in front of it.
    expectParse5Tree(`<p>${'1 22 &amp; 规章\n'.repeat(400)}</p>`)
    expectParse5Tree(`<table>${'x 1 '.repeat(300)}<tr><td>1</td></tr>${'y 2 '.repeat(300)}</table>`)
  })

  it('survives deep nesting', () => {
    expect(() => buildLeanTree(`${'<div>'.repeat(20000)}规章${'</div>'.repeat(20000)}`)).not.toThrow()
  })
})
