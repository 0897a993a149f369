// The route registry: every REST route is declared once, with its schemas, auth and errors, on an
// ApiRouter. The same declaration mounts the Express handler and feeds the OpenAPI document, so the
// documentation cannot drift into a second list of routes.
import { Router, type RequestHandler, type RouterOptions } from 'express';
import type { RouteParameters } from 'express-serve-static-core';
import type { z } from 'zod';
import type { ErrorCode } from '../../shared/protocol.ts';

/** Who may call a route: anyone, a signed-in session (cookie or bearer), or an instance admin. */
export type RouteAuth = 'none' | 'session' | 'admin';

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteDoc {
  /** One line saying what the route does, as shown in the reference. */
  summary: string;
  auth: RouteAuth;
  /** Path parameters by name; a parameter not named here is documented as a plain string. */
  params?: Readonly<Record<string, z.ZodType>>;
  query?: z.ZodType;
  /** The JSON request body. */
  body?: z.ZodType;
  /** A non-JSON request body (an upload) by content type, instead of `body`. */
  rawBody?: string;
  /** The JSON success body, where a shared schema describes it. */
  response?: z.ZodType;
  /** The success statuses (default 200; 204 has no body). */
  statuses?: readonly number[];
  /** The content type of a success that is not JSON (CSV, a file, HTML). */
  produces?: string;
  /** Errors this route raises beyond the ones every route of its kind may (auth, validation, CSRF, rate limit). */
  errors?: readonly ErrorCode[];
}

/** One route as the document lists it: its full Express path, its declaration and the feature it belongs to. */
export interface DocumentedRoute {
  method: RouteMethod;
  path: string;
  doc: RouteDoc;
  /** The feature (its server folder) that declared the route: the document's tag. */
  tag?: string;
}

export interface ApiRouterOptions extends RouterOptions {
  /** The feature this router's routes (and those mounted in it without their own) belong to. */
  tag?: string;
}

type Entry = { kind: 'route'; route: DocumentedRoute } | { kind: 'mount'; path: string; child: ApiRouter };

function joinPaths(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** An Express router whose routes carry their documentation; handlers are typed by their path as in Express. */
export class ApiRouter {
  /** The Express router to mount. */
  readonly router: Router;
  readonly #entries: Entry[] = [];
  readonly #tag: string | undefined;

  constructor({ tag, ...options }: ApiRouterOptions = {}) {
    this.router = Router(options);
    this.#tag = tag;
  }

  get<Path extends string>(path: Path, doc: RouteDoc, ...handlers: Array<RequestHandler<RouteParameters<Path>>>): this {
    return this.#route('get', path, doc, handlers as RequestHandler[]);
  }

  post<Path extends string>(path: Path, doc: RouteDoc, ...handlers: Array<RequestHandler<RouteParameters<Path>>>): this {
    return this.#route('post', path, doc, handlers as RequestHandler[]);
  }

  put<Path extends string>(path: Path, doc: RouteDoc, ...handlers: Array<RequestHandler<RouteParameters<Path>>>): this {
    return this.#route('put', path, doc, handlers as RequestHandler[]);
  }

  patch<Path extends string>(path: Path, doc: RouteDoc, ...handlers: Array<RequestHandler<RouteParameters<Path>>>): this {
    return this.#route('patch', path, doc, handlers as RequestHandler[]);
  }

  delete<Path extends string>(path: Path, doc: RouteDoc, ...handlers: Array<RequestHandler<RouteParameters<Path>>>): this {
    return this.#route('delete', path, doc, handlers as RequestHandler[]);
  }

  /** Mounts another documented router, at a path or where this one is. */
  use(pathOrChild: string | ApiRouter, child?: ApiRouter): this {
    const [path, mounted] = typeof pathOrChild === 'string' ? [pathOrChild, child] : ['/', pathOrChild];
    if (!mounted) throw new Error('ApiRouter.use needs a router to mount');
    this.router.use(path, mounted.router);
    this.#entries.push({ kind: 'mount', path, child: mounted });
    return this;
  }

  /** Every route of this router and the ones mounted in it, with full paths and features, in mounting order. */
  routes(prefix = '/', tag?: string): DocumentedRoute[] {
    const own = this.#tag ?? tag;
    return this.#entries.flatMap((entry) =>
      entry.kind === 'route'
        ? [{ ...entry.route, path: joinPaths(prefix, entry.route.path), ...(own ? { tag: own } : {}) }]
        : entry.child.routes(joinPaths(prefix, entry.path), own),
    );
  }

  #route(method: RouteMethod, path: string, doc: RouteDoc, handlers: RequestHandler[]): this {
    this.router[method](path, ...handlers);
    this.#entries.push({ kind: 'route', route: { method, path, doc } });
    return this;
  }
}
