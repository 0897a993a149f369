// A version's title in the reader's language: the name a person gave it, or the words for why an
// automatic version was saved (reasons nest: "Before restoring “Automatic version”").
import type { VersionTitle } from '../../../../shared/schemas/deals.ts';
import { versionTitle } from '../../../../shared/version-titles.ts';
import type { Translate } from '../../i18n/locale.svelte.ts';

export function versionTitleText(title: VersionTitle, t: Translate): string {
  const { name, reason } = versionTitle(title.name, title.reason);
  if (!reason) return name;
  switch (reason.kind) {
    case 'quiet':
      return t('history.reason.quiet');
    case 'shutdown':
      return t('history.reason.shutdown');
    case 'before-restore':
      return t('history.reason.beforeRestore', { name: versionTitleText(reason.restored, t) });
    default:
      // A reason a newer server stores: still an automatic version.
      return t('history.reason.quiet');
  }
}
