// Seeds a store with N deals for the dashboard bench: organisations across the taxonomy's regions
// and sectors, deals at every stage with stage history, members (one manager on all, advisers),
// progress figures and matches, written through the storage port in batches (seconds, not minutes).
import { randomUUID } from 'node:crypto';
import { OPEN_STAGES, PIPELINE_STAGES } from '../../shared/pipeline/index.ts';
import { DEAL_TYPE_CODES } from '../../shared/schemas/deals.ts';
import { REGION_CODES, SECTOR_CODES } from '../../shared/taxonomy/index.ts';
import type { DealMemberRecord, DealRecord } from '../../server/deals/index.ts';
import { suggestedMatch, type MatchRecord } from '../../server/matches/index.ts';
import { OrgRepository } from '../../server/orgs/index.ts';
import type { ProgressRecord, StageEventRecord } from '../../server/pipeline/index.ts';
import type { Store } from '../../server/store/index.ts';

const DAY_MS = 86_400_000;
const BATCH = 1_000;

/** A small seeded generator, so every run seeds the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SeedPlan {
  deals: number;
  orgs: number;
  managerId: string;
  adviserIds: string[];
  seed: number;
}

async function insertInBatches<T extends { _id: string }>(store: Store, collection: string, records: T[]): Promise<void> {
  for (let at = 0; at < records.length; at += BATCH) await store.collection<T>(collection).insertMany(records.slice(at, at + BATCH));
}

async function seedOrgs(store: Store, count: number, random: () => number): Promise<string[]> {
  const orgs = new OrgRepository(store);
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const id = randomUUID();
    const now = new Date();
    const pick = (codes: readonly string[]) => codes[Math.floor(random() * codes.length)];
    await orgs.insert({ _id: id, name: `Bench organisation ${index} 測試機構`, names: {}, region: pick(REGION_CODES), sectors: [pick(SECTOR_CODES), pick(SECTOR_CODES)], capabilities: [], certifications: [], languages: ['en'], size: null, description: '', createdBy: 'bench', createdAt: now, updatedAt: now });
    ids.push(id);
  }
  return ids;
}

interface SeededDeal {
  deal: DealRecord;
  events: StageEventRecord[];
  progress: ProgressRecord;
}

function dealAt(index: number, orgIds: string[], plan: SeedPlan, random: () => number): SeededDeal {
  const id = randomUUID();
  const now = Date.now();
  const createdAt = new Date(now - (30 + random() * 300) * DAY_MS);
  const stage = PIPELINE_STAGES[Math.floor(random() * PIPELINE_STAGES.length)];
  const reached = stage === 'closed-won' ? OPEN_STAGES.length - 1 : stage === 'closed-lost' ? Math.floor(random() * OPEN_STAGES.length) : OPEN_STAGES.indexOf(stage as (typeof OPEN_STAGES)[number]);
  const path: string[] = [...OPEN_STAGES.slice(0, reached + 1), ...(stage.startsWith('closed') ? [stage] : [])];
  let at = createdAt.getTime();
  const events = path.slice(1).map((to, step) => {
    at += (1 + random() * 20) * DAY_MS;
    return { _id: randomUUID(), dealId: id, from: path[step], to, at: new Date(Math.min(at, now)), proposedBy: plan.managerId, confirmedBy: plan.managerId, reason: to.startsWith('closed') ? 'Bench close' : null, note: null };
  });
  const termsTotal = 6 + Math.floor(random() * 10);
  const termsAgreed = Math.floor(random() * (termsTotal + 1));
  const lastActivity = new Date(now - random() * 40 * DAY_MS);
  const pair = [orgIds[index % orgIds.length], orgIds[(index * 7 + 3) % orgIds.length]];
  return {
    deal: { _id: id, title: `Bench deal ${index} 跨境交易`, type: DEAL_TYPE_CODES[index % DEAL_TYPE_CODES.length], description: '', stage, orgIds: pair, listingIds: [], matchId: null, createdBy: plan.managerId, createdAt, updatedAt: lastActivity },
    events,
    progress: { _id: id, termsTotal, termsAgreed, blockedTermIds: random() < 0.2 ? ['term-1'] : [], dueTerms: [], hasDueTerms: false, sectionsTotal: 8, sectionsFilled: Math.floor(random() * 9), lastActivityAt: lastActivity, dueNotified: [] },
  };
}

function membersOf(deal: DealRecord, plan: SeedPlan, index: number): DealMemberRecord[] {
  const base = { dealId: deal._id, orgId: null, owner: false, editGrants: [], addedBy: plan.managerId, addedAt: deal.createdAt };
  const adviserId = plan.adviserIds[index % plan.adviserIds.length];
  return [
    { ...base, _id: `${deal._id}:${plan.managerId}`, userId: plan.managerId, role: 'manager', owner: true },
    { ...base, _id: `${deal._id}:${adviserId}`, userId: adviserId, role: 'adviser' },
  ];
}

function matchesFor(orgIds: string[], count: number): MatchRecord[] {
  const now = new Date();
  return Array.from({ length: count }, (_, index) => {
    const pair = {
      needListingId: `bench-need-${index}`,
      offerListingId: `bench-offer-${index}`,
      needOrgId: orgIds[index % orgIds.length],
      offerOrgId: orgIds[(index + 1) % orgIds.length],
      score: 0.5,
      reasons: [],
    };
    return { ...suggestedMatch(pair, now), state: index % 3 === 0 ? 'introduced' : 'suggested' };
  });
}

/** Seeds everything; returns the deal ids. */
export async function seedDashboard(store: Store, plan: SeedPlan): Promise<string[]> {
  const random = generator(plan.seed);
  const orgIds = await seedOrgs(store, plan.orgs, random);
  const seeded = Array.from({ length: plan.deals }, (_, index) => dealAt(index, orgIds, plan, random));
  await insertInBatches(store, 'deals', seeded.map((entry) => entry.deal));
  await insertInBatches(store, 'deal_members', seeded.flatMap((entry, index) => membersOf(entry.deal, plan, index)));
  await insertInBatches(store, 'deal_stage_events', seeded.flatMap((entry) => entry.events));
  await insertInBatches(store, 'deal_progress', seeded.map((entry) => entry.progress));
  await insertInBatches(store, 'matches', matchesFor(orgIds, plan.deals * 2));
  return seeded.map((entry) => entry.deal._id);
}
