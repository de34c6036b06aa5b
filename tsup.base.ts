import type { Options } from 'tsup'

// One build recipe for every package: ESM plus declarations, for Node 20 and browsers.
export function packageBuild(entry: Record<string, string>, extra: Options = {}): Options {
  return {
    entry,
    format: ['esm'],
    target: 'es2022',
    // Declarations are built against the other packages' built .d.ts, not their `@gai/source`.
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    ...extra,
  }
}
