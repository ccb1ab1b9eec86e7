/**
 * Receiver throughput: requests/s and p99 of createReceiver (verify + parse + validate + dispatch) behind
 * node:http, against a bare node:http server answering the same JSON — same load generator, same run —
 * and in-process µs per request through `receiver.handle`.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import * as protocol from '../generated/protocol/index.js';
import { createReceiver } from '../src/receiver/index.js';
import { signRequest } from '../src/signing/index.js';
import { fmt, row } from './lib.js';

const SECRET = 'bench-secret';

function bodies(count: number): { body: string; headers: Record<string, string> }[] {
  const base = protocol.examples['message.created'][0]!.payload;
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.stringify({ ...base, id: `bench${String(i).padStart(11, '0')}` });
    return { body, headers: { 'content-type': 'application/json', ...signRequest(protocol.contract.signature, { rawBody: body, secret: SECRET }).headers } };
  });
}

export async function load(port: number, seconds: number, connections: number, path = '/webhook'): Promise<{ rps: number; p99: number; errors: number; non200: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const payloads = bodies(20_000);
  const latencies: number[] = [];
  let i = 0;
  let errors = 0;
  let non200 = 0;
  const end = performance.now() + seconds * 1000;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const p = payloads[i++ % payloads.length]!;
      const started = performance.now();
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { ...p.headers, 'content-length': Buffer.byteLength(p.body) } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) non200++;
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(p.body);
    });
  const worker = async (): Promise<void> => {
    while (performance.now() < end) await one();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0, errors, non200 };
}

async function server(mode: 'bare' | 'receiver'): Promise<{ port: number; stop: () => void }> {
  const child = fork(new URL('./receiver-server.ts', import.meta.url), [mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  return { port, stop: () => child.kill() };
}

export async function benchReceiver(): Promise<void> {
  console.log('\n## receiver over HTTP (server in a child process, load from this process: 5 s, 32 keep-alive connections; 1 s warm-up)\n');
  const widths = [34, 12, 10, 10, 10];
  console.log(row(['server', 'req/s', 'p99 ms', 'errors', 'non-200'], widths));
  const results: Record<string, number> = {};
  for (const mode of ['bare', 'receiver'] as const) {
    const s = await server(mode);
    await load(s.port, 1, 32);
    const r = await load(s.port, 5, 32);
    s.stop();
    results[mode] = r.rps;
    console.log(row([mode === 'bare' ? 'bare node:http (same JSON answer)' : 'createReceiver (protocol, hmac)', fmt(r.rps), fmt(r.p99, 2), r.errors, r.non200], widths));
  }
  console.log(`receiver / bare: ${fmt((results['receiver']! / results['bare']!) * 100, 1)} % of the bare server's throughput`);

  const receiver = createReceiver(protocol, { secret: SECRET, idempotency: false, on: { 'message.created': () => undefined } });
  const payloads = bodies(1000).map((p) => ({ rawBody: Buffer.from(p.body), headers: new Headers(p.headers) }));
  const url = new URL('http://receiver.local/webhook');
  for (let i = 0; i < 20_000; i++) await receiver.handle({ method: 'POST', url, ...payloads[i % 1000]! });
  const n = 100_000;
  const started = performance.now();
  for (let i = 0; i < n; i++) await receiver.handle({ method: 'POST', url, ...payloads[i % 1000]! });
  const us = ((performance.now() - started) * 1000) / n;
  const parseStart = performance.now();
  for (let i = 0; i < n; i++) JSON.parse(payloads[i % 1000]!.rawBody.toString());
  const parseUs = ((performance.now() - parseStart) * 1000) / n;
  console.log(`in-process receiver.handle: ${fmt(us, 2)} µs/request (verify + parse + validate + dispatch; JSON.parse alone of the same body: ${fmt(parseUs, 2)} µs)`);
}
