// Q&A feature: questions one side of a deal asks the other, drafted and approved answers, the FAQ,
// internal notes per side, live per-reader pushes, notifications and the exportable log.
export { QaExporter } from './qa-export.ts';
export { QaNotifier } from './qa-notifier.ts';
export { QaService, type QaFilePort } from './qa-service.ts';
export { answerersOf } from './question-answerers.ts';
export { QuestionPresenter } from './question-presenter.ts';
export { QuestionPusher } from './question-pusher.ts';
export { countQuestions, questionCountsOf } from './question-counts.ts';
export { QuestionRepository, QA_INDEXES, type QuestionRecord, type QaApproverRecord } from './question-repository.ts';
export { qaRoutes } from './routes.ts';
