// Gathers notifications into the groups an e-mail shows: one per deal, per listing of mine (its
// matches), other match news, and invitations; within a group one line per type (per term for
// term news), counting folded notifications in full and keeping the latest facts.
import type { ActivityGroup, ActivityLine } from '../mail/index.ts';
import type { NotificationRecord } from '../notifications/index.ts';

type GroupHead = Omit<ActivityGroup, 'lines'>;

function headOf(record: NotificationRecord): GroupHead {
  const { subject, data } = record;
  if (subject.kind === 'invitation') return { kind: 'invitations', id: null, title: '' };
  if (subject.kind === 'deal' || subject.dealId) return { kind: 'deal', id: subject.dealId ?? subject.id, title: subject.title };
  if (typeof data.listingId === 'string') return { kind: 'listing', id: data.listingId, title: subject.title };
  return { kind: 'matches', id: null, title: '' };
}

function lineKey(record: NotificationRecord): string {
  return record.type.startsWith('term.') ? `${record.type}:${String(record.data.termId ?? '')}` : record.type;
}

function countOf(record: NotificationRecord): number {
  return typeof record.data.count === 'number' && record.data.count > 1 ? record.data.count : 1;
}

/** The groups, newest activity first; `records` in any order. */
export function groupActivity(records: readonly NotificationRecord[]): ActivityGroup[] {
  const newestFirst = [...records].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());
  const groups = new Map<string, { head: GroupHead; lines: Map<string, ActivityLine> }>();
  for (const record of newestFirst) {
    const head = headOf(record);
    const groupKey = `${head.kind}:${head.id ?? ''}`;
    const group = groups.get(groupKey) ?? { head, lines: new Map<string, ActivityLine>() };
    groups.set(groupKey, group);
    const key = lineKey(record);
    const line = group.lines.get(key);
    // The first record seen is the newest: its facts and actor speak for the line.
    if (line) line.count += countOf(record);
    else group.lines.set(key, { type: record.type, count: countOf(record), actorName: record.actor?.name ?? null, facts: { ...record.data, subjectTitle: record.subject.title } });
  }
  return [...groups.values()].map(({ head, lines }) => ({ ...head, lines: [...lines.values()] }));
}
