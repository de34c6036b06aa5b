import type { Diagnostic, Report } from '@gai/model'
import { readReportJson } from '@gai/model'
import { parseHtml } from '@gai/parse-html'
import { parseText } from '@gai/parse-text'
import { decodeInput } from '@gai/recognize'
import type { InputKind } from './detect.ts'
import { detectKind } from './detect.ts'
import type { CliIO } from './io.ts'
import { UsageError } from './io.ts'
import { globBase, globToRegExp, isGlob } from './glob.ts'

export interface ReadResult {
  file: string
  kind: InputKind
  report: Report | null
  diagnostics: Diagnostic[]
  /** The decoded text, for printing source lines under diagnostics. */
  text?: string
}

const readable = /\.(txt|text|md|markdown|html?|xhtml|json)$/i

/** Expand the command's arguments: files as given, folders to the readable files below them. */
export async function expandInputs(args: string[], io: CliIO): Promise<string[]> {
  const out: string[] = []
  for (const a of args) {
    if (a === '-') {
      out.push('-')
      continue
    }
    if (isGlob(a)) {
      const re = globToRegExp(a.replace(/^\.\//, ''))
      const listed = (await io.listFolder(globBase(a))) ?? []
      const matched = listed.filter((p) => re.test(p.replace(/^\.\//, '')))
      if (matched.length === 0) throw new UsageError(`no file matches \`${a}\``)
      out.push(...matched)
      continue
    }
    const listed = await io.listFolder(a)
    if (listed) out.push(...listed.filter((p) => readable.test(p)))
    else out.push(a)
  }
  return out
}

/** Read one input with the reader its content calls for (or `from`); never throws. */
export async function readInput(file: string, io: CliIO, options: { from?: InputKind; encoding?: string; locale?: 'zh' | 'en' }): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EISDIR' ? '是文件夹 / is a folder' : (e as Error).message
    return {
      file,
      kind: 'text',
      report: null,
      diagnostics: [{ ruleId: 'unreadable-file', source: '@gai/cli', severity: 'error', reason: `无法读取 ${file}：${why}`, file, cells: [] }],
    }
  }
  const name = file === '-' ? 'stdin' : file
  const kind = options.from ?? detectKind(bytes)
  const common = { source: name, locale: options.locale ?? 'zh', ...(options.encoding ? { encoding: options.encoding } : {}) }
  if (kind === 'json') {
    const text = new TextDecoder('utf-8').decode(bytes)
    const result = readReportJson(text, { source: name, locale: options.locale ?? 'zh' })
    // A model that does not say where it was read from is named after the file it is in.
    if (result.report && result.report.source === undefined) result.report.source = name
    return { file: name, kind, text, ...result }
  }
  const result = kind === 'html' ? parseHtml(bytes, common) : parseText(bytes, common)
  let text: string | undefined
  try {
    text = decodeInput(bytes, options.encoding ? { encoding: options.encoding } : {}).text
  } catch {
    text = undefined
  }
  return { file: name, kind, ...(text === undefined ? {} : { text }), ...result }
}

export function parseKind(value: string | undefined): InputKind | undefined {
  if (value === undefined) return undefined
  if (value === 'json' || value === 'html' || value === 'text') return value
  throw new UsageError(`--from must be json, html or text, not \`${value}\``)
}
