// Every address of the app, as a person would open it with a filled demo: who opens it, its hash,
// and what shows once its content has rendered. A new route is one more line here.
import { DEAL_TABS } from '../../client/src/lib/hash-route.svelte.ts';

/** Whose page opens a route: a party of the featured deal, the demo's manager, or nobody signed in. */
export type Visitor = 'party' | 'manager' | 'signed-out';

/** The records the routes with an id open, all the party's own. */
export interface RouteIds {
  noteId: string;
  orgId: string;
  listingId: string;
  dealId: string;
  /** The mutual match the featured deal came from, and a meeting booked from it. */
  matchId: string;
  meetingId: string;
}

export interface AppRoute {
  /** Names the route in failures and screenshots. */
  name: string;
  visitor: Visitor;
  hash: (ids: RouteIds) => string;
  /** Visible once the page shows its content (not a loading line). */
  ready: string;
}

const DEAL_TAB_READY: Record<(typeof DEAL_TABS)[number], string> = {
  dossier: '.deal-room .dossier-text[data-section="overview"]',
  board: '.deal-room .term-card',
  files: '.deal-room .files-view[data-ready="true"] :is(.folder-row, .file-row, .files-empty)',
  qa: '.deal-room .qa-view :is(.questions > li, .empty-state)',
  checklist: '.deal-room .checklist[data-ready="true"] :is([data-testid="checklist-empty"], .item)',
  meetings: '.deal-room .meetings-view[data-ready="true"] :is(.meeting, .empty-state)',
  history: '.deal-room .history-view .activity li',
  members: '.deal-room .members .member',
};

export const APP_ROUTES: AppRoute[] = [
  { name: 'home', visitor: 'party', hash: () => '#/', ready: '.home-page :is(.needs-you, .first-run, [data-testid="home-nothing"])' },
  { name: 'home-manager', visitor: 'manager', hash: () => '#/', ready: '.home-page .pipeline-brief' },
  { name: 'notes', visitor: 'party', hash: () => '#/notes', ready: '.notes-page .note-item' },
  { name: 'note', visitor: 'party', hash: (ids) => `#/notes/${ids.noteId}`, ready: '.note-page .note-text' },
  { name: 'marketplace', visitor: 'party', hash: () => '#/marketplace', ready: '.marketplace .results > li' },
  { name: 'matches', visitor: 'party', hash: () => '#/matches', ready: '.matches-page .match-list > li' },
  { name: 'match-meetings', visitor: 'party', hash: (ids) => `#/matches/${ids.matchId}/meetings`, ready: '.match-meetings .meetings-view[data-ready="true"] .meeting' },
  { name: 'meeting', visitor: 'party', hash: (ids) => `#/meetings/${ids.meetingId}`, ready: '.meeting-page[data-ready="true"] .note-text' },
  { name: 'orgs', visitor: 'party', hash: () => '#/orgs', ready: '.orgs-page .org-item' },
  { name: 'org-new', visitor: 'party', hash: () => '#/orgs/new', ready: '.new-org form' },
  { name: 'org', visitor: 'party', hash: (ids) => `#/orgs/${ids.orgId}`, ready: '.org-page .listing-list > li' },
  { name: 'listing-new', visitor: 'party', hash: (ids) => `#/listings/new?org=${ids.orgId}`, ready: '.new-listing .listing-editor' },
  { name: 'listing', visitor: 'party', hash: (ids) => `#/listings/${ids.listingId}`, ready: '.listing-page .listing-matches .ranked > li' },
  { name: 'listing-edit', visitor: 'party', hash: (ids) => `#/listings/${ids.listingId}/edit`, ready: '.edit-listing .listing-editor' },
  { name: 'deals', visitor: 'party', hash: () => '#/deals', ready: '.deals-page .deals > li' },
  ...DEAL_TABS.map(
    (tab): AppRoute => ({
      name: `deal-${tab}`,
      visitor: 'party',
      hash: (ids) => (tab === 'dossier' ? `#/deals/${ids.dealId}` : `#/deals/${ids.dealId}/${tab}`),
      ready: DEAL_TAB_READY[tab],
    }),
  ),
  { name: 'dashboard', visitor: 'manager', hash: () => '#/dashboard', ready: '.dashboard-page[data-ready="true"] canvas' },
  { name: 'notifications', visitor: 'party', hash: () => '#/notifications', ready: '.notifications-page ul.card > li' },
  { name: 'notification-settings', visitor: 'party', hash: () => '#/notifications/settings', ready: '.notification-settings input[data-type]' },
  { name: 'account', visitor: 'party', hash: () => '#/account', ready: '.account-security form' },
  { name: 'sign-in', visitor: 'signed-out', hash: () => '#/sign-in', ready: '.auth input[autocomplete="current-password"]' },
  { name: 'sign-up', visitor: 'signed-out', hash: () => '#/sign-up', ready: '.auth input[autocomplete="new-password"]' },
  // E-mailed links; a link that works is opened in invite-by-email.test.ts (it needs the e-mail).
  { name: 'invite-link-invalid', visitor: 'signed-out', hash: () => '#/invite/no-such-invitation-link-0000', ready: '.invite-landing .link-invalid' },
  { name: 'unsubscribe-invalid', visitor: 'signed-out', hash: () => '#/unsubscribe/bm8tc3VjaC1saW5r.AAAA', ready: '.unsubscribe-page[data-state="invalid"]' },
];
