import { readFileSync } from 'node:fs'

// The package's own files. The sources (src/*.ts) and the bundles (dist/*.js) both sit one folder
// below the package root, so one relative URL serves the workspace and an installed package alike.
const packageRoot = new URL('../', import.meta.url)

/** The example reports shipped inside the package (copied from examples/reports at build time). */
export const bundledReports = new URL('reports/', packageRoot)

/** The version in the package's package.json, the one `gai --version` prints. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string }
  return manifest.version
}
