/**
 * A server process for the HTTP benchmarks (the load tool runs in the parent): `bare` reads the body and answers
 * the same JSON bytes the receiver does without any checks; `by-hand` does what any honest receiver must, written
 * inline (HMAC of the raw body compared in constant time, JSON.parse, the generated validator), and answers the
 * same; `receiver` runs createReceiver; `mock` the native mock server. Over IPC it reports its port (and
 * start-up time), and on `cpu` its CPU time so far, so the parent can divide the server's own CPU by the requests
 * it served — a figure other load on the machine barely moves.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as protocol from '../generated/protocol/index.js';
import { createReceiver } from '../src/receiver/index.js';

/** What the receiver answers an acknowledged message.created: its first reply example. */
export const ACK = JSON.stringify(
  protocol.contract.events.find((e) => e.name === 'message.created')!.reply!.examples[0]!.payload,
);

const mode = process.argv[2];
process.on('message', (m) => m === 'cpu' && process.send!({ cpu: process.cpuUsage() }));
process.on('disconnect', () => process.exit(0));

if (mode === 'mock') {
  const { startMockServer } = await import('../src/mock/index.js');
  const gaife = await import('../generated/gaife/index.js');
  const started = performance.now();
  const mock = await startMockServer([protocol, gaife], { secret: 'bench-secret' });
  process.send!({ port: mock.port, startMs: performance.now() - started });
} else {
  let handler: http.RequestListener;
  if (mode === 'bare') {
    handler = (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(ACK),
        });
        res.end(ACK);
      });
    };
  } else if (mode === 'by-hand') {
    const validate = protocol.validators['message.created'];
    const answer = (res: http.ServerResponse, status: number, body: string): void => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    };
    handler = (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const expected = createHmac('sha256', 'bench-secret').update(raw).digest();
        const given = Buffer.from(String(req.headers['x-protocol-signature'] ?? ''), 'hex');
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
          return answer(res, 401, '{"error":"signature"}');
        let payload: unknown;
        try {
          payload = JSON.parse(raw.toString('utf8'));
        } catch {
          return answer(res, 400, '{"error":"malformed-json"}');
        }
        if (!validate(payload)) return answer(res, 400, '{"error":"invalid-payload"}');
        answer(res, 200, ACK);
      });
    };
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
}
