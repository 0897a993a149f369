// Auth feature: accounts, sessions and the credential checks shared by REST, Socket.IO and collab.
export { Authenticator, type AuthContext, type Credentials } from './authenticator.ts';
export { apiRateLimit } from './api-rate-limit.ts';
export { attachAuth, csrfProtection, requireAuth } from './middleware.ts';
export { accountSecurityRoutes } from './account-security-routes.ts';
export { atSessionExpiry } from './expiry-timer.ts';
export { ExpirySchedule } from './expiry-schedule.ts';
export { authRoutes } from './routes.ts';
export { passwordWeakness } from './password-policy.ts';
export { hashPassword } from './passwords.ts';
export { endsSession, SessionEndSchema, type SessionEnd, type SessionEnder, type SessionHolder } from './session-end.ts';
export { SessionRepository, SESSION_INDEXES } from './sessions.ts';
export { UserRepository, USER_INDEXES, langOf, timeZoneOf, toPublicUser, type UserRecord } from './users.ts';
