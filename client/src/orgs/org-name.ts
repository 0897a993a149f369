// An organisation's name in the reader's language, falling back to its main name.
import type { OrgBrief } from '../../../shared/schemas/orgs.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';

export function orgName(org: Pick<OrgBrief, 'name' | 'names'>, lang: Lang): string {
  return org.names[lang] ?? org.name;
}
