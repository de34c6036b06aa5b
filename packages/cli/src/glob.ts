/** Whether an argument is a glob rather than a path. */
export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg)
}

/** A glob (`*`, `**`, `?`, `{a,b}`, `[abc]`) as a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of folders, including none.
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
        i += glob[i + 2] === '/' ? 2 : 1
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '{') {
      const end = glob.indexOf('}', i)
      if (end < 0) re += '\\{'
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&')).join('|')})`
        i = end
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i)
      if (end < 0) re += '\\['
      else {
        re += glob.slice(i, end + 1)
        i = end
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** The folder a glob's matches lie under: its part before the first wildcard. */
export function globBase(glob: string): string {
  const parts = glob.split('/')
  const fixed: string[] = []
  for (const p of parts) {
    if (isGlob(p)) break
    fixed.push(p)
  }
  return fixed.join('/') || '.'
}
