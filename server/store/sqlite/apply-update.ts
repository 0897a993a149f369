// The update operators of the storage port, applied to a decoded record inside the write
// transaction: $set, $unset, $inc, $push, $pull, $addToSet (with $each), on dot paths.
import sift from 'sift';
import type { Update } from '../port.ts';
import { pathSegments } from './paths.ts';

type Container = Record<string, unknown>;

export class UpdateError extends Error {
  readonly code = 'bad_update';
}

/** Mongo's equality for $pull and $addToSet: dates by time, arrays and objects field by field. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => deepEqual((a as Container)[key], (b as Container)[key]));
  }
  return a === b;
}

/** Walks to the parent of the last segment, creating objects on the way when asked. */
function parentOf(record: Container, path: string, create: boolean): { parent: Container; key: string } | null {
  const segments = pathSegments(path);
  let parent: Container = record;
  for (const segment of segments.slice(0, -1)) {
    let next = parent[segment];
    if (next === undefined || next === null) {
      if (!create) return null;
      next = {};
      parent[segment] = next;
    }
    if (typeof next !== 'object') throw new UpdateError(`cannot update ${path}: ${segment} is not an object`);
    parent = next as Container;
  }
  return { parent, key: segments[segments.length - 1] };
}

function arrayAt(record: Container, path: string): unknown[] {
  const { parent, key } = parentOf(record, path, true)!;
  if (parent[key] === undefined) parent[key] = [];
  const array = parent[key];
  if (!Array.isArray(array)) throw new UpdateError(`cannot update ${path}: not an array`);
  return array;
}

const eachOf = (value: unknown): unknown[] =>
  value && typeof value === 'object' && '$each' in value ? ((value as { $each: unknown[] }).$each ?? []) : [value];

function isCondition(value: unknown): value is Container {
  return !!value && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);
}

const OPERATORS: Record<string, (record: Container, path: string, value: unknown) => void> = {
  $set(record, path, value) {
    const { parent, key } = parentOf(record, path, true)!;
    parent[key] = value;
  },
  $unset(record, path) {
    const found = parentOf(record, path, false);
    if (found) delete found.parent[found.key];
  },
  $inc(record, path, value) {
    if (typeof value !== 'number') throw new UpdateError(`$inc of ${path} needs a number`);
    const { parent, key } = parentOf(record, path, true)!;
    const current = parent[key] ?? 0;
    if (typeof current !== 'number') throw new UpdateError(`$inc of ${path}: the field is not a number`);
    parent[key] = current + value;
  },
  $push(record, path, value) {
    arrayAt(record, path).push(...eachOf(value));
  },
  $addToSet(record, path, value) {
    const array = arrayAt(record, path);
    for (const item of eachOf(value)) if (!array.some((existing) => deepEqual(existing, item))) array.push(item);
  },
  $pull(record, path, value) {
    const found = parentOf(record, path, false);
    const array = found?.parent[found.key];
    if (!Array.isArray(array)) return;
    const matches = isCondition(value) ? sift(value) : (item: unknown) => deepEqual(item, value);
    found!.parent[found!.key] = array.filter((item) => !matches(item));
  },
};

/** Applies `update` to `record` in place (the caller checks that `_id` did not change). */
export function applyUpdate(record: Container, update: Update): void {
  for (const [operator, fields] of Object.entries(update)) {
    const apply = OPERATORS[operator];
    if (!apply) throw new UpdateError(`unsupported update operator ${operator}`);
    for (const [path, value] of Object.entries(fields)) apply(record, path, value);
  }
}
