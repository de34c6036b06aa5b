import type { CliIO } from './io.ts'

/** A progress bar with files/s and ETA, on a terminal only; silent otherwise or when quiet. */
export class Progress {
  private done = 0
  private readonly start = Date.now()
  private last = 0
  private readonly on: boolean

  constructor(
    private readonly io: CliIO,
    private readonly total: number,
    quiet: boolean,
  ) {
    this.on = !quiet && Boolean(io.errIsTTY) && total > 1
  }

  tick(): void {
    this.done++
    if (!this.on) return
    const now = Date.now()
    if (now - this.last < 100 && this.done < this.total) return
    this.last = now
    const secs = Math.max((now - this.start) / 1000, 0.001)
    const rate = this.done / secs
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0
    const width = 24
    const filled = Math.round((this.done / this.total) * width)
    this.io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} files · ${rate.toFixed(0)} files/s · ETA ${eta}s `)
  }

  /** Clear the bar so a line can be written; the next tick draws it again. */
  clear(): void {
    if (this.on) this.io.stderr('\r\x1b[2K')
  }

  finish(): void {
    if (this.on) this.io.stderr('\r\x1b[2K')
  }
}
