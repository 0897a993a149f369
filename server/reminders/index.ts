// Reminders feature: a sweep that e-mails people what is coming up — meetings 24 h and 1 h ahead
// (the source lives with meetings), board terms and Q&A questions due within 48 h — once each,
// through the mail outbox's idempotency keys.
export { questionReminders, type QuestionReminderPorts } from './question-reminders.ts';
export { ReminderSweep, type ReminderSource } from './reminder-sweep.ts';
export { termReminders, type TermReminderPorts } from './term-reminders.ts';
