// Turns "remind these people of this" into outbox messages: one per person, in their language,
// under a key that names the item, its version and the person.
import { langOf, type UserRecord, type UserRepository } from '../auth/index.ts';
import type { NewMail } from '../mail/index.ts';

export type ReminderUsers = Pick<UserRepository, 'findByIds'>;

export async function addressed(users: ReminderUsers, userIds: Iterable<string>, message: (person: UserRecord) => Omit<NewMail, 'to' | 'lang'>): Promise<NewMail[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  return (await users.findByIds(ids)).map((person) => ({ ...message(person), to: person.email, lang: langOf(person) }));
}
