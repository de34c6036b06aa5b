import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { reportToJson } from '@gai/model'
import { filledReport } from '../test/fixture.ts'
import { gaiRehype, toHtml } from './hast.ts'
import { gaiRemark, toMarkdown } from './mdast.ts'

const report = filledReport('2021')

describe('gaiRehype and gaiRemark', () => {
  it('render file.data.report as toHtml and toMarkdown do', () => {
    const html = unified().use(gaiRehype).use(rehypeStringify).processSync(new VFile({ data: { report } }))
    expect(String(html)).toBe(toHtml(report))
    expect(String(html)).toContain('<td data-cell="applications/newReceived/naturalPerson">11</td>')
    const md = unified().use(gaiRemark).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify).processSync(new VFile({ data: { report } }))
    expect(String(md)).toBe(toMarkdown(report))
  })

  it('pass their options to the renderer', () => {
    const html = unified().use(gaiRehype, { document: true }).use(rehypeStringify).processSync(new VFile({ data: { report } }))
    expect(String(html).startsWith('<!doctype html><html lang="zh-CN">')).toBe(true)
  })

  it('read report JSON from the file when no plugin set a report', () => {
    const file = unified().use(gaiRemark).use(remarkGfm).use(remarkStringify).processSync(new VFile({ path: 'r.json', value: reportToJson(report) }))
    expect(file.messages).toEqual([])
    expect(file.data.report?.meta.organ).toBe('示例县人民政府办公室')
    expect(String(file)).toContain('# 示例县人民政府办公室2023年政府信息公开工作年度报告')
  })

  it('say where report JSON breaks, as a fatal message, and render nothing', () => {
    const file = unified().use(gaiRehype, { locale: 'en' }).use(rehypeStringify).processSync(new VFile({ path: 'r.json', value: '{\n  "format": 2021,,\n}' }))
    expect(String(file)).toBe('')
    expect(file.data.report).toBeNull()
    expect(file.messages).toHaveLength(1)
    const [m] = file.messages
    expect([m!.fatal, m!.ruleId, m!.source, m!.file, m!.place && 'start' in m!.place ? m!.place.start.line : undefined]).toEqual([true, 'json-syntax', '@gai/model', 'r.json', 2])
  })

  it('render an empty document for a file that holds no report', () => {
    expect(String(unified().use(gaiRehype).use(rehypeStringify).processSync(new VFile({ data: { report: null } })))).toBe('')
  })
})
