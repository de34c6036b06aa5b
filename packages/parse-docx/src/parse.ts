import { diagnosticUrl, finishRead, openInput, readDocument, readerFailure } from '@gai/recognize'
import type { CoreDiagnosticId, ParseOptions, ParseResult, ReaderInput, Reading } from '@gai/recognize'
import { createDiagnostic } from '@gai/model'
import type { Diagnostic } from '@gai/model'
import { bodyLines } from './body.ts'
import type { BodyNotes } from './body.ts'
import { wordDiagnostics } from './catalogue.ts'
import type { WordDiagnosticId } from './catalogue.ts'
import { isCompound, readCompound } from './compound.ts'
import { readDocText } from './doc-binary.ts'
import { docLines } from './doc-lines.ts'
import { wordDocument } from './lines.ts'
import type { WordLine } from './lines.ts'
import { documentPart, maxPartSize } from './zip.ts'
import { parseXml } from './xml.ts'

const reporter = '@gai/parse-docx'

function fail(ruleId: WordDiagnosticId | CoreDiagnosticId, zh: string, en: string, options: ParseOptions): Reading {
  return readerFailure(reporter, ruleId, { zh, en }, { ...options, catalogue: wordDiagnostics })
}

const toBytes = (input: Uint8Array | string): Uint8Array | undefined => (typeof input === 'string' ? undefined : input)

/** A compound file given as a .docx: an encrypted Office package, or a .doc under a new name. */
function compoundAsDocx(bytes: Uint8Array, options: ParseOptions): Reading {
  const c = readCompound(bytes)
  if (c.ok && c.streams.has('EncryptedPackage')) {
    return fail('encrypted-docx', '该 .docx 文件设有密码，无法读取：请去除密码后另存', 'The .docx is password-protected: save it without a password', options)
  }
  if (c.ok && c.streams.has('WordDocument')) return readDoc(bytes, options)
  return fail('not-a-zip', '输入是复合文档（OLE），不是 .docx', 'The input is an OLE compound file, not a .docx', options)
}

/** The info a read adds about what it did not read as written. */
function notesOf(notes: BodyNotes, options: ParseOptions): Diagnostic[] {
  const out: Diagnostic[] = []
  const list = {
    add: (ruleId: WordDiagnosticId, zh: string, en: string) =>
      out.push(
        createDiagnostic({ ruleId, source: reporter, severity: wordDiagnostics[ruleId].severity, reason: options.locale === 'en' ? en : zh, file: options.source ?? 'input', url: diagnosticUrl(ruleId) }),
      ),
  }
  if (notes.layoutTables) list.add('nested-table', `${notes.layoutTables} 个表格内嵌表格，已按排版表格读取`, `${notes.layoutTables} table(s) held tables and were read as layout`)
  if (notes.tooDeep) list.add('content-skipped', `${notes.tooDeep} 个表格嵌套过深，未读取`, `${notes.tooDeep} table(s) nested too deep were not read`)
  return out
}

function readLines(lines: WordLine[], notes: Diagnostic[], options: ParseOptions): Reading {
  const doc = wordDocument(lines, options.source ?? 'input')
  if (doc.text.trim() === '') return fail('empty-input', '文档中没有文字', 'The document holds no text', options)
  const result = readDocument(doc, { ...options, reporter })
  return { report: result.report, diagnostics: [...notes, ...result.diagnostics], text: doc.text }
}

/**
 * Read a report from a .docx: unzip the main document part (fflate), parse its XML (saxes), take
 * its paragraphs and tables in body order (merged cells as spans), and map them onto the model.
 * A password-protected .docx or a .doc under a .docx name is recognised. Never throws.
 */
export function parseDocx(input: ReaderInput, options: ParseOptions = {}): ParseResult {
  const opened = openInput(input, options, wordDiagnostics, reporter)
  return finishRead(opened, readDocx(opened.value, opened.options))
}

function readDocx(input: Uint8Array | string, options: ParseOptions): Reading {
  try {
    const bytes = toBytes(input)
    if (!bytes) return fail('not-a-zip', '输入是文字，不是 .docx 文件的字节', 'The input is text, not the bytes of a .docx', options)
    if (bytes.length === 0) return fail('empty-input', '输入为空', 'The input is empty', options)
    if (isCompound(bytes)) return compoundAsDocx(bytes, options)
    const part = documentPart(bytes)
    if (!part.ok) {
      if (part.why === 'not-docx') return fail('not-docx', `zip 压缩包中没有 Word 正文部件（${part.detail}）`, `The zip archive has no Word document part (${part.detail})`, options)
      if (part.why === 'part-too-large') return fail('part-too-large', `部件 ${part.detail} 解压后超过 ${maxPartSize} 字节`, `The part ${part.detail} unpacks to more than ${maxPartSize} bytes`, options)
      return fail('not-a-zip', `不是有效的 zip 压缩包（${part.detail}）`, `Not a valid zip archive (${part.detail})`, options)
    }
    const xml = parseXml(part.xml)
    if ('error' in xml) {
      const { line, column, message } = xml.error
      return fail('bad-xml', `${part.part} 第 ${line} 行第 ${column} 列 XML 格式错误：${message}`, `${part.part} line ${line}, column ${column}: malformed XML: ${message}`, options)
    }
    const { lines, notes } = bodyLines(xml.root, part.part)
    return readLines(lines, notesOf(notes, options), options)
  } catch (e) {
    return fail('internal-error', `读取 .docx 时出现内部错误：${(e as Error).message}`, `Internal error while reading the .docx: ${(e as Error).message}`, options)
  }
}

/**
 * Read a report from a Word 97–2003 .doc: open the compound file (cfb), take the text by its piece
 * table and the table cells and rows by their paragraph marks' properties, and map them onto the
 * model as a .docx is. A .docx under a .doc name is read as a .docx. Never throws.
 */
export function parseDoc(input: ReaderInput, options: ParseOptions = {}): ParseResult {
  const opened = openInput(input, options, wordDiagnostics, reporter)
  return finishRead(opened, readDoc(opened.value, opened.options))
}

function readDoc(input: Uint8Array | string, options: ParseOptions): Reading {
  try {
    const bytes = toBytes(input)
    if (!bytes) return fail('not-doc', '输入是文字，不是 .doc 文件的字节', 'The input is text, not the bytes of a .doc', options)
    if (bytes.length === 0) return fail('empty-input', '输入为空', 'The input is empty', options)
    if (!isCompound(bytes)) {
      if (documentPart(bytes).ok) return readDocx(bytes, options)
      return fail('not-doc', '输入不是 Word 97–2003 文档（没有复合文档签名）', 'The input is not a Word 97–2003 document (no compound file signature)', options)
    }
    const c = readCompound(bytes)
    if (!c.ok) return fail('not-doc', `复合文档已损坏：${c.detail}`, `The compound file is damaged: ${c.detail}`, options)
    if (c.streams.has('EncryptedPackage')) {
      return fail('encrypted-docx', '该 .docx 文件设有密码，无法读取：请去除密码后另存', 'The .docx is password-protected: save it without a password', options)
    }
    const read = readDocText(c.streams)
    if (!read.ok) {
      if (read.why === 'encrypted-doc') return fail('encrypted-doc', '该 .doc 文件设有密码，无法读取', 'The .doc is password-protected', options)
      if (read.why === 'doc-unsupported') return fail('doc-unsupported', `无法读取该 .doc：${read.detail}`, `Cannot read the .doc: ${read.detail}`, options)
      return fail('not-doc', `不是 Word 文档：${read.detail}`, `Not a Word document: ${read.detail}`, options)
    }
    return readLines(docLines(read.doc), [], options)
  } catch (e) {
    return fail('internal-error', `读取 .doc 时出现内部错误：${(e as Error).message}`, `Internal error while reading the .doc: ${(e as Error).message}`, options)
  }
}
