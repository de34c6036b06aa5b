import type { Root } from 'hast'
import { treeToDocument } from '@gai/parse-html'
import { readDocument } from '@gai/recognize'
import type { Plugin } from 'unified'
import { hastAdapter } from './hast-adapter.ts'
import { readOptionsOf, settingsOf } from './options.ts'
import type { ReadOptions } from './options.ts'

/**
 * unified transformer plugin: reads the report from the hast tree (after `rehype-parse`) with
 * @gai/parse-html's reading of a page (the article found among the page's chrome, tables with
 * their spans), and puts it in `file.data.report` (`null` when the page holds none) and what
 * could not be read or placed on the file as messages. Positions are the hast nodes' offsets into
 * the file's value, which must be the text the tree was parsed from, as after `rehype-parse`. The
 * tree is left as it is.
 */
export const rehypeGai: Plugin<[(ReadOptions | null | undefined)?], Root> = function (options) {
  const settings = settingsOf(options, 'rehypeGai')
  return (tree, file) => {
    const read = readOptionsOf(file, settings)
    // The file as text, as rehype-parse read it (bytes decoded as UTF-8 by vfile).
    const doc = treeToDocument(tree, hastAdapter, { text: String(file), source: read.source })
    const result = readDocument(doc, read)
    file.data.report = result.report
    // One by one: a spread of a very long list overflows the stack.
    for (const d of result.diagnostics) file.messages.push(d)
  }
}
