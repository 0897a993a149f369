// Edit-to-screen latency: one page inserts a marker, the other reports (with its own clock,
// the same host clock) the moment the marker shows in its editor.
import type { Page } from 'playwright-core';

const MARKER_PATTERN = String.raw`⟦\d+⟧`;

interface MarkerWindow {
  reportMarkerSeen(marker: string, at: number): void;
}

/** Starts watching `page`'s editor for markers; `seen(marker)` resolves with the time it showed. */
export async function watchForMarkers(page: Page): Promise<(marker: string) => Promise<number>> {
  const seenAt = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  await page.exposeFunction('reportMarkerSeen', (marker: string, at: number) => {
    seenAt.set(marker, at);
    waiters.get(marker)?.(at);
  });
  await page.evaluate((pattern) => {
    const editor = document.querySelector('.note-text');
    if (!editor) throw new Error('no editor on the page');
    const reported = new Set<string>();
    const report = (window as unknown as MarkerWindow).reportMarkerSeen;
    new MutationObserver(() => {
      const at = Date.now();
      for (const [marker] of (editor.textContent ?? '').matchAll(new RegExp(pattern, 'g'))) {
        if (reported.has(marker)) continue;
        reported.add(marker);
        report(marker, at);
      }
    }).observe(editor, { subtree: true, childList: true, characterData: true });
  }, MARKER_PATTERN);
  return (marker) => {
    const known = seenAt.get(marker);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve) => waiters.set(marker, resolve));
  };
}

export interface LatencySummary {
  samples: number[];
  median: number;
  max: number;
}

export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}
