/**
 * Mock consumers under load: the native mock server (verify + validate + scenario + record) against a bare
 * node:http server and a real Prism process — same load tool (autocannon), same run — and start-up times.
 */
import { spawn } from 'node:child_process';
import { startPrism } from '../src/mock/index.js';
import * as protocol from '../generated/protocol/index.js';
import { fmt, row } from './lib.js';
import { load } from './load.js';
import { protocolRequest, server } from './receiver.js';

/** Wall time from spawning `chathooks mock` to its first URL line. */
async function cliReadyMs(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/cli/index.js', 'mock', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('mock:') && resolve()));
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  return ms;
}

export async function benchMock(): Promise<void> {
  console.log('\n## mock consumers (autocannon 5 s, 50 connections, signed protocol message.created; 1 s warm-up)\n');
  const widths = [38, 12, 10, 10, 10, 22];
  console.log(row(['server', 'req/s', 'p99 ms', 'errors', 'non-2xx', 'ready in'], widths));
  const { body, headers } = protocolRequest();
  const results: Record<string, number> = {};
  for (const mode of ['bare', 'mock'] as const) {
    const s = await server(mode);
    const url = `http://127.0.0.1:${s.port}${mode === 'mock' ? '/protocol/webhook' : '/webhook'}`;
    await load(url, body, headers, 1);
    const r = await load(url, body, headers, 5);
    s.stop();
    results[mode] = r.rps;
    console.log(row([mode === 'bare' ? 'bare node:http' : 'chathooks mock (native, verifies, records)', fmt(r.rps), fmt(r.p99, 2), r.errors, r.non2xx, mode === 'bare' ? '-' : `${fmt(s.startMs, 1)} ms in process`], widths));
  }
  let started = performance.now();
  const prism = await startPrism(protocol.contract);
  const prismStart = performance.now() - started;
  await load(prism.endpoint, body, headers, 1);
  const p = await load(prism.endpoint, body, headers, 5);
  await prism.close();
  results['prism'] = p.rps;
  console.log(row(['Prism 5.14.2 (-v error)', fmt(p.rps), fmt(p.p99, 2), p.errors, p.non2xx, `${fmt(prismStart)} ms`], widths));
  started = performance.now();
  const cli = await cliReadyMs();
  console.log(`\nnative mock: ${fmt((results['mock']! / results['bare']!) * 100, 1)} % of bare node:http (target ≥ 50 %), ${fmt(results['mock']! / results['prism']!, 1)}× Prism (target ≥ 10×)`);
  console.log(`ready: startMockServer in process as above; \`chathooks mock\` from spawn to URLs ${fmt(cli)} ms (node start-up and imports included); Prism ${fmt(prismStart)} ms`);
}
