// Who is in a document, read from Yjs awareness: one entry per person, however many tabs.
export interface PresenceUser {
  id: string;
  name: string;
  /** `#rrggbb`; the caret extension ignores anything else. */
  color: string;
}

export interface PresentPerson extends PresenceUser {
  isMe: boolean;
}

function isPresenceUser(value: unknown): value is PresenceUser {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Record<string, unknown>;
  return typeof user.id === 'string' && typeof user.name === 'string' && typeof user.color === 'string';
}

/** Awareness states are written by other clients, so anything malformed is skipped. */
export function peopleFromAwareness(states: Map<number, Record<string, unknown>>, me: PresenceUser): PresentPerson[] {
  const people = new Map<string, PresentPerson>([[me.id, { ...me, isMe: true }]]);
  for (const state of states.values()) {
    const user = state.user;
    if (!isPresenceUser(user) || people.has(user.id)) continue;
    people.set(user.id, { id: user.id, name: user.name, color: user.color, isMe: false });
  }
  return [...people.values()];
}
