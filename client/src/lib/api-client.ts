// fetch wrapper for the REST API: JSON in and out, the session's CSRF token on writes, and
// `ApiError` for every failure.
import type { ErrorBody } from '../../../shared/protocol.ts';
import { CSRF_HEADER } from '../../../shared/schemas/auth.ts';
import { ApiError } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function readJson<T>(response: Response): Promise<T | null> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    // A proxy's HTML error page, say; the status code still tells the caller what happened.
    return null;
  }
}

export class ApiClient {
  /** Kept in memory only; set from login, register and `me`, cleared at sign-out. */
  csrfToken: string | null = null;
  private readonly unauthenticatedListeners = new Set<() => void>();

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  /** Called when any request answers 401, i.e. the session ended; returns the unsubscribe. */
  onUnauthenticated(listener: () => void): () => void {
    this.unauthenticatedListeners.add(listener);
    return () => this.unauthenticatedListeners.delete(listener);
  }

  private async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    let response: Response;
    try {
      response = await fetch(`/api${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new ApiError('network', error instanceof Error ? error.message : 'network error', 0);
    }
    const data = await readJson<T>(response);
    if (response.ok) return data as T;
    const failure = ApiError.fromBody(response.status, data as Partial<ErrorBody> | null);
    if (response.status === 401 && !path.startsWith('/auth/')) {
      for (const listener of this.unauthenticatedListeners) listener();
    }
    throw failure;
  }
}
