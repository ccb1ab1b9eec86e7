/**
 * Contract replay throughput: every case of all bundled specs (every example, variant, repeat and negative
 * check) against fast receivers — in process through `fetch(Request)`, and over loopback HTTP — each beside
 * its baseline in the same run: the same number of requests with the same bodies and concurrency sent by a
 * bare loop to a bare handler / bare node:http server. Then `chathooks replay` end to end, per spec, as a
 * user runs it against example receivers in another process.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { planConsumerContract, runConsumerContract, type ContractReport } from '../src/contract/index.js';
import { createReceiver, type Receiver } from '../src/receiver/index.js';
import { fmt, row } from './lib.js';

const IDS = ['gaife', 'protocol', 'sendbird', 'tencent-chat'] as const;
const SECRET = 'bench-secret';
const APP_ID = '1400000000';
const CONCURRENCY = 32;

type Generated = Parameters<typeof createReceiver>[0];

async function contracts(): Promise<{ id: string; g: Generated; receiver: Receiver }[]> {
  return Promise.all(
    IDS.map(async (id) => {
      const g = (await import(`../generated/${id}/index.js`)) as Generated;
      return { id, g, receiver: createReceiver(g, { secret: SECRET, logger: { warn: () => undefined }, ...(id === 'tencent-chat' ? { appId: APP_ID } : {}) }) };
    }),
  );
}

/** Deliveries a report stands for: one per case, two for the repeat cases. */
const sends = (r: ContractReport): number => r.cases.reduce((n, c) => n + (c.group === 'retries' ? 2 : 1), 0);

/** The baseline: `total` requests with the given bodies, `CONCURRENCY` at a time, through `send`. */
async function bareLoop(total: number, bodies: string[], send: (body: string) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const body = bodies[next++ % bodies.length]!;
        await send(body);
      }
    }),
  );
  return performance.now() - started;
}

function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
      }),
    ),
  );
}

async function replayAll(all: Awaited<ReturnType<typeof contracts>>, targetOf: (id: string, r: Receiver) => string | Receiver): Promise<{ sends: number; ms: number; failed: number }> {
  const started = performance.now();
  const reports = await Promise.all(
    all.map(({ id, g, receiver }) => runConsumerContract({ contract: g, target: targetOf(id, receiver), secret: SECRET, concurrency: CONCURRENCY, ...(id === 'tencent-chat' ? { appId: APP_ID } : {}) })),
  );
  return { sends: reports.reduce((n, r) => n + sends(r), 0), ms: performance.now() - started, failed: reports.reduce((n, r) => n + r.failed, 0) };
}

/** Wall time of `chathooks replay` for one spec against a running receiver, spawn to exit. */
function cliReplay(id: string, target: string): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  const args = ['dist/cli/index.js', 'replay', `spec/${id}.yaml`, '--target', target, '--secret', SECRET, ...(id === 'tencent-chat' ? ['--app-id', APP_ID] : [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('close', (code) => resolve({ ms: performance.now() - started, code }));
  });
}

export async function benchContract(): Promise<void> {
  console.log(`\n## contract replay (every case of all ${IDS.length} bundled specs, ${CONCURRENCY} in flight)\n`);
  const all = await contracts();
  const bodies = all.flatMap(({ g }) => g.contract.events.flatMap((e) => e.examples.map((x) => JSON.stringify(x.payload))));
  const widths = [52, 12, 14, 12];
  console.log(row(['run', 'deliveries', 'deliveries/s', 'vs baseline'], widths));

  // In process: the receivers' fetch handlers.
  await replayAll(all, (_, r) => r); // warm-up
  const inProc = await replayAll(all, (_, r) => r);
  const bare = async (body: string) => (await Promise.resolve(new Response('{}')).then(async (res) => (await new Request('http://bench.local/webhook', { method: 'POST', body }).text(), res.text())));
  await bareLoop(inProc.sends, bodies, bare);
  const inProcBase = await bareLoop(inProc.sends, bodies, bare);
  const inRate = inProc.sends / (inProc.ms / 1000);
  const inBaseRate = inProc.sends / (inProcBase / 1000);
  console.log(row(['bare loop: Request → trivial handler', fmt(inProc.sends), fmt(inBaseRate), '1.00×'], widths));
  console.log(row([`runConsumerContract → receiver.fetch (${inProc.failed} failed)`, fmt(inProc.sends), fmt(inRate), `${fmt(inRate / inBaseRate, 2)}×`], widths));

  // Loopback HTTP: one node:http server with a receiver per contract, against a bare node:http server.
  const byPath = new Map(all.map(({ id, receiver }) => [`/${id}/webhook`, receiver]));
  const receivers = await listen((req, res) => {
    const r = byPath.get((req.url ?? '').split('?')[0]!);
    if (r) return void r.node(req, res);
    res.writeHead(404).end();
  });
  const bareServer = await listen((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await replayAll(all, (id) => `${receivers.url}/${id}/webhook`);
  const http1 = await replayAll(all, (id) => `${receivers.url}/${id}/webhook`);
  const post = async (body: string) => (await fetch(`${bareServer.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
  await bareLoop(http1.sends, bodies, post);
  const httpBase = await bareLoop(http1.sends, bodies, post);
  const httpRate = http1.sends / (http1.ms / 1000);
  const httpBaseRate = http1.sends / (httpBase / 1000);
  console.log(row(['bare fetch loop → bare node:http', fmt(http1.sends), fmt(httpBaseRate), '1.00×'], widths));
  console.log(row([`runConsumerContract → receivers over loopback (${http1.failed} failed)`, fmt(http1.sends), fmt(httpRate), `${fmt(httpRate / httpBaseRate, 2)}×`], widths));
  console.log(`\nover loopback: ${fmt(httpRate)} deliveries/s (target ≥ 2,000)`);

  // End to end: the CLI, as a user runs it, one spec after another, against the receivers above.
  const started = performance.now();
  const runs: string[] = [];
  for (const id of IDS) {
    const r = await cliReplay(id, `${receivers.url}/${id}/webhook`);
    runs.push(`${id} ${fmt(r.ms)} ms${r.code === 0 ? '' : ` (exit ${r.code})`}`);
  }
  const total = performance.now() - started;
  console.log(`chathooks replay, every case of all ${IDS.length} specs, spawn to exit: ${fmt(total)} ms (target < 5,000): ${runs.join(', ')}`);
  console.log(`cases planned: ${all.map(({ id, g }) => `${id} ${planConsumerContract({ contract: g, secret: SECRET, ...(id === 'tencent-chat' ? { appId: APP_ID } : {}) }).length}`).join(', ')}`);
  await receivers.close();
  await bareServer.close();
}
