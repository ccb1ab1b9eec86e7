/**
 * Vitest globalSetup: the run gets its own temporary directory (TMPDIR, TMP and TEMP point into it, so test
 * workers, the CLIs they spawn, Prism and the browser all write there), and the run fails, naming them, if any
 * `chathooks-*` entries are left in it at the end: every test removes what it creates. A private directory rather
 * than a before/after diff of the system one, because other runs on the same machine create `chathooks-*` too.
 * The directory itself is removed at the end either way.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TMP_VARS = ['TMPDIR', 'TMP', 'TEMP'] as const;

/**
 * Point the temporary directory of everything this run starts at a fresh directory; returns the teardown.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { globalSetup: ['./test/helpers/tmp-guard.ts'] } });
 */
export default async function setup(): Promise<() => Promise<void>> {
  const saved = Object.fromEntries(TMP_VARS.map((name) => [name, process.env[name]]));
  const runTmp = await mkdtemp(join(tmpdir(), 'vitest-chathooks-run-'));
  for (const name of TMP_VARS) process.env[name] = runTmp;
  return async () => {
    for (const name of TMP_VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    const left = (await readdir(runTmp)).filter((entry) => entry.startsWith('chathooks-')).sort();
    await rm(runTmp, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest logs a teardown error but keeps the exit code it had: set it, so the run fails.
      process.exitCode = 1;
      throw new Error(
        `Tests left ${left.length} chathooks-* temporary director${left.length === 1 ? 'y' : 'ies'} behind: ${left.join(', ')}. Remove each in the test that creates it (afterAll, or onTestFinished right after mkdtemp).`,
      );
    }
  };
}
