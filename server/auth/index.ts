// Auth feature: accounts, sessions and the credential checks shared by REST, Socket.IO and collab.
export { Authenticator, type AuthContext, type Credentials } from './authenticator.ts';
export { attachAuth, csrfProtection, requireAuth } from './middleware.ts';
export { authRoutes } from './routes.ts';
export { SessionRepository, SESSION_INDEXES } from './sessions.ts';
export { UserRepository, USER_INDEXES, toPublicUser, type UserRecord } from './users.ts';
