// What wording a trail entry needs besides its own data: names looked up by id, the translator,
// and who acted.
import type { TermStatus } from '../../../../shared/deal-docs.ts';
import type { Lang } from '../../../../shared/taxonomy/index.ts';
import type { Translate } from '../../i18n/locale.svelte.ts';

export interface ActivityLookups {
  memberName(userId: string): string | null;
  orgName(orgId: string): string | null;
  termTitle(termId: string): string | null;
  stageName(stage: string): string;
  /** A board status column's name in the reader's language. */
  statusName(status: TermStatus): string;
  nameForEmail(email: string): string | null;
  /** The reader's language, for wording stored as catalogue keys (request-list items). */
  lang: Lang;
}

export interface EntryWording {
  t: Translate;
  lookups: ActivityLookups;
  /** The actor's name, or the reader's word for "someone". */
  actor: string;
  /** Whether a person made the change (false: the entry names nobody). */
  named: boolean;
}
