// The OpenAPI document against the real app: every mounted route is documented and every
// documented one is mounted, the document is valid OpenAPI 3.1, and each route's declared auth is
// what the server does without credentials. The reference page renders offline from our host.
import { readdirSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { validate, compileErrors } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../server/api-docs/index.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { mountedRoutes } from './mounted-routes.ts';

type Response = { description: string; content?: Record<string, { schema?: unknown }> };
type Operation = { 'x-auth': string; tags: string[]; responses: Record<string, Response>; parameters: Array<{ name: string; in: string }> };
type Document = { openapi: string; tags: Array<{ name: string }>; paths: Record<string, Record<string, Operation>> };

let server: TestServer;
let document: Document;

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/api/openapi.json`);
  expect(response.status).toBe(200);
  document = (await response.json()) as Document;
});

afterAll(async () => {
  await server.close();
});

function documented(): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
}

describe('OpenAPI document', () => {
  it('lists exactly the routes the app mounts', () => {
    const { routes, unreadable } = mountedRoutes(server.app.web);
    expect(unreadable).toEqual([]);
    const mounted = [...new Set(routes.map((route) => `${route.method.toUpperCase()} ${openApiPath(route.path)}`))];
    // A route mounted without the registry (a plain Router) is missing from the document, and a
    // documented route that no longer exists is missing from the app: both show here by name.
    expect({ undocumented: mounted.filter((route) => !documented().includes(route)) }).toEqual({ undocumented: [] });
    expect({ notMounted: documented().filter((route) => !mounted.includes(route)) }).toEqual({ notMounted: [] });
    expect(mounted.length).toBeGreaterThan(100);
  });

  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('gives every route its error codes and every path parameter a schema', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const operation of Object.values(operations)) {
        expect(Object.keys(operation.responses).some((status) => status.startsWith('5'))).toBe(true);
        const inPath = operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
        expect(inPath.sort()).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort());
      }
    }
    const login = document.paths['/api/auth/login']?.post as unknown as { responses: Record<string, { content: Record<string, { schema: unknown }> }> };
    expect(JSON.stringify(login.responses['401'])).toContain('invalid_credentials');
  });

  it('describes every response by its status, never a failure or a degraded answer as OK', () => {
    const wrong: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const code = Number(status);
          const sensible = code < 300 ? response.description.length > 1 : response.description !== 'OK' && response.description.startsWith(STATUS_CODES[code]?.split(' ')[0] ?? '?');
          if (!sensible) wrong.push(`${method.toUpperCase()} ${path} ${status}: "${response.description}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(document.paths['/healthz']?.get?.responses['503']?.description).toMatch(/^Service unavailable/);
    expect(document.paths['/api/auth/login']?.post?.responses['401']?.description).toBe('Unauthorized: invalid_credentials');
  });

  it('tags every route with the server feature that declares it, and lists those tags', () => {
    const features = new Set(readdirSync('server', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    const used = new Set<string>();
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method.toUpperCase()} ${path}`, tags: operation.tags.filter((tag) => features.has(tag)) }).toEqual({ route: `${method.toUpperCase()} ${path}`, tags: operation.tags });
        expect(operation.tags).toHaveLength(1);
        used.add(operation.tags[0] as string);
      }
    }
    expect(document.tags.map((tag) => tag.name)).toEqual([...used].sort());
    expect(document.paths['/api/deals/{id}/meetings']?.post?.tags).toEqual(['meetings']);
    expect(document.paths['/api/auth/password-reset']?.post?.tags).toEqual(['password-reset']);
    expect(document.paths['/api/openapi.json']?.get?.tags).toEqual(['api-docs']);
  });

  it('gives the routes with a shared response schema that schema', () => {
    const schemaOf = (path: string, method: string, status: string) => document.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
    expect(schemaOf('/api/auth/password-reset', 'post', '202')).toMatchObject({ properties: { accepted: { const: true } } });
    expect(schemaOf('/api/auth/password-reset/{token}', 'post', '200')).toMatchObject({ required: ['email'] });
    expect(schemaOf('/api/auth/login', 'post', '200')).toMatchObject({ required: expect.arrayContaining(['token', 'user', 'csrfToken', 'timeZone']) });
    expect(schemaOf('/api/auth/register', 'post', '201')).toMatchObject({ required: expect.arrayContaining(['token', 'user']) });
    expect(schemaOf('/api/mail/failing', 'get', '200')).toMatchObject({ properties: { messages: { type: 'array' } } });
    expect(schemaOf('/api/notifications', 'get', '200')).toMatchObject({ properties: { notifications: { type: 'array' } } });
    expect(schemaOf('/api/notifications/unread-count', 'get', '200')).toMatchObject({ required: ['unread'] });
  });

  it('declares the auth each route enforces: without credentials, session and admin routes answer 401, open ones do not', async () => {
    const wrong: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      const url = server.url + path.replace(/\{(\w+)\}/g, 'x1');
      for (const [method, operation] of Object.entries(operations)) {
        const response = await fetch(url, { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: method === 'get' ? undefined : '{}' });
        await response.arrayBuffer();
        const answered401 = response.status === 401;
        if (answered401 !== (operation['x-auth'] !== 'none')) wrong.push(`${method.toUpperCase()} ${path}: ${operation['x-auth']} but ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('API reference page', () => {
  it('is served with the Redoc bundle from our own host under our CSP', async () => {
    const page = await fetch(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('spec-url="openapi.json"');
    const script = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBe('docs/redoc.standalone.js');
    const bundle = await fetch(new URL(script as string, `${server.url}/api/docs`));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect(html).not.toMatch(/https?:\/\//);
  });
});
