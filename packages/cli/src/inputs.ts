import type { Diagnostic, Report, SeveritySetting } from '@gai/model'
import { createDiagnostic, readReportJson } from '@gai/model'
import { coreDiagnostics } from '@gai/recognize'
import type { Reader } from '@gai/recognize'
import type { InputKind } from './detect.ts'
import { detectKind, inputKinds, readerOf } from './detect.ts'
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

/** The endings of the files a folder is searched for, as the messages name them. */
const readableEndings = ['.txt', '.text', '.md', '.markdown', '.csv', '.html', '.htm', '.xhtml', '.json', '.pdf', '.docx', '.doc']
const readable = new RegExp(`(?:${readableEndings.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i')

/** The error of a run whose arguments name no file gai reads. */
export function noReadableFiles(positionals: string[]): UsageError {
  return new UsageError(`no readable files (${readableEndings.join(' ')}) in ${positionals.join(', ')}`)
}

/**
 * The inputs of a run, compact for a million of them: each file's path, and where in it begins its
 * name below the argument that named it (`a/b.txt` of folder `dir`), for `--out`.
 */
export interface InputList {
  files: string[]
  relStarts: number[]
}

/** An input's name below its folder or glob base (a file given by itself: its name). */
export function relName(inputs: InputList, i: number): string {
  const file = inputs.files[i]!
  return file === '-' ? 'stdin' : file.slice(inputs.relStarts[i])
}

/** Expand the command's arguments: files as given, folders to the readable files below them. */
export async function expandInputs(args: string[], io: CliIO): Promise<string[]> {
  return (await expandInputList(args, io)).files
}

/** Like `expandInputs`, with where each file's name below its folder or glob base begins. */
export async function expandInputList(args: string[], io: CliIO): Promise<InputList> {
  const out: InputList = { files: [], relStarts: [] }
  const add = (file: string, start: number) => {
    out.files.push(file)
    out.relStarts.push(start)
  }
  for (const a of args) {
    if (a === '-') {
      add('-', 0)
      continue
    }
    if (isGlob(a)) {
      const re = globToRegExp(a.replace(/^\.\//, ''))
      const base = globBase(a)
      const listed = (await io.listFolder(base)) ?? []
      let n = 0
      for (const p of listed) {
        if (!re.test(p.replace(/^\.\//, ''))) continue
        add(p, relStart(base, p))
        n++
      }
      if (n === 0) throw new UsageError(`no file matches \`${a}\``)
      continue
    }
    const listed = await io.listFolder(a)
    if (listed) {
      for (const p of listed) if (readable.test(p)) add(p, relStart(a, p))
    }
    else add(a, Math.max(a.lastIndexOf('/'), a.lastIndexOf('\\')) + 1)
  }
  return out
}

/** Where `path`, found below `base`, goes on past it. */
function relStart(base: string, path: string): number {
  const b = base.replace(/^(?:\.\/)+/, '').replace(/^\.$/, '').replace(/[\\/]+$/, '')
  const lead = path.startsWith('./') ? 2 : 0
  if (b && path.startsWith(b, lead) && /[\\/]/.test(path[lead + b.length] ?? '')) return lead + b.length + 1
  return lead
}

export interface ReadOptions {
  from?: InputKind
  encoding?: string
  locale?: 'zh' | 'en'
  /** Severities of the readers' diagnostics by id: each reader gets those of the ids it emits. */
  severity?: Record<string, SeveritySetting>
  /** Keep the decoded text (default true); a batch that prints no source lines does not send it between threads. */
  text?: boolean
}

/** Read one input with the reader its content calls for (or `from`); never throws. */
export async function readInput(file: string, io: CliIO, options: ReadOptions): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (e) {
    return unreadable(file, e)
  }
  return readBytes(file, bytes, options)
}

/** What an input that could not be opened reads as: no report, one error saying why. */
export function unreadable(file: string, e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code
  const why = code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EISDIR' ? '是文件夹 / is a folder' : (e as Error).message
  return {
    file,
    kind: 'text',
    report: null,
    diagnostics: [cliError('unreadable-file', `无法读取 ${file}：${why}`, file)],
  }
}

/** An error of the command line's own about one input (not read, timed out, a thread failed). */
export function cliError(ruleId: string, reason: string, file: string): Diagnostic {
  return createDiagnostic({ ruleId, source: '@gai/cli', severity: 'error', reason, file })
}

/** Read the bytes of one input (named `file`) with the reader their content calls for; never throws. */
export async function readBytes(file: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
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
  const reader = readerOf(kind)
  const severity = options.severity ? severitiesFor(reader, options.severity) : undefined
  const { report, diagnostics, file: read } = await reader.read(bytes, severity ? { ...common, severity } : common)
  // The reader's own text (for a PDF or Word file, the text it took out), which the places point into.
  const text = options.text !== false && typeof read.value === 'string' ? read.value : undefined
  return { file: name, kind, report, diagnostics, ...(text === undefined ? {} : { text }) }
}

/** The settings among `severity` that a reader knows: the core's ids and its own. */
function severitiesFor(reader: Reader, severity: Record<string, SeveritySetting>): Record<string, SeveritySetting> | undefined {
  const out: Record<string, SeveritySetting> = {}
  let any = false
  for (const [id, setting] of Object.entries(severity)) {
    if (Object.hasOwn(coreDiagnostics, id) || Object.hasOwn(reader.diagnostics, id)) (out[id] = setting), (any = true)
  }
  return any ? out : undefined
}

export function parseKind(value: string | undefined): InputKind | undefined {
  if (value === undefined) return undefined
  if ((inputKinds as readonly string[]).includes(value)) return value as InputKind
  throw new UsageError(`--from must be one of ${inputKinds.join(', ')}, not \`${value}\``)
}
