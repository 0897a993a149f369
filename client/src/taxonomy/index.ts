// Taxonomy on the client: loaded once, labels in the current language, grouped pickers.
export { getTaxonomy, setTaxonomy, TaxonomyStore } from './taxonomy.svelte.ts';
export { categoryLabel, filterGroups, groupEntries, type CodeOption, type LabelTable, type OptionGroup } from './taxonomy-tree.ts';
export { default as CodeChips } from './CodeChips.svelte';
export { default as LanguagePicker } from './LanguagePicker.svelte';
export { default as TaxonomyMultiSelect } from './TaxonomyMultiSelect.svelte';
export { default as TaxonomySelect } from './TaxonomySelect.svelte';
