import { finishRead, openInput, readDocument, readerFailure, sniffBinary } from '@gai/recognize'
import type { CoreDiagnosticId, ParseOptions, ParseResult, ReaderInput, Reading } from '@gai/recognize'
import { htmlDiagnostics } from './catalogue.ts'
import type { HtmlDiagnosticId } from './catalogue.ts'
import { decodeHtml } from './decode.ts'
import { htmlToDocument } from './document.ts'

function fail(ruleId: HtmlDiagnosticId | CoreDiagnosticId, zh: string, en: string, options: ParseOptions): Reading {
  return readerFailure('@gai/parse-html', ruleId, { zh, en }, { ...options, catalogue: htmlDiagnostics })
}

/**
 * Read a report from a web page: decode, parse (parse5's `parse` into a lean tree),
 * find the article among the page's chrome, and map its prose and tables onto the model. Never
 * throws.
 */
export function parseHtml(input: ReaderInput, options: ParseOptions = {}): ParseResult {
  const opened = openInput(input, options, htmlDiagnostics, '@gai/parse-html')
  return finishRead(opened, readHtml(opened.value, opened.options))
}

function readHtml(input: string | Uint8Array, options: ParseOptions): Reading {
  try {
    if (typeof input !== 'string' && sniffBinary(input)) {
      return fail('not-html', '输入不是网页（是二进制文件，如 PDF 或 Word）', 'The input is not a web page (a binary file such as PDF or Word)', options)
    }
    let decoded
    try {
      decoded = decodeHtml(input, options)
    } catch (e) {
      return fail('unknown-encoding', `无法解码网页：${(e as Error).message}`, `Cannot decode the page: ${(e as Error).message}`, options)
    }
    if (decoded.text.trim() === '') return fail('empty-input', '输入为空', 'The input is empty', options)
    const doc = htmlToDocument(decoded.text, { source: options.source ?? 'input' })
    const result = readDocument(doc, { ...options, reporter: '@gai/parse-html' })
    return { report: result.report, diagnostics: [...decoded.diagnostics, ...result.diagnostics], text: decoded.text }
  } catch (e) {
    return fail('internal-error', `读取网页时出现内部错误：${(e as Error).message}`, `Internal error while reading the page: ${(e as Error).message}`, options)
  }
}
