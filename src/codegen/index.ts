/**
 * Codegen: from a Contract to the files of `generated/<id>/` — JSON Schemas, the OpenAPI 3.1 bridge,
 * types, standalone validators, typed examples and the runtime contract. It returns the files (reading only
 * the spec, to record its hash); `writeGenerated` and `checkGenerated` touch the disk.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Contract } from '../spec/model.js';
import { fileSafe } from '../spec/naming.js';
import { banner, json, sourceHash } from './banner.js';
import { buildOpenApi } from './openapi.js';
import { emitExamples, emitIndex } from './runtime.js';
import { emitTypes } from './types.js';
import { emitValidators } from './validators.js';

/** Generated files of one contract: path relative to the output directory → content. */
export type GeneratedFiles = Map<string, string>;

/**
 * Generate every file of a contract (nothing is written).
 *
 * @example
 * const files = await generateContract(await loadContract('spec/protocol.yaml'));
 * files.get('protocol/types.ts');
 */
export async function generateContract(contract: Contract): Promise<GeneratedFiles> {
  const dir = contract.id;
  const files: GeneratedFiles = new Map();
  const comment = banner(contract.source);
  for (const event of contract.events) {
    const base = `${dir}/schemas/${fileSafe(event.name)}`;
    const schema = (s: unknown, title: string): unknown =>
      typeof s === 'boolean' ? s : { $schema: 'http://json-schema.org/draft-07/schema#', $comment: comment, title, ...(s as object) };
    files.set(`${base}.json`, json(schema(event.payload, event.name)));
    if (event.reply) files.set(`${base}.reply.json`, json(schema(event.reply.schema, `${event.name} reply`)));
  }
  const { document, names } = buildOpenApi(contract);
  files.set(`${dir}/openapi.json`, json(document));
  files.set(`${dir}/types.ts`, await emitTypes(contract, document, names));
  const validators = emitValidators(contract);
  files.set(`${dir}/validators.js`, validators.js);
  files.set(`${dir}/validators.d.ts`, validators.dts);
  // The .js twins are emitted from the same templates, not transpiled: no TypeScript pass at generate time.
  files.set(`${dir}/examples.ts`, emitExamples(contract, 'ts'));
  files.set(`${dir}/examples.js`, emitExamples(contract, 'js'));
  // A contract not read from a file (lintText) records no hash; tools then always load its spec.
  const text = await readFile(contract.source, 'utf8').catch(() => undefined);
  const hash = text === undefined ? undefined : sourceHash(text);
  files.set(`${dir}/index.ts`, emitIndex(contract, 'ts', hash));
  files.set(`${dir}/index.js`, emitIndex(contract, 'js', hash));
  // The .js files are ES modules whatever the enclosing project declares: without this a project with
  // "type": "commonjs" could not import them, and one with no "type" has Node parse each twice to guess.
  files.set(`${dir}/package.json`, json({ '//': comment, type: 'module', sideEffects: false }));
  return files;
}

/**
 * Only the `types.ts` of a contract (what the docs show for each event), without validators or examples.
 *
 * @example
 * const types = await generateTypes(await loadContract('spec/protocol.yaml')); // === files.get('protocol/types.ts')
 */
export async function generateTypes(contract: Contract): Promise<string> {
  const { document, names } = buildOpenApi(contract);
  return emitTypes(contract, document, names);
}

/** Write generated files under `outDir`, removing stale files of the same contracts. Returns the paths written. */
export async function writeGenerated(files: GeneratedFiles, outDir: string): Promise<string[]> {
  const ids = new Set([...files.keys()].map((p) => p.split('/')[0]!));
  for (const id of ids) {
    for (const stale of await listFiles(join(outDir, id))) {
      const rel = relative(outDir, stale).replaceAll('\\', '/');
      if (!files.has(rel)) await rm(stale);
    }
  }
  const written: string[] = [];
  for (const [rel, content] of files) {
    const path = join(outDir, rel);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === content) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    written.push(rel);
  }
  return written;
}

export interface Drift {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** Compare generated files with what is on disk under `outDir`. */
export async function checkGenerated(files: GeneratedFiles, outDir: string): Promise<Drift> {
  const drift: Drift = { changed: [], missing: [], extra: [] };
  const ids = new Set([...files.keys()].map((p) => p.split('/')[0]!));
  for (const [rel, content] of files) {
    const current = await readFile(join(outDir, rel), 'utf8').catch(() => undefined);
    if (current === undefined) drift.missing.push(rel);
    else if (current !== content) drift.changed.push(rel);
  }
  for (const id of ids) {
    for (const path of await listFiles(join(outDir, id))) {
      const rel = relative(outDir, path).replaceAll('\\', '/');
      if (!files.has(rel)) drift.extra.push(rel);
    }
  }
  return drift;
}

/** Every file below `dir`, sorted ([] when it does not exist). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}
