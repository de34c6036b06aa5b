// A page through rehype-parse + rehypeGai against parseHtml on the same page, and a PDF converted
// to Markdown through remark-parse + remark-gfm + remarkGai, in the same run. Imports the built
// packages: run `pnpm build`, then `pnpm bench unified`.
import { readFileSync } from 'node:fs'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { parseHtml } from '../../parse-html/dist/index.js'
import { rehypeGai, remarkGai } from '../dist/index.js'

const reports = new URL('../../../examples/reports/', import.meta.url)
const page = readFileSync(new URL('pingtan-2024.html', reports), 'utf8')
const markdown = readFileSync(new URL('pdf-markdown-2024.txt', reports), 'utf8')
const bytes = (s) => Buffer.byteLength(s)

const rehype = unified().use(rehypeParse).use(rehypeGai).freeze()
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkGai).freeze()
const read = (processor, value) => {
  const file = new VFile({ value })
  processor.runSync(processor.parse(file), file)
  return file
}

export const cases = [
  { name: 'parseHtml', bytes: bytes(page), run: () => parseHtml(page) },
  { name: 'rehype-parse alone', bytes: bytes(page), run: () => rehype.parse(page) },
  { name: 'rehype-parse + rehypeGai', bytes: bytes(page), run: () => read(rehype, page) },
  { name: 'remark-parse + remark-gfm alone', bytes: bytes(markdown), run: () => remark.parse(markdown) },
  { name: 'remark-parse + remark-gfm + remarkGai', bytes: bytes(markdown), run: () => read(remark, markdown) },
]
