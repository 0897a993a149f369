// Which clients may connect: those speaking our protocol version, and those that name none —
// outside clients following the public contracts (a stock y-websocket provider with only a token,
// socket.io-client with only `auth.token`) send no version and are served as before.
import { PROTOCOL_VERSION } from '../shared/protocol.ts';

/** False only for a client that names a version other than ours (it runs an older or newer build). */
export function speaksOurProtocol(sent: unknown): boolean {
  if (sent === undefined || sent === null || sent === '') return true;
  // The collaboration URL carries it as text, the Socket.IO handshake as a number.
  return String(sent) === String(PROTOCOL_VERSION);
}
