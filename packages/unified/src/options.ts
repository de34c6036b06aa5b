import type { Locale } from '@gai/model'
import type { VFile } from 'vfile'

/** Options of `rehypeGai` and `remarkGai`: those of the readers that apply to a parsed tree. */
export interface ReadOptions {
  /**
   * The input's name, copied into every origin and message (default: the file's `path`, or
   * `input`).
   */
  source?: string
  /** The language of the messages (default `zh`). */
  locale?: Locale
}

/** The name messages and origins carry: the option, the file's path, or `input`. */
export function sourceOf(file: VFile, options: ReadOptions): string {
  return options.source ?? (file.path || 'input')
}
