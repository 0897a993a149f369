// Hash-based routing: `#/` home, `#/notes` my notes, `#/notes/<id>` one note, `#/marketplace`, `#/matches`,
// `#/matches/<id>/meetings`, `#/meetings/<id>`, `#/orgs`, `#/orgs/new`, `#/orgs/<id>`, `#/listings/new[?org=<id>]`, `#/listings/<id>`,
// `#/listings/<id>/edit`, `#/deals`, `#/deals/<id>[/<tab>][?open=<id>]`, `#/dashboard`, `#/notifications`,
// `#/notifications/settings`, `#/account`, `#/sign-in`, `#/sign-up`; and, signed in or not, the e-mailed
// links `#/invite/<token>` and `#/unsubscribe/<token>`.

/** The parts of a deal room, each with its own address. */
export const DEAL_TABS = ['dossier', 'board', 'files', 'qa', 'checklist', 'meetings', 'history', 'members'] as const;
export type DealTab = (typeof DEAL_TABS)[number];

export type Route =
  | { page: 'home' }
  | { page: 'notes' }
  | { page: 'note'; id: string }
  | { page: 'marketplace' }
  /** `query`: the inbox's filters as URL parameters (`sort=fit&listing=<id>` …), kept on reload. */
  | { page: 'matches'; query?: string }
  /** A mutual match's meetings, and the form to propose one. */
  | { page: 'match-meetings'; id: string }
  /** One meeting with its co-edited notes. */
  | { page: 'meeting'; id: string }
  | { page: 'orgs' }
  | { page: 'org-new' }
  | { page: 'org'; id: string }
  | { page: 'listing-new'; orgId?: string }
  | { page: 'listing'; id: string }
  | { page: 'listing-edit'; id: string }
  | { page: 'deals' }
  /** `open`: a file (Files tab) or question (Q&A tab) to show, from a link elsewhere in the room. */
  | { page: 'deal'; id: string; tab: DealTab; open?: string }
  | { page: 'dashboard' }
  | { page: 'notifications' }
  | { page: 'notification-settings' }
  | { page: 'account' }
  | { page: 'sign-in' }
  | { page: 'sign-up' }
  /** An e-mailed invitation link's landing page. */
  | { page: 'invite'; token: string }
  /** An e-mail's unsubscribe page. */
  | { page: 'unsubscribe'; token: string };

export type Page = Route['page'];

const ID = '([A-Za-z0-9_-]+)';

/** Paths with one id, tried in order. */
const ID_ROUTES: [RegExp, (id: string) => Route][] = [
  [new RegExp(`^/notes/${ID}$`), (id) => ({ page: 'note', id })],
  [new RegExp(`^/matches/${ID}/meetings$`), (id) => ({ page: 'match-meetings', id })],
  [new RegExp(`^/meetings/${ID}$`), (id) => ({ page: 'meeting', id })],
  [new RegExp(`^/orgs/${ID}$`), (id) => (id === 'new' ? { page: 'org-new' } : { page: 'org', id })],
  [new RegExp(`^/listings/${ID}/edit$`), (id) => ({ page: 'listing-edit', id })],
  [new RegExp(`^/listings/${ID}$`), (id) => ({ page: 'listing', id })],
  [new RegExp(`^/deals/${ID}$`), (id) => ({ page: 'deal', id, tab: 'dossier' })],
];

function isDealTab(value: string): value is DealTab {
  return (DEAL_TABS as readonly string[]).includes(value);
}

const DEAL_TAB_ROUTE = new RegExp(`^/deals/${ID}/([a-z]+)$`);
/** Links carrying a token from an e-mail (an unsubscribe token has a dot between its parts). */
const TOKEN_ROUTE = /^\/(invite|unsubscribe)\/([\w.-]+)$/;

const PLAIN_ROUTES: Record<string, Route> = {
  '/': { page: 'home' },
  '/notes': { page: 'notes' },
  '/marketplace': { page: 'marketplace' },
  '/matches': { page: 'matches' },
  '/orgs': { page: 'orgs' },
  '/deals': { page: 'deals' },
  '/dashboard': { page: 'dashboard' },
  '/notifications': { page: 'notifications' },
  '/notifications/settings': { page: 'notification-settings' },
  '/account': { page: 'account' },
  '/sign-in': { page: 'sign-in' },
  '/sign-up': { page: 'sign-up' },
};

export function parseRoute(hash: string): Route {
  const [path, search = ''] = (hash.replace(/^#/, '') || '/').split('?');
  if (path === '/matches') return search ? { page: 'matches', query: search } : { page: 'matches' };
  if (path === '/listings/new') {
    const orgId = new URLSearchParams(search).get('org');
    return orgId && /^[A-Za-z0-9_-]+$/.test(orgId) ? { page: 'listing-new', orgId } : { page: 'listing-new' };
  }
  for (const [pattern, make] of ID_ROUTES) {
    const found = pattern.exec(path);
    if (found) return make(found[1]);
  }
  const tokenLink = TOKEN_ROUTE.exec(path);
  if (tokenLink) return { page: tokenLink[1] === 'invite' ? 'invite' : 'unsubscribe', token: tokenLink[2] };
  const dealTab = DEAL_TAB_ROUTE.exec(path);
  if (dealTab && isDealTab(dealTab[2])) {
    const open = new URLSearchParams(search).get('open');
    const route: Route = { page: 'deal', id: dealTab[1], tab: dealTab[2] };
    return open && /^[A-Za-z0-9_-]+$/.test(open) ? { ...route, open } : route;
  }
  return PLAIN_ROUTES[path] ?? { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'notes':
      return '#/notes';
    case 'note':
      return `#/notes/${route.id}`;
    case 'match-meetings':
      return `#/matches/${route.id}/meetings`;
    case 'meeting':
      return `#/meetings/${route.id}`;
    case 'org-new':
      return '#/orgs/new';
    case 'org':
      return `#/orgs/${route.id}`;
    case 'listing-new':
      return route.orgId ? `#/listings/new?org=${route.orgId}` : '#/listings/new';
    case 'listing':
      return `#/listings/${route.id}`;
    case 'listing-edit':
      return `#/listings/${route.id}/edit`;
    case 'deal':
      if (route.open) return `#/deals/${route.id}/${route.tab}?open=${route.open}`;
      return route.tab === 'dossier' ? `#/deals/${route.id}` : `#/deals/${route.id}/${route.tab}`;
    case 'notification-settings':
      return '#/notifications/settings';
    case 'matches':
      return route.query ? `#/matches?${route.query}` : '#/matches';
    case 'invite':
    case 'unsubscribe':
      return `#/${route.page}/${route.token}`;
    case 'marketplace':
    case 'orgs':
    case 'deals':
    case 'dashboard':
    case 'notifications':
    case 'account':
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
