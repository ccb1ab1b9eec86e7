/**
 * The receivers the contract benchmark replays against, in a process of their own (as a user's would be):
 * `receivers` mounts createReceiver for every bundled spec at /<id>/webhook; `bare` reads the body and answers
 * `{}`. Reports its port over IPC.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { platformIds } from '../mocks/platforms.js';
import { createReceiver, type Receiver } from '../src/receiver/index.js';

/** Every bundled spec (mocks/platforms.js, written by `npm run generate`). */
export const IDS = platformIds;
export const SECRET = 'bench-secret';
export const APP_ID = '1400000000';

/** The receiver and replay option for a contract that checks an app id (Tencent's SdkAppid): the bench's one. */
export const appIdOption = (g: { contract: { appId?: unknown } }): { appId?: string } =>
  g.contract.appId ? { appId: APP_ID } : {};

const mode = process.argv[2];
if (process.send && (mode === 'bare' || mode === 'receivers')) {
  process.on('disconnect', () => process.exit(0));
  let handler: http.RequestListener;
  if (mode === 'bare') {
    handler = (req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 }).end('{}'));
    };
  } else {
    const byPath = new Map<string, Receiver>();
    for (const id of IDS) {
      const g = (await import(`../generated/${id}/index.js`)) as Parameters<typeof createReceiver>[0];
      byPath.set(
        `/${id}/webhook`,
        createReceiver(g, {
          secret: SECRET,
          logger: { warn: () => undefined },
          ...appIdOption(g),
        }),
      );
    }
    handler = (req, res) => {
      const r = byPath.get((req.url ?? '').split('?')[0]!);
      if (r) return void r.node(req, res);
      res.writeHead(404).end();
    };
  }
  const server = http.createServer(handler);
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
}
