// Pushes a generated data set through the REST API: people sign up, create their organisations
// and invite colleagues, who accept; then listings are posted one by one, so the matching engine
// stores the suggestions each new listing finds, exactly as it would for people using the platform.
import { DemoApiClient, type DemoSession } from './api-client.ts';
import type { DemoClock } from './demo-clock.ts';
import { listingAgeDays } from './deal-plan.ts';
import { DEMO_PASSWORD } from './featured.ts';
import { runPool } from './pool.ts';
import type { DemoProgress } from './progress.ts';
import type { DemoDataset, DemoOrg } from './types.ts';

/** Sign-ups are password hashes: a few at once keeps both cores busy. */
const ORG_CONCURRENCY = 4;
const DAY_MS = 24 * 60 * 60_000;

/** An organisation as created through the API, with its people signed in. */
export interface LoadedOrg {
  orgId: string;
  /** The owner first, then the other members. */
  sessions: DemoSession[];
}

export interface LoadedListing {
  id: string;
  orgKey: string;
  anonymous: boolean;
  ageDays: number;
}

/** What the API handed back for the data set: ids and sessions by data-set key. */
export interface LoadedDemo {
  orgs: Map<string, LoadedOrg>;
  /** Listing key → listing id, the organisation key it belongs to, and how many days before the load it was posted. */
  listings: Map<string, LoadedListing>;
  users: number;
}

async function loadOrg(api: DemoApiClient, org: DemoOrg): Promise<LoadedOrg> {
  const owner = await api.register(org.owner, DEMO_PASSWORD);
  const created = await api.createOrg(owner, org.profile);
  const sessions = [owner];
  for (const member of org.members) {
    const session = await api.register(member, DEMO_PASSWORD);
    await api.addOrgMember(owner, created.id, session);
    sessions.push(session);
  }
  return { orgId: created.id, sessions };
}

/**
 * Signs everyone up, creates the organisations, then posts every listing on the clock, spread
 * over the programme's past weeks (so its matches are as old); reports progress as it goes.
 */
export async function loadDataset(api: DemoApiClient, dataset: DemoDataset, progress: DemoProgress, clock: DemoClock): Promise<LoadedDemo> {
  const orgs = new Map<string, LoadedOrg>();
  let done = 0;
  await runPool(dataset.orgs, ORG_CONCURRENCY, async (org) => {
    orgs.set(org.key, await loadOrg(api, org));
    progress.step('orgs', ++done, dataset.orgs.length);
  });

  const listings: LoadedDemo['listings'] = new Map();
  const now = Date.now();
  // One at a time, in data-set order, so the suggestions stored are the same on every run.
  for (const [index, listing] of dataset.listings.entries()) {
    const org = orgs.get(listing.orgKey);
    if (!org) throw new Error(`listing ${listing.key} names unknown organisation ${listing.orgKey}`);
    // Colleagues post too, not only owners.
    const author = org.sessions[index % org.sessions.length];
    const expiresAt = listing.expiresInDays === null ? null : new Date(now + listing.expiresInDays * DAY_MS).toISOString();
    const ageDays = listingAgeDays(index, dataset.listings.length);
    clock.setDaysAgo(ageDays);
    const posted = await api.postListing(author, { ...listing.body, orgId: org.orgId, expiresAt });
    listings.set(listing.key, { id: posted.id, orgKey: listing.orgKey, anonymous: posted.anonymous, ageDays });
    progress.step('listings', index + 1, dataset.listings.length);
  }
  const users = [...orgs.values()].reduce((sum, org) => sum + org.sessions.length, 0);
  return { orgs, listings, users };
}
