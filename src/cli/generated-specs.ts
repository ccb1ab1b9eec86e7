/**
 * Specs served from their generated contracts: generated/<id>/index.js records the hash of the spec text it
 * was generated from, so a command holding the spec can skip the YAML parser, the linter and Ajv (most of its
 * start-up time) whenever the generated module is current. Imports nothing heavy.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BANNER_LINE, SOURCE_HASH_LINE, sourceHash } from '../codegen/banner.js';
import type { RuntimeContract } from '../model/runtime.js';

/**
 * For each spec, its generated contract when generated/<id>/index.js names this spec file as its source and
 * records the hash of its current text; undefined (load the YAML) when missing, stale, or for another file.
 */
export async function loadGenerated(files: string[], cwd: string): Promise<(RuntimeContract | undefined)[]> {
  // A renamed id can leave an older directory generated from the same file: keep every candidate.
  const bySource = new Map<string, { hash: string; index: string }[]>();
  // The project's generated/, and the one beside each spec's folder (an installed package's spec/ and generated/).
  const roots = new Set([resolve(cwd), ...files.map((file) => dirname(dirname(file)))]);
  await Promise.all([...roots].map((root) => collect(root, bySource)));
  return Promise.all(
    files.map(async (file) => {
      const candidates = bySource.get(file);
      if (!candidates) return undefined;
      const text = await readFile(file, 'utf8').catch(() => undefined);
      const hash = text === undefined ? undefined : sourceHash(text);
      const found = candidates.find((c) => c.hash === hash);
      if (!found) return undefined;
      const mod = (await import(pathToFileURL(found.index).href).catch(() => undefined)) as
        | Partial<RuntimeContract>
        | undefined;
      // Output of an older chathooks (no strict validators) is not current: the spec is loaded instead.
      return mod?.contract && mod.validators && mod.replyValidators && mod.strictValidators
        ? (mod as RuntimeContract)
        : undefined;
    }),
  );
}

/** Every generated/<id>/index.js under `root`, by the spec file (resolved from `root`) its banner names. */
async function collect(root: string, bySource: Map<string, { hash: string; index: string }[]>): Promise<void> {
  const dir = join(root, 'generated');
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => {
        const index = join(dir, e.name, 'index.js');
        const head = await readHead(index);
        const source = BANNER_LINE.exec(head)?.[1];
        const hash = SOURCE_HASH_LINE.exec(head)?.[1];
        if (!source || !hash) return;
        const path = resolve(root, source);
        const known = bySource.get(path) ?? [];
        if (!known.some((k) => k.index === index)) bySource.set(path, [...known, { hash, index }]);
      }),
  );
}

/** The first lines of a file (the banner and the source hash), or '' when it cannot be read. */
async function readHead(path: string): Promise<string> {
  const file = await open(path).catch(() => undefined);
  if (!file) return '';
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(1024), 0, 1024, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await file.close();
  }
}
