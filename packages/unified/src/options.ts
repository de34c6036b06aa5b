import type { Locale, SeveritySetting } from '@gai/model'
import { checkSeverities } from '@gai/recognize'
import type { VFile } from 'vfile'
import { unifiedDiagnostics } from './catalogue.ts'

/** Options of `rehypeGai` and `remarkGai`: those of the readers that apply to a parsed tree. */
export interface ReadOptions {
  /**
   * The input's name, copied into every origin and message (default: the file's `path`, or
   * `input`).
   */
  source?: string
  /** The language of the messages (default `zh`). */
  locale?: Locale
  /**
   * Severities by diagnostic id (the core's and `table-cells-dropped`): `'error' | 'warning' |
   * 'info'`, or `'off'` to drop its messages. An unknown id throws a `RangeError` when the plugin
   * is used, naming it.
   */
  severity?: Record<string, SeveritySetting>
}

/** The options checked once, when the plugin is used: a wrong id is the caller's mistake. */
export function settingsOf(options: ReadOptions | null | undefined, plugin: string): ReadOptions {
  const settings = options ?? {}
  checkSeverities(settings.severity, unifiedDiagnostics, plugin)
  return settings
}

/** What the core's `readDocument` takes of them, for a file. */
export function readOptionsOf(file: VFile, settings: ReadOptions) {
  return {
    source: settings.source ?? (file.path || 'input'),
    reporter: '@gai/unified',
    ...(settings.locale ? { locale: settings.locale } : {}),
    ...(settings.severity ? { severity: settings.severity } : {}),
  }
}
