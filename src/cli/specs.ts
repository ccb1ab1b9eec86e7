/** Which spec files a command works on: the given paths, or every spec in ./spec. */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { lintSpec, type Contract, type LintResult } from '../spec/index.js';

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

export async function specsFrom(positionals: string[], cwd: string): Promise<string[]> {
  return positionals.length ? positionals.map((p) => resolve(cwd, p)) : defaultSpecs(cwd);
}

export interface LoadedSpecs {
  contracts: Contract[];
  failed: LintResult[];
}

/** Lint and load specs; specs with errors are returned in `failed`. */
export async function loadSpecs(files: string[], strict = false): Promise<LoadedSpecs> {
  const results: LintResult[] = [];
  for (const f of files) results.push(await lintSpec(f, { validation: strict ? 'full' : 'conventions' }));
  return {
    contracts: results.flatMap((r) => (r.contract ? [r.contract] : [])),
    failed: results.filter((r) => !r.contract),
  };
}
