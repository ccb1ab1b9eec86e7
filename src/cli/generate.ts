/** `chathooks generate [spec...] [--check] [--out DIR]`: the generated/ directory of every spec. */
import { resolve } from 'node:path';
import {
  checkGenerated,
  generateContract,
  GeneratedPathError,
  writeGenerated,
  type Emit,
  type GeneratedFiles,
} from '../codegen/index.js';
import { formatProblem } from '../model/index.js';
import { InputError, parse, UsageError, type Io } from './args.js';
import { loadSpecs, specsFrom } from './specs.js';

export const generateUsage = `Usage: chathooks generate [spec...] [--out DIR] [--emit js|ts] [--check] [--json]

Generates, for each spec, into DIR/<id>/: schemas/*.json (bundled JSON Schemas of payloads and replies),
openapi.json (OpenAPI 3.1 bridge), types.ts, validators.js + validators.d.ts (Ajv standalone),
examples.ts/.js and index.ts/.js (the runtime contract), and .chathooks-manifest.json (the files written:
a later run removes only those, never a file of yours). Output is deterministic.
With --emit ts, the runtime modules are TypeScript only (validators.ts, examples.ts, index.ts; no .js):
for a directory your tsc or bundler compiles, e.g. --out src/generated.
Without a spec, generates every spec in ./spec. A spec that breaks the chathooks conventions (examples,
schemas, discriminators, refs, extensions) is refused with its problems; \`chathooks lint\` (and --strict)
also run @asyncapi/parser's full AsyncAPI validation.

Options:
  --out DIR   output directory (default: generated)
  --emit K    js (default): .js modules with .d.ts/.ts types, importable from plain Node;
              ts: .ts modules only, compiled by your TypeScript build (tsc, a bundler)
  --check     write nothing; exit 1 and list the stale files if DIR is out of date
  --strict    also run the full AsyncAPI validation of \`chathooks lint\` (slower)
  --json      print a JSON report
  -h, --help  show this help

Exit codes: 0 ok, 1 lint errors or stale output (--check), 2 usage error.`;

export async function generateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    emit: { type: 'string' },
    check: { type: 'boolean' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(generateUsage);
    return 0;
  }
  const emit = values['emit'] ?? 'js';
  if (emit !== 'js' && emit !== 'ts') throw new UsageError(`--emit takes js or ts, got "${String(emit)}".`);
  const started = performance.now();
  const files = await specsFrom(positionals, io.cwd);
  const outDir = resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'generated');
  const { contracts, failed } = await loadSpecs(files, values['strict'] === true);
  if (failed.length) {
    if (values['json'])
      io.out(
        JSON.stringify({ ok: false, failed: failed.map((f) => ({ file: f.file, problems: f.problems })) }, null, 2),
      );
    else {
      for (const f of failed) for (const p of f.problems) if (p.severity === 'error') io.out(formatProblem(p));
      io.out(
        `generate: refused, ${failed.length} spec${failed.length === 1 ? ' has' : 's have'} lint errors (${failed.map((f) => f.file).join(', ')}); nothing written.`,
      );
    }
    return 1;
  }
  try {
    return await generateInto(contracts, outDir, emit, values, io, started);
  } catch (error) {
    // A path outside --out, a non-slug id, or a file of the user's in the way: say which, write nothing more.
    if (error instanceof GeneratedPathError) throw new InputError(error.message);
    throw error;
  }
}

async function generateInto(
  contracts: Awaited<ReturnType<typeof loadSpecs>>['contracts'],
  outDir: string,
  emit: Emit,
  values: Record<string, unknown>,
  io: Io,
  started: number,
): Promise<number> {
  const all: GeneratedFiles = new Map();
  for (const contract of contracts) for (const [k, v] of await generateContract(contract, { emit })) all.set(k, v);
  const ms = Math.round(performance.now() - started);
  const outLabel = displayDir(outDir, io.cwd);
  if (values['check']) {
    const drift = await checkGenerated(all, outDir);
    const stale = [...drift.changed, ...drift.missing, ...drift.extra];
    if (values['json']) io.out(JSON.stringify({ ok: stale.length === 0, ...drift }, null, 2));
    else if (stale.length) {
      for (const f of drift.changed) io.out(`stale: ${outLabel}/${f} (differs from the spec)`);
      for (const f of drift.missing) io.out(`stale: ${outLabel}/${f} (missing)`);
      for (const f of drift.extra) io.out(`stale: ${outLabel}/${f} (no longer generated)`);
      io.out(
        `generate --check: ${stale.length} stale file${stale.length === 1 ? '' : 's'} in ${outLabel}; run \`chathooks generate\` and commit the result.`,
      );
    } else
      io.out(`generate --check: ${outLabel} is up to date (${contracts.length} specs, ${all.size} files, ${ms} ms)`);
    return stale.length ? 1 : 0;
  }
  const written = await writeGenerated(all, outDir);
  const total = Math.round(performance.now() - started);
  if (values['json'])
    io.out(
      JSON.stringify(
        { ok: true, outDir: outLabel, specs: contracts.map((c) => c.id), files: all.size, written, ms: total },
        null,
        2,
      ),
    );
  else
    io.out(
      `generate: ${contracts.length} spec${contracts.length === 1 ? '' : 's'} → ${outLabel}/ (${all.size} files, ${written.length} changed) in ${total} ms`,
    );
  return 0;
}

function displayDir(dir: string, cwd: string): string {
  return dir.startsWith(`${cwd}/`) ? dir.slice(cwd.length + 1) : dir;
}
