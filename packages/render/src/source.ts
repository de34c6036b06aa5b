import type { VFile } from 'vfile'
import { readReportJson } from '@gai/model'
import type { Locale, Report } from '@gai/model'

declare module 'vfile' {
  interface DataMap {
    /**
     * The report of the file: set by the plugins that read one (`rehypeGai`, `remarkGai` of
     * @gai/unified; `null` when the file holds none), read by `gaiRehype` and `gaiRemark`.
     */
    report: Report | null
  }
}

/** What the parser plugins take besides the renderer's options. */
export interface ReportSourceOptions {
  /** The language of the messages about report JSON that cannot be read (default `zh`). */
  locale?: Locale
}

/**
 * The file's report: `file.data.report` when a plugin set it, otherwise the report JSON in the
 * file's value, read by @gai/model's reader with its errors as fatal messages on the file.
 */
export function reportOf(file: VFile, document: string, options: ReportSourceOptions): Report | null {
  if (file.data.report !== undefined) return file.data.report
  const { report, diagnostics } = readReportJson(document, { ...(file.path ? { source: file.path } : {}), ...(options.locale ? { locale: options.locale } : {}) })
  // Diagnostics are VFileMessages: they go onto the file as they are.
  for (const d of diagnostics) file.messages.push(d)
  file.data.report = report
  return report
}

