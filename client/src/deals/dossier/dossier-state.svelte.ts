// The dossier's structure as reactive plain data, read from its Yjs roots: the section list and
// the key facts (coded ones in the reader's language). Writing a key fact is one Y.Map set (last
// writer wins per field), which makes a coded fact typed text.
import * as Y from 'yjs';
import { DOSSIER_TEMPLATES, DossierRoot, keyFactsIn, readKeyFactCodes, readKeyFacts, readSections, writeKeyFact, type SectionEntry } from '../../../../shared/deal-docs.ts';
import type { Lang } from '../../../../shared/taxonomy/index.ts';
import type { DealType } from '../../../../shared/schemas/deals.ts';

export class DossierState {
  sections = $state.raw<SectionEntry[]>([]);
  facts = $state.raw<Record<string, string>>({});
  private codes = $state.raw<Record<string, string[]>>({});
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly doc: Y.Doc) {
    this.follow(doc.getArray(DossierRoot.sections), () => (this.sections = readSections(doc)));
    this.follow(doc.getMap(DossierRoot.keyFacts), () => (this.facts = readKeyFacts(doc)));
    this.follow(doc.getMap(DossierRoot.keyFactCodes), () => (this.codes = readKeyFactCodes(doc)));
  }

  /** The key facts to show: the deal type's template order first, then any others. */
  factKeys(type: DealType): string[] {
    const template = DOSSIER_TEMPLATES[type]?.keyFacts ?? [];
    return [...template, ...Object.keys(this.facts).filter((key) => !template.includes(key)).sort()];
  }

  /** The key facts as a reader of `lang` sees them. */
  factsIn(lang: Lang): Record<string, string> {
    return keyFactsIn(this.facts, this.codes, lang);
  }

  setFact(key: string, value: string): void {
    this.doc.transact(() => writeKeyFact(this.doc, key, value));
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
