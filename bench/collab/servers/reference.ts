// Reference y-websocket server under test: `setupWSConnection` from @y/websocket-server, in memory.
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const port = Number(process.env.PORT);
const webSocketServer = new WebSocketServer({ noServer: true });
const httpServer = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('ok');
});

httpServer.on('upgrade', (request, socket, head) => {
  webSocketServer.handleUpgrade(request, socket, head, (connection) => {
    setupWSConnection(connection, request);
  });
});

process.on('SIGTERM', () => {
  webSocketServer.clients.forEach((connection) => connection.terminate());
  httpServer.close(() => process.exit(0));
});

httpServer.listen(port, '127.0.0.1');
