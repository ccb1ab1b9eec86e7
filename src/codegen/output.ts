/**
 * Writing generated files to disk, safely: every path stays inside the output directory, a file is removed only
 * when codegen wrote it (listed in the directory's manifest, or carrying the "do not edit" banner), and a file
 * codegen did not write is never overwritten. `generate --out .` with a spec whose id is `src` once deleted a
 * project's `src/*.ts`; now it refuses to touch them.
 */
import { ChathooksError } from '../model/errors.js';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { json } from './banner.js';

/** Generated files of one contract: path relative to the output directory → content. */
export type GeneratedFiles = Map<string, string>;

/** The manifest in each `<out>/<id>/`: the files codegen wrote there, relative to that directory. */
export const MANIFEST_FILE = '.chathooks-manifest.json';

/** What every generated file carries (banner.ts): how a file written before manifests existed is recognised. */
const MARK = 'by chathooks; do not edit';

/** A generated path that would leave the output directory, or a file codegen would overwrite but did not write. */
export class GeneratedPathError extends ChathooksError {
  override readonly name = 'GeneratedPathError';
  readonly code = 'generated-path';
}

/** A contract id is a directory name: letters, digits, `-`, `_`, `.` inside; never `..`, a slash or a leading dot. */
const SLUG = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/**
 * Refuse an id that is not a slug before it becomes a path.
 *
 * @example
 * assertSlugId('tencent-chat', 'spec/tencent-chat.yaml'); // ok
 * assertSlugId('..', 'spec/....yaml'); // throws GeneratedPathError
 */
export function assertSlugId(id: string, source: string): void {
  if (!SLUG.test(id) || id.includes('..')) {
    throw new GeneratedPathError(
      `The contract id ${JSON.stringify(id)} of ${source} cannot name an output directory: use letters, digits, "-", "_" and inner "." only (set x-chathooks-id, e.g. "my-platform").`,
    );
  }
}

/**
 * The manifest file of a contract directory, listing `files` (paths relative to the output directory).
 *
 * @example
 * manifest('protocol', ['protocol/types.ts'], banner); // ['protocol/.chathooks-manifest.json', '{ … }']
 */
export function manifest(id: string, files: readonly string[], comment: string): [string, string] {
  const own = [...files.map((f) => f.slice(id.length + 1)), MANIFEST_FILE].sort();
  return [`${id}/${MANIFEST_FILE}`, json({ '//': comment, files: own })];
}

/** The absolute path of `rel` inside `outDir`; throws when it would leave it. */
function inside(outDir: string, rel: string): string {
  const root = resolve(outDir);
  const path = resolve(root, rel);
  if (isAbsolute(rel) || !path.startsWith(root + sep)) {
    throw new GeneratedPathError(
      `Refusing to write ${JSON.stringify(rel)}: it would leave the output directory ${root}.`,
    );
  }
  return path;
}

/** Paths (relative to `outDir`) the manifest of `<outDir>/<id>/` lists; entries that would leave the directory are ignored. */
async function listedFiles(outDir: string, id: string): Promise<Set<string>> {
  const text = await readFile(join(outDir, id, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const out = new Set<string>();
  if (text === undefined) return out;
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    return out;
  }
  if (!Array.isArray(files)) return out;
  for (const f of files) {
    if (typeof f !== 'string' || isAbsolute(f) || f.split(/[\\/]/).some((t) => t === '..' || t === '')) continue;
    out.add(`${id}/${f}`);
  }
  return out;
}

/** Whether codegen wrote `rel`: listed in the manifest, or (output older than manifests) carrying the banner. */
async function ours(outDir: string, rel: string, listed: ReadonlySet<string>): Promise<boolean> {
  if (listed.has(rel)) return true;
  const head = await readFile(join(outDir, rel), 'utf8').catch(() => undefined);
  return head?.includes(MARK) === true;
}

const ids = (files: GeneratedFiles): Set<string> => new Set([...files.keys()].map((p) => p.split('/')[0]!));

/** Files under `<outDir>/<id>/` that codegen wrote before and no longer generates. */
async function staleFiles(files: GeneratedFiles, outDir: string): Promise<string[]> {
  const stale: string[] = [];
  for (const id of ids(files)) {
    const listed = await listedFiles(outDir, id);
    for (const path of await listFiles(join(outDir, id))) {
      const rel = relative(outDir, path).replaceAll('\\', '/');
      if (!files.has(rel) && (await ours(outDir, rel, listed))) stale.push(rel);
    }
  }
  return stale;
}

/**
 * Write generated files under `outDir`, removing stale files codegen wrote before (never another file). Throws
 * GeneratedPathError, before writing anything, when a path would leave `outDir` or a file to be replaced was not
 * written by codegen. Returns the paths written.
 *
 * @example
 * await writeGenerated(await generateContract(contract), 'generated');
 */
export async function writeGenerated(files: GeneratedFiles, outDir: string): Promise<string[]> {
  for (const id of ids(files)) {
    const listed = await listedFiles(outDir, id);
    for (const rel of files.keys()) {
      if (!rel.startsWith(`${id}/`)) continue;
      const exists = await readFile(inside(outDir, rel), 'utf8').then(
        () => true,
        () => false,
      );
      if (exists && !(await ours(outDir, rel, listed))) {
        throw new GeneratedPathError(
          `Refusing to overwrite ${join(outDir, rel)}: chathooks did not write it (not in ${id}/${MANIFEST_FILE}, no "do not edit" banner). Generate into another --out directory or give the spec another x-chathooks-id.`,
        );
      }
    }
  }
  for (const rel of await staleFiles(files, outDir)) await rm(inside(outDir, rel));
  const written: string[] = [];
  for (const [rel, content] of files) {
    const path = inside(outDir, rel);
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

/**
 * Compare generated files with what is on disk under `outDir`; `extra` lists files codegen wrote before and
 * would now remove (files it did not write are not its business).
 *
 * @example
 * const { changed, missing, extra } = await checkGenerated(files, 'generated');
 */
export async function checkGenerated(files: GeneratedFiles, outDir: string): Promise<Drift> {
  const drift: Drift = { changed: [], missing: [], extra: [] };
  for (const [rel, content] of files) {
    const current = await readFile(inside(outDir, rel), 'utf8').catch(() => undefined);
    if (current === undefined) drift.missing.push(rel);
    else if (current !== content) drift.changed.push(rel);
  }
  drift.extra.push(...(await staleFiles(files, outDir)));
  return drift;
}

/**
 * Every file below `dir`, sorted ([] when it does not exist).
 *
 * @example
 * await listFiles('generated/protocol'); // ['generated/protocol/.chathooks-manifest.json', …]
 */
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
