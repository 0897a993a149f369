// Translates the port's Mongo-style filters into a SQL condition that SQLite can answer from an
// index. The condition is a superset of the matches; unless it is marked exact, every candidate is
// checked again in JavaScript with sift, so operators SQL cannot say exactly stay Mongo-correct.
import { DATE_KEY } from './record-codec.ts';
import { extract, jsonPath, pathSegments } from './paths.ts';

/** Whether any stored record has an array on the way to (inner) or at the end of (leaf) a path. */
export interface PathShape {
  innerArray: boolean;
  leafArray: boolean;
}

export type Shapes = ReadonlyMap<string, PathShape>;

export interface SqlCondition {
  /** null: SQL cannot narrow this part; everything is a candidate. */
  sql: string | null;
  params: unknown[];
  /** True when the SQL alone decides the match, so no JavaScript check is needed. */
  exact: boolean;
}

const LOOSE: SqlCondition = { sql: null, params: [], exact: false };
const COMPARISONS: Record<string, string> = { $eq: '=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

type Bindable = string | number;

/** SQL spelling of a plain value; Dates are compared through their `$$date` key, others not at all. */
function bindable(value: unknown): Bindable | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || value instanceof Date || value instanceof RegExp || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}

function and(parts: SqlCondition[]): SqlCondition {
  const narrowing = parts.filter((part) => part.sql !== null);
  return {
    sql: narrowing.length === 0 ? null : narrowing.map((part) => part.sql).join(' AND '),
    params: narrowing.flatMap((part) => part.params),
    exact: parts.every((part) => part.exact),
  };
}

function or(parts: SqlCondition[]): SqlCondition {
  if (parts.length === 0 || parts.some((part) => part.sql === null)) return LOOSE;
  return { sql: `(${parts.map((part) => `(${part.sql})`).join(' OR ')})`, params: parts.flatMap((part) => part.params), exact: parts.every((part) => part.exact) };
}

/** `_id` is a real TEXT column holding strings only, so string conditions on it are exact. */
function idCondition(operator: string, operand: unknown): SqlCondition {
  const sqlOperator = COMPARISONS[operator] ?? (operator === '$ne' ? '<>' : undefined);
  if (sqlOperator && typeof operand === 'string') return { sql: `_id ${sqlOperator} ?`, params: [operand], exact: true };
  if ((operator === '$in' || operator === '$nin') && Array.isArray(operand) && operand.every((id) => typeof id === 'string')) {
    const not = operator === '$nin' ? 'NOT ' : '';
    return { sql: `_id ${not}IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(operand)], exact: true };
  }
  return LOOSE;
}

type Access = { mode: 'scalar'; expression: string; segments: string[] } | { mode: 'each'; path: string } | { mode: 'opaque' };

/**
 * How SQL may read a path. A path no record holds an array on is read with the same
 * json_extract as its index; a path whose end may be an array is read element by element;
 * an array part-way (or an unindexed dotted path, whose shape is unknown) is left to JavaScript.
 */
function access(path: string, shapes: Shapes): Access {
  const segments = pathSegments(path);
  const shape = shapes.get(path);
  if (shape && !shape.innerArray && !shape.leafArray) return { mode: 'scalar', expression: extract(segments), segments };
  if ((shape && !shape.innerArray) || (!shape && segments.length === 1)) return { mode: 'each', path: jsonPath(segments) };
  return { mode: 'opaque' };
}

function comparison(how: Access, sqlOperator: string, operand: unknown): SqlCondition {
  if (how.mode === 'opaque') return LOOSE;
  if (operand instanceof Date) {
    if (how.mode !== 'scalar') return LOOSE;
    return { sql: `${extract([...how.segments, DATE_KEY])} ${sqlOperator} ?`, params: [operand.getTime()], exact: false };
  }
  const value = bindable(operand);
  if (value === undefined) {
    const isNullEquality = operand === null && sqlOperator === '=' && how.mode === 'scalar';
    return isNullEquality ? { sql: `${how.expression} IS NULL`, params: [], exact: false } : LOOSE;
  }
  const exact = how.mode === 'scalar' && sqlOperator === '=' && typeof operand === 'string';
  if (how.mode === 'scalar') return { sql: `${how.expression} ${sqlOperator} ?`, params: [value], exact };
  return { sql: `EXISTS (SELECT 1 FROM json_each(doc, ${how.path}) WHERE value ${sqlOperator} ?)`, params: [value], exact };
}

function membership(how: Access, operand: unknown): SqlCondition {
  if (how.mode === 'opaque' || !Array.isArray(operand)) return LOOSE;
  const values = operand.map(bindable);
  if (values.some((value) => value === undefined)) return LOOSE;
  const list = `(SELECT value FROM json_each(?))`;
  const params = [JSON.stringify(values)];
  if (how.mode === 'scalar') return { sql: `${how.expression} IN ${list}`, params, exact: operand.every((value) => typeof value === 'string') };
  return { sql: `EXISTS (SELECT 1 FROM json_each(doc, ${how.path}) WHERE value IN ${list})`, params, exact: false };
}

function operatorCondition(path: string, operator: string, operand: unknown, shapes: Shapes): SqlCondition {
  if (path === '_id') return idCondition(operator, operand);
  const how = access(path, shapes);
  if (operator === '$in') return membership(how, operand);
  const sqlOperator = COMPARISONS[operator];
  return sqlOperator ? comparison(how, sqlOperator, operand) : LOOSE;
}

function fieldCondition(path: string, value: unknown, shapes: Shapes): SqlCondition {
  if (!isOperatorObject(value)) return operatorCondition(path, '$eq', value, shapes);
  return and(Object.entries(value).map(([operator, operand]) => operatorCondition(path, operator, operand, shapes)));
}

/** The SQL candidate condition for a filter, given the array shapes of the indexed paths. */
export function translateFilter(filter: Record<string, unknown>, shapes: Shapes): SqlCondition {
  return and(
    Object.entries(filter).map(([key, value]) => {
      if (key === '$and' && Array.isArray(value)) return and(value.map((part) => translateFilter(part, shapes)));
      if (key === '$or' && Array.isArray(value)) return or(value.map((part) => translateFilter(part, shapes)));
      if (key.startsWith('$')) return LOOSE;
      return fieldCondition(key, value, shapes);
    }),
  );
}

/**
 * ORDER BY in Mongo's order of types (missing and null, numbers, strings, objects, arrays,
 * booleans, dates), then by value; insertion order breaks ties.
 */
export function orderBy(sort: Record<string, 1 | -1>): string {
  const terms = Object.entries(sort).flatMap(([path, direction]) => {
    const dir = direction === -1 ? 'DESC' : 'ASC';
    if (path === '_id') return [`_id ${dir}`];
    const segments = pathSegments(path);
    const at = jsonPath(segments);
    const date = extract([...segments, DATE_KEY]);
    const rank = `CASE json_type(doc, ${at}) WHEN 'integer' THEN 1 WHEN 'real' THEN 1 WHEN 'text' THEN 2 WHEN 'object' THEN (CASE WHEN ${date} IS NULL THEN 3 ELSE 6 END) WHEN 'array' THEN 4 WHEN 'false' THEN 5 WHEN 'true' THEN 5 ELSE 0 END`;
    return [`${rank} ${dir}`, `COALESCE(${date}, ${extract(segments)}) ${dir}`];
  });
  return [...terms, 'rowid'].join(', ');
}
