/**
 * The first index in `items` (sorted so that `before` holds for a prefix of them) whose item no
 * longer comes `before`; `items.length` when all do. One binary search for every sorted list the
 * core looks into (tokens by line, rows by line, rows by token index).
 */
export function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(items[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}
