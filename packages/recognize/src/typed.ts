/**
 * A copy of `a` with room for at least `size` elements, doubling: typed arrays hold their data
 * outside the collected heap, and grow only by copying.
 */
export function grown<T extends Int32Array | Uint16Array>(a: T, size = 2 * a.length): T {
  const b = new (a.constructor as new (length: number) => T)(Math.max(size, 2 * a.length))
  b.set(a)
  return b
}
