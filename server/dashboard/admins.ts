// Who runs the instance: the e-mails of ADMIN_EMAILS (compared case-insensitively).
import type { PublicUser } from '../../shared/schemas/auth.ts';

export class AdminDirectory {
  private readonly emails: Set<string>;

  constructor(emails: readonly string[]) {
    this.emails = new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean));
  }

  isAdmin(user: PublicUser): boolean {
    return this.emails.has(user.email.toLowerCase());
  }
}
