// The end of an exhaustive `switch` over a union: the compiler proves the call unreachable, and a
// value that still gets here at run time (data from an older or newer build) fails loudly.

/** Throws; `what` names the union in the message, e.g. `deal role`. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what} ${JSON.stringify(value)}`);
}
