// Progress of a demo load: counts per phase, reported as they change.

/** The parts of a load, in order. */
export type DemoPhase = 'orgs' | 'listings' | 'deals';

/** Told after each step: `done` of `total` in a phase. */
export interface DemoProgress {
  step(phase: DemoPhase, done: number, total: number): void;
}

/** Reports nothing (tests, embedding). */
export const SILENT_PROGRESS: DemoProgress = { step: () => {} };

/** Prints `orgs 120/300` lines: rewritten in place on a terminal, every tenth otherwise. */
export function terminalProgress(out: NodeJS.WriteStream = process.stdout): DemoProgress {
  return {
    step(phase, done, total) {
      const line = `${phase.padEnd(8)} ${done}/${total}`;
      if (out.isTTY) {
        out.write(`\r${line}${done === total ? '\n' : ''}`);
      } else if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) {
        out.write(`${line}\n`);
      }
    },
  };
}
