// Password strength rules; a weak password is refused with a reason the person can act on.
import { PASSWORD_MIN_LENGTH } from '../../shared/schemas/auth.ts';

const COMMON_PASSWORDS = new Set([
  'password123', 'password1234', '1234567890', '12345678910', 'qwertyuiop', 'iloveyou123',
  'administrator', 'letmein1234', 'welcome1234', 'passw0rd123', 'abc1234567', 'qwerty12345',
]);

/** Returns why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (new Set(password).size < 4) return 'Use more different characters';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'This password is too common';
  const localPart = email.split('@')[0];
  if (localPart.length >= 4 && lowered.includes(localPart)) return 'Do not use your e-mail address in the password';
  return null;
}
