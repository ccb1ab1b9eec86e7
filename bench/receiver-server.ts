/** A server process for the receiver benchmark: `bare` answers the same JSON without any checks; `receiver` runs createReceiver. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as protocol from '../generated/protocol/index.js';
import { createReceiver } from '../src/receiver/index.js';

const mode = process.argv[2];
let handler: http.RequestListener;
if (mode === 'bare') {
  const body = '{}';
  handler = (req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  };
} else if (mode === 'mock') {
  const { startMockServer } = await import('../src/mock/index.js');
  const gaife = await import('../generated/gaife/index.js');
  const started = performance.now();
  const mock = await startMockServer([protocol, gaife], { secret: 'bench-secret' });
  process.send!({ port: mock.port, startMs: performance.now() - started });
  process.on('disconnect', () => process.exit(0));
  await new Promise(() => undefined);
  handler = () => undefined;
} else {
  let n = 0;
  const receiver = createReceiver(protocol, {
    secret: 'bench-secret',
    // The load repeats one body: without this every request after the first would be a cheap duplicate.
    idempotency: false,
    on: { 'message.created': () => void n++ },
  });
  handler = (req, res) => void receiver.node(req, res);
}
const server = http.createServer({ keepAlive: true }, handler);
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.on('disconnect', () => process.exit(0));
