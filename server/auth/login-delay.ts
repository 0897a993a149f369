// Per-account pacing of sign-in attempts: every recent failure for an e-mail makes the next answer
// for that e-mail wait longer (doubling, up to a cap); failures are forgiven one by one as time
// passes, and a success clears them. It never refuses, so the owner with the right password always
// gets in, at worst after the cap. Attempts still running count as failures, so a burst of parallel
// guesses pays as much as a sequence. Keyed by the e-mail alone, existing or not, so an unknown
// e-mail is paced exactly like a known one. State is per instance (see README, Configuration).

export interface LoginDelayOptions {
  /** Failures for one e-mail answered without delay. */
  freeFailures: number;
  /** Delay after the free failures; it doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** One failure is forgiven per this much time. */
  forgiveAfterMs: number;
  /** E-mails tracked at once; the longest untouched are dropped first. */
  maxTracked: number;
}

interface AccountPace {
  /** Failures not yet forgiven (fractional: forgiveness is continuous). */
  failures: number;
  /** When `failures` was last brought up to date. */
  at: number;
  /** Attempts begun and not yet ended. */
  running: number;
}

export type AttemptOutcome = 'succeeded' | 'failed' | 'abandoned';

/** One attempt: wait `delayMs` before checking the password, then end it exactly once. */
export interface PacedAttempt {
  delayMs: number;
  end(outcome: AttemptOutcome): void;
}

/** Failures still counting: one partly forgiven counts whole (the epsilon absorbs float drift). */
function unforgiven(failures: number): number {
  return Math.max(0, Math.ceil(failures - 1e-9));
}

export class LoginDelay {
  private readonly accounts = new Map<string, AccountPace>();

  constructor(
    private readonly options: LoginDelayOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts an attempt for `email` (normalised) and says how long it must wait. */
  begin(email: string): PacedAttempt {
    const pace = this.current(email);
    const delayMs = this.delayFor(unforgiven(pace.failures) + pace.running);
    pace.running += 1;
    let ended = false;
    return {
      delayMs,
      end: (outcome) => {
        if (ended) return;
        ended = true;
        this.finish(email, outcome);
      },
    };
  }

  /** The delay an attempt would wait now (for tests and diagnostics). */
  peek(email: string): number {
    const pace = this.accounts.get(email);
    if (!pace) return 0;
    return this.delayFor(unforgiven(this.forgiven(pace)) + pace.running);
  }

  get trackedCount(): number {
    return this.accounts.size;
  }

  private delayFor(ahead: number): number {
    const { freeFailures, baseDelayMs, maxDelayMs } = this.options;
    if (ahead < freeFailures) return 0;
    // Capped before exponentiation grows past what a number holds.
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(ahead - freeFailures, 30));
  }

  private finish(email: string, outcome: AttemptOutcome): void {
    const pace = this.current(email);
    // An e-mail evicted while its attempt ran comes back with none running.
    pace.running = Math.max(0, pace.running - 1);
    if (outcome === 'failed') pace.failures += 1;
    if (outcome === 'succeeded') pace.failures = 0;
    if (unforgiven(pace.failures) === 0 && pace.running === 0) this.accounts.delete(email);
  }

  private forgiven(pace: AccountPace): number {
    return Math.max(0, pace.failures - (this.now() - pace.at) / this.options.forgiveAfterMs);
  }

  /** The e-mail's pace brought up to date and moved to the newest end of the eviction order. */
  private current(email: string): AccountPace {
    const existing = this.accounts.get(email);
    const pace = existing ? { ...existing, failures: this.forgiven(existing), at: this.now() } : { failures: 0, at: this.now(), running: 0 };
    this.accounts.delete(email);
    this.accounts.set(email, pace);
    while (this.accounts.size > this.options.maxTracked) {
      const oldest = this.accounts.keys().next().value;
      if (oldest === undefined) break;
      this.accounts.delete(oldest);
    }
    return pace;
  }
}
