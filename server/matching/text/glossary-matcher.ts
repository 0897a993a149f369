// Compiles the glossary into a trie over matching units and finds the longest glossary phrase at
// each position of a text, so "drone delivery" wins over "drone" and 「檢測認證」 over 「檢測」.
import { GENERAL_GLOSSARY, GLOSSARY, type GlossaryRow } from './glossary.ts';
import { normalise } from './normalise.ts';
import { PLACE_GLOSSARY } from './place-glossary.ts';
import { toUnits, unitKey, type Unit } from './units.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  concept?: string;
}

export interface Concept {
  id: string;
  labels: Record<Lang, string>;
  broader?: string;
  /** An everyday business word rather than a domain term: weighted like a plain word. */
  general: boolean;
}

export interface GlossaryHit {
  concept: string;
  start: number;
  /** Index just past the phrase's last unit. */
  end: number;
}

export class GlossaryMatcher {
  private readonly root: TrieNode = { next: new Map() };
  readonly concepts = new Map<string, Concept>();
  /** Surfaces (normalised) claimed by more than one concept: the first row wins; tests keep this empty. */
  readonly conflicts: string[] = [];

  constructor(rows: readonly GlossaryRow[], generalRows: readonly GlossaryRow[] = []) {
    for (const row of rows) this.add(row, false);
    for (const row of generalRows) this.add(row, true);
  }

  /** Longest glossary phrase starting at each position, scanning left to right without overlaps. */
  match(units: readonly Unit[]): GlossaryHit[] {
    const hits: GlossaryHit[] = [];
    let i = 0;
    while (i < units.length) {
      const hit = this.longestAt(units, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  /** The concept a whole phrase names ("drones" → drone), or undefined. */
  conceptOf(phrase: string): string | undefined {
    const units = toUnits(normalise(phrase));
    const hit = units.length > 0 ? this.longestAt(units, 0) : undefined;
    return hit && hit.end === units.length ? hit.concept : undefined;
  }

  private longestAt(units: readonly Unit[], start: number): GlossaryHit | undefined {
    let node: TrieNode | undefined = this.root;
    let best: GlossaryHit | undefined;
    for (let i = start; i < units.length; i++) {
      const key = unitKey(units[i]);
      node = key === undefined ? undefined : node.next.get(key);
      if (!node) break;
      if (node.concept) best = { concept: node.concept, start, end: i + 1 };
    }
    return best;
  }

  private add([id, en, hant, hans, broader]: GlossaryRow, general: boolean): void {
    const split = (list: string) => list.split('|').filter((surface) => surface.length > 0);
    const [enList, hantList, hansList] = [split(en), split(hant), split(hans)];
    this.concepts.set(id, {
      id,
      labels: { en: enList[0] ?? id, 'zh-Hant': hantList[0] ?? enList[0] ?? id, 'zh-Hans': hansList[0] ?? enList[0] ?? id },
      ...(broader ? { broader } : {}),
      general,
    });
    for (const surface of [...enList, ...hantList, ...hansList]) this.addSurface(surface, id);
  }

  private addSurface(surface: string, id: string): void {
    const keys = toUnits(normalise(surface)).map(unitKey);
    if (keys.length === 0 || keys.some((key) => key === undefined)) return;
    let node = this.root;
    for (const key of keys as string[]) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (node.concept && node.concept !== id) this.conflicts.push(`${surface}: ${node.concept} / ${id}`);
    else node.concept = id;
  }
}

let compiled: GlossaryMatcher | undefined;

/**
 * The one compiled glossary (domain terms and place names); immutable once built. Built on first
 * use: its trie takes ≈20 MB, which a process that never matches (collaboration only) should not hold.
 */
export function domainGlossary(): GlossaryMatcher {
  return (compiled ??= new GlossaryMatcher([...GLOSSARY, ...PLACE_GLOSSARY], GENERAL_GLOSSARY));
}
