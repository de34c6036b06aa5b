/** What the command line needs from its surroundings, so tests can run it in memory. */
export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => Promise<Uint8Array>
  /** Paths below a folder, recursively, sorted; undefined when `path` is not a folder. */
  listFolder: (path: string) => Promise<string[] | undefined>
  readStdin: () => Promise<Uint8Array>
  cwd: string
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean
  /** Whether stderr is a terminal (the progress bar). */
  errIsTTY?: boolean
  /** Write a file whole or not at all, creating its folder (for `--out`). */
  writeFile?: (path: string, text: string) => Promise<void>
  /** Whether a file exists (for `--resume`). */
  exists?: (path: string) => Promise<boolean>
  /**
   * The size in bytes of a regular file; undefined for anything else (missing, a folder, a pipe).
   * With threads, the main thread reads the files this says are small; without it, none.
   */
  fileSize?: (path: string) => Promise<number | undefined>
  /** Aborted when the run is interrupted (Ctrl-C, SIGTERM): stop reading, finish what is whole. */
  signal?: AbortSignal
  /** The nearest `gai.config.json` at or above the working folder. */
  findConfig?: () => Promise<{ path: string; text: string } | undefined>
  /** The built worker script, when batch runs may use threads. */
  workerUrl?: URL
  /** Threads available. */
  cores?: number
}

/** Thrown for a usage mistake: the message is printed with a hint and the exit status is 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
