/** What the command line needs from its surroundings, so tests can run it in memory. */
export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => Promise<Uint8Array>
  /** Paths below a folder, recursively, sorted; undefined when `path` is not a folder. */
  listFolder: (path: string) => Promise<string[] | undefined>
  readStdin: () => Promise<Uint8Array>
  cwd: string
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean
}

/** Thrown for a usage mistake: the message is printed with a hint and the exit status is 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
