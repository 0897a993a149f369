// The peer for bench:files: the plainest streaming file server Node allows, `req` piped into
// `fs.createWriteStream` on PUT and `fs.createReadStream` piped into `res` on GET, with no
// authentication, hashing or checks. Prints `{"port":N}` once listening.
import { createReadStream, createWriteStream } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

const dir = process.env.DATA_DIR ?? '.';
const file = path.join(dir, 'plain-upload.bin');

const server = http.createServer((req, res) => {
  const done = (status: number) => res.writeHead(status).end();
  if (req.method === 'PUT') {
    pipeline(req, createWriteStream(file)).then(() => done(201), () => done(500));
  } else {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    pipeline(createReadStream(file), res).catch(() => res.destroy());
  }
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
