import { cpSync, rmSync } from 'node:fs'
import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base.ts'

// `gai demo` reads the example reports shipped inside the package. They are copied from the
// repository's examples/reports on every build, so there is one copy to maintain.
async function copyReports(): Promise<void> {
  rmSync('reports', { recursive: true, force: true })
  cpSync('../../examples/reports', 'reports', { recursive: true })
}

export default defineConfig([
  packageBuild({ index: 'src/index.ts' }, { onSuccess: copyReports }),
  // The executable: no declarations, a shebang so `gai` runs directly.
  packageBuild({ cli: 'src/cli.ts', worker: 'src/worker.ts' }, { dts: false, clean: false, banner: { js: '#!/usr/bin/env node' } }),
])
