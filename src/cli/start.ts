/** `chathooks start` (what `npm start` runs): generate everything from the bundled specs and summarise each. */
import { resolve } from 'node:path';
import { generateContract, writeGenerated } from '../codegen/index.js';
import type { Contract, DeliveryPolicy, SignatureScheme } from '../spec/index.js';
import { formatProblem } from '../spec/index.js';
import { DEFAULT_MOCK_SECRET } from '../mock/index.js';
import { parse, UsageError, type Io } from './args.js';
import { parsePort, serveUntilSignal, startMock } from './serve.js';
import { loadSpecs, specsFrom } from './specs.js';

export const startUsage = `Usage: chathooks start [spec...] [--out DIR] [--port N] [--no-serve] [--json]

Generates every spec (default: ./spec/*) into DIR (default: generated), prints a summary per spec (events
by kind, the signature scheme, the delivery policy), then serves every spec with the native mock consumer
(see \`chathooks mock\`) and prints its URLs, until Ctrl-C.

Options:
  --out DIR   output directory (default: generated)
  --port N    mock server port (default 4010; 0 for any free port)
  --no-serve  exit after the summary
  --json      print the summary as JSON (implies --no-serve)
  -h, --help  show this help`;

export function describeSignature(s: SignatureScheme): string {
  switch (s.scheme) {
    case 'hmac-sha256':
      return `hmac-sha256 (${s.encoding}) in header ${s.header}${s.legacyHeaders?.length ? ` (also ${s.legacyHeaders.join(', ')})` : ''}`;
    case 'tencent-sha256':
      return `tencent-sha256: ${s.signParam} = sha256(token + ${s.timeParam}) in the query, ±${s.toleranceSec} s${s.required ? '' : ', when enabled'}`;
    case 'standard-webhooks':
      return `standard-webhooks (webhook-id/-timestamp/-signature), ±${s.toleranceSec} s`;
    case 'none':
      return 'none documented';
  }
}

export function describeDelivery(d: DeliveryPolicy): string {
  const parts = [`timeout ${d.timeoutMs / 1000} s`];
  parts.push(d.retries.length ? `${d.retries.length} retries after ${d.retries.map((ms) => `${ms / 1000} s`).join(', ')}` : 'no retries');
  if (d.retryOn.length) parts.push(`on ${d.retryOn.join('/')}`);
  parts.push(`success ${Array.isArray(d.success) ? d.success.join('/') : d.success}`);
  if (d.onTimeout) parts.push(`before-events ${d.onTimeout} on timeout`);
  if (d.rateLimit) {
    const r = d.rateLimit;
    parts.push(`rate limit ${[r.concurrency && `${r.concurrency} concurrent`, r.perMinute && `${r.perMinute}/min`].filter(Boolean).join(', ')}`);
  }
  if (d.confidence && d.confidence !== 'documented') parts.push(`(${d.confidence})`);
  return parts.join(', ');
}

function summary(c: Contract): Record<string, unknown> {
  const count = (k: string): number => c.events.filter((e) => e.kind === k).length;
  return {
    id: c.id,
    title: c.title,
    events: c.events.length,
    before: count('before'),
    after: count('after'),
    notify: count('notify'),
    confidence: Object.fromEntries(['documented', 'third-party', 'inferred'].map((k) => [k, c.events.filter((e) => e.confidence === k).length])),
    signature: describeSignature(c.signature),
    delivery: describeDelivery(c.delivery),
    eventSet: c.eventSet,
  };
}

export async function startCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    port: { type: 'string' },
    'no-serve': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(startUsage);
    return 0;
  }
  const files = await specsFrom(positionals, io.cwd);
  if (files.length === 0) throw new UsageError('No specs given and none found in ./spec.');
  const outDir = resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'generated');
  const started = performance.now();
  const { contracts, failed } = await loadSpecs(files);
  for (const f of failed) for (const p of f.problems) if (p.severity === 'error') io.out(formatProblem(p));
  let files_ = 0;
  for (const contract of contracts) {
    const generated = await generateContract(contract);
    files_ += generated.size;
    await writeGenerated(generated, outDir);
  }
  const rows = contracts.map(summary);
  if (values['json']) {
    io.out(JSON.stringify({ ok: failed.length === 0, specs: rows, failed: failed.map((f) => f.file) }, null, 2));
  } else {
    for (const c of contracts) {
      const s = summary(c);
      const conf = s['confidence'] as Record<string, number>;
      io.out(`${c.title} (${c.source} → generated/${c.id}/)`);
      io.out(`  events     ${c.events.length}: ${s['before']} before, ${s['after']} after, ${s['notify']} notify; ${conf['documented']} documented, ${conf['third-party']} third-party, ${conf['inferred']} inferred${c.eventSet === 'open' ? '; open set (unknown events may arrive)' : ''}`);
      io.out(`  signature  ${s['signature']}`);
      io.out(`  delivery   ${s['delivery']}`);
      io.out('');
    }
    io.out(`start: ${contracts.length} spec${contracts.length === 1 ? '' : 's'} generated (${files_} files) in ${Math.round(performance.now() - started)} ms${failed.length ? `; ${failed.length} refused with lint errors` : ''}`);
  }
  if (failed.length) return 1;
  if (values['no-serve'] || values['json']) return 0;
  const mock = await startMock(contracts, { port: parsePort(values['port']) });
  io.out('');
  await serveUntilSignal(mock, io, `serving every spec (secret ${DEFAULT_MOCK_SECRET})`);
  return 0;
}
