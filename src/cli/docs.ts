/** `chathooks docs [spec...] [--out DIR]`: the static HTML site of every spec. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDocs, type BuildResult } from '../docs/index.js';
import { OutsideOutputError } from '../docs/paths.js';
import type { Contract } from '../model/index.js';
import { formatProblem } from '../model/index.js';
import { contractOf } from '../model/runtime.js';
import { parse, type Io } from './args.js';
import { loadCurrentSpecs, specsFrom } from './specs.js';

export const docsUsage = `Usage: chathooks docs [spec...] [--out DIR] [--strict] [--json]

Writes a static HTML site of the specs into DIR (default: site): an index of platforms, a page per event
(schema tree, examples with copy buttons, reply, invalid examples, TypeScript type), a page per platform on
verifying signatures and on delivery and retries, and a search box. The site needs no server and no
network: open DIR/index.html, or copy DIR to any static host. Output is deterministic.
Without a spec, documents every spec in ./spec. A spec with lint errors is refused with its problems.

Options:
  --out DIR   output directory (default: site)
  --strict    also run the full AsyncAPI validation of \`chathooks lint\` (slower)
  --json      print a JSON report
  -h, --help  show this help

Exit codes: 0 ok, 1 lint errors, 2 usage error or an output directory that cannot be written.`;

/** A file-system error writing the site, as one line: what, where, why. */
export function writeFailure(error: unknown, label: string, flag = '--out'): string | undefined {
  if (error instanceof OutsideOutputError) return `cannot write the site to ${label}: ${error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a path component is a file, not a directory',
    EEXIST: 'a file is in the way',
    EISDIR: 'a directory is in the way',
    ENOSPC: 'no space left on the device',
  };
  if (!code || !(code in reasons)) return undefined;
  return `cannot write the site to ${label}: ${reasons[code]} (${code}); pick another directory with ${flag}.`;
}

/** Build the site, turning an unwritable directory into one line (naming `flag`); rethrows anything else. */
export async function writeSite(
  contracts: Contract[],
  outDir: string,
  options: { label: string; flag?: string; types?: ReadonlyMap<string, string> },
): Promise<BuildResult | string> {
  try {
    return await buildDocs(contracts, { outDir, ...(options.types ? { types: options.types } : {}) });
  } catch (error) {
    const line = writeFailure(error, options.label, options.flag);
    if (line) return line;
    throw error;
  }
}

export async function docsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(docsUsage);
    return 0;
  }
  const started = performance.now();
  const files = await specsFrom(positionals, io.cwd);
  const outDir = resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'site');
  const label = displayDir(outDir, io.cwd);
  // Specs whose generated contract is current are read from generated/ (contract and types.ts): no YAML,
  // no linting, no type generation. --strict always lints.
  const { sources, generated, failed } = await loadCurrentSpecs(files, io.cwd, { strict: values['strict'] === true });
  const contracts = sources.map(contractOf);
  const types = new Map<string, string>();
  await Promise.all(
    generated.map(async (g) => {
      if (!g) return;
      const text = await readFile(join(io.cwd, 'generated', g.contract.id, 'types.ts'), 'utf8').catch(() => undefined);
      if (text !== undefined) types.set(g.contract.id, text);
    }),
  );
  if (failed.length) {
    if (values['json'])
      io.out(
        JSON.stringify({ ok: false, failed: failed.map((f) => ({ file: f.file, problems: f.problems })) }, null, 2),
      );
    else {
      for (const f of failed) for (const p of f.problems) io.out(formatProblem(p));
      io.out(
        `docs: refused, ${failed.length} spec${failed.length === 1 ? ' has' : 's have'} lint errors (${failed.map((f) => f.file).join(', ')}); nothing written.`,
      );
    }
    return 1;
  }
  const result = await writeSite(contracts, outDir, { label, types });
  if (typeof result === 'string') {
    io.err(`chathooks docs: ${result}`);
    return 2;
  }
  const ms = Math.round(performance.now() - started);
  const pages = result.files.filter((f) => f.path.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  if (values['json']) {
    io.out(
      JSON.stringify(
        {
          ok: true,
          outDir: label,
          specs: contracts.map((c) => ({ id: c.id, events: c.events.length })),
          files: result.files,
          removed: result.removed,
          ms,
        },
        null,
        2,
      ),
    );
  } else {
    io.out(
      `docs: ${contracts.length} spec${contracts.length === 1 ? '' : 's'} → ${label}/ (${pages.length} pages, ${result.files.length} files, largest ${largest.path} ${kb(largest.bytes)}) in ${ms} ms; open ${label}/index.html`,
    );
  }
  return 0;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function displayDir(dir: string, cwd: string): string {
  return dir.startsWith(`${cwd}/`) ? dir.slice(cwd.length + 1) : dir;
}
