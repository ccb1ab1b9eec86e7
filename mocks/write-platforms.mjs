// Writes mocks/platforms.js and mocks/platforms.d.ts: the ids of the bundled platforms, read from the generated
// contracts in generated/<id>/ whose banner names a spec in spec/. `npm run generate` runs it after
// `chathooks generate`, so a new spec/<id>.yaml reaches the MSW sets (mocks/msw.js) with no code of its own.
//   node mocks/write-platforms.mjs [--root DIR] [--check]
// --check writes nothing and exits 1 when either file is stale. Output is deterministic (sorted ids, no time).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const BANNER = /^\/\/ generated from spec\/[^/\n]+ by chathooks; do not edit$/m;
// The contract ids chathooks generate accepts as directory names (src/codegen/output.ts): safe inside quotes.
const SLUG = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const HEADER = [
  '// generated from spec/*.yaml by mocks/write-platforms.mjs (npm run generate); do not edit',
  '// biome-ignore-all format: one id a line, so a new platform is a one-line diff',
].join('\n');

/**
 * Ids of generated/<id>/ directories holding a bundled spec's contract, sorted.
 *
 * @example
 * bundledPlatformIds('.'); // ['gaife', 'line', 'protocol', 'sendbird', 'tencent-chat']
 */
export function bundledPlatformIds(root) {
  const dir = join(root, 'generated');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && SLUG.test(e.name) && isBundled(join(dir, e.name, 'index.js')))
    .map((e) => e.name)
    .sort();
}

function isBundled(index) {
  try {
    return BANNER.test(readFileSync(index, 'utf8').slice(0, 1024));
  } catch {
    return false;
  }
}

/**
 * The two files, path relative to the root → text.
 *
 * @example
 * platformFiles(['gaife']).get('mocks/platforms.d.ts'); // "… export type PlatformId =\n  | 'gaife';\n …"
 */
export function platformFiles(ids) {
  // Ids are slugs (no quotes or backslashes: chathooks generate refuses others), so single quotes are safe;
  // one id a line keeps the files as Biome formats them and their diffs one line per platform.
  const quoted = ids.map((id) => `'${id}'`);
  const doc = '/** The bundled platforms: one per spec/<id>.yaml. */';
  return new Map([
    [
      'mocks/platforms.js',
      `${HEADER}\n${doc}\nexport const platformIds = Object.freeze([\n${quoted.map((q) => `  ${q},\n`).join('')}]);\n`,
    ],
    [
      'mocks/platforms.d.ts',
      `${HEADER}\n/** A bundled platform's id: one per spec/<id>.yaml. */\nexport type PlatformId =\n${quoted.map((q) => `  | ${q}`).join('\n') || '  never'};\n${doc}\nexport declare const platformIds: readonly PlatformId[];\n`,
    ],
  ]);
}

function main(argv) {
  const at = argv.indexOf('--root');
  if (at >= 0 && !argv[at + 1]) {
    console.error('platforms: --root needs a directory (the package root, holding generated/ and mocks/).');
    return 2;
  }
  const root = resolve(at >= 0 ? argv[at + 1] : join(import.meta.dirname, '..'));
  const check = argv.includes('--check');
  let files;
  try {
    files = platformFiles(bundledPlatformIds(root));
  } catch (error) {
    console.error(
      `platforms: cannot list ${join(root, 'generated')} (${error.code ?? error.message}); run \`chathooks generate\` first.`,
    );
    return 1;
  }
  const stale = [...files].filter(([rel, text]) => read(join(root, rel)) !== text).map(([rel]) => rel);
  if (check) {
    if (stale.length) console.log(`platforms: stale ${stale.join(', ')}; run \`npm run generate\` and commit.`);
    else console.log('platforms: up to date');
    return stale.length ? 1 : 0;
  }
  try {
    for (const rel of stale) writeFileSync(join(root, rel), files.get(rel));
  } catch (error) {
    console.error(`platforms: cannot write in ${join(root, 'mocks')} (${error.code ?? error.message}).`);
    return 1;
  }
  console.log(`platforms: ${stale.length ? `wrote ${stale.join(', ')}` : 'up to date'}`);
  return 0;
}

/** A file's text, or undefined when it cannot be read (then it is stale). */
function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
