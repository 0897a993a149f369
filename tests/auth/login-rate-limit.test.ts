// Sign-in and sign-up abuse limits: guesses at one account are slowed by a growing, capped delay
// that never locks the owner out (also for parallel guesses and for e-mails with no account, which
// are answered exactly like wrong passwords); failed logins per address across e-mails and sign-ups
// per address are capped with 429. Addresses are told apart with X-Forwarded-For (trusted from
// loopback, as behind a local proxy).
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type Limits } from '../../server/config.ts';
import { STRONG_PASSWORD } from '../helpers/api.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { login, register, uniqueEmail } from './auth-client.ts';

const DELAY_MS = 400;
const MAX_DELAY_MS = 800;
const PACED: Partial<Limits> = { loginFreeFailures: 2, loginDelayMs: DELAY_MS, loginMaxDelayMs: MAX_DELAY_MS, loginFailuresPerAddress: 1000 };

interface Timed {
  status: number;
  body: unknown;
  ms: number;
}

async function timedLogin(server: TestServer, email: string, password: string, address?: string): Promise<Timed> {
  const started = performance.now();
  const response = await login(server, email, password, address ? { 'x-forwarded-for': address } : {});
  const body: unknown = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

async function signUp(server: TestServer, address: string, email = uniqueEmail()): Promise<number> {
  return (await register(server, email, STRONG_PASSWORD, { 'x-forwarded-for': address })).status;
}

describe('login and sign-up limits', () => {
  let server: TestServer;

  afterEach(async () => {
    await server.close();
  });

  it('slows guesses at one account without ever locking the owner out, and forgets them after the owner signs in', async () => {
    server = await startTestServer({ limits: PACED });
    const email = uniqueEmail('owner');
    expect((await register(server, email)).status).toBe(201);
    const guesses: Timed[] = [];
    for (let attempt = 0; attempt < 6; attempt++) guesses.push(await timedLogin(server, email, `Wrong-guess-number-${attempt}`));
    expect(guesses.map((guess) => guess.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(guesses[2].ms).toBeGreaterThanOrEqual(DELAY_MS);
    for (const guess of guesses.slice(3)) expect(guess.ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);

    const owner = await timedLogin(server, email, STRONG_PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);
    expect(owner.ms).toBeLessThan(MAX_DELAY_MS + 3000);

    const afterSuccess = await timedLogin(server, email, 'Wrong-guess-after');
    expect(afterSuccess.status).toBe(401);
    expect(afterSuccess.ms).toBeLessThan(DELAY_MS);
  });

  it('answers an e-mail with no account exactly like a wrong password, delay included', async () => {
    server = await startTestServer({ limits: PACED });
    const known = uniqueEmail('known');
    expect((await register(server, known)).status).toBe(201);
    const unknown = uniqueEmail('nobody');
    const knownAnswers: Timed[] = [];
    const unknownAnswers: Timed[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      knownAnswers.push(await timedLogin(server, known, `Wrong-guess-number-${attempt}`));
      unknownAnswers.push(await timedLogin(server, unknown, `Wrong-guess-number-${attempt}`));
    }
    expect(unknownAnswers.map(({ status, body }) => ({ status, body }))).toEqual(knownAnswers.map(({ status, body }) => ({ status, body })));
    expect(knownAnswers[0].body).toEqual({ error: 'invalid_credentials', message: expect.any(String) });
    for (const answers of [knownAnswers, unknownAnswers]) {
      expect(answers[2].ms).toBeGreaterThanOrEqual(DELAY_MS);
      expect(answers[3].ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);
    }
  });

  it('makes a burst of parallel guesses pay the delay as a sequence would', async () => {
    server = await startTestServer({ limits: PACED });
    const email = uniqueEmail('target');
    expect((await register(server, email)).status).toBe(201);
    const burst = await Promise.all(Array.from({ length: 6 }, (_, attempt) => timedLogin(server, email, `Parallel-guess-${attempt}`)));
    expect(burst.every((guess) => guess.status === 401)).toBe(true);
    const times = burst.map((guess) => guess.ms).sort((a, b) => a - b);
    expect(times.slice(2).every((ms) => ms >= DELAY_MS)).toBe(true);
    expect(times.slice(3).every((ms) => ms >= MAX_DELAY_MS)).toBe(true);
  });

  it('counts guesses against the e-mail as the server reads it, so case or padding does not reset the delay', async () => {
    server = await startTestServer({ limits: PACED });
    const email = uniqueEmail('padded');
    expect((await register(server, email)).status).toBe(201);
    const variants = [email, email.toUpperCase(), ` ${email}`, `\t${email} `];
    const answers: Timed[] = [];
    for (const variant of variants) answers.push(await timedLogin(server, variant, 'Wrong-guess-again-1'));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(answers[2].ms).toBeGreaterThanOrEqual(DELAY_MS);
    expect(answers[3].ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);
  });

  it('caps failed logins per address across many e-mails with 429, except for an account that signed in from there', async () => {
    server = await startTestServer({ limits: { loginFailuresPerAddress: 4 } });
    const office = '198.51.100.7';
    const owner = uniqueEmail('owner');
    expect(await signUp(server, office, owner)).toBe(201);
    const sprayed: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) sprayed.push((await timedLogin(server, uniqueEmail('spray'), STRONG_PASSWORD, office)).status);
    expect(sprayed).toEqual([401, 401, 401, 401]);

    const capped = await timedLogin(server, uniqueEmail('spray'), STRONG_PASSWORD, office);
    expect(capped.status).toBe(429);
    expect(capped.body).toEqual({ error: 'rate_limited', message: expect.any(String) });
    // The cap is per address: the same e-mail from elsewhere is answered as usual.
    expect((await timedLogin(server, uniqueEmail('spray'), STRONG_PASSWORD, '203.0.113.9')).status).toBe(401);
    // The owner signed up from the capped address, so that address still lets them in.
    expect((await timedLogin(server, owner, STRONG_PASSWORD, office)).status).toBe(200);
  });

  it('does not count successful logins or refused bodies against the address', async () => {
    server = await startTestServer({ limits: { loginFailuresPerAddress: 2 } });
    const email = uniqueEmail('regular');
    expect((await register(server, email)).status).toBe(201);
    const address = '198.51.100.20';
    for (let attempt = 0; attempt < 4; attempt++) expect((await timedLogin(server, email, STRONG_PASSWORD, address)).status).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) expect((await timedLogin(server, 'not-an-email', STRONG_PASSWORD, address)).status).toBe(400);
    expect((await timedLogin(server, uniqueEmail('other'), STRONG_PASSWORD, address)).status).toBe(401);
  });

  it('caps sign-ups per address with 429', async () => {
    server = await startTestServer({ limits: { signupsPerAddress: 3 } });
    const address = '198.51.100.30';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push(await signUp(server, address));
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await register(server, uniqueEmail(), STRONG_PASSWORD, { 'x-forwarded-for': address });
    expect(await refused.json()).toEqual({ error: 'rate_limited', message: expect.any(String) });
    expect(await signUp(server, '198.51.100.31')).toBe(201);
  });

  it('reads the limits from the environment', () => {
    const limits = loadConfig({
      LOGIN_FREE_FAILURES: '3',
      LOGIN_DELAY_MS: '250',
      LOGIN_MAX_DELAY_MS: '5000',
      LOGIN_FORGIVE_MS: '30000',
      LOGIN_ADDRESS_LIMIT: '0',
      LOGIN_WINDOW_MS: '600000',
      SIGNUP_LIMIT: '7',
      SIGNUP_WINDOW_MS: '1000',
    }).limits;
    expect(limits).toMatchObject({
      loginFreeFailures: 3,
      loginDelayMs: 250,
      loginMaxDelayMs: 5000,
      loginForgiveAfterMs: 30_000,
      loginFailuresPerAddress: 0,
      loginWindowMs: 600_000,
      signupsPerAddress: 7,
      signupWindowMs: 1000,
    });
    expect(() => loadConfig({ SIGNUP_LIMIT: 'many' })).toThrow();
  });
});
