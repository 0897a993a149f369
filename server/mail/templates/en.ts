// English e-mail wording.
import type { MailCatalogue } from './wording.ts';

export const en: MailCatalogue = {
  invitation: ({ inviterName, targetKind, targetTitle, role, expires }) => ({
    subject: targetKind === 'deal' ? `${inviterName} invited you to the deal “${targetTitle}”` : `${inviterName} invited you to join ${targetTitle}`,
    paragraphs: [
      targetKind === 'deal'
        ? `${inviterName} invited you to the deal room “${targetTitle}” on Superconnector as ${role}.`
        : `${inviterName} invited you to join the organisation ${targetTitle} on Superconnector as ${role}.`,
      'Open the link to sign up or sign in with this e-mail address and accept. If the deal asks for a non-disclosure agreement, you will read and accept it first.',
      `The link works once, until ${expires}.`,
    ],
    action: 'Accept the invitation',
  }),
  'password-reset': ({ expires }) => ({
    subject: 'Reset your Superconnector password',
    paragraphs: [
      'Someone (we hope you) asked to reset the password of the Superconnector account of this e-mail address.',
      `Open the link to choose a new password. It works once, until ${expires}; every signed-in session of the account ends when the password changes.`,
      'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    ],
    action: 'Choose a new password',
  }),
  roles: { owner: 'an owner', member: 'a member', party: 'a party', adviser: 'an adviser', manager: 'a manager' },
  unsubscribe: { invitation: 'Do not want invitations by e-mail?', 'password-reset': '', notification: 'Do not want e-mails like this one?', digest: 'Do not want digests by e-mail?' },
  unsubscribeAction: 'Unsubscribe',
  footer: 'You receive this e-mail because someone used this address on Superconnector.',
};
