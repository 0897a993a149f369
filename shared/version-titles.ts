// Titles of versions stored before reasons were: automatic versions then carried English names
// ("Automatic version", "Automatic version (server shutdown)", "Before restoring “…”"), read
// back here as the reasons they stand for so every reader sees them in their own language.
import type { VersionReason, VersionTitle } from './schemas/deals.ts';

const BEFORE_RESTORING = /^Before restoring “(.*)”$/s;

/** The reason an old automatic version's English name stands for; null for any other name. */
export function legacyVersionReason(name: string): VersionReason | null {
  if (name === 'Automatic version') return { kind: 'quiet' };
  if (name === 'Automatic version (server shutdown)') return { kind: 'shutdown' };
  const restored = BEFORE_RESTORING.exec(name);
  return restored ? { kind: 'before-restore', restored: versionTitle(restored[1], null) } : null;
}

/** A version's title from what was stored: its reason, or one read from an old English name. */
export function versionTitle(name: string, reason: VersionReason | null | undefined): VersionTitle {
  const known = reason ?? legacyVersionReason(name);
  return known ? { name: '', reason: known } : { name, reason: null };
}
