import { decodeInput, finishRead, misDecoding, openInput, readDocument, readerFailure, sniffBinary } from '@gai/recognize'
import type { CoreDiagnosticId, ParseOptions, ParseResult, ReaderInput, Reading } from '@gai/recognize'
import { textDiagnostics } from './catalogue.ts'
import type { TextDiagnosticId } from './catalogue.ts'
import { textToDocument } from './layout.ts'

// What the input is, and how to get its text (docs/guides/pdf-and-word.md measures the tools).
const kinds = {
  pdf: { zh: 'PDF 文件', en: 'a PDF file', how: { zh: '（如 pdftotext -layout）', en: ' (e.g. pdftotext -layout)' } },
  docx: { zh: 'DOCX（Word/ZIP）文件', en: 'a DOCX (Word/ZIP) file', how: { zh: '（如 python-docx 或 soffice --convert-to txt）', en: ' (e.g. python-docx or soffice --convert-to txt)' } },
  doc: { zh: 'DOC（旧版 Word）文件', en: 'a DOC (legacy Word) file', how: { zh: '（如 soffice --convert-to txt）', en: ' (e.g. soffice --convert-to txt)' } },
  binary: { zh: '二进制文件', en: 'a binary file', how: { zh: '', en: '' } },
}

function fail(ruleId: TextDiagnosticId | CoreDiagnosticId, zh: string, en: string, options: ParseOptions): Reading {
  return readerFailure('@gai/parse-text', ruleId, { zh, en }, { ...options, catalogue: textDiagnostics })
}

/**
 * Read a report from text as Word, a PDF text layer or a crawler left it. Never throws: what
 * cannot be read is said in the diagnostics, and `report` is null when the input is no report.
 */
export function parseText(input: ReaderInput, options: ParseOptions = {}): ParseResult {
  const opened = openInput(input, options, textDiagnostics, '@gai/parse-text')
  return finishRead(opened, readText(opened.value, opened.options))
}

function readText(input: string | Uint8Array, options: ParseOptions): Reading {
  try {
    if (typeof input !== 'string') {
      const kind = sniffBinary(input)
      if (kind) {
        return fail(
          'not-text',
          `输入是${kinds[kind].zh}，不是文本：请先提取其文字${kinds[kind].how.zh}`,
          `The input is ${kinds[kind].en}, not text: extract its text first${kinds[kind].how.en}`,
          options,
        )
      }
    }
    let decoded
    try {
      decoded = decodeInput(input, { ...options, reporter: options.reporter ?? '@gai/parse-text' })
    } catch (e) {
      return fail('unknown-encoding', `无法解码输入：${(e as Error).message}`, `Cannot decode the input: ${(e as Error).message}`, options)
    }
    if (decoded.text.trim() === '') return fail('empty-input', '输入为空', 'The input is empty', options)
    const bad = misDecoding(decoded.text)
    if (bad) {
      return fail(
        'mis-decoded',
        `输入的编码有误（${decoded.encoding} 解码后出现 ${bad.replacement} 个替换字符、${bad.mojibake} 个乱码字符）：请用 encoding 选项指定正确的编码`,
        `The input looks mis-decoded (${bad.replacement} replacement and ${bad.mojibake} mojibake characters after decoding as ${decoded.encoding}): pass the right encoding`,
        options,
      )
    }
    const doc = textToDocument(decoded.text, options.source ?? 'input')
    const result = readDocument(doc, { ...options, reporter: options.reporter ?? '@gai/parse-text' })
    return { report: result.report, diagnostics: [...decoded.diagnostics, ...result.diagnostics], text: decoded.text }
  } catch (e) {
    return fail('internal-error', `读取时出现内部错误：${(e as Error).message}`, `Internal error while reading: ${(e as Error).message}`, options)
  }
}
