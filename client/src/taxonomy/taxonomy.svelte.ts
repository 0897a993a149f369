// The taxonomy, loaded once per session and shared by every page, with labels in the current
// UI language (reading `locale.current` makes callers reactive to the language switch).
import { createContext } from 'svelte';
import type { ListingKind } from '../../../shared/schemas/listings.ts';
import type { Taxonomy } from '../../../shared/taxonomy/index.ts';
import type { Locale } from '../i18n/locale.svelte.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { fetchTaxonomy } from './taxonomy-api.ts';
import { categoryLabel, findCategory, groupEntries, type LabelTable, type OptionGroup } from './taxonomy-tree.ts';

export class TaxonomyStore {
  data = $state.raw<Taxonomy | null>(null);
  loadError = $state.raw<unknown>(null);
  private pending: Promise<void> | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly locale: Locale,
  ) {}

  /** Loads on first call; later calls share that request, or retry after a failure. */
  load(): Promise<void> {
    this.pending ??= fetchTaxonomy(this.api).then(
      (data) => {
        this.data = data;
        this.loadError = null;
      },
      (error: unknown) => {
        this.loadError = error;
        this.pending = null;
      },
    );
    return this.pending;
  }

  /** A code's label in the current language; the code itself while loading or if unknown. */
  label(table: LabelTable, code: string): string {
    const entry = this.data?.[table].find((candidate) => candidate.code === code);
    return entry ? entry.labels[this.locale.current] : code;
  }

  labels(table: LabelTable, codes: readonly string[]): string[] {
    return codes.map((code) => this.label(table, code));
  }

  /** "Seeking a supplier" for a need, "Offering manufacturing" for an offer, else the general name. */
  category(code: string, kind?: ListingKind): string {
    const category = this.data ? findCategory(this.data, code) : undefined;
    return category ? categoryLabel(category, this.locale.current, kind) : code;
  }

  sectorGroups(): OptionGroup[] {
    return this.data ? groupEntries(this.data.sectors, this.locale.current, { headingSelectable: false }) : [];
  }

  regionGroups(): OptionGroup[] {
    return this.data ? groupEntries(this.data.regions, this.locale.current, { headingSelectable: true }) : [];
  }
}

export const [getTaxonomy, setTaxonomy] = createContext<TaxonomyStore>();
