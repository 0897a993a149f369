// The control channel's messages (JSON): access changes, document flags and ended sessions, validated on arrival
// because anything on Redis could have been written by another version or by hand.
import { z } from 'zod';
import { SessionEndSchema } from '../auth/index.ts';
import type { AnnouncedEvent } from '../collab/index.ts';
import { parseJsonMessage } from './json-message.ts';

const AnnouncedEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('access-changed'), doc: z.string().min(1) }),
  z.object({ type: z.literal('flag-changed'), doc: z.string().min(1), flag: z.string().min(1), on: z.boolean() }),
  z.object({ type: z.literal('sessions-ended'), end: SessionEndSchema }),
]);

const ControlMessageSchema = z.object({ sender: z.string().min(1), event: AnnouncedEventSchema });

export type ControlMessage = z.infer<typeof ControlMessageSchema>;

export function encodeControlMessage(sender: string, event: AnnouncedEvent): string {
  return JSON.stringify({ sender, event } satisfies ControlMessage);
}

/** The message, or null when it is not one. */
export function decodeControlMessage(text: string): ControlMessage | null {
  return parseJsonMessage(ControlMessageSchema, text);
}
