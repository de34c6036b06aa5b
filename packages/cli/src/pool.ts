import { Worker } from 'node:worker_threads'
import type { CliIO } from './io.ts'
import type { FileResult, FileTask } from './task.ts'
import { runTask } from './task.ts'

/**
 * Run tasks on `jobs` worker threads (in this thread when `jobs` is 1 or no worker script is
 * built), handing results to `onResult` in input order as soon as they are ready. At most a
 * window of results waits for an earlier one, so memory stays flat however many files there are.
 */
export async function runPool(
  tasks: Iterable<FileTask>,
  options: { jobs: number; workerUrl?: URL | undefined; io: CliIO },
  onResult: (r: FileResult) => void,
): Promise<void> {
  const list = [...tasks]
  if (options.jobs <= 1 || !options.workerUrl || list.length < 2) {
    for (const t of list) onResult(await runTask(t, options.io))
    return
  }
  const pending = new Map<number, FileResult>()
  let nextOut = 0
  let nextIn = 0
  const window = options.jobs * 64
  const emit = () => {
    while (pending.has(nextOut)) {
      onResult(pending.get(nextOut)!)
      pending.delete(nextOut++)
    }
  }
  const workers = Array.from({ length: Math.min(options.jobs, list.length) }, () => new Worker(options.workerUrl!))
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            // Two tasks in flight per thread, so a thread never waits for the next one.
            const inFlight: number[] = []
            const feed = () => {
              while (inFlight.length < 2 && nextIn < list.length) {
                // Hold back while the oldest unfinished result keeps too many later ones waiting.
                if (nextIn - nextOut > window) {
                  if (inFlight.length === 0) setTimeout(feed, 1)
                  break
                }
                inFlight.push(nextIn)
                w.postMessage({ ...list[nextIn], id: nextIn })
                nextIn++
              }
              if (inFlight.length === 0 && nextIn >= list.length) resolve()
            }
            w.on('message', (r: FileResult) => {
              inFlight.splice(inFlight.indexOf(r.id!), 1)
              pending.set(r.id!, r)
              emit()
              feed()
            })
            w.on('error', reject)
            feed()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  emit()
}
