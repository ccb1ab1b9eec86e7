/**
 * The forwarding process of the listen benchmark, in front of the receiver process whose port is the first
 * argument: `listen` runs `startListener` for Protocol (as `chathooks listen` does, a process of its own); `bare`
 * is the least any node:http proxy does — read the body, send it on over a keep-alive agent, relay status, headers
 * and body — with no checks, the baseline for what forwarding itself costs. Reports its port over IPC, and on
 * `cpu` its CPU time so far.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as protocol from '../generated/protocol/index.js';
import { startListener } from '../src/traffic/listen.js';
import { SECRET } from './receiver.js';

const target = Number(process.argv[2]);
const mode = process.argv[3] ?? 'listen';
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => m === 'cpu' && process.send!({ cpu: process.cpuUsage() }));

if (mode === 'bare') {
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const { host: _host, connection: _connection, ...headers } = req.headers;
      const out = http.request(
        { host: '127.0.0.1', port: target, path: req.url, method: req.method, agent, headers },
        (reply) => {
          const parts: Buffer[] = [];
          reply.on('data', (c: Buffer) => parts.push(c));
          reply.on('end', () => {
            const { connection: _c, 'keep-alive': _k, ...replyHeaders } = reply.headers;
            res.writeHead(reply.statusCode ?? 502, replyHeaders);
            res.end(Buffer.concat(parts));
          });
        },
      );
      out.on('error', () => res.writeHead(502).end());
      out.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
} else {
  const listener = await startListener(protocol, { forwardTo: `http://127.0.0.1:${target}/webhook`, secret: SECRET });
  process.send!({ port: listener.port });
}
