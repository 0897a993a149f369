// Ranking quality on the labelled evaluation set: every rendered listing is a query; its candidates
// are the complementary listings of the set, graded by relevance.ts. Reports nDCG@10 and recall@20,
// overall and for cross-language and Traditional/Simplified slices.
import { CONFIDENCE, type MatchableListing } from '../../server/matching/index.ts';
import { buildEvalSet, type EvalListing, type Rendering } from './eval-set.ts';
import { mean, ndcgAt, recallAt, reciprocalRank } from './metrics.ts';
import { complementary, type Ranked, type Ranker } from './rankers.ts';
import { relevance } from './relevance.ts';

export interface QualityReport {
  queries: number;
  listings: number;
  intents: number;
  ndcg10: number;
  /** Share of grade ≥ 2 candidates in the top 20. */
  recall20: number;
  /** Share of same-intent (grade 3) candidates in the top 20. */
  sameIntentRecall20: number;
  /** Same-intent candidates written in English when the query is Chinese, or the reverse. */
  crossLanguageRecall20: number;
  /** Same-intent candidates in the other Chinese script (繁 ↔ 简). */
  crossScriptRecall20: number;
  ndcg10ByQueryLanguage: Record<string, number>;
  /** Mean reciprocal rank of the first same-intent candidate. */
  mrr: number;
  /** The same, counting only same-intent candidates in the other language family. */
  crossLanguageMrr: number;
  /** Share of lists holding an irrelevant (grade 0) candidate: padding, whatever its score. */
  paddedShare: number;
  /** Share of lists holding a candidate scored below the absolute confidence floor (engine only). */
  belowFloorShare?: number;
}

const script = (rendering: Rendering) => (rendering === 'en' ? 'en' : rendering === 'zh-Hant' ? 'hant' : 'hans');

function grade(query: EvalListing, candidate: EvalListing): number {
  return query.listing.kind === 'need' ? relevance(query.intent, candidate.intent) : relevance(candidate.intent, query.intent);
}

/** `text-only` blanks every structured field the engine could use, leaving title and description;
 *  `no-languages` only leaves the working languages undeclared (declaring them must not cost). */
export type EvalVariant = 'full' | 'text-only' | 'no-languages';

function textOnly(listing: MatchableListing): MatchableListing {
  const { dealSize: _size, stage: _stage, ...rest } = listing;
  return { ...rest, sectors: [], regions: [], orgRegion: '', languages: [], certifications: [], orgCertifications: [] };
}

const VARIANTS: Record<EvalVariant, (listing: MatchableListing) => MatchableListing> = {
  full: (listing) => listing,
  'text-only': textOnly,
  'no-languages': (listing) => ({ ...listing, languages: [] }),
};

/** Share of lists with any candidate scored below the floor; undefined when the ranker gives no calibrated scores. */
export function belowFloor(lists: Ranked[][]): number | undefined {
  if (lists.some((list) => list.some((item) => item.score === undefined))) return undefined;
  return mean(lists.map((list) => (list.some((item) => (item.score as number) < CONFIDENCE.floor) ? 1 : 0)));
}

export function evaluate(makeRanker: () => Ranker, variant: EvalVariant = 'full'): QualityReport {
  const set = buildEvalSet();
  const ranker = makeRanker();
  ranker.add(set.map((item) => VARIANTS[variant](item.listing)));
  const byId = new Map(set.map((item) => [item.listing.id, item]));
  const rows = set.map((query) => {
    const pool = set.filter((candidate) => complementary(query.listing, candidate.listing));
    const grades = new Map(pool.map((candidate) => [candidate.listing.id, grade(query, candidate)]));
    const list = ranker.rank(query.listing.id, 20);
    const ranked = list.map((item) => item.id);
    const ids = (predicate: (candidate: EvalListing) => boolean) => pool.filter(predicate).map((c) => c.listing.id);
    const same = (candidate: EvalListing) => grades.get(candidate.listing.id) === 3;
    const queryScript = script(query.rendering);
    const otherFamily = (c: EvalListing) => (script(c.rendering) === 'en') !== (queryScript === 'en');
    return {
      list,
      mrr: reciprocalRank(ranked, ids(same)),
      crossLanguageMrr: reciprocalRank(ranked, ids((c) => same(c) && otherFamily(c))),
      padded: ranked.some((id) => (grades.get(id) ?? 0) === 0) ? 1 : 0,
      language: queryScript,
      ndcg: ndcgAt(10, ranked.map((id) => grades.get(id) ?? 0), [...grades.values()]),
      recall: recallAt(20, ranked, ids((c) => (grades.get(c.listing.id) ?? 0) >= 2)),
      sameIntent: recallAt(20, ranked, ids(same)),
      crossLanguage: recallAt(20, ranked, ids((c) => same(c) && otherFamily(c))),
      crossScript: recallAt(20, ranked, ids((c) => same(c) && queryScript !== 'en' && script(c.rendering) !== 'en' && script(c.rendering) !== queryScript)),
      valid: ranked.every((id) => byId.has(id)),
    };
  });
  const byLanguage = (language: string) => mean(rows.filter((row) => row.language === language).map((row) => row.ndcg));
  return {
    queries: rows.length,
    listings: set.length,
    intents: new Set(set.map((item) => item.intent.id)).size,
    ndcg10: mean(rows.map((row) => row.ndcg)),
    recall20: mean(rows.map((row) => row.recall)),
    sameIntentRecall20: mean(rows.map((row) => row.sameIntent)),
    crossLanguageRecall20: mean(rows.map((row) => row.crossLanguage)),
    crossScriptRecall20: mean(rows.map((row) => row.crossScript)),
    ndcg10ByQueryLanguage: { en: byLanguage('en'), 'zh-Hant': byLanguage('hant'), 'zh-Hans': byLanguage('hans') },
    mrr: mean(rows.map((row) => row.mrr)),
    crossLanguageMrr: mean(rows.map((row) => row.crossLanguageMrr)),
    paddedShare: mean(rows.map((row) => row.padded)),
    belowFloorShare: belowFloor(rows.map((row) => row.list)),
  };
}
