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
  'password-reset': ({ name, expires }) => ({
    subject: 'Reset your Superconnector password',
    paragraphs: [
      `Hello ${name},`,
      'Someone (we hope you) asked to reset the password of the Superconnector account of this e-mail address.',
      `Open the link to choose a new password. It works once, until ${expires}; every signed-in session of the account ends when the password changes.`,
      'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    ],
    action: 'Choose a new password',
  }),
  'password-changed': ({ name, changed }) => ({
    subject: 'Your Superconnector password was changed',
    paragraphs: [
      `Hello ${name},`,
      `The password of your Superconnector account was changed with a reset link on ${changed}, and every signed-in session of the account was ended.`,
      'If that was you, there is nothing more to do. If it was not, ask for a new reset link at once to take the account back.',
    ],
    action: 'Reset the password again',
  }),
  'meeting-invitation': ({ title, when, minutes, location, organiserName, change }) => ({
    subject: { confirmed: `Meeting confirmed: ${title}`, withdrawn: `New times proposed: ${title}`, cancelled: `Meeting cancelled: ${title}` }[change],
    paragraphs: [
      {
        confirmed: `The meeting “${title}”, organised by ${organiserName}, is confirmed for ${when} (${minutes} minutes).`,
        withdrawn: `The time of the meeting “${title}” (${when}) was withdrawn and new times are proposed. Your calendar entry is removed until a new time is accepted.`,
        cancelled: `The meeting “${title}” on ${when} is cancelled.`,
      }[change],
      ...(change === 'confirmed' ? [`Where: ${location}`, 'The invitation is attached: open it to add the meeting to your calendar.'] : []),
    ],
    action: 'Open the meeting',
  }),
  'meeting-reminder': ({ title, when, minutes, location, lead }) => ({
    subject: `${lead === '1h' ? 'In 1 hour' : 'Within 24 hours'}: ${title}`,
    paragraphs: [`Reminder: the meeting “${title}” starts ${lead === '1h' ? 'in about an hour' : 'within the next 24 hours'}: ${when} (${minutes} minutes).`, `Where: ${location}`],
    action: 'Open the meeting',
  }),
  'term-reminder': ({ dealTitle, itemTitle, due }) => ({
    subject: `Term due ${due}: ${itemTitle}`,
    paragraphs: [`The term “${itemTitle}” in the deal “${dealTitle}” is due on ${due} and is not agreed yet. You are responsible for it.`],
    action: 'Open the board',
  }),
  'question-reminder': ({ dealTitle, itemTitle, due }) => ({
    subject: `Question due ${due}: ${itemTitle}`,
    paragraphs: [`The question “${itemTitle}” in the deal “${dealTitle}” is due on ${due} and has no approved answer yet.`],
    action: 'Open the question',
  }),
  roles: { owner: 'an owner', member: 'a member', party: 'a party', adviser: 'an adviser', manager: 'a manager' },
  unsubscribe: {
    invitation: 'Do not want invitations by e-mail?',
    'password-reset': '',
    'password-changed': '',
    'meeting-invitation': 'Do not want meeting invitations by e-mail?',
    'meeting-reminder': 'Do not want meeting reminders by e-mail?',
    'term-reminder': 'Do not want reminders of terms due?',
    'question-reminder': 'Do not want reminders of questions due?',
    notification: 'Do not want e-mails like this one?',
    digest: 'Do not want digests by e-mail?',
  },
  unsubscribeAction: 'Unsubscribe',
  footer: 'You receive this e-mail because someone used this address on Superconnector.',
};
