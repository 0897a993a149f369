// Messages on Redis are JSON checked against a schema on arrival: anything there could have been
// written by another version of the app or by hand.
import type { z } from 'zod';

/** The message, or null when the text is not JSON or not such a message. */
export function parseJsonMessage<S extends z.ZodType>(schema: S, text: string): z.output<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON at all: treated like any other invalid message.
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
