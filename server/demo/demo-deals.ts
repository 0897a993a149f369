// Takes a few matches all the way to deal rooms, so every demo role has something to open: the
// featured drone-supply pair (with the law firm as adviser and the trade body as manager) and a
// small pipeline of other deals the manager watches at different stages.
import { DEAL_STAGE_CODES, type Lang } from '../../shared/taxonomy/index.ts';
import type { DemoApiClient, DemoSession } from './api-client.ts';
import { DEMO_ACCOUNTS, FEATURED, FEATURED_PAIRS } from './featured.ts';
import type { LoadedDemo } from './loader.ts';
import type { DemoProgress } from './progress.ts';
import type { DemoDataset } from './types.ts';

/** Stages the manager's pipeline deals are moved to, one deal each. */
const PIPELINE_STAGES = ['nda', 'due-diligence', 'negotiation', 'agreed'] as const;
const CANDIDATES_PER_LISTING = 5;

interface Side {
  session: DemoSession;
  orgKey: string;
}

function owner(loaded: LoadedDemo, orgKey: string): DemoSession {
  const org = loaded.orgs.get(orgKey);
  if (!org) throw new Error(`organisation ${orgKey} was not loaded`);
  return org.sessions[0];
}

function listingId(loaded: LoadedDemo, key: string): string {
  const listing = loaded.listings.get(key);
  if (!listing) throw new Error(`listing ${key} was not loaded`);
  return listing.id;
}

/** The signed-in demo person using this e-mail. */
function sessionOf(loaded: LoadedDemo, email: string): DemoSession {
  const found = [...loaded.orgs.values()].flatMap((org) => org.sessions).find((session) => session.email === email);
  if (!found) throw new Error(`no demo person ${email} was loaded`);
  return found;
}

/** Both sides say yes, one opens the room and invites the manager (who accepts); then the stage walks forward. */
async function openDeal(api: DemoApiClient, loaded: LoadedDemo, matchId: string, opener: Side, other: Side, stage: string, lang: Lang, adviser?: string): Promise<void> {
  await api.interest(opener.session, matchId);
  await api.interest(other.session, matchId);
  const deal = await api.openDeal(opener.session, { matchId, lang });
  if (adviser) await api.addDealMember(opener.session, deal.id, sessionOf(loaded, adviser), 'adviser');
  await api.addDealMember(opener.session, deal.id, sessionOf(loaded, DEMO_ACCOUNTS.manager.email), 'manager');
  for (const code of DEAL_STAGE_CODES.slice(1, DEAL_STAGE_CODES.indexOf(stage) + 1)) {
    await api.moveStage(opener.session, deal.id, code);
  }
}

async function openFeaturedDeal(api: DemoApiClient, loaded: LoadedDemo): Promise<void> {
  const drones = { session: owner(loaded, FEATURED.droneMaker), orgKey: FEATURED.droneMaker };
  const distributor = { session: owner(loaded, FEATURED.distributor), orgKey: FEATURED.distributor };
  const offerId = listingId(loaded, FEATURED_PAIRS.supply.offer);
  const needId = listingId(loaded, FEATURED_PAIRS.supply.need);
  const matches = await api.listingMatches(drones.session, offerId, 50);
  const match = matches.find((candidate) => candidate.listing.id === needId && candidate.matchId);
  if (!match?.matchId) throw new Error('the featured drone-supply pair was not matched; check the featured listings');
  await openDeal(api, loaded, match.matchId, drones, distributor, 'nda', 'en', DEMO_ACCOUNTS.adviser.email);
}

/** Visible (not anonymous) generated needs whose best stored match is with another generated organisation. */
async function openPipelineDeals(api: DemoApiClient, dataset: DemoDataset, loaded: LoadedDemo): Promise<number> {
  const orgKeyById = new Map([...loaded.orgs].map(([key, org]) => [org.orgId, key]));
  const used = new Set<string>(Object.values(FEATURED));
  let opened = 0;
  for (const listing of dataset.listings) {
    if (opened === PIPELINE_STAGES.length) break;
    const loadedListing = loaded.listings.get(listing.key);
    if (listing.body.kind !== 'need' || !loadedListing || loadedListing.anonymous || used.has(listing.orgKey)) continue;
    const session = owner(loaded, listing.orgKey);
    const matches = await api.listingMatches(session, loadedListing.id, CANDIDATES_PER_LISTING);
    const match = matches.find((candidate) => candidate.matchId && candidate.state === 'suggested' && candidate.listing.orgId && !used.has(orgKeyById.get(candidate.listing.orgId) ?? ''));
    const otherKey = match?.listing.orgId ? orgKeyById.get(match.listing.orgId) : undefined;
    if (!match?.matchId || !otherKey) continue;
    used.add(listing.orgKey).add(otherKey);
    const lang = (listing.body.languages ?? [])[0] ?? 'en';
    await openDeal(api, loaded, match.matchId, { session, orgKey: listing.orgKey }, { session: owner(loaded, otherKey), orgKey: otherKey }, PIPELINE_STAGES[opened], lang);
    opened++;
  }
  return opened;
}

/** Opens the demo deal rooms; returns how many. */
export async function openDemoDeals(api: DemoApiClient, dataset: DemoDataset, loaded: LoadedDemo, progress: DemoProgress): Promise<number> {
  const total = 1 + PIPELINE_STAGES.length;
  await openFeaturedDeal(api, loaded);
  progress.step('deals', 1, total);
  const pipeline = await openPipelineDeals(api, dataset, loaded);
  progress.step('deals', 1 + pipeline, 1 + pipeline);
  return 1 + pipeline;
}
