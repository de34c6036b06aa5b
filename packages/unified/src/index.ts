// @gai/unified: gai in unified pipelines. Reading: rehypeGai (hast) and remarkGai (mdast) put the
// report in file.data.report; writing: gaiRehype and gaiRemark (from @gai/render) turn it into
// hast and mdast. Named exports only.

export { rehypeGai } from './rehype-gai.ts'
export { remarkGai } from './remark-gai.ts'
export type { ReadOptions } from './options.ts'
export { unifiedDiagnostics } from './catalogue.ts'
export { hastAdapter } from './hast-adapter.ts'
export { mdastToDocument } from './mdast-document.ts'
export type { CutRow, MdastDocument } from './mdast-document.ts'
export { gaiRehype, gaiRemark } from '@gai/render'
export type { GaiRehypeOptions, GaiRemarkOptions } from '@gai/render'
