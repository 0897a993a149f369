// Comments feature: threads anchored to dossier ranges or board terms, replies, resolve / reopen,
// @mentions, stored server-side and pushed live to the deal room.
export { CommentPresenter } from './comment-presenter.ts';
export { CommentRepository, COMMENT_INDEXES } from './comment-repository.ts';
export { CommentService } from './comment-service.ts';
export { commentRoutes } from './routes.ts';
