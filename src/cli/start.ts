/**
 * `chathooks start` (what `npm start` runs): generate everything from the bundled specs, summarise each,
 * build the docs site, then serve the specs with the mock consumer and the docs from the same server.
 */
import { join, resolve } from 'node:path';
import { generateContract, writeGenerated } from '../codegen/index.js';
import type { Contract } from '../model/index.js';
import { describeDelivery, describeSignature } from '../model/describe.js';
import { CONFIDENCES } from '../model/model.js';
import { formatProblem } from '../model/index.js';
import { describeDefaultSecrets } from '../mock/secret.js';
import { docsHandler } from '../docs/serve.js';
import { parse, type Io } from './args.js';
import { writeSite } from './docs.js';
import { controlToken, parsePort, serveUntilSignal, startMock } from './serve.js';
import { loadSpecs, specsFrom } from './specs.js';

export const startUsage = `Usage: chathooks start [spec...] [--out DIR] [--site DIR] [--port N] [--no-docs] [--no-serve] [--json]

Generates every spec (default: ./spec/*) into DIR (default: generated), prints a summary per spec (events
by kind, the signature scheme, the delivery policy), builds the docs site (see \`chathooks docs\`), then
serves every spec with the native mock consumer (see \`chathooks mock\`) and the docs from the same server,
and prints their URLs, until Ctrl-C (or, run by \`npm start\`, until npm exits). The recorded deliveries
answer loopback Host names only; set CHATHOOKS_CONTROL_TOKEN to require a bearer token as well.

Options:
  --out DIR   output directory (default: generated)
  --site DIR  docs site directory (default: site)
  --port N    mock server port (default 4010; 0 for any free port)
  --no-docs   neither build nor serve the docs
  --no-serve  exit after the summary
  --json      print the summary as JSON (implies --no-serve)
  -h, --help  show this help`;

function summary(c: Contract): Record<string, unknown> {
  const count = (k: string): number => c.events.filter((e) => e.kind === k).length;
  return {
    id: c.id,
    title: c.title,
    events: c.events.length,
    before: count('before'),
    after: count('after'),
    notify: count('notify'),
    confidence: Object.fromEntries(CONFIDENCES.map((k) => [k, c.events.filter((e) => e.confidence === k).length])),
    signature: describeSignature(c.signature),
    delivery: describeDelivery(c.delivery),
    eventSet: c.eventSet,
  };
}

export async function startCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    site: { type: 'string' },
    port: { type: 'string' },
    'no-docs': { type: 'boolean' },
    'no-serve': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(startUsage);
    return 0;
  }
  const files = await specsFrom(positionals, io.cwd);
  const token = controlToken(undefined);
  // Printed as given (like --site), resolved for writing.
  const outArg = typeof values['out'] === 'string' ? values['out'] : 'generated';
  const outDir = resolve(io.cwd, outArg);
  const siteArg = typeof values['site'] === 'string' ? values['site'] : 'site';
  const siteDir = resolve(io.cwd, siteArg);
  const started = performance.now();
  const { contracts, failed } = await loadSpecs(files);
  for (const f of failed) for (const p of f.problems) if (p.severity === 'error') io.out(formatProblem(p));
  let files_ = 0;
  const types = new Map<string, string>();
  for (const contract of contracts) {
    const generated = await generateContract(contract);
    files_ += generated.size;
    const ts = generated.get(`${contract.id}/types.ts`);
    if (ts !== undefined) types.set(contract.id, ts);
    await writeGenerated(generated, outDir);
  }
  const docs = values['no-docs']
    ? undefined
    : await writeSite(contracts, siteDir, { label: siteArg, flag: '--site', types });
  if (typeof docs === 'string') {
    io.err(`chathooks start: ${docs}`);
    return 2;
  }
  const pages = docs?.files.filter((f) => f.path.endsWith('.html')).length ?? 0;
  const rows = contracts.map(summary);
  if (values['json']) {
    io.out(
      JSON.stringify(
        {
          ok: failed.length === 0,
          specs: rows,
          failed: failed.map((f) => f.file),
          docs: docs ? { outDir: siteArg, pages, files: docs.files.length } : null,
        },
        null,
        2,
      ),
    );
  } else {
    for (const c of contracts) {
      const s = summary(c);
      const conf = s['confidence'] as Record<string, number>;
      io.out(`${c.title} (${c.source} → ${join(outArg, c.id)}/)`);
      io.out(
        `  events     ${c.events.length}: ${s['before']} before, ${s['after']} after, ${s['notify']} notify; ${conf['documented']} documented, ${conf['third-party']} third-party, ${conf['inferred']} inferred${conf['observed'] ? `, ${conf['observed']} observed` : ''}${c.eventSet === 'open' ? '; open set (unknown events may arrive)' : ''}`,
      );
      io.out(`  signature  ${s['signature']}`);
      io.out(`  delivery   ${s['delivery']}`);
      io.out('');
    }
    io.out(
      `start: ${contracts.length} spec${contracts.length === 1 ? '' : 's'} generated (${files_} files)${docs ? `, docs in ${siteArg}/ (${pages} pages)` : ''} in ${Math.round(performance.now() - started)} ms${failed.length ? `; ${failed.length} refused with lint errors` : ''}`,
    );
  }
  if (failed.length) return 1;
  if (values['no-serve'] || values['json']) return 0;
  const mock = await startMock(contracts, {
    port: parsePort(values['port']),
    ...(docs ? { fallback: docsHandler(siteDir) } : {}),
    ...(token !== undefined ? { controlToken: token } : {}),
  });
  io.out('');
  if (docs) io.out(`docs: ${mock.url}/ (${siteArg}/index.html)`);
  await serveUntilSignal(
    mock,
    io,
    `serving every spec (secret ${describeDefaultSecrets(contracts.map((c) => c.signature.scheme))})`,
  );
  return 0;
}
