// Builds the OpenAPI 3.1 document from the route registry: paths from the mounted ApiRouters,
// request and response schemas converted from the shared zod schemas with z.toJSONSchema, and the
// error codes each route can answer, grouped by HTTP status.
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import { ErrorCode } from '../../shared/protocol.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../../shared/schemas/auth.ts';
import { type DocumentedRoute, type RouteDoc, errorStatus } from '../http/index.ts';

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

export interface DocumentInfo {
  title: string;
  version: string;
}

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const ERROR_SCHEMA_REF = '#/components/schemas/Error';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // `unrepresentable: 'any'`: a transform's output or a custom check documents as "any value"
  // rather than failing the whole document.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'throw' }) as JsonSchema;
  return rest;
}

/** Express `/:id` becomes OpenAPI `/{id}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

function pathParamNames(expressPath: string): string[] {
  return [...expressPath.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
}

function parameters(route: DocumentedRoute): Operation[] {
  const inPath = pathParamNames(route.path).map((name) => {
    const declared = route.doc.params?.[name];
    return { name, in: 'path', required: true, schema: declared ? jsonSchema(declared, 'input') : { type: 'string' } };
  });
  if (!route.doc.query) return inPath;
  const query = jsonSchema(route.doc.query, 'input');
  const properties = (query.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query.required ?? []) as string[]);
  const inQuery = Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
  return [...inPath, ...inQuery];
}

/** The error codes a route may answer: those of its kind, and the ones it declares. */
export function routeErrors(route: DocumentedRoute): ErrorCode[] {
  const { doc, method, path } = route;
  const codes = new Set<ErrorCode>(doc.errors);
  if (path.startsWith('/api/')) codes.add(ErrorCode.RateLimited);
  if (doc.auth !== 'none') codes.add(ErrorCode.Unauthenticated);
  if (doc.auth === 'admin') codes.add(ErrorCode.Forbidden);
  if (path.startsWith('/api/') && UNSAFE_METHODS.has(method)) codes.add(ErrorCode.CsrfFailed);
  const hasParams = pathParamNames(path).length > 0;
  if (hasParams || doc.query || doc.body || doc.rawBody) codes.add(ErrorCode.BadRequest);
  if (doc.body) codes.add(ErrorCode.PayloadTooLarge);
  if (hasParams) codes.add(ErrorCode.NotFound);
  codes.add(ErrorCode.Internal);
  return [...codes];
}

function errorResponses(route: DocumentedRoute): Record<string, Operation> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of routeErrors(route)) byStatus.set(errorStatus(code), [...(byStatus.get(errorStatus(code)) ?? []), code]);
  const responses: Record<string, Operation> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const schema = { allOf: [{ $ref: ERROR_SCHEMA_REF }, { properties: { error: { enum: codes } } }] };
    responses[String(status)] = { description: `${statusText(status)}: ${codes.join(', ')}`, content: { 'application/json': { schema } } };
  }
  return responses;
}

/** How the document words a status: ours where the standard phrase says too little, else the standard one. */
const STATUS_TEXT: Readonly<Record<number, string>> = {
  204: 'Done, no content',
  206: 'Partial content (a Range request)',
  503: 'Service unavailable (degraded: the store does not answer)',
};

function statusText(status: number): string {
  return STATUS_TEXT[status] ?? STATUS_CODES[status] ?? `HTTP ${status}`;
}

/** The declared statuses other than errors: successes and, for health, its degraded answer (same body). */
function successResponses(doc: RouteDoc): Record<string, Operation> {
  const responses: Record<string, Operation> = {};
  for (const status of doc.statuses ?? [200]) {
    if (status === 204) {
      responses['204'] = { description: statusText(204) };
      continue;
    }
    const media = doc.produces ?? 'application/json';
    const content = doc.response ? { [media]: { schema: jsonSchema(doc.response, 'output') } } : { [media]: {} };
    responses[String(status)] = { description: statusText(status), content };
  }
  return responses;
}

function requestBody(doc: RouteDoc): Operation | undefined {
  if (doc.rawBody) return { required: true, content: { [doc.rawBody]: { schema: { type: 'string', contentMediaType: doc.rawBody } } } };
  if (!doc.body) return undefined;
  return { required: true, content: { 'application/json': { schema: jsonSchema(doc.body, 'input') } } };
}

function operationId(route: DocumentedRoute): string {
  const words = openApiPath(route.path).replace(/[{}]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return [route.method, ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join('');
}

function operation(route: DocumentedRoute): Operation {
  const { doc } = route;
  const tag = route.tag ?? route.path.split('/')[route.path.startsWith('/api/') ? 2 : 1] ?? 'root';
  const body = requestBody(doc);
  return {
    operationId: operationId(route),
    summary: doc.summary,
    tags: [tag],
    'x-auth': doc.auth,
    ...(doc.auth === 'admin' ? { description: 'Instance admins only (`ADMIN_EMAILS`).' } : {}),
    security: doc.auth === 'none' ? [] : [{ sessionCookie: [] }, { bearer: [] }],
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses: { ...successResponses(doc), ...errorResponses(route) },
  };
}

const DESCRIPTION = `The Superconnector REST API. Sign in with \`POST /api/auth/login\`: the answer sets the
\`${SESSION_COOKIE}\` cookie and gives a CSRF token, which every cookie-authenticated POST, PUT, PATCH and
DELETE must send in the \`${CSRF_HEADER}\` header. A session token may instead be sent as
\`Authorization: Bearer <token>\` (no CSRF token needed). Errors are \`{ error, message, details? }\` with
\`error\` one of the codes listed per route. Generated from the route registry and the shared zod schemas.`;

/** The whole OpenAPI 3.1 document for these routes. */
export function openApiDocument(routes: readonly DocumentedRoute[], info: DocumentInfo): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  const tags = [...new Set(Object.values(paths).flatMap((operations) => Object.values(operations).flatMap((op) => op.tags as string[])))].sort();
  return {
    openapi: '3.1.0',
    info: { ...info, description: DESCRIPTION },
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: { error: { enum: Object.values(ErrorCode) }, message: { type: 'string' }, details: {} },
        },
      },
    },
  };
}
