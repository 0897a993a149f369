// Many sessions' expiries behind one timer: a process holding thousands of connections pays one
// Timeout and a map entry for each, not a timer, closures and a Date per connection (memory per
// open document). The timer is armed for the earliest expiry; sessions last days and expire
// rarely, so finding what is due scans every entry only when the timer fires.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export class ExpirySchedule<K> {
  private readonly expiries = new Map<K, number>();
  private timer: NodeJS.Timeout | undefined;
  /** When the armed timer fires (epoch ms); Infinity while none is armed. */
  private armedFor = Infinity;

  constructor(
    /** Called once for each key whose time has come; the key is already removed. */
    private readonly expire: (key: K) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Calls `expire(key)` at `expiresAt` (on the next tick when already past). */
  add(key: K, expiresAt: Date): void {
    this.expiries.set(key, expiresAt.getTime());
    if (expiresAt.getTime() < this.armedFor) this.arm(expiresAt.getTime());
  }

  /** Forgets `key` (its expiry no longer matters); the timer is left to find nothing due. */
  delete(key: K): void {
    this.expiries.delete(key);
    if (this.expiries.size === 0) this.stop();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.armedFor = Infinity;
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.armedFor = at;
    // A longer delay would overflow and fire at once; wait the longest allowed and look again.
    this.timer = setTimeout(() => this.fire(), Math.min(Math.max(at - this.now(), 0), LONGEST_TIMER_MS));
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.armedFor = Infinity;
    const now = this.now();
    const due: K[] = [];
    let next = Infinity;
    for (const [key, at] of this.expiries) {
      if (at <= now) due.push(key);
      else next = Math.min(next, at);
    }
    for (const key of due) this.expiries.delete(key);
    if (next < Infinity) this.arm(next);
    for (const key of due) this.expire(key);
  }
}
