// The families of actions a trail can be narrowed to, labelled in the reader's language.
import { DEAL_ROOM_FAMILIES, type ActivityFamily } from '../../../shared/activity-actions.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/locale.svelte.ts';
import type { TrailChoice } from './activity-api.ts';

const FAMILY_LABEL: Record<ActivityFamily, MessageKey> = {
  org: 'activity.trail.family.org',
  listing: 'activity.trail.family.listing',
  match: 'activity.trail.family.match',
  deal: 'activity.trail.family.deal',
  term: 'activity.trail.family.term',
  comment: 'activity.trail.family.comment',
  version: 'activity.trail.family.version',
  file: 'activity.trail.family.file',
  checklist: 'activity.trail.family.checklist',
};

/** What happens in a deal room. */
export const DEAL_FAMILIES: readonly ActivityFamily[] = DEAL_ROOM_FAMILIES;
/** What an organisation's trail holds: its own commands, then what it did in matches and deals. */
export const ORG_FAMILIES: readonly ActivityFamily[] = ['org', 'listing', 'match', ...DEAL_FAMILIES];

export function familyChoices(families: readonly ActivityFamily[], t: Translate): TrailChoice[] {
  return families.map((family) => ({ value: family, label: t(FAMILY_LABEL[family]) }));
}
