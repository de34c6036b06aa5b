import type { InputKind } from './detect.ts'
import { detectKind } from './detect.ts'
import type { CliIO } from './io.ts'
import type { FileResult, FileTask, TaskOptions } from './task.ts'
import { alreadyWritten, finishTask, unreadableResult } from './task.ts'

/**
 * The largest file the main thread reads itself while reader threads read the rest. `--timeout`
 * can end a reader thread, never the main thread, so the main thread keeps to files that cannot
 * hold it for long: the readers are linear in their input, and a report of this size takes
 * milliseconds (real reports, text or HTML, are well under it; the examples are 7–65 KB).
 */
export const hereMaxBytes = 256 * 1024

/**
 * Kinds whose readers unpack what they read (a PDF's deflated streams, a Word file's zip or
 * compound file): a small file may unpack to a great deal, and a reader thread that runs out of
 * memory costs one file (`reader-crashed`), the main thread the whole run.
 */
const packed: ReadonlySet<InputKind> = new Set(['pdf', 'docx', 'doc'])

/**
 * Read a task in this thread if it is small plain text or HTML (or a model in JSON), as
 * `runTask` would; undefined, with nothing written, when it is a reader thread's to read.
 */
export async function runTaskHere(task: FileTask, options: TaskOptions, io: CliIO): Promise<FileResult | undefined> {
  if (task.file === '-' || !io.fileSize) return undefined
  const skipped = await alreadyWritten(task, options, io)
  if (skipped) return skipped
  // The size before the bytes: a big file (or a pipe, which never ends) is not even opened here.
  const size = await io.fileSize(task.file)
  if (size === undefined || size > hereMaxBytes) return undefined
  let bytes: Uint8Array
  try {
    bytes = await io.readFile(task.file)
  } catch (e) {
    return unreadableResult(task, e)
  }
  // It may have grown since.
  if (bytes.length > hereMaxBytes || packed.has(options.from ?? detectKind(bytes))) return undefined
  return finishTask(task, options, bytes, io)
}
