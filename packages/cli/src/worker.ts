import { parentPort, workerData } from 'node:worker_threads'
import { nodeIO } from './node-io.ts'
import type { FileResult, FileTask, WorkerData } from './task.ts'
import { failedTask, overBytes, runTask, tooBigResult, toWire } from './task.ts'

// One reader thread of a batch run: batches of files in, one message of results per batch out.
// The thread reads each file itself and sends back formatted output (or writes it, with --out),
// so the main thread only copies strings to standard output.
const io = nodeIO({ sync: true })
const { options, current, maxBytes } = workerData as WorkerData
// For tests of --timeout: a file whose path ends with this never finishes, as a reader caught in
// a loop would.
const stall = process.env.GAI_TEST_STALL

let queue = Promise.resolve()
parentPort!.on('message', (batch: FileTask[]) => {
  queue = queue.then(async () => {
    const results: FileResult[] = []
    for (const task of batch) {
      // The main thread's watchdog reads which file this thread is on, without a message.
      Atomics.store(current, 0, task.id ?? -1)
      if (stall && task.file.endsWith(stall)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
      if (maxBytes !== undefined && (await overBytes(task, io, maxBytes))) results.push(tooBigResult(task))
      else results.push(await runTask(task, options, io).catch((e: Error) => failedTask(task, e)))
    }
    Atomics.store(current, 0, -1)
    parentPort!.postMessage(results.map(toWire))
  })
})
