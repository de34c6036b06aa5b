import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base.ts'

export default defineConfig([
  packageBuild({ index: 'src/index.ts' }),
  // The executable: no declarations, a shebang so `gai` runs directly.
  packageBuild({ cli: 'src/cli.ts', worker: 'src/worker.ts' }, { dts: false, clean: false, banner: { js: '#!/usr/bin/env node' } }),
])
