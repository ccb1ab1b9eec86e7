/**
 * Docs: a static HTML site of every contract — an index of platforms, a page per event, signature and
 * delivery pages, client-side search — that works from file:// and any static host. Built from the
 * Contract model; deterministic (same contracts, same bytes).
 */
import { OptionError } from '../model/errors.js';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { generateTypes } from '../codegen/index.js';
import { listFiles } from '../codegen/output.js';
import type { Contract } from '../model/model.js';
import { APP_JS, STYLE_CSS } from './assets.js';
import { deliveryPage } from './pages/delivery-page.js';
import { eventPage } from './pages/event-page.js';
import { indexPage } from './pages/index-page.js';
import { platformPage } from './pages/platform-page.js';
import { signaturesPage } from './pages/signatures-page.js';
import { ASSETS, insideOut, platformPaths, type PlatformPaths } from './paths.js';
import { searchScript } from './search-index.js';
import { eventTypeSource, indexTypes } from './ts-type.js';

/** Site files: path relative to the site root → content. */
export type SiteFiles = Map<string, string>;

export interface RenderOptions {
  /** Generated types.ts per contract id (from `generateContract`); generated when missing. */
  types?: ReadonlyMap<string, string>;
}

/**
 * Render every page of the site (nothing is written).
 *
 * @example
 * const files = await renderDocs([await loadContract('spec/protocol.yaml')]);
 * files.get('protocol/events/message.created.html');
 */
export async function renderDocs(contracts: readonly Contract[], options: RenderOptions = {}): Promise<SiteFiles> {
  const ids = new Set<string>();
  for (const c of contracts) {
    if (ids.has(c.id))
      throw new OptionError(`buildDocs: two specs have the id "${c.id}"; give each a unique x-chathooks-id.`);
    ids.add(c.id);
  }
  const paths = new Map<Contract, PlatformPaths>(contracts.map((c) => [c, platformPaths(c)]));
  const files: SiteFiles = new Map();
  files.set('index.html', indexPage(contracts, paths));
  files.set(ASSETS.css, STYLE_CSS);
  files.set(ASSETS.js, APP_JS);
  for (const contract of contracts) {
    const p = paths.get(contract)!;
    const types = indexTypes(options.types?.get(contract.id) ?? (await generateTypes(contract)));
    files.set(p.index, platformPage(contract, p));
    files.set(p.signatures, signaturesPage(contract, p));
    files.set(p.delivery, deliveryPage(contract, p));
    files.set(p.search, searchScript(contract, p));
    for (const event of contract.events) {
      files.set(
        p.events.get(event)!,
        eventPage({ contract, event, paths: p, typeSource: eventTypeSource(types, event.typeName) }),
      );
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface BuiltFile {
  path: string;
  bytes: number;
}

export interface BuildResult {
  outDir: string;
  files: BuiltFile[];
  /** Event pages of earlier builds that no longer exist, removed. */
  removed: string[];
}

/**
 * Render the site and write it to `outDir`, removing pages of earlier builds that no longer exist.
 *
 * @example
 * const { files } = await buildDocs(contracts, { outDir: 'site' });
 * // open site/index.html
 */
export async function buildDocs(
  contracts: readonly Contract[],
  options: RenderOptions & { outDir: string },
): Promise<BuildResult> {
  const files = await renderDocs(contracts, options);
  const removed: string[] = [];
  // Only `<id>/events/*.html` is pruned (events removed from a spec): an --out holding other files keeps them.
  // Every path is checked before anything is removed or written: an id like `..` must not touch ../index.html.
  const targets = new Map([...files.keys()].map((rel) => [rel, insideOut(options.outDir, rel)]));
  const eventDirs = new Set(
    [...files.keys()].filter((p) => /^[^/]+\/events\//.test(p)).map((p) => p.slice(0, p.lastIndexOf('/'))),
  );
  for (const dir of eventDirs) {
    for (const path of await listFiles(insideOut(options.outDir, dir))) {
      const rel = relative(options.outDir, path).replaceAll('\\', '/');
      if (rel.endsWith('.html') && !files.has(rel)) {
        await rm(path);
        removed.push(rel);
      }
    }
  }
  const built: BuiltFile[] = [];
  for (const [rel, content] of files) {
    const path = targets.get(rel)!;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    built.push({ path: rel, bytes: Buffer.byteLength(content) });
  }
  return { outDir: options.outDir, files: built, removed };
}

export { docsHandler, type DocsHandler } from './serve.js';
