// Names on the dashboard in the reader's language: stages, sectors, regions and corridors.
import { REGIONS, SECTORS, type Lang } from '../../../shared/taxonomy/index.ts';
import type { Corridor } from '../../../shared/schemas/dashboard.ts';

const sectorNames = new Map(SECTORS.map((entry) => [entry.code, entry.labels]));
const regionNames = new Map(REGIONS.map((entry) => [entry.code, entry.labels]));

export function sectorLabel(code: string, lang: Lang): string {
  return sectorNames.get(code)?.[lang] ?? code;
}

export function regionLabel(code: string, lang: Lang): string {
  return regionNames.get(code)?.[lang] ?? code;
}

export function corridorLabel(corridor: Corridor | null, lang: Lang): string {
  return corridor ? `${regionLabel(corridor.origin, lang)} → ${regionLabel(corridor.destination, lang)}` : '—';
}

/** A `origin→destination` key as the KPIs count it, labelled. */
export function corridorKeyLabel(key: string, lang: Lang): string {
  const [origin, destination] = key.split('→');
  return corridorLabel({ origin, destination }, lang);
}

/** The largest `limit` entries of a count map, biggest first. */
export function topEntries(counts: Record<string, number>, limit: number): [string, number][] {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}
