// bench:store's table: one row per size, ours beside the NeDB release.
import type { StartFigures } from './server-runs.ts';

export type TargetResult = ({ diskMb: number } & StartFigures) | { diskMb: number; error: string };

export interface SizeResult {
  sizeMb: number;
  ours: TargetResult;
  /** null above the NeDB cap. */
  nedb: TargetResult | null;
}

function cells(result: TargetResult | null, capMb: number): string[] {
  if (result === null) return [`not run (cap ${capMb} MB)`, '', '', '', ''];
  const disk = result.diskMb.toFixed(0);
  if ('error' in result) return [disk, `failed: ${result.error.slice(0, 80)}`, '', '', ''];
  const open = (index: number) => `${result.opens[index].ms.toFixed(0)} (${result.opens[index].serverCpuMs.toFixed(0)})`;
  return [disk, (result.startMs / 1000).toFixed(2), result.startRssMb.toFixed(0), open(1), open(2)];
}

/** Open cells read `wall ms (server CPU ms)`. */
export function printTable(results: SizeResult[], nedbCapMb: number): void {
  const head = ['size', 'ours disk MB', 'start s', 'RSS MB', 'B4 snapshot open ms', 'B4 log open ms', 'NeDB disk MB', 'start s', 'RSS MB', 'B4 snapshot open ms', 'B4 log open ms'];
  const rows = results.map((result) => [`${result.sizeMb} MB`, ...cells(result.ours, nedbCapMb), ...cells(result.nedb, nedbCapMb)]);
  process.stdout.write(`\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n`);
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
}
