// Bookkeeping of marked edits for one document: who sent what when, and which peers applied it.
import * as Y from 'yjs';

const MARKER_PATTERN = /<c(\d+)s(\d+)>/g;

/** The text one edit inserts; unique within its document. */
export function editMarker(clientIndex: number, sequence: number): string {
  return `<c${clientIndex}s${sequence}>`;
}

interface SentEdit {
  sentAt: number;
  arrivals: number;
}

/** Tracks edits of one document and the propagation latency of each arrival at a peer. */
export class DocumentDeliveryTracker {
  private readonly sent = new Map<string, SentEdit>();
  deliveries = 0;
  lastDeliveryAt = 0;

  /** @param latencies shared sink: one sample per (edit, receiving peer). */
  constructor(private readonly latencies: number[]) {}

  recordSent(marker: string, sentAt: number): void {
    this.sent.set(marker, { sentAt, arrivals: 0 });
  }

  /**
   * Watches a receiving client's doc for remote updates and records each marker they insert.
   * Reads the (small) update itself rather than the text event's delta, whose cost grows with
   * the document: at thousands of arrivals per second that made the generator the bottleneck.
   */
  watch(doc: Y.Doc): void {
    doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) return;
      const receivedAt = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) {
          this.recordArrivals(struct.content.str, receivedAt);
        }
      }
    });
  }

  get editsSent(): number {
    return this.sent.size;
  }

  /** Edits that fewer than `peers` other clients applied. */
  countLost(peers: number): number {
    let lost = 0;
    for (const edit of this.sent.values()) if (edit.arrivals < peers) lost += 1;
    return lost;
  }

  private recordArrivals(inserted: string, receivedAt: number): void {
    for (const match of inserted.matchAll(MARKER_PATTERN)) {
      const edit = this.sent.get(match[0]);
      if (!edit) continue;
      edit.arrivals += 1;
      this.deliveries += 1;
      this.lastDeliveryAt = receivedAt;
      this.latencies.push(receivedAt - edit.sentAt);
    }
  }
}
