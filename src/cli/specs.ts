/** Which spec files a command works on: the given paths, or every spec in ./spec. */
import { existsSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ID_PATTERN } from '../model/id.js';
import { didYouMean } from '../model/naming.js';
import { join, resolve } from 'node:path';
import type { RuntimeContract } from '../model/runtime.js';
import type { LintResult } from '../model/load.js';
import type { Contract } from '../model/model.js';
import { UsageError } from './args.js';
import { loadGenerated } from './generated-specs.js';

/** The bundled/default spec files: `spec/*.yaml|yml|json` under `cwd`, sorted. */
export async function defaultSpecs(cwd: string): Promise<string[]> {
  const dir = join(cwd, 'spec');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.(ya?ml|json)$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/** The spec files a command works on: the given paths, else the bundled ones; a UsageError when there are none. */
export async function specsFrom(positionals: string[], cwd: string): Promise<string[]> {
  const files = positionals.length ? positionals.map((p) => specPath(p, cwd)) : await defaultSpecs(cwd);
  if (files.length === 0) throw new UsageError('No specs given and none found in ./spec.');
  return files;
}

/** The root of the installed chathooks package (dist/cli and dist/chunks, like src/cli, sit two levels below it). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The file a spec argument names: a path (relative to `cwd`), or — when no such file exists — the id of a bundled
 * platform (`sendbird`, `line`), which is the spec chathooks ships (`node_modules/chathooks/spec/<id>.yaml`).
 *
 * @example
 * specPath('sendbird', process.cwd()); // '/app/node_modules/chathooks/spec/sendbird.yaml' (no ./sendbird there)
 */
export function specPath(arg: string, cwd: string): string {
  const file = resolve(cwd, arg);
  // A path (a slash or an extension) is used as given: a missing file is reported where it is read.
  if (existsSync(file) || !ID_PATTERN.test(arg) || arg.includes('.')) return file;
  const bundled = join(PACKAGE_ROOT, 'spec', `${arg}.yaml`);
  if (existsSync(bundled)) return bundled;
  const ids = bundledIds();
  throw new UsageError(
    `"${arg}" is neither a spec file here nor a bundled platform; give the path of a spec (spec/my.yaml) or one of: ${ids.join(', ')}.${didYouMean(arg, ids)}`,
  );
}

/** The ids of the specs chathooks ships. */
function bundledIds(): string[] {
  try {
    return readdirSync(join(PACKAGE_ROOT, 'spec'))
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

export interface LoadedSpecs {
  contracts: Contract[];
  failed: LintResult[];
}

/** Lint and load specs; specs with errors are returned in `failed`. The linter loads on first use. */
export async function loadSpecs(files: string[], strict = false): Promise<LoadedSpecs> {
  const { lintSpec } = await import('../model/load.js');
  const results: LintResult[] = [];
  for (const f of files) results.push(await lintSpec(f, { validation: strict ? 'full' : 'conventions' }));
  return {
    contracts: results.flatMap((r) => (r.contract ? [r.contract] : [])),
    failed: results.filter((r) => !r.contract),
  };
}

export interface CurrentSpecs {
  /** One per file, in order: its generated contract when current, else the contract linted from the YAML. */
  sources: (Contract | RuntimeContract)[];
  /** The generated contract used for each file, where one was. */
  generated: (RuntimeContract | undefined)[];
  /** Specs read from YAML that have lint errors (then `sources` is incomplete: refuse them). */
  failed: LintResult[];
}

/**
 * Specs for commands that use them as they are (mock, docs, replay, verify-sender): each from generated/<id>/
 * when that records the hash of the spec's current text — no YAML, no linter, no Ajv — else linted from the
 * YAML. `strict` always lints, with the full AsyncAPI validation.
 */
export async function loadCurrentSpecs(
  files: string[],
  cwd: string,
  options: { strict?: boolean } = {},
): Promise<CurrentSpecs> {
  const generated = options.strict ? files.map(() => undefined) : await loadGenerated(files, cwd);
  const fromYaml = files.filter((_, i) => !generated[i]);
  const { contracts, failed } = fromYaml.length
    ? await loadSpecs(fromYaml, options.strict === true)
    : { contracts: [], failed: [] };
  let next = 0;
  const sources = failed.length ? [] : generated.map((g) => g ?? contracts[next++]!);
  return { sources, generated, failed };
}
