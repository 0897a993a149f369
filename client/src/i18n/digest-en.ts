// English strings of e-mail delivery (per-type choice, digest schedule) on the notification settings page; spread into en.ts.
export const digestEn = {
  'notifications.delivery.label': 'E-mail for “{kind}”',
  'notifications.delivery.in-app': 'In the app only',
  'notifications.delivery.immediate': 'E-mail at once',
  'notifications.delivery.digest': 'In the digest',
  'notifications.digest.title': 'Digest by e-mail',
  'notifications.digest.hint': 'One e-mail with what you have not read yet, grouped per deal and listing. Nothing is sent when there is nothing new.',
  'notifications.digest.frequency': 'How often',
  'notifications.digest.hourly': 'Every hour',
  'notifications.digest.daily': 'Every day',
  'notifications.digest.weekly': 'Every week',
  'notifications.digest.weekday': 'On',
  'notifications.digest.hour': 'At',
  'notifications.digest.lang': 'E-mails are written in {lang}, the language you read the app in.',
  'notifications.digest.zone': 'Times in your time zone, {zone}.',
  'notifications.digest.changeZone': 'Change the time zone',
  'notifications.digest.next': 'Next digest: {when}',
  'notifications.digest.saved': 'Saved',
  // Named on the unsubscribe page (client/src/mail).
  'unsubscribe.kind.notification': 'e-mails sent at once for this kind of notification (it stays in the app)',
  'unsubscribe.kind.digest': 'digest e-mails (the news stays in the app)',
};
