/**
 * The lean runtime, as a user meets it: pack this package, install the tarball into an empty project, and
 * measure what came with it (packages, bytes on disk), how long each runtime entry takes to import beside plain
 * `node` in the same run, and `chathooks mock` from spawn to its URLs beside plain `node` and Prism. Then the
 * tooling: `chathooks generate` in that project (the one-line install hint), and after the one documented install
 * command (network: the npm registry; its cache helps) generate succeeds. Needs a built dist/ (npm run build).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startPrism } from '../src/mock/index.js';
import * as protocol from '../generated/protocol/index.js';
import { TOOLING_INSTALL } from '../src/tooling.js';
import { fmt, median } from './lib.js';

const run = promisify(execFile);
const ROUNDS = 9;
/** The subpaths a runtime user imports (msw and vitest with the user's own msw/vitest beside them). */
const RUNTIME_ENTRIES = ['chathooks', 'chathooks/receiver', 'chathooks/delivery', 'chathooks/mock', 'chathooks/msw', 'chathooks/contract', 'chathooks/signing', 'chathooks/vitest', 'chathooks/generated/protocol'];
const TARGET = { mb: 10, packages: 15, importMs: 50, mockMs: 40 };

/** Packages under node_modules (every directory with a package.json, nested ones included) and their size. */
async function installed(dir: string): Promise<{ packages: string[]; diskBytes: number; fileBytes: number }> {
  const packages: string[] = [];
  let diskBytes = 0;
  let fileBytes = 0;
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      const stat = await lstat(full);
      diskBytes += stat.blocks * 512;
      if (entry.isFile()) fileBytes += stat.size;
      if (entry.isDirectory()) await walk(full);
    }
  };
  const listPackages = async (nm: string): Promise<void> => {
    for (const entry of await readdir(nm, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const names = entry.name.startsWith('@') ? (await readdir(join(nm, entry.name))).map((n) => `${entry.name}/${n}`) : [entry.name];
      for (const name of names) {
        packages.push(name);
        await listPackages(join(nm, name, 'node_modules'));
      }
    }
  };
  await walk(join(dir, 'node_modules'));
  await listPackages(join(dir, 'node_modules'));
  return { packages, diskBytes, fileBytes };
}

/** Wall time from spawning `node args` (in `cwd`) to the first stdout containing `marker`, or to its exit. */
async function spawnMs(args: string[], cwd: string, marker?: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ms = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (marker && out.includes(marker)) resolve(performance.now() - started);
    });
    child.on('close', (code) => (code === 0 && !marker ? resolve(performance.now() - started) : reject(new Error(`node ${args.join(' ')} exited ${code}:\n${out}${err}`))));
  });
  if (marker) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
  return ms;
}

const mb = (bytes: number): string => `${fmt(bytes / 2 ** 20, 1)} MiB`;

async function newProject(root: string, name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, type: 'module' }));
  return dir;
}

export async function benchInstall(): Promise<void> {
  console.log('\n## lean runtime: the packed tarball installed into an empty project\n');
  if (!existsSync('dist/index.js')) {
    console.log('dist/ is not built: npm run build, then npm run bench -- install.');
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'chathooks-bench-install-'));
  try {
    const { stdout: packed } = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', root]);
    const tarball = join(root, packed.trim().split('\n').at(-1)!);
    const lean = await newProject(root, 'lean');
    const t0 = performance.now();
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: lean });
    const installMs = performance.now() - t0;
    const size = await installed(lean);
    console.log(`\`npm i chathooks\` (tarball): ${size.packages.length} package${size.packages.length === 1 ? '' : 's'} (${size.packages.join(', ')}), ${mb(size.diskBytes)} on disk (${mb(size.fileBytes)} of files), ${fmt(installMs)} ms`);
    console.log(`  target ≤ ${TARGET.packages} packages and ≤ ${TARGET.mb} MB: ${size.packages.length <= TARGET.packages && size.diskBytes <= TARGET.mb * 2 ** 20 ? 'met' : 'NOT met'} (main before issue 12: 366 packages, 183 MB)`);

    // The user's own msw and vitest (peers of chathooks/msw and chathooks/vitest), linked after counting.
    for (const peer of ['msw', 'vitest']) await symlink(join(process.cwd(), 'node_modules', peer), join(lean, 'node_modules', peer), 'dir');

    const plain: number[] = [];
    const times = new Map<string, number[]>(RUNTIME_ENTRIES.map((e) => [e, []]));
    for (let i = 0; i < ROUNDS; i++) {
      plain.push(await spawnMs(['--input-type=module', '-e', ''], lean));
      for (const entry of RUNTIME_ENTRIES) times.get(entry)!.push(await spawnMs(['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`], lean));
    }
    const base = median(plain);
    console.log(`\nimport, spawn to exit (medians of ${ROUNDS}, interleaved): plain \`node\` ${fmt(base)} ms`);
    for (const [entry, t] of times) {
      const over = median(t) - base;
      console.log(`  import '${entry}'`.padEnd(48) + `${fmt(median(t))} ms  +${fmt(over)} ms${over <= TARGET.importMs ? '' : `  (target ≤ +${TARGET.importMs} ms NOT met)`}`);
    }

    // chathooks mock of every bundled spec, from the installed package (its spec/ and current generated/).
    const pkgDir = join(lean, 'node_modules', 'chathooks');
    const node: number[] = [];
    const mock: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      node.push(await spawnMs(['--input-type=module', '-e', "console.log('ready')"], pkgDir, 'ready'));
      mock.push(await spawnMs(['dist/cli/index.js', 'mock', '--port', '0'], pkgDir, 'mock: listening'));
    }
    const started = performance.now();
    const prism = await startPrism(protocol.contract);
    const prismMs = performance.now() - started;
    await prism.close();
    const over = median(mock) - median(node);
    console.log(`\n\`chathooks mock\` (every bundled spec, lean install) spawn to URLs: ${fmt(median(mock))} ms vs plain \`node\` to its first line ${fmt(median(node))} ms → +${fmt(over)} ms (target ≤ +${TARGET.mockMs} ms: ${over <= TARGET.mockMs ? 'met' : 'NOT met'}); Prism (one spec) ${fmt(prismMs)} ms`);

    // Tooling: the hint without it, success after the one documented command.
    await mkdir(join(lean, 'spec'));
    await writeFile(join(lean, 'spec', 'protocol.yaml'), await readFile('spec/protocol.yaml'));
    const hint = await run(process.execPath, ['node_modules/chathooks/dist/cli/index.js', 'generate'], { cwd: lean }).then(
      () => 'exit 0 (unexpected)',
      (e: { code: number; stderr: string }) => `exit ${e.code}: ${e.stderr.trim()}`,
    );
    console.log(`\n\`chathooks generate\` in the lean project: ${hint}`);
    const full = await newProject(root, 'full');
    await mkdir(join(full, 'spec'));
    await writeFile(join(full, 'spec', 'protocol.yaml'), await readFile('spec/protocol.yaml'));
    const command = TOOLING_INSTALL.replace('npm i -D ', '').split(' ');
    try {
      const t1 = performance.now();
      await run('npm', ['install', '-D', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...command], { cwd: full });
      const fullMs = performance.now() - t1;
      const fullSize = await installed(full);
      const { stdout } = await run(process.execPath, ['node_modules/chathooks/dist/cli/index.js', 'generate'], { cwd: full });
      console.log(`\`${TOOLING_INSTALL.replace('npm i -D ', 'npm i -D chathooks ')}\`: ${fullSize.packages.length} packages, ${mb(fullSize.diskBytes)}, ${fmt(fullMs)} ms; then \`chathooks generate\`: ${stdout.trim()}`);
    } catch (error) {
      console.log(`tooling install not measured (needs the npm registry): ${(error as Error).message.split('\n')[0]}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
