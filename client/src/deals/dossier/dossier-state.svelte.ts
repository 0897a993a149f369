// The dossier's structure as reactive plain data, read from its Yjs roots: the section list and
// the key facts. Writing a key fact is one Y.Map set (last writer wins per field).
import * as Y from 'yjs';
import { DOSSIER_TEMPLATES, DossierRoot, readKeyFacts, readSections, type SectionEntry } from '../../../../shared/deal-docs.ts';
import type { DealType } from '../../../../shared/schemas/deals.ts';

export class DossierState {
  sections = $state.raw<SectionEntry[]>([]);
  facts = $state.raw<Record<string, string>>({});
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly doc: Y.Doc) {
    this.follow(doc.getArray(DossierRoot.sections), () => (this.sections = readSections(doc)));
    this.follow(doc.getMap(DossierRoot.keyFacts), () => (this.facts = readKeyFacts(doc)));
  }

  /** The key facts to show: the deal type's template order first, then any others. */
  factKeys(type: DealType): string[] {
    const template = DOSSIER_TEMPLATES[type]?.keyFacts ?? [];
    return [...template, ...Object.keys(this.facts).filter((key) => !template.includes(key)).sort()];
  }

  setFact(key: string, value: string): void {
    const facts = this.doc.getMap<string>(DossierRoot.keyFacts);
    if (facts.get(key) !== value) facts.set(key, value);
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private follow(type: Y.Array<unknown> | Y.Map<unknown>, read: () => void): void {
    read();
    type.observeDeep(read);
    this.cleanups.push(() => type.unobserveDeep(read));
  }
}
