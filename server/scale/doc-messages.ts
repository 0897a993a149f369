// What instances send each other about a document over Redis, as compact binary frames
// (lib0 encoding, like the y-websocket protocol itself).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Bumped on any incompatible change, so mixed versions during a rolling upgrade ignore each other. */
const PROTOCOL_VERSION = 1;

const TYPE_CODES = { update: 0, awareness: 1, 'sync-request': 2, 'sync-reply': 3, 'sync-diff': 4 } as const;
type TypeName = keyof typeof TYPE_CODES;

interface Envelope {
  /** Instance that sent it; an instance ignores its own messages. */
  sender: string;
  doc: string;
}

type DocPayload =
  /** A change one of the sender's clients (or the sender itself) made; `author` is a user id. */
  | { type: 'update'; update: Uint8Array; author: string | null }
  /** Presence changes of the sender's clients (including their removal). */
  | { type: 'awareness'; awareness: Uint8Array }
  /** "I opened (or lost track of) this document: here is what I have, send what I lack." */
  | { type: 'sync-request'; stateVector: Uint8Array; awareness: Uint8Array }
  /** The answer, sent to the requester only: what it lacked, and what the answerer has. */
  | { type: 'sync-reply'; diff: Uint8Array; stateVector: Uint8Array; awareness: Uint8Array }
  /** The requester's last step: what the answerer lacked. */
  | { type: 'sync-diff'; diff: Uint8Array };

export type DocMessage = Envelope & DocPayload;

export class MalformedDocMessageError extends Error {
  readonly code = 'malformed_doc_message';
}

export function encodeDocMessage(message: DocMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, PROTOCOL_VERSION);
  encoding.writeVarUint(encoder, TYPE_CODES[message.type]);
  encoding.writeVarString(encoder, message.sender);
  encoding.writeVarString(encoder, message.doc);
  for (const part of payloadOf(message)) {
    if (typeof part === 'string') encoding.writeVarString(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

function payloadOf(message: DocMessage): (Uint8Array | string)[] {
  switch (message.type) {
    case 'update':
      return [message.update, message.author ?? ''];
    case 'awareness':
      return [message.awareness];
    case 'sync-request':
      return [message.stateVector, message.awareness];
    case 'sync-reply':
      return [message.diff, message.stateVector, message.awareness];
    case 'sync-diff':
      return [message.diff];
  }
}

/** Decodes a frame; throws MalformedDocMessageError on anything else. */
export function decodeDocMessage(bytes: Uint8Array): DocMessage {
  try {
    const decoder = decoding.createDecoder(bytes);
    const version = decoding.readVarUint(decoder);
    if (version !== PROTOCOL_VERSION) throw new MalformedDocMessageError(`protocol version ${version}`);
    const code = decoding.readVarUint(decoder);
    const type = (Object.keys(TYPE_CODES) as TypeName[]).find((name) => TYPE_CODES[name] === code);
    if (!type) throw new MalformedDocMessageError(`unknown message type ${code}`);
    const envelope = { sender: decoding.readVarString(decoder), doc: decoding.readVarString(decoder) };
    return { ...envelope, ...readPayload(type, decoder) };
  } catch (error) {
    if (error instanceof MalformedDocMessageError) throw error;
    throw new MalformedDocMessageError(`undecodable document message: ${String(error)}`);
  }
}

function readPayload(type: TypeName, decoder: decoding.Decoder): DocPayload {
  const bytes = () => decoding.readVarUint8Array(decoder);
  switch (type) {
    case 'update':
      return { type, update: bytes(), author: decoding.readVarString(decoder) || null };
    case 'awareness':
      return { type, awareness: bytes() };
    case 'sync-request':
      return { type, stateVector: bytes(), awareness: bytes() };
    case 'sync-reply':
      return { type, diff: bytes(), stateVector: bytes(), awareness: bytes() };
    case 'sync-diff':
      return { type, diff: bytes() };
  }
}
