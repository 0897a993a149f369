// Hostile JSON for REST bodies and Socket.IO payloads: NoSQL operators, prototype-pollution keys,
// wrong types, huge strings, and mutations of a valid body (one field swapped, extra keys,
// an operator in each string position).
import fc from 'fast-check';

/** Query operators a NoSQL store would interpret if a value reached it as an object. */
export const NOSQL_OPERATORS: Record<string, unknown>[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000) || true' },
  { $regex: '.*' },
  { $in: ['', null] },
  { $exists: true },
];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

const operator = fc.constantFrom(...NOSQL_OPERATORS);

const pollution = fc.dictionary(fc.constantFrom(...PROTO_KEYS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true, prototype: { polluted: true } })), {
  minKeys: 1,
});

const hugeString = fc.integer({ min: 10_000, max: 50_000 }).map((length) => 'x'.repeat(length));

/** Any hostile value: random JSON, an operator, a pollution object, a huge or scripted string. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: operator },
  { weight: 2, arbitrary: pollution },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"; db.dropDatabase(); "', '../../etc/passwd', '\u0000', '𠮷'.repeat(300)) },
);

function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Every body obtained by putting each operator in each string position of `valid`. */
export function operatorInEveryString(valid: unknown): unknown[] {
  return stringPaths(valid).flatMap((path) => NOSQL_OPERATORS.map((op) => replaceAt(valid, path, op)));
}

/** Hostile variants of one valid body: a field swapped, extra or polluting keys, or anything at all. */
export function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const swapped = keys.length === 0 ? fc.constant(valid) : fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }));
  return fc.oneof(
    swapped,
    pollution.map((extra) => ({ ...extra, ...valid })),
    fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 4 }).map((extra) => ({ ...valid, ...extra })),
    hostileValue,
  );
}
