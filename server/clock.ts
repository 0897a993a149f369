// Where the services read the time. A server runs on the system clock; the demo loader runs its
// temporary app on a clock it sets, so the history it writes through the services is dated in the
// past exactly as if people had done it then.

/** The current time as the services see it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
