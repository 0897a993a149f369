// Ranking metrics over graded relevance: nDCG@k (gain 2^rel − 1) and recall@k.

/** nDCG@k of a ranked list of grades against every grade available for the query. */
export function ndcgAt(k: number, rankedGrades: number[], allGrades: number[]): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...allGrades].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(rankedGrades) / ideal;
}

/** Share of the relevant items found in the top k; undefined when there are none to find. */
export function recallAt(k: number, rankedIds: string[], relevantIds: string[]): number | undefined {
  if (relevantIds.length === 0) return undefined;
  const top = new Set(rankedIds.slice(0, k));
  return relevantIds.filter((id) => top.has(id)).length / relevantIds.length;
}

/** 1 / rank of the first relevant item in the list, 0 when none is listed; undefined when there are none to find. */
export function reciprocalRank(rankedIds: string[], relevantIds: string[]): number | undefined {
  if (relevantIds.length === 0) return undefined;
  const relevant = new Set(relevantIds);
  const at = rankedIds.findIndex((id) => relevant.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

export function mean(values: (number | undefined)[]): number {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? 0 : known.reduce((sum, value) => sum + value, 0) / known.length;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
