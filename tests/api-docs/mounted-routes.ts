// The routes Express really serves, read from the router stack of a running app (Express 5 /
// router 2): every route layer, with the paths of the routers it is mounted under.
import type { Express } from 'express';

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

export interface MountedRoute {
  method: string;
  path: string;
}

function join(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function walk(stack: Layer[], prefix: string, found: MountedRoute[], unreadable: string[]): void {
  for (const layer of stack) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') unreadable.push(String(layer.route.path));
      else for (const method of Object.keys(layer.route.methods)) found.push({ method, path: join(prefix, layer.route.path) });
    } else if (layer.handle?.stack) {
      if (typeof layer.rawPath !== 'string') unreadable.push(String(layer.rawPath));
      else walk(layer.handle.stack, join(prefix, layer.rawPath), found, unreadable);
    }
  }
}

/** Every route of this Express app; paths that are not strings are reported apart. */
export function mountedRoutes(web: Express): { routes: MountedRoute[]; unreadable: string[] } {
  const app = web as unknown as { router: { stack: Layer[] } };
  const routes: MountedRoute[] = [];
  const unreadable: string[] = [];
  walk(app.router.stack, '/', routes, unreadable);
  return { routes, unreadable };
}
