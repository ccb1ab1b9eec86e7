/**
 * The lean runtime, as a user meets it: pack this package, install the tarball into an empty project, and
 * measure what came with it (packages, bytes on disk), how long each runtime entry takes to import beside plain
 * `node` in the same run, and `chathooks mock` from spawn to its URLs beside plain `node` and Prism. Then the
 * tooling: `chathooks generate` in that project (the one-line install hint), and after the one documented install
 * command (network: the npm registry; its cache helps) generate succeeds. Needs a built dist/ (npm run build).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
const RUNTIME_ENTRIES = [
  'chathooks',
  'chathooks/receiver',
  'chathooks/delivery',
  'chathooks/mock',
  'chathooks/msw',
  'chathooks/contract',
  'chathooks/signing',
  'chathooks/vitest',
  'chathooks/generated/protocol',
];
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
      const names = entry.name.startsWith('@')
        ? (await readdir(join(nm, entry.name))).map((n) => `${entry.name}/${n}`)
        : [entry.name];
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

const TICKS_PER_SECOND = 100;

/** CPU time (user + system, ms) a live process has used, from /proc; NaN where there is none. */
function procCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
  } catch {
    return Number.NaN;
  }
}

/**
 * Spawn `node args` in `cwd`: wall time to the first stdout containing `marker` (then its CPU so far, from /proc),
 * or to its exit (then the CPU it prints as its last line, when it does). CPU is what load on a shared machine
 * does not inflate; wall time is what a user waits.
 */
async function spawnMs(args: string[], cwd: string, marker?: string): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const result = await new Promise<{ ms: number; cpuMs: number }>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (marker && out.includes(marker)) resolve({ ms: performance.now() - started, cpuMs: procCpuMs(child.pid) });
    });
    child.on('close', (code) =>
      code === 0 && !marker
        ? resolve({ ms: performance.now() - started, cpuMs: Number(out.trim().split('\n').at(-1)) })
        : reject(new Error(`node ${args.join(' ')} exited ${code}:\n${out}${err}`)),
    );
  });
  if (marker) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
  return result;
}

/** A script importing `specifier` (nothing for ''), printing the CPU ms the import took. */
const importScript = (specifier: string): string[] => [
  '--input-type=module',
  '-e',
  `const c = process.cpuUsage(); ${specifier ? `await import(${JSON.stringify(specifier)});` : ''} const u = process.cpuUsage(c); console.log((u.user + u.system) / 1000);`,
];

/** Whether a target holds by wall time and by CPU (wall time inflates when the machine is shared). */
const verdict = (wallOver: number, cpuOver: number, target: number): string =>
  `  [≤ +${target} ms: wall ${wallOver <= target ? 'met' : 'NOT met'}, CPU ${cpuOver <= target ? 'met' : 'NOT met'}]`;

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
    console.log(
      `\`npm i chathooks\` (tarball): ${size.packages.length} package${size.packages.length === 1 ? '' : 's'} (${size.packages.join(', ')}), ${mb(size.diskBytes)} on disk (${mb(size.fileBytes)} of files), ${fmt(installMs)} ms`,
    );
    console.log(
      `  target ≤ ${TARGET.packages} packages and ≤ ${TARGET.mb} MB: ${size.packages.length <= TARGET.packages && size.diskBytes <= TARGET.mb * 2 ** 20 ? 'met' : 'NOT met'} (main before issue 12: 366 packages, 183 MB)`,
    );

    // The user's own msw and vitest (peers of chathooks/msw and chathooks/vitest), linked after counting.
    for (const peer of ['msw', 'vitest'])
      await symlink(join(process.cwd(), 'node_modules', peer), join(lean, 'node_modules', peer), 'dir');

    // Each import beside its baseline: plain node, or for chathooks/msw and chathooks/vitest the peer they wrap.
    const baselineOf = (entry: string): string =>
      entry === 'chathooks/msw' ? 'msw' : entry === 'chathooks/vitest' ? 'vitest' : '';
    const specifiers = [...new Set(['', 'msw', 'vitest', ...RUNTIME_ENTRIES])];
    const runs = new Map<string, { ms: number; cpuMs: number }[]>(specifiers.map((e) => [e, []]));
    for (let i = 0; i < ROUNDS; i++)
      for (const e of specifiers) runs.get(e)!.push(await spawnMs(importScript(e), lean));
    const med = (e: string, key: 'ms' | 'cpuMs'): number => median(runs.get(e)!.map((r) => r[key]));
    console.log(
      `\nimport, spawn to exit (medians of ${ROUNDS}, interleaved): plain \`node\` ${fmt(med('', 'ms'))} ms; the import's own CPU in brackets`,
    );
    for (const entry of RUNTIME_ENTRIES) {
      const base = baselineOf(entry);
      const over = med(entry, 'ms') - med(base, 'ms');
      const cpuOver = med(entry, 'cpuMs') - med(base, 'cpuMs');
      console.log(
        `  import '${entry}'`.padEnd(46) +
          `${fmt(med(entry, 'ms'))} ms  +${fmt(over)} ms over ${base ? `import '${base}'` : 'plain node'} (CPU +${fmt(cpuOver)} ms)${verdict(over, cpuOver, TARGET.importMs)}`,
      );
    }

    // chathooks mock of every bundled spec, from the installed package (its spec/ and current generated/).
    const pkgDir = join(lean, 'node_modules', 'chathooks');
    const node: { ms: number; cpuMs: number }[] = [];
    const mock: { ms: number; cpuMs: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      node.push(
        await spawnMs(
          ['--input-type=module', '-e', "console.log('ready'); setInterval(() => {}, 1000)"],
          pkgDir,
          'ready',
        ),
      );
      mock.push(await spawnMs(['dist/cli/index.js', 'mock', '--port', '0'], pkgDir, 'mock: listening'));
    }
    const started = performance.now();
    const prism = await startPrism(protocol.contract);
    const prismMs = performance.now() - started;
    await prism.close();
    const m = (list: { ms: number; cpuMs: number }[], key: 'ms' | 'cpuMs'): number => median(list.map((r) => r[key]));
    const over = m(mock, 'ms') - m(node, 'ms');
    const cpuOver = m(mock, 'cpuMs') - m(node, 'cpuMs');
    console.log(
      `\n\`chathooks mock\` (every bundled spec, lean install) spawn to URLs: ${fmt(m(mock, 'ms'))} ms vs plain \`node\` to its first line ${fmt(m(node, 'ms'))} ms → +${fmt(over)} ms (CPU +${fmt(cpuOver)} ms)${verdict(over, cpuOver, TARGET.mockMs)}; Prism (one spec) ${fmt(prismMs)} ms`,
    );

    // Tooling: the hint without it, success after the one documented command.
    await mkdir(join(lean, 'spec'));
    await writeFile(join(lean, 'spec', 'protocol.yaml'), await readFile('spec/protocol.yaml'));
    const hint = await run(process.execPath, ['node_modules/chathooks/dist/cli/index.js', 'generate'], {
      cwd: lean,
    }).then(
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
      await run('npm', ['install', '-D', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...command], {
        cwd: full,
      });
      const fullMs = performance.now() - t1;
      const fullSize = await installed(full);
      const { stdout } = await run(process.execPath, ['node_modules/chathooks/dist/cli/index.js', 'generate'], {
        cwd: full,
      });
      console.log(
        `\`${TOOLING_INSTALL.replace('npm i -D ', 'npm i -D chathooks ')}\`: ${fullSize.packages.length} packages, ${mb(fullSize.diskBytes)}, ${fmt(fullMs)} ms; then \`chathooks generate\`: ${stdout.trim()}`,
      );
    } catch (error) {
      console.log(`tooling install not measured (needs the npm registry): ${(error as Error).message.split('\n')[0]}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
