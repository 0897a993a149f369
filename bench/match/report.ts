// Prints the bench:match tables.
import type { FaultFamilyReport } from './fault-quality.ts';
import type { QualityReport } from './quality.ts';
import type { SpeedReport } from './speed.ts';

const f3 = (value: number) => value.toFixed(3);
const opt3 = (value: number | undefined) => (value === undefined ? '–' : f3(value));
const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(2));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function qualityTable(rows: { system: string; report: QualityReport }[]): string {
  return table(
    ['system', 'nDCG@10', 'MRR', 'cross-lang MRR', 'recall@20', 'same-intent R@20', 'cross-lang R@20', '繁↔简 R@20', 'nDCG@10 en / 繁 / 简', 'padded', 'below floor'],
    rows.map(({ system, report: r }) => [
      system,
      f3(r.ndcg10),
      f3(r.mrr),
      f3(r.crossLanguageMrr),
      f3(r.recall20),
      f3(r.sameIntentRecall20),
      f3(r.crossLanguageRecall20),
      f3(r.crossScriptRecall20),
      `${f3(r.ndcg10ByQueryLanguage.en)} / ${f3(r.ndcg10ByQueryLanguage['zh-Hant'])} / ${f3(r.ndcg10ByQueryLanguage['zh-Hans'])}`,
      f3(r.paddedShare),
      opt3(r.belowFloorShare),
    ]),
  );
}

export function speedTable(rows: SpeedReport[]): string {
  return table(
    ['system', 'listings', 'build s', 'heap MB', 'top-K p50 ms', 'top-K p99 ms', 'max ms', 'queries', 'search p50 / p99 ms', 'upsert p50 / p99 ms'],
    rows.map((r) => [
      r.system,
      String(r.listings),
      r.buildSeconds.toFixed(1),
      String(r.heapMB),
      ms(r.matches.p50),
      ms(r.matches.p99),
      ms(r.matches.max),
      r.skipped > 0 ? `${r.matches.count} (${r.skipped} skipped: budget)` : String(r.matches.count),
      r.search ? `${ms(r.search.p50)} / ${ms(r.search.p99)}` : '–',
      r.upsert ? `${ms(r.upsert.p50)} / ${ms(r.upsert.p99)}` : '–',
    ]),
  );
}

export function faultTable(rows: { system: string; families: FaultFamilyReport[] }[]): string {
  return table(
    ['system', 'family', 'cases', 'nDCG@10', 'MRR', 'padded', 'below floor'],
    rows.flatMap(({ system, families }) =>
      families.map((f) => [system, f.family, String(f.cases), opt3(f.ndcg10), opt3(f.mrr), f3(f.paddedShare), opt3(f.belowFloorShare)]),
    ),
  );
}
