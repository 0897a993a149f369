// Requests Node's HTTP parser refuses before Express sees them (a request line and headers past
// `maxHeaderSize`, such as thousands of query parameters; a malformed request) are answered with
// the usual `{error, message}` JSON body instead of Node's bare status line.
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode, type ErrorBody } from '../../shared/protocol.ts';

interface ClientErrorAnswer {
  status: number;
  reason: string;
  body: ErrorBody;
}

/** What Node itself would answer for each parser error (see `onParserExecuteCommon`), with a body. */
function answerFor(code: string | undefined): ClientErrorAnswer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        body: { error: ErrorCode.BadRequest, message: 'The URL and headers are too large (at most 16 KB together); send fewer or shorter query parameters' },
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, reason: 'Payload Too Large', body: { error: ErrorCode.PayloadTooLarge, message: 'The chunk extensions are too large' } };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, reason: 'Request Timeout', body: { error: ErrorCode.BadRequest, message: 'The request took too long to arrive' } };
    default:
      return { status: 400, reason: 'Bad Request', body: { error: ErrorCode.BadRequest, message: 'The request could not be read as HTTP' } };
  }
}

function httpAnswer({ status, reason, body }: ClientErrorAnswer): string {
  const json = JSON.stringify(body);
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`
  );
}

/** Replaces Node's default `clientError` answer on `server`; call once, before listening. */
export function answerClientErrorsAsJson(server: HttpServer): void {
  // Sockets with a response under way: an answer written into it would corrupt that response.
  const answering = new WeakSet<Duplex>();
  server.on('request', (req, res: ServerResponse) => {
    answering.add(req.socket);
    res.once('close', () => answering.delete(req.socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable || answering.has(socket)) {
      socket.destroy();
      return;
    }
    socket.end(httpAnswer(answerFor(error.code)));
  });
}
