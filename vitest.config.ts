import { defineConfig } from 'vitest/config'

// Tests import sibling packages through the `@gai/source` export condition, so they run
// against each package's TypeScript source without a build step.
export default defineConfig({
  resolve: { conditions: ['@gai/source'] },
  ssr: { resolve: { conditions: ['@gai/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/**/*.test.ts', 'docs/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30000,
    // Under CI a JSON report feeds the plain `N passed, N failed` line of .ci/run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-artifacts/vitest.json' },
  },
})
