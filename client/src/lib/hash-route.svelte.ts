// Hash-based routing: `#/` my notes, `#/notes/<id>` one note, `#/sign-in`, `#/sign-up`.
export type Route =
  | { page: 'notes' }
  | { page: 'note'; id: string }
  | { page: 'sign-in' }
  | { page: 'sign-up' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const note = /^\/notes\/([A-Za-z0-9_-]+)$/.exec(path);
  if (note) return { page: 'note', id: note[1] };
  if (path === '/sign-in') return { page: 'sign-in' };
  if (path === '/sign-up') return { page: 'sign-up' };
  return { page: 'notes' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'notes':
      return '#/';
    case 'note':
      return `#/notes/${route.id}`;
    case 'sign-in':
    case 'sign-up':
      return `#/${route.page}`;
  }
}

export class HashRouter {
  route = $state<Route>(parseRoute(window.location.hash));

  /** Follows the address bar; returns the cleanup. */
  listen(): () => void {
    const onHashChange = () => {
      this.route = parseRoute(window.location.hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }

  go(route: Route): void {
    window.location.hash = routeHref(route);
  }
}
