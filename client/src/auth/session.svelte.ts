// Who is signed in: restored from the cookie at start, set by sign-in and sign-up, ended by
// sign-out or by any request the server answers with 401.
import type { PublicUser } from '../../../shared/schemas/auth.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { ApiError } from '../lib/api-error.ts';
import {
  changePassword,
  fetchMe,
  login,
  logout,
  logoutEverywhere,
  register,
  type PasswordChangeInput,
  type SessionInfo,
  type SignInInput,
  type SignUpInput,
} from './auth-api.ts';

export type SessionState = 'restoring' | 'signed-out' | 'signed-in';

export class Session {
  state = $state<SessionState>('restoring');
  user = $state.raw<PublicUser | null>(null);
  /** The profile's IANA zone: every time is shown in it, whatever the device's clock says. */
  timeZone = $state('UTC');
  /** Why restoring failed when it was not simply "not signed in" (e.g. server unreachable). */
  restoreError = $state.raw<unknown>(null);
  /** The session ended under the person (expired, signed out elsewhere), so the sign-in page says so. */
  endedUnderneath = $state(false);

  constructor(private readonly api: ApiClient) {}

  async restore(): Promise<void> {
    try {
      this.accept(await fetchMe(this.api));
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'unauthenticated')) this.restoreError = error;
      this.clear();
    }
  }

  async signIn(input: SignInInput): Promise<void> {
    this.accept(await login(this.api, input));
  }

  async signUp(input: SignUpInput): Promise<void> {
    this.accept(await register(this.api, input));
  }

  async signOut(): Promise<void> {
    try {
      await logout(this.api);
    } finally {
      this.clear();
    }
  }

  /** Keeps this session; the account's other sessions end. */
  changePassword(input: PasswordChangeInput): Promise<void> {
    return changePassword(this.api, input);
  }

  async setTimeZone(timeZone: string): Promise<void> {
    this.timeZone = (await this.api.put<{ timeZone: string }>('/auth/time-zone', { timeZone })).timeZone;
  }

  /** Ends every session of the account; signed out here only once the server has done it. */
  async signOutEverywhere(): Promise<void> {
    await logoutEverywhere(this.api);
    this.clear();
  }

  /** The server no longer knows this session (expired or revoked elsewhere). */
  expire(): void {
    if (this.state === 'signed-in') this.endedUnderneath = true;
    this.clear();
  }

  private accept(info: SessionInfo): void {
    this.api.csrfToken = info.csrfToken;
    this.user = info.user;
    this.timeZone = info.timeZone;
    this.restoreError = null;
    this.endedUnderneath = false;
    this.state = 'signed-in';
  }

  private clear(): void {
    this.api.csrfToken = null;
    this.user = null;
    this.state = 'signed-out';
  }
}
