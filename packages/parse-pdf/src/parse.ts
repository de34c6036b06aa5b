import { setSeverity } from '@gai/model'
import type { Diagnostic } from '@gai/model'
import { finishRead, openInput, readDocument, readerFailure } from '@gai/recognize'
import type { CoreDiagnosticId, ParseOptions, ParseResult, ReaderInput, Reading } from '@gai/recognize'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { pdfDiagnostics } from './catalogue.ts'
import type { PdfDiagnosticId } from './catalogue.ts'
import { toSourceDocument } from './document.ts'
import { layOut } from './layout.ts'
import type { PageContent } from './layout.ts'
import { readPage } from './pages.ts'

const reporter = '@gai/parse-pdf'

function fail(ruleId: PdfDiagnosticId | CoreDiagnosticId, zh: string, en: string, options: ParseOptions): Reading {
  return readerFailure(reporter, ruleId, { zh, en }, { ...options, catalogue: pdfDiagnostics })
}

/** Whether the bytes carry a PDF header: `%PDF-` within the first kilobyte, as readers allow. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 4, 1024)
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true
  }
  return false
}

/** Why pdfjs could not open a document, as a failure of ours. */
function openFailure(e: unknown, options: ParseOptions): Reading {
  const name = (e as { name?: unknown } | null)?.name
  const message = String((e as { message?: unknown } | null)?.message ?? e)
  if (name === 'PasswordException') {
    return fail('encrypted-pdf', `PDF 已加密，需要密码才能打开（${message}）`, `The PDF is encrypted and needs a password (${message})`, options)
  }
  return fail('broken-pdf', `PDF 已损坏，无法打开（${message}）`, `The PDF is damaged and cannot be opened (${message})`, options)
}

/**
 * Read a report from a PDF's text layer: the text of every page placed by its coordinates, the
 * tables ruled on pages that may hold the report's tables read cell by cell (merged cells and
 * page breaks included), then mapped onto the model by the core. Never throws; a PDF without a
 * text layer, an encrypted or a broken one is refused with the reason.
 */
export async function parsePdf(input: ReaderInput | ArrayBuffer, options: ParseOptions = {}): Promise<ParseResult> {
  const opened = openInput(input instanceof ArrayBuffer ? new Uint8Array(input) : input, options, pdfDiagnostics, reporter)
  return finishRead(opened, await readPdf(opened.value, opened.options))
}

async function readPdf(input: Uint8Array | string, options: ParseOptions): Promise<Reading> {
  let doc: PDFDocumentProxy | undefined
  try {
    // Text is no PDF, but is told so by the header check as any other bytes are.
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
    if (bytes.length === 0) return fail('empty-input', '输入为空', 'The input is empty', options)
    if (!hasPdfHeader(bytes)) return fail('not-pdf', '输入不是 PDF 文件（没有 %PDF- 文件头）', 'The input is not a PDF file (no %PDF- header)', options)
    try {
      // A copy, and a plain Uint8Array: pdfjs may hand the buffer over to its worker, which would
      // empty the caller's, and it refuses a Node Buffer (whose `slice` would be no copy either).
      // pdf.js is loaded with the first PDF: a program that reads other formats (a batch of pages
      // on several threads) does not carry its ~50 MB in every thread.
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
      const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
      doc = await task.promise
    } catch (e) {
      return openFailure(e, options)
    }
    const pages: PageContent[] = []
    const warnings: Diagnostic[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(doc, n))
      } catch (e) {
        const d = fail('unreadable-page', `第 ${n} 页无法读取：${(e as Error).message}`, `Page ${n} cannot be read: ${(e as Error).message}`, options).diagnostics[0]!
        warnings.push(setSeverity(d, pdfDiagnostics['unreadable-page'].severity))
      }
    }
    if (!pages.some((p) => p.runs.length > 0)) {
      if (warnings.length > 0 && pages.length === 0) {
        return fail('broken-pdf', `PDF 已损坏，没有一页能读取（共 ${doc.numPages} 页）`, `The PDF is damaged: none of its ${doc.numPages} pages can be read`, options)
      }
      return fail(
        'no-text-layer',
        `PDF 没有文字层（共 ${doc.numPages} 页，可能是扫描件），需要先进行文字识别（OCR）`,
        `The PDF has no text layer (${doc.numPages} pages, probably scanned): it needs OCR first`,
        options,
      )
    }
    const source = toSourceDocument(layOut(pages), options.source ?? 'input')
    const result = readDocument(source, { ...options, reporter })
    return { report: result.report, diagnostics: [...warnings, ...result.diagnostics], text: source.text }
  } catch (e) {
    return fail('internal-error', `读取 PDF 时出现内部错误：${(e as Error).message}`, `Internal error while reading the PDF: ${(e as Error).message}`, options)
  } finally {
    await doc?.destroy().catch(() => undefined)
  }
}
