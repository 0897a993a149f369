// Password-reset feature: one-time e-mailed links that set a new password and end every session.
export { RESET_INDEXES, ResetLinkRepository } from './reset-repository.ts';
export { PasswordResetService, type PasswordResetDeps, type ResetMail } from './reset-service.ts';
export { passwordResetRoutes, type ResetLimits } from './routes.ts';
