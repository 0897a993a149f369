// Versions stored before reasons were carry English names; they read back as reasons, so every
// reader sees them in their own language, and a person's own name for a version stays as typed.
import { describe, expect, it } from 'vitest';
import { versionTitle } from '../../shared/version-titles.ts';

describe('version titles', () => {
  it('reads the English names of old automatic versions as their reasons', () => {
    expect(versionTitle('Automatic version', undefined)).toEqual({ name: '', reason: { kind: 'quiet' } });
    expect(versionTitle('Automatic version (server shutdown)', undefined)).toEqual({ name: '', reason: { kind: 'shutdown' } });
    expect(versionTitle('Before restoring “Before restoring “Automatic version””', undefined)).toEqual({
      name: '',
      reason: { kind: 'before-restore', restored: { name: '', reason: { kind: 'before-restore', restored: { name: '', reason: { kind: 'quiet' } } } } },
    });
  });

  it('keeps given names and stored reasons as they are', () => {
    expect(versionTitle('Sent to the investment committee', null)).toEqual({ name: 'Sent to the investment committee', reason: null });
    expect(versionTitle('', { kind: 'shutdown' })).toEqual({ name: '', reason: { kind: 'shutdown' } });
  });
});
