/**
 * Receiver throughput: requests/s and p99 of createReceiver (verify + parse + validate + dispatch) behind
 * node:http, against a bare node:http server answering the same JSON — same load tool (autocannon), same
 * run — and in-process µs per request through `receiver.fetch(Request)`.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as protocol from '../generated/protocol/index.js';
import { createReceiver, type GeneratedContract } from '../src/receiver/index.js';
import { signRequest } from '../src/signing/index.js';
import { fmt, row } from './lib.js';
import { load } from './load.js';

export const SECRET = 'bench-secret';

/** A signed message.created body of Protocol. */
export function protocolRequest(): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(protocol.examples['message.created'][0]!.payload);
  return { body, headers: { 'content-type': 'application/json', ...signRequest(protocol.contract.signature, { rawBody: body, secret: SECRET }).headers } };
}

export async function server(mode: 'bare' | 'receiver' | 'mock'): Promise<{ port: number; startMs: number; stop: () => void }> {
  const started = performance.now();
  const child = fork(new URL('./receiver-server.ts', import.meta.url), [mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const msg = await new Promise<{ port: number; startMs?: number }>((resolve) => child.once('message', (m: { port: number; startMs?: number }) => resolve(m)));
  return { port: msg.port, startMs: msg.startMs ?? performance.now() - started, stop: () => child.kill() };
}

/** µs per request through receiver.fetch for one signed body (idempotency off, so each is handled in full). */
async function inProcess(generated: GeneratedContract, event: string, payload: unknown, path: string): Promise<{ us: number; parseUs: number; bytes: number }> {
  const body = JSON.stringify(payload);
  const headers = { 'content-type': 'application/json', ...signRequest(generated.contract.signature, { rawBody: body, secret: SECRET }).headers };
  const receiver = createReceiver(generated, { secret: SECRET, idempotency: false });
  const request = () => new Request(`http://receiver.local${path}`, { method: 'POST', body, headers });
  const check = await receiver.fetch(request());
  if (check.status !== 200) throw new Error(`${event}: the receiver answered ${check.status} ${await check.text()}`);
  for (let i = 0; i < 10_000; i++) await receiver.fetch(request());
  const n = 50_000;
  let started = performance.now();
  for (let i = 0; i < n; i++) await receiver.fetch(request());
  const us = ((performance.now() - started) * 1000) / n;
  // Baseline: building the same Request and reading it back, plus JSON.parse, without any chathooks work.
  started = performance.now();
  for (let i = 0; i < n; i++) JSON.parse(await request().text());
  const parseUs = ((performance.now() - started) * 1000) / n;
  return { us, parseUs, bytes: Buffer.byteLength(body) };
}

export async function benchReceiver(): Promise<void> {
  console.log('\n## receiver over HTTP (server in a child process; autocannon 5 s, 50 connections, from this process; 1 s warm-up)\n');
  const widths = [36, 12, 10, 10, 10];
  console.log(row(['server', 'req/s', 'p99 ms', 'errors', 'non-2xx'], widths));
  const { body, headers } = protocolRequest();
  const results: Record<string, number> = {};
  for (const mode of ['bare', 'receiver'] as const) {
    const s = await server(mode);
    const url = `http://127.0.0.1:${s.port}/webhook`;
    await load(url, body, headers, 1);
    const r = await load(url, body, headers, 5);
    s.stop();
    results[mode] = r.rps;
    console.log(row([mode === 'bare' ? 'bare node:http (same JSON answer)' : 'createReceiver (protocol, hmac)', fmt(r.rps), fmt(r.p99, 2), r.errors, r.non2xx], widths));
  }
  console.log(`receiver / bare: ${fmt((results['receiver']! / results['bare']!) * 100, 1)} % of the bare server's throughput (target ≥ 60 %)`);

  console.log('\nin-process, receiver.fetch(Request) → Response (verify + parse + validate + dispatch), idempotency off:');
  const cases: [GeneratedContract, string, unknown, string][] = [[protocol, 'message.created', protocol.examples['message.created'][0]!.payload, '/webhook']];
  if (existsSync(new URL('../generated/sendbird/index.js', import.meta.url))) {
    const sendbirdPath = '../generated/sendbird/index.js';
    const sendbird = (await import(/* the spec may not be generated yet */ sendbirdPath)) as unknown as GeneratedContract & { examples: Record<string, { payload: unknown }[]> };
    const examples = sendbird.examples['group_channel:message_send']!;
    const largest = [...examples].sort((a, b) => JSON.stringify(b.payload).length - JSON.stringify(a.payload).length)[0]!;
    cases.push([sendbird, 'group_channel:message_send', largest.payload, '/webhook']);
  }
  for (const [generated, event, payload, path] of cases) {
    const r = await inProcess(generated, event, payload, path);
    console.log(`  ${generated.contract.id} ${event} (${r.bytes} bytes): ${fmt(r.us, 2)} µs/request; baseline Request + text() + JSON.parse: ${fmt(r.parseUs, 2)} µs → chathooks adds ${fmt(r.us - r.parseUs, 2)} µs (target < 25 µs)`);
  }
}
