import { UsageError } from './io.ts'

/** Where `--out DIR` writes the output of an input named `rel` below its argument: `a/b.txt` → `DIR/a/b.csv`. */
export function outputPath(dir: string, rel: string, ext: string): string {
  const stem = rel.replace(/\\/g, '/').replace(/\.[^./]*$/, '')
  return `${dir.replace(/[\\/]+$/, '')}/${stem}.${ext}`
}

/**
 * The name an output is written under until it is whole: in the same folder (so the rename is
 * atomic), hidden (folder walks skip it), and the same on every run (a resumed run overwrites
 * what an interrupted one left).
 */
export function tempPath(path: string): string {
  const slash = path.lastIndexOf('/')
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.gai-tmp`
}

/** The output path of every input; a usage error when two inputs would write the same file. */
export function outputPaths(dir: string, rels: readonly string[], ext: string): string[] {
  const seen = new Map<string, string>()
  return rels.map((rel) => {
    const path = outputPath(dir, rel, ext)
    const other = seen.get(path)
    if (other !== undefined) throw new UsageError(`${other} and ${rel} would both be written to ${path}; give them separately or rename one`)
    seen.set(path, rel)
    return path
  })
}
