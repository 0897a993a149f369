// Runs the held-apart fault cases (fault-cases.ts): each world on a fresh ranker, the query's top 10
// against the hand grades. Per family: nDCG@10, MRR of the right answer, the share of lists padded
// with a wrong (grade 0) candidate, and (engine only) the share holding a score below the floor.
import { FAULT_CASES, type FaultCase, type FaultFamily } from './fault-cases.ts';
import { mean, ndcgAt, reciprocalRank } from './metrics.ts';
import { belowFloor } from './quality.ts';
import type { Ranked, Ranker } from './rankers.ts';

export interface FaultCaseResult {
  id: string;
  ranked: Ranked[];
  ndcg10?: number;
  mrr?: number;
  padded: boolean;
}

export interface FaultFamilyReport {
  family: FaultFamily;
  cases: number;
  /** Over the cases with anything right to find (a padding world has none). */
  ndcg10?: number;
  mrr?: number;
  paddedShare: number;
  belowFloorShare?: number;
  results: FaultCaseResult[];
}

function runCase(makeRanker: () => Ranker, fault: FaultCase): FaultCaseResult {
  const ranker = makeRanker();
  ranker.add([fault.query, ...fault.candidates.map((candidate) => candidate.listing)]);
  const grades = new Map(fault.candidates.map((candidate) => [candidate.listing.id, candidate.grade]));
  const ranked = ranker.rank(fault.query.id, 10);
  const ids = ranked.map((item) => item.id);
  const hasRight = [...grades.values()].some((grade) => grade > 0);
  return {
    id: fault.id,
    ranked,
    ...(hasRight ? { ndcg10: ndcgAt(10, ids.map((id) => grades.get(id) ?? 0), [...grades.values()]) } : {}),
    ...(hasRight ? { mrr: reciprocalRank(ids, fault.candidates.filter((c) => c.grade === 3).map((c) => c.listing.id)) } : {}),
    padded: ids.some((id) => (grades.get(id) ?? 0) === 0),
  };
}

export function evaluateFaults(makeRanker: () => Ranker): FaultFamilyReport[] {
  const families = [...new Set(FAULT_CASES.map((fault) => fault.family))];
  return families.map((family) => {
    const results = FAULT_CASES.filter((fault) => fault.family === family).map((fault) => runCase(makeRanker, fault));
    const scored = results.filter((result) => result.ndcg10 !== undefined);
    return {
      family,
      cases: results.length,
      ...(scored.length > 0 ? { ndcg10: mean(scored.map((r) => r.ndcg10)), mrr: mean(scored.map((r) => r.mrr)) } : {}),
      paddedShare: mean(results.map((r) => (r.padded ? 1 : 0))),
      belowFloorShare: belowFloor(results.map((r) => r.ranked)),
      results,
    };
  });
}
