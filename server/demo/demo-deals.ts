// Plays the demo programme's history: the featured drone-supply deal (with the law firm as adviser
// and the trade body as manager), the generated deals the manager watches at every stage (some
// stalled, some closed won or lost), each on a match found for it, and the matches that stopped at
// interest, mutual interest or an introduction. The clock goes back to the present afterwards.
import type { DemoApiClient, DemoSession } from './api-client.ts';
import type { FunnelStep } from './deal-plan.ts';
import { DealPlayback, type DemoWorld } from './deal-playback.ts';
import { DEMO_ACCOUNTS, FEATURED, FEATURED_PAIRS } from './featured.ts';
import type { LoadedDemo } from './loader.ts';
import { MatchPicker, type PickedMatch } from './match-picker.ts';
import type { DemoProgress } from './progress.ts';
import type { DemoDataset } from './types.ts';

/** Minutes between the steps of one funnel match (the other side's interest, the introduction). */
const FUNNEL_STEP_DAYS = 0.02;

/** The signed-in demo person using this e-mail. */
function sessionOf(loaded: LoadedDemo, email: string): DemoSession {
  const found = [...loaded.orgs.values()].flatMap((org) => org.sessions).find((session) => session.email === email);
  if (!found) throw new Error(`no demo person ${email} was loaded`);
  return found;
}

async function featuredMatch(api: DemoApiClient, loaded: LoadedDemo, picker: MatchPicker): Promise<PickedMatch> {
  const listingId = (key: string) => {
    const listing = loaded.listings.get(key);
    if (!listing) throw new Error(`listing ${key} was not loaded`);
    return listing;
  };
  const offer = listingId(FEATURED_PAIRS.supply.offer);
  const need = listingId(FEATURED_PAIRS.supply.need);
  const drones = { session: picker.owner(FEATURED.droneMaker), orgKey: FEATURED.droneMaker };
  const distributor = { session: picker.owner(FEATURED.distributor), orgKey: FEATURED.distributor };
  const matches = await api.listingMatches(drones.session, offer.id, 50);
  const match = matches.find((candidate) => candidate.listing.id === need.id && candidate.matchId);
  if (!match?.matchId) throw new Error('the featured drone-supply pair was not matched; check the featured listings');
  return { matchId: match.matchId, opener: drones, other: distributor, lang: 'en', ageDays: Math.min(offer.ageDays, need.ageDays) };
}

/** One side's interest, then the other's, then the introduction, as far as the step reached. */
async function playFunnelStep(world: DemoWorld, match: PickedMatch, step: FunnelStep): Promise<void> {
  const at = Math.min(step.daysAgo, match.ageDays - 0.5);
  world.clock.setDaysAgo(at);
  await world.api.interest(match.opener.session, match.matchId);
  if (step.reached === 'interested') return;
  world.clock.setDaysAgo(at - FUNNEL_STEP_DAYS);
  await world.api.interest(match.other.session, match.matchId);
  if (step.reached === 'mutual') return;
  world.clock.setDaysAgo(at - 2 * FUNNEL_STEP_DAYS);
  await world.api.introduce(match.opener.session, match.matchId);
}

/** Plays the history; returns how many deal rooms it opened. */
export async function openDemoDeals(world: Omit<DemoWorld, 'adviser' | 'manager'>, dataset: DemoDataset, loaded: LoadedDemo, progress: DemoProgress): Promise<number> {
  const full: DemoWorld = { ...world, adviser: sessionOf(loaded, DEMO_ACCOUNTS.adviser.email), manager: sessionOf(loaded, DEMO_ACCOUNTS.manager.email) };
  const picker = new MatchPicker(world.api, dataset, loaded);
  const { featured, deals, funnel } = dataset.history;
  const total = 1 + deals.length;
  await new DealPlayback(full, featured, await featuredMatch(world.api, loaded, picker)).play();
  progress.step('deals', 1, total);
  // The oldest deals first: they need the oldest listings, of which there are fewest.
  const oldestFirst = [...deals].sort((a, b) => b.events[0].daysAgo - a.events[0].daysAgo);
  let opened = 1;
  for (const script of oldestFirst) {
    const match = await picker.forDeal(script.events[0].daysAgo);
    if (!match) continue;
    await new DealPlayback(full, script, match).play();
    progress.step('deals', ++opened, total);
  }
  const funnelMatches = await picker.forFunnel(funnel.length);
  for (const [index, match] of funnelMatches.entries()) await playFunnelStep(full, match, funnel[index]);
  world.clock.release();
  progress.step('deals', opened, opened);
  return opened;
}
