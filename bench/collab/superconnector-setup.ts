// Prepares Superconnector for a run: one bench user who owns every note document.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const BENCH_PASSWORD = 'bench-password-not-secret';
const CREATE_CONCURRENCY = 8;
const MAX_RATE_LIMIT_RETRIES = 20;

export interface SuperconnectorFixture {
  token: string;
  docNames: string[];
  /** How many requests met a 429 and were retried. */
  rateLimitedRequests: number;
}

interface RegisterResponse {
  token: string;
}

interface NoteResponse {
  id: string;
  docName: string;
}

class ApiClient {
  rateLimitedRequests = 0;
  token = '';

  constructor(private readonly baseUrl: string) {}

  /** POSTs JSON; retries after a 429 (Retry-After seconds, or 1 s). */
  async post<T>(path: string, body: object): Promise<T> {
    for (let attempt = 0; attempt <= MAX_RATE_LIMIT_RETRIES; attempt += 1) {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      if (response.status === 429) {
        this.rateLimitedRequests += 1;
        await response.arrayBuffer();
        await sleep(1000 * (Number(response.headers.get('retry-after')) || 1));
        continue;
      }
      const text = await response.text();
      if (!response.ok) throw new Error(`POST ${path} → ${response.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    }
    throw new Error(`POST ${path}: still rate limited after ${MAX_RATE_LIMIT_RETRIES} retries`);
  }
}

/** Registers the bench user and creates `documents` notes it owns; returns their document names. */
export async function prepareSuperconnector(baseUrl: string, documents: number): Promise<SuperconnectorFixture> {
  const api = new ApiClient(baseUrl);
  const registered = await api.post<RegisterResponse>('/api/auth/register', {
    name: 'Bench User',
    email: `bench-${randomUUID()}@example.test`,
    password: BENCH_PASSWORD,
  });
  api.token = registered.token;
  const docNames: string[] = new Array<string>(documents);
  let next = 0;
  const createNext = async (): Promise<void> => {
    while (next < documents) {
      const index = next;
      next += 1;
      const note = await api.post<NoteResponse>('/api/notes', { title: `Bench note ${index}` });
      docNames[index] = note.docName;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CREATE_CONCURRENCY, documents) }, createNext));
  return { token: registered.token, docNames, rateLimitedRequests: api.rateLimitedRequests };
}
