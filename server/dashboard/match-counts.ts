// The match side of the dashboard funnel: matches and introductions, all of them for an admin, or
// those involving the given organisations. Read-only counts over the matches collection.
import type { Funnel } from '../../shared/schemas/dashboard.ts';
import type { MatchRecord } from '../matches/index.ts';
import type { Store } from '../store/index.ts';

export async function matchCounts(store: Store, orgIds: readonly string[] | null): Promise<Pick<Funnel, 'matches' | 'introductions'>> {
  const matches = store.collection<MatchRecord>('matches');
  if (orgIds !== null && orgIds.length === 0) return { matches: 0, introductions: 0 };
  const scope = orgIds === null ? {} : { $or: [{ needOrgId: { $in: [...orgIds] } }, { offerOrgId: { $in: [...orgIds] } }] };
  const [all, introduced] = await Promise.all([matches.count(scope), matches.count({ ...scope, state: 'introduced' })]);
  return { matches: all, introductions: introduced };
}
