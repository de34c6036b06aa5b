import type { Diagnostic } from '@gai/model'
import type { VFile } from 'vfile'

/**
 * A diagnostic as a message on a file, with the cells (and detail) the diagnostic names. vfile's
 * message type (vfile-message's `VFileMessage`) is named through the method that makes one, so
 * that no second package is needed for its name.
 */
export type DiagnosticMessage = ReturnType<VFile['message']> & Pick<Diagnostic, 'cells'> & { data?: Record<string, unknown> }

/**
 * Diagnostics onto a file as its messages, the way unified tools report (vfile-reporter prints
 * them): `reason`, `ruleId`, `source`, `place` and `url` as they are; `fatal` from the severity
 * (`error` true, `warning` false, `info` unset); numbers of a relation as `actual`/`expected`;
 * the cells and the machine-readable detail kept on the message, as vfile-message allows.
 *
 * Diagnostics are plain records in @gai/model today. When they become `VFileMessage`s themselves,
 * this one function is what changes: the messages are then pushed onto the file as they are.
 */
export function attachDiagnostics(file: VFile, diagnostics: readonly Diagnostic[]): DiagnosticMessage[] {
  return diagnostics.map((d) => {
    const message = file.message(d.reason, { ruleId: d.ruleId, source: d.source, ...(d.place ? { place: d.place } : {}) }) as DiagnosticMessage
    if (d.severity === 'error') message.fatal = true
    else if (d.severity === 'info') message.fatal = undefined
    if (d.url !== undefined) message.url = d.url
    if (typeof d.actual === 'number') message.actual = String(d.actual)
    if (typeof d.expected === 'number') message.expected = [String(d.expected)]
    message.cells = d.cells
    if (d.data !== undefined) message.data = d.data
    return message
  })
}
