// Score calibration on the labelled set: the engine's score for every (query, complementary
// candidate) pair, grouped by relevance grade. Tells where a suggestion threshold would cut.
import { MatchingEngine } from '../../server/matching/index.ts';
import { buildEvalSet } from './eval-set.ts';
import { complementary } from './rankers.ts';
import { relevance } from './relevance.ts';

export interface GradeScores {
  grade: number;
  pairs: number;
  meanScore: number;
  /** Share of pairs scoring at least the threshold. */
  aboveThreshold: number;
}

export function calibrate(threshold: number): GradeScores[] {
  const set = buildEvalSet();
  const engine = new MatchingEngine();
  for (const item of set) engine.upsert(item.listing);
  const byGrade = new Map<number, number[]>([0, 1, 2, 3].map((grade) => [grade, []]));
  for (const query of set) {
    for (const candidate of set) {
      if (!complementary(query.listing, candidate.listing)) continue;
      const grade = query.listing.kind === 'need' ? relevance(query.intent, candidate.intent) : relevance(candidate.intent, query.intent);
      byGrade.get(grade)?.push(engine.scorePair(query.listing.id, candidate.listing.id)?.score ?? 0);
    }
  }
  return [...byGrade].map(([grade, scores]) => ({
    grade,
    pairs: scores.length,
    meanScore: Math.round((scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length)) * 1000) / 1000,
    aboveThreshold: Math.round((scores.filter((score) => score >= threshold).length / Math.max(1, scores.length)) * 1000) / 1000,
  }));
}
