/**
 * Mock consumers under load: the native mock server (verify + validate + scenario + record) against a bare
 * node:http server and a real Prism process — same load generator, same run — and the start-up time of each.
 */
import { fork } from 'node:child_process';
import { startPrism } from '../src/mock/index.js';
import * as protocol from '../generated/protocol/index.js';
import { fmt, row } from './lib.js';
import { load } from './receiver.js';

async function child(mode: 'bare' | 'mock'): Promise<{ port: number; startMs: number; stop: () => void }> {
  const started = performance.now();
  const proc = fork(new URL('./receiver-server.ts', import.meta.url), [mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const msg = await new Promise<{ port: number; startMs?: number }>((resolve) => proc.once('message', (m: { port: number; startMs?: number }) => resolve(m)));
  return { port: msg.port, startMs: msg.startMs ?? performance.now() - started, stop: () => proc.kill() };
}

export async function benchMock(): Promise<void> {
  console.log('\n## mock consumers (5 s, 32 keep-alive connections, signed protocol message.created; 1 s warm-up)\n');
  const widths = [40, 12, 10, 10, 10, 14];
  console.log(row(['server', 'req/s', 'p99 ms', 'errors', 'non-200', 'start-up ms'], widths));
  const results: Record<string, number> = {};
  for (const mode of ['bare', 'mock'] as const) {
    const s = await child(mode);
    await load(s.port, 1, 32, '/protocol/webhook');
    const r = await load(s.port, 5, 32, mode === 'mock' ? '/protocol/webhook' : '/webhook');
    s.stop();
    results[mode] = r.rps;
    console.log(row([mode === 'bare' ? 'bare node:http' : 'chathooks mock (native, records all)', fmt(r.rps), fmt(r.p99, 2), r.errors, r.non200, mode === 'bare' ? '-' : fmt(s.startMs)], widths));
  }
  const started = performance.now();
  const prism = await startPrism(protocol.contract);
  const prismStart = performance.now() - started;
  await load(prism.port, 1, 32, '/webhook');
  const p = await load(prism.port, 5, 32, '/webhook');
  await prism.close();
  results['prism'] = p.rps;
  console.log(row(['Prism 5.14.2 (-v error)', fmt(p.rps), fmt(p.p99, 2), p.errors, p.non200, fmt(prismStart)], widths));
  console.log(`native mock: ${fmt((results['mock']! / results['bare']!) * 100, 1)} % of bare node:http, ${fmt(results['mock']! / results['prism']!, 1)}× Prism`);
}
