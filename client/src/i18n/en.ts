// English UI strings; the key set every other dictionary must match.
export const en = {
  'app.name': 'Superconnector',
  'app.tagline': 'Cross-border deals, worked on together.',
  'app.loading': 'Loading…',
  'language.label': 'Language',

  'auth.signIn': 'Sign in',
  'auth.signUp': 'Create account',
  'auth.signOut': 'Sign out',
  'auth.signingIn': 'Signing in…',
  'auth.signingUp': 'Creating your account…',
  'auth.signingOut': 'Signing out…',
  'auth.name': 'Name',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.passwordHint': 'At least {min} characters.',
  'auth.haveAccount': 'Already have an account?',
  'auth.needAccount': 'New here?',
  'auth.signedInAs': 'Signed in as {name}',

  'notes.title': 'My notes',
  'notes.new': 'New note',
  'notes.creating': 'Creating…',
  'notes.untitled': 'Untitled note',
  'notes.empty': 'No notes yet. Create one, or ask a colleague to share theirs.',
  'notes.owner': 'Owner',
  'notes.back': 'All notes',
  'notes.notFound': 'This note does not exist or is not shared with you.',
  'notes.rename': 'Title',
  'notes.renaming': 'Saving title…',

  'access.write': 'Can edit',
  'access.read': 'Can read',
  'access.owner': 'Owner',
  'access.readOnly': 'Read only',

  'share.heading': 'Shared with',
  'share.none': 'Not shared yet.',
  'share.email': 'Colleague’s e-mail',
  'share.access': 'Access',
  'share.submit': 'Share',
  'share.submitting': 'Sharing…',
  'share.remove': 'Remove',
  'share.removing': 'Removing…',

  'editor.people': 'Here now',
  'editor.you': 'you',
  'editor.placeholder': 'Start writing…',
  'editor.revoked': 'Your access to this note was withdrawn.',

  'save.offline': 'Offline',
  'save.saving': 'Saving…',
  'save.saved': 'Saved',

  'error.bad_request': 'Please check what you entered.',
  'error.unauthenticated': 'Please sign in again.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.not_found': 'Not found.',
  'error.conflict': 'That conflicts with a recent change; please retry.',
  'error.email_taken': 'An account with this e-mail already exists.',
  'error.weak_password': 'Choose a stronger password.',
  'error.invalid_credentials': 'Wrong e-mail or password.',
  'error.csrf_failed': 'Your session expired; please reload the page.',
  'error.rate_limited': 'Too many attempts. Please wait a few minutes and try again.',
  'error.payload_too_large': 'That is too large to send.',
  'error.internal': 'Something went wrong on our side. Please try again.',
  'error.network': 'Cannot reach the server. Check your connection and try again.',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
