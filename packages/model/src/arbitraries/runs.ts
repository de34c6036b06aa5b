/**
 * How many runs a property takes: one setting for every property of the project (and for users'
 * own over `reportArbitrary`). `base` is what a property costs to run on every test run; a
 * `CI_FULL=1` run takes ten times as many, and `RUNS=N` sets them all to N for a longer search.
 */
export function propertyRuns(base: number): number {
  const env = typeof process === 'undefined' ? {} : process.env
  if (env.RUNS !== undefined && Number(env.RUNS) > 0) return Number(env.RUNS)
  return env.CI_FULL === '1' ? base * 10 : base
}
