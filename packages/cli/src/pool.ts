import { rmSync } from 'node:fs'
import { totalmem } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { CliIO } from './io.ts'
import { tempPath } from './out-path.ts'
import { cliError } from './inputs.ts'
import { runTaskHere } from './read-here.ts'
import type { FileResult, FileTask, TaskOptions, WireResult, WorkerData } from './task.ts'
import { failedTask, fromWire, overBytes, runTask } from './task.ts'

export interface PoolOptions {
  jobs: number
  /** The built reader thread; without it every file is read in this thread. */
  workerUrl?: URL | undefined
  io: CliIO
  task: TaskOptions
  /** Give up on a file after this long (threads only): its thread is replaced, the run goes on. */
  timeoutMs?: number | undefined
  /** Read on a thread even when `jobs` is 1, so that the timeout can stop a stuck file. */
  forceThreads?: boolean
  /** Told of each file this thread read itself while reader threads read the others. */
  onReadHere?: (file: string) => void
  /** Told of each file handed to the big-file thread (over `threadMinBytes`, or out of a reader's memory). */
  onBigThread?: (file: string) => void
  /** Node's options for the reader threads (default: this process's, which tests' runners change). */
  threadExecArgv?: string[]
  /**
   * Files larger than this are read on a thread of their own with `bigHeapMb` (default
   * `threadMinBytes`): with one job, rather than in this thread; with more, rather than on a
   * reader thread, which could not hold them.
   */
  threadMinBytes?: number
  /** The old generation of each reader thread, in MB (default `readerHeapMb`). */
  threadHeapMb?: number
  /** The young generation of each reader thread, in MB (default: V8's). */
  threadYoungMb?: number
  /** The old generation of the thread a big file is read on, in MB (default `bigHeapMb(jobs)`). */
  bigHeapMb?: number
}

/**
 * The old generation of a reader thread, in MB. V8 lets a heap grow the further past what it
 * holds the higher its limit is (up to four times with a limit of gigabytes, much less below):
 * over 100,000 real files with two jobs, 512 MB took the peak RSS from 357 MB to 288–296 MB
 * (256 MB to no less, 296 MB); the largest part of the rest is the main thread's heap, which a
 * program cannot limit. Reader threads keep V8's young generation (48 MB here): 24 MB took
 * another 20 MB off but cost 10–15% of the time over 20,000 files, in runs taken in turn. A real
 * report needs less than 32 MB (the examples and the PDF fixtures each read in a process held to
 * that); a file that outgrows this is read again on a thread of its own with `bigHeapMb`, so the
 * limit costs time, never a file.
 */
export const readerHeapMb = 512

/**
 * The young generation of the thread a big file is read on, in MB. A read of a hostile 100 MB
 * input makes millions of objects that live to its end; a young generation of V8's default size
 * copies them over and over on their way to the old one. 192 MB took `gai parse` of a 100 MB
 * text of one repeated row from 49.5 s to 38.8 s. Only big files get it: it would raise a
 * batch's memory for nothing.
 */
const bigFileYoungMb = 192

/**
 * With one job, a file larger than this is read on a reader thread, not in this one. A reader
 * takes some 20–170 bytes of memory per byte of a hostile input (one table row repeated a million
 * times): past a few tens of MB that can outgrow Node's default heap, and a thread that runs out
 * of memory costs that file (`reader-crashed`), this thread the whole run. Real reports are far
 * smaller; the thread costs one start, some 50 ms, per such file.
 */
export const threadMinBytes = 32 * 1024 * 1024

/**
 * The heap of the thread a big file is read on, one at a time: three quarters of the machine's
 * memory less what the reader threads beside it may take (Node's default, about 4 GB, would end
 * a 100 MB hostile input that needs 6–7 GB).
 */
export function bigHeapMb(jobs: number, readerMb = readerHeapMb): number {
  const share = Math.floor((totalmem() / 2 ** 20) * 0.75)
  return Math.max(share - Math.max(jobs - 1, 0) * readerMb, readerMb)
}

/** Files handed to a thread in one message, and how many messages it may have waiting. */
const batchSize = 8
const batchesAhead = 2
/** Files read in this thread between turns of the event loop. */
const yieldEvery = 16

/**
 * Read tasks on `jobs` threads (in this thread when `jobs` is 1 or no worker script is built),
 * this thread being one of them: `jobs` − 1 reader threads, and this one reads the small text and
 * HTML files (see `runTaskHere`) one at a time between the others' messages. A thread is a V8
 * heap of its own, and this one has little else to do. Results are handed to `onResult` in input
 * order as soon as they are ready. Tasks are drawn from the iterable as threads need them and at
 * most a window of results waits for an earlier one, so memory stays flat however many files
 * there are. When `io.signal` aborts, no more files are started, what is whole and in order has
 * been handed on, and the promise resolves to false.
 */
export async function runPool(tasks: Iterable<FileTask>, options: PoolOptions, onResult: (r: FileResult) => void): Promise<boolean> {
  const threads = options.workerUrl && (options.jobs > 1 || options.forceThreads)
  if (!threads) return runHere(tasks, options, onResult)
  return new ThreadPool(tasks, options, onResult).run()
}

async function runHere(tasks: Iterable<FileTask>, options: PoolOptions, onResult: (r: FileResult) => void): Promise<boolean> {
  let n = 0
  for (const t of tasks) {
    // Synchronous reads never give the event loop a turn: let it in now and then, so that a
    // Ctrl-C is heard between files.
    if (++n % yieldEvery === 0) await new Promise(setImmediate)
    if (options.io.signal?.aborted) return false
    if (options.workerUrl && (await overBytes(t, options.io, options.threadMinBytes ?? threadMinBytes))) {
      const big = { ...options, jobs: 1, forceThreads: true, threadHeapMb: options.bigHeapMb ?? bigHeapMb(1), threadYoungMb: bigFileYoungMb }
      if (!(await new ThreadPool([t], big, onResult).run())) return false
      continue
    }
    onResult(await runTask(t, options.task, options.io))
  }
  return true
}

// For tests of --timeout: the file reader threads make hang (see worker.ts) is theirs to read.
const stall = process.env.GAI_TEST_STALL

interface Slot {
  worker: Worker
  /** Sent and not yet answered, in the order the thread works through them. */
  queue: FileTask[]
  /** The id of the file the thread is on, -1 between batches; written by the thread. */
  current: Int32Array
  /** The id the watchdog last saw, and since when. */
  seen: number
  since: number
  /** The thread of big files, which reads one at a time and goes when it has none. */
  big: boolean
}

class ThreadPool {
  private readonly source: Iterator<FileTask>
  private exhausted = false
  /** Tasks taken back from a thread that was replaced, lowest id first. */
  private retry: FileTask[] = []
  private nextIn = 0
  private nextOut = 0
  private readonly pending = new Map<number, FileResult>()
  private readonly window: number
  private readonly slots = new Set<Slot>()
  private readonly stopping: Promise<unknown>[] = []
  private watchdog?: NodeJS.Timeout
  private finish!: (complete: boolean) => void
  private fail!: (e: Error) => void
  private done = false
  /** Whether this thread reads files too, whether it is on one, and that read (to wait for on a stop). */
  private readonly here: boolean
  private hereBusy = false
  private hereRead?: Promise<void>
  /** Files for the big-file thread, lowest id first: too big for a reader thread, or out of its memory. */
  private bigQueue: FileTask[] = []
  /** Files out of a reader thread's memory, waiting for that thread to be gone. */
  private bigPending = 0
  private readonly readerHeap: number
  private readonly bigHeap: number

  constructor(
    tasks: Iterable<FileTask>,
    private readonly options: PoolOptions,
    private readonly onResult: (r: FileResult) => void,
  ) {
    this.source = tasks[Symbol.iterator]()
    this.window = Math.max(options.jobs, 1) * batchSize * batchesAhead * 4
    // With `forceThreads` and one job, the one reader is a thread, so that the timeout can end it.
    this.here = options.jobs > 1
    this.readerHeap = options.threadHeapMb ?? readerHeapMb
    this.bigHeap = options.bigHeapMb ?? bigHeapMb(options.jobs, this.readerHeap)
  }

  run(): Promise<boolean> {
    const result = new Promise<boolean>((resolve, reject) => {
      this.finish = resolve
      this.fail = reject
    })
    const signal = this.options.io.signal
    const abort = () => this.stop(false)
    signal?.addEventListener('abort', abort, { once: true })
    if (signal?.aborted) this.stop(false)
    else {
      for (let i = 0; i < Math.max(this.options.jobs - 1, 1); i++) this.start()
      this.feedHere()
      const ms = this.options.timeoutMs
      if (ms !== undefined) this.watchdog = setInterval(() => this.watch(ms), Math.min(Math.max(ms / 4, 50), 1000))
    }
    return result.finally(() => signal?.removeEventListener('abort', abort))
  }

  /** Start a reader thread, or with `big` the thread of big files. */
  private start(big = false): void {
    const current = new Int32Array(new SharedArrayBuffer(4))
    current[0] = -1
    const argv = this.options.threadExecArgv
    const heapMb = big ? this.bigHeap : this.readerHeap
    const youngMb = big ? bigFileYoungMb : this.options.threadYoungMb
    const resourceLimits = { maxOldGenerationSizeMb: heapMb, ...(youngMb ? { maxYoungGenerationSizeMb: youngMb } : {}) }
    // A reader thread hands back, unread, a file it could not hold; the big-file thread reads any.
    const maxBytes = big || heapMb >= this.bigHeap ? undefined : (this.options.threadMinBytes ?? threadMinBytes)
    const workerData: WorkerData = { options: this.options.task, current, ...(maxBytes === undefined ? {} : { maxBytes }) }
    const worker = new Worker(this.options.workerUrl!, { workerData, resourceLimits, ...(argv ? { execArgv: argv } : {}) })
    const slot: Slot = { worker, queue: [], current, seen: -1, since: 0, big }
    this.slots.add(slot)
    // One message per batch: a thread wakes this one once for several files.
    worker.on('message', (results: WireResult[]) => {
      const sent = slot.queue.splice(0, results.length)
      results.forEach((r, i) => (r.tooBig ? this.toBig(sent[i]!) : this.arrive(fromWire(r))))
      this.feedAll()
    })
    // A thread that dies costs the file it was on, not the run; one out of memory is read again
    // on the big-file thread, unless it was there already.
    worker.on('error', (e: Error & { code?: string }) => {
      const retry = e.code === 'ERR_WORKER_OUT_OF_MEMORY' && heapMb < this.bigHeap
      this.replace(slot, e.message, 'reader-crashed', retry)
    })
    worker.on('exit', () => this.replace(slot, 'the reader thread stopped', 'reader-crashed'))
    this.feed(slot)
  }

  /** Queue a file for the big-file thread, started when there is none. */
  private toBig(t: FileTask): void {
    this.options.onBigThread?.(t.file)
    this.bigQueue.push(t)
    this.bigQueue.sort((a, b) => a.id! - b.id!)
    if (!this.bigRunning()) this.start(true)
  }

  private bigRunning(): boolean {
    for (const s of this.slots) if (s.big) return true
    return false
  }

  /**
   * The next task that may start: one taken back first (for a reader thread only: those are the
   * files of a thread that was replaced and those this thread left), then a new one while the
   * window allows.
   */
  private take(forThread: boolean): FileTask | undefined {
    if (forThread && this.retry.length > 0) return this.retry.shift()
    if (this.exhausted || this.nextIn - this.nextOut >= this.window) return undefined
    const next = this.source.next()
    if (next.done) {
      this.exhausted = true
      return undefined
    }
    return { ...next.value, id: this.nextIn++ }
  }

  private feed(slot: Slot): void {
    if (this.done || !this.slots.has(slot)) return
    if (slot.big) return this.feedBig(slot)
    while (slot.queue.length < batchSize * batchesAhead) {
      const batch: FileTask[] = []
      while (batch.length < batchSize) {
        const t = this.take(true)
        if (!t) break
        batch.push(t)
      }
      if (batch.length === 0) break
      slot.queue.push(...batch)
      slot.worker.postMessage(batch)
    }
    this.settle()
  }

  /** One file at a time; with none left the thread goes, and its heap with it. */
  private feedBig(slot: Slot): void {
    if (slot.queue.length > 0) return
    const t = this.bigQueue.shift()
    if (t) {
      slot.queue.push(t)
      slot.worker.postMessage([t])
      return
    }
    this.slots.delete(slot)
    this.stopping.push(this.end(slot))
    this.settle()
  }

  private feedAll(): void {
    for (const s of this.slots) this.feed(s)
    this.feedHere()
  }

  /** When every file has been taken and every reader is idle, the run is complete. */
  private settle(): void {
    if (this.exhausted && this.retry.length === 0 && this.bigQueue.length === 0 && this.bigPending === 0 && !this.hereBusy && [...this.slots].every((s) => s.queue.length === 0)) this.stop(true)
  }

  /** If this thread reads too and is idle, start it on the next new file. */
  private feedHere(): void {
    if (!this.here || this.hereBusy || this.done) return
    const t = this.take(false)
    if (!t) return this.settle()
    this.hereBusy = true
    this.hereRead = this.readHere(t).catch((e: Error) => {
      this.stop(false)
      this.fail(e)
    })
  }

  /**
   * Read one file in this thread, or hand it to the reader threads if it is not one for this
   * thread. A reader's work is synchronous once the bytes are in: a turn of the event loop before
   * each file lets the threads' messages, the watchdog and a Ctrl-C in between files.
   */
  private async readHere(t: FileTask): Promise<void> {
    await new Promise(setImmediate)
    let r: FileResult | undefined
    if (!this.done && !(stall && t.file.endsWith(stall))) {
      r = await runTaskHere(t, this.options.task, this.options.io).catch((e: Error) => failedTask(t, e))
    }
    this.hereBusy = false
    // Stopped meanwhile: what was read is dropped with the threads' unfinished files (an `--out`
    // file, written whole, stays).
    if (this.done) return
    if (r) {
      this.options.onReadHere?.(t.file)
      this.arrive(r)
    } else {
      this.retry.push(t)
      this.retry.sort((a, b) => a.id! - b.id!)
    }
    this.feedAll()
  }

  /** A thread on the same file for longer than the timeout gives that file up. */
  private watch(ms: number): void {
    const now = Date.now()
    for (const slot of [...this.slots]) {
      const id = Atomics.load(slot.current, 0)
      if (id < 0 || id !== slot.seen) {
        slot.seen = id
        slot.since = now
      } else if (now - slot.since >= ms) {
        const secs = ms / 1000
        this.replace(slot, `读取超过 ${secs} 秒，已放弃 / took longer than ${secs} s, given up (--timeout)`, 'timeout')
      }
    }
  }

  /**
   * Give up the file a thread is on (or with `retry` hand it to the big-file thread), end the
   * thread, hand its other files to a new one.
   */
  private replace(slot: Slot, reason: string, ruleId: string, retry = false): void {
    if (this.done || !this.slots.has(slot)) return
    this.slots.delete(slot)
    const id = Atomics.load(slot.current, 0)
    const stuck = slot.queue.find((t) => t.id === id) ?? slot.queue[0]
    const rest = slot.queue.filter((t) => t !== stuck)
    // Only the stuck file's temporary output is the old thread's to clean: the rest go to a new one.
    slot.queue = stuck ? [stuck] : []
    const ended = this.end(slot)
    this.stopping.push(ended)
    this.retry = [...rest, ...this.retry].sort((a, b) => a.id! - b.id!)
    if (stuck && retry) {
      // Once the old thread's temporary output of it is gone, not to be taken for the new one's.
      this.bigPending++
      void ended.finally(() => {
        this.bigPending--
        if (!this.done) this.toBig(stuck)
      })
    } else if (stuck) {
      this.arrive({ id: stuck.id!, file: stuck.file, ok: false, diagnostics: [cliError(ruleId, reason, stuck.file)] })
    }
    if (slot.big) {
      if (this.bigQueue.length > 0 && !this.bigRunning()) this.start(true)
      this.settle()
    } else this.start()
  }

  private arrive(r: FileResult): void {
    this.pending.set(r.id!, r)
    try {
      while (this.pending.has(this.nextOut)) {
        const next = this.pending.get(this.nextOut)!
        this.pending.delete(this.nextOut++)
        this.onResult(next)
      }
    } catch (e) {
      this.stop(false)
      this.fail(e as Error)
    }
  }

  /** Stop a thread; the files it had not finished leave no temporary output behind. */
  private async end(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners()
    slot.worker.on('error', () => {})
    await slot.worker.terminate()
    for (const t of slot.queue) if (t.out !== undefined) rmSync(tempPath(t.out), { force: true })
  }

  private stop(complete: boolean): void {
    if (this.done) return
    this.done = true
    clearInterval(this.watchdog)
    // A file being read here is written whole or not at all before the run says it has stopped.
    if (this.hereRead) this.stopping.push(this.hereRead)
    for (const s of this.slots) {
      if (complete) {
        // Idle threads with nothing half-written: no need to wait for them to go.
        s.worker.removeAllListeners()
        s.worker.on('error', () => {})
        s.worker.unref()
        void s.worker.terminate()
      } else this.stopping.push(this.end(s))
    }
    this.slots.clear()
    void Promise.all(this.stopping).then(
      () => this.finish(complete),
      (e: Error) => this.fail(e),
    )
  }
}
