// Typed arrays that grow by doubling: compact columns for per-listing and per-term numbers.

type Typed = Int32Array | Float32Array | Float64Array | Uint8Array | Int8Array | Int16Array;

/** Returns `array` if it can hold index `needed`, else a copy at least twice as long. */
export function ensureCapacity<T extends Typed>(array: T, needed: number, make: (length: number) => T): T {
  if (needed < array.length) return array;
  let length = Math.max(16, array.length);
  while (length <= needed) length *= 2;
  const grown = make(length);
  grown.set(array as never);
  return grown;
}
