import { parentPort } from 'node:worker_threads'
import { nodeIO } from './node-io.ts'
import type { FileTask } from './task.ts'
import { runTask } from './task.ts'

// One reader thread of a batch run: tasks in, results out, one at a time.
const io = nodeIO()
parentPort!.on('message', (task: FileTask) => {
  void runTask(task, io).then(
    (r) => parentPort!.postMessage(r),
    (e: Error) => parentPort!.postMessage({ id: task.id, file: task.file, ok: false, diagnostics: [{ ruleId: 'internal-error', source: '@gai/cli', severity: 'error', reason: e.message, file: task.file, cells: [] }] }),
  )
})
