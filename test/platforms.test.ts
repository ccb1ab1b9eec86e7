/**
 * Issue 15 item 4: one pipeline for every bundled platform. A new spec/<id>.yaml is picked up by `chathooks start`
 * (generate, summary, docs), `chathooks mock`, `replay` and the MSW sets (mocks/msw.js) with no code of its own:
 * a temporary project holding the bundled specs plus a sixth one (a copy of test/fixtures/minimal.yaml) shows it,
 * running the same files the package ships. The committed platform list is current (a drift check).
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliver } from '../src/delivery/index.js';
import type { RuntimeContract } from '../src/model/index.js';
import { type CliResult, cliPath, root, runCli, runNode, spawnUntil } from './helpers/cli.js';
import { bundledIds } from './helpers/generated.js';

const SIXTH = 'sixth';
const SECRET = 'platforms-test-secret';
let dir = '';
let started: CliResult = { code: null, stdout: '', stderr: '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-platforms-'));
  await mkdir(join(dir, 'spec'));
  await mkdir(join(dir, 'mocks'));
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'spec'))) await cp(join(root, 'spec', name), join(dir, 'spec', name));
  const minimal = await readFile(join(root, 'test/fixtures/minimal.yaml'), 'utf8');
  await writeFile(
    join(dir, 'spec', `${SIXTH}.yaml`),
    minimal.replace('x-chathooks-id: minimal', `x-chathooks-id: ${SIXTH}`),
  );
  // The MSW sets as shipped, and `chathooks` resolving to this package (as in a project that installed it).
  for (const name of ['msw.js', 'msw.d.ts', 'write-platforms.mjs'])
    await cp(join(root, 'mocks', name), join(dir, 'mocks', name));
  await symlink(root, join(dir, 'node_modules', 'chathooks'), 'dir');
  // What `npm start` runs (without serving): generate, summarise, build the docs. The tests below read its output.
  started = await runCli(['start', '--json'], { cwd: dir });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a sixth spec in spec/ goes through the pipeline with no code of its own', () => {
  test('`chathooks start --json`: generated/<id>/, a summary row and a docs page, beside the bundled five', async () => {
    expect(started.code, started.stderr).toBe(0);
    const report = JSON.parse(started.stdout) as {
      ok: boolean;
      specs: { id: string; events: number; signature: string }[];
    };
    expect(report.ok).toBe(true);
    expect(report.specs.map((s) => s.id).sort()).toEqual([...bundledIds, SIXTH].sort());
    expect(report.specs.find((s) => s.id === SIXTH)).toMatchObject({
      events: 2,
      signature: expect.stringContaining('x-minimal-signature'),
    });
    expect(await readdir(join(dir, 'generated', SIXTH))).toContain('index.js');
    const index = await readFile(join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain(`${SIXTH}/`);
    expect(await readdir(join(dir, 'site', SIXTH))).toContain('index.html');
  });

  test('the platform list, the MSW set and its receiver URL follow (`npm run generate` writes mocks/platforms.*)', async () => {
    const w = await runNode(['mocks/write-platforms.mjs'], { cwd: dir });
    expect(w.code, w.stderr).toBe(0);
    expect(await readFile(join(dir, 'mocks/platforms.d.ts'), 'utf8')).toContain(`| '${SIXTH}'`);
    const msw = (await import(pathToFileURL(join(dir, 'mocks/msw.js')).href)) as typeof import('../mocks/msw.js');
    expect([...msw.platformIds]).toEqual([...bundledIds, SIXTH].sort());
    expect((msw.receiverUrls as Record<string, string>)[SIXTH]).toBe(`https://${SIXTH}.receiver.test/webhook`);
    const handlers = await msw.platformHandlers(SIXTH as never, { secret: SECRET });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const generated = (await import(
        pathToFileURL(join(dir, 'generated', SIXTH, 'index.js')).href
      )) as RuntimeContract;
      const example = generated.contract.events.find((e) => e.name === 'message.after_send')!.examples[0]!;
      const signed = await deliver(generated, {
        url: (msw.receiverUrls as Record<string, string>)[SIXTH]!,
        event: 'message.after_send',
        payload: example.payload,
        secret: SECRET,
      });
      expect(signed.outcome).toBe('delivered');
      const unsigned = await deliver(generated, {
        url: (msw.receiverUrls as Record<string, string>)[SIXTH]!,
        event: 'message.after_send',
        payload: example.payload,
        secret: 'another-secret',
        timeScale: 0.001, // the spec retries a non-2xx answer after 1 s
      });
      expect(unsigned.attempts.map((a) => a.status)).toEqual([401, 401]);
      expect(handlers.deliveries().map((d) => d.event)).toEqual(Array(3).fill('message.after_send'));
    } finally {
      server.close();
    }
    await expect(msw.platformHandlers('seventh' as never)).rejects.toThrow(
      new RegExp(`unknown platform "seventh"; known: .*${SIXTH}`),
    );
  }, 60_000);

  test('`chathooks mock` serves it at /<id>/webhook and `chathooks replay` passes against that', async () => {
    const mock = await spawnUntil(
      [cliPath, 'mock', '--port', '0', '--secret', SECRET],
      /mock: listening on (http:\/\/\S+)/,
      { cwd: dir, timeoutMs: 60_000 },
    );
    try {
      const line = new RegExp(`mock: ${SIXTH} +(http://\\S+/${SIXTH}/webhook)`).exec(mock.output());
      expect(line, mock.output()).not.toBeNull();
      for (const id of bundledIds) expect(mock.output()).toMatch(new RegExp(`mock: ${id} +http://`));
      const r = await runCli(['replay', `spec/${SIXTH}.yaml`, '--target', line![1]!, '--secret', SECRET], {
        cwd: dir,
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
    } finally {
      await mock.stop();
    }
  }, 90_000);
});

describe('the committed platform list', () => {
  test('mocks/platforms.js and .d.ts list exactly the bundled specs (`write-platforms.mjs --check` passes)', async () => {
    const check = await runNode(['mocks/write-platforms.mjs', '--check']);
    expect(check.code, check.stdout).toBe(0);
    const { platformIds } = await import('../mocks/platforms.js');
    expect([...platformIds]).toEqual(bundledIds);
  });

  test('--check names a stale file and exits 1; a run rewrites it', async () => {
    const project = await mkdtemp(join(tmpdir(), 'chathooks-platforms-stale-'));
    try {
      await mkdir(join(project, 'mocks'));
      await cp(join(root, 'mocks/write-platforms.mjs'), join(project, 'mocks/write-platforms.mjs'));
      await cp(join(root, 'generated/gaife'), join(project, 'generated/gaife'), { recursive: true });
      // A directory that is not a bundled spec's output (no banner naming spec/): not a platform.
      await mkdir(join(project, 'generated/notes'));
      await writeFile(join(project, 'generated/notes/index.js'), 'export {};\n');
      const stale = await runNode(['mocks/write-platforms.mjs', '--check'], { cwd: project });
      expect(stale.code).toBe(1);
      expect(stale.stdout).toContain('platforms: stale mocks/platforms.js, mocks/platforms.d.ts');
      expect(await readdir(join(project, 'mocks'))).toEqual(['write-platforms.mjs']);
      expect((await runNode(['mocks/write-platforms.mjs'], { cwd: project })).code).toBe(0);
      expect(await readFile(join(project, 'mocks/platforms.d.ts'), 'utf8')).toContain(
        "export type PlatformId =\n  | 'gaife';\n",
      );
      expect((await runNode(['mocks/write-platforms.mjs', '--check'], { cwd: project })).code).toBe(0);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  test('no generated/ yet, a missing --root, a directory name no spec could have: one line each, nothing written', async () => {
    const project = await mkdtemp(join(tmpdir(), 'chathooks-platforms-bad-'));
    try {
      await mkdir(join(project, 'mocks'));
      await cp(join(root, 'mocks/write-platforms.mjs'), join(project, 'mocks/write-platforms.mjs'));
      const none = await runNode(['mocks/write-platforms.mjs'], { cwd: project });
      expect(none).toMatchObject({ code: 1, stdout: '' });
      expect(none.stderr).toBe(
        `platforms: cannot list ${join(project, 'generated')} (ENOENT); run \`chathooks generate\` first.\n`,
      );
      const bare = await runNode(['mocks/write-platforms.mjs', '--root'], { cwd: project });
      expect(bare.code).toBe(2);
      expect(bare.stderr).toMatch(/^platforms: --root needs a directory .*\n$/);
      // A hand-made directory with the banner but a name that could break the quoting is not a platform.
      await mkdir(join(project, "generated/it's"), { recursive: true });
      await writeFile(
        join(project, "generated/it's/index.js"),
        "// generated from spec/it's.yaml by chathooks; do not edit\n",
      );
      expect((await runNode(['mocks/write-platforms.mjs'], { cwd: project })).code).toBe(0);
      expect(await readFile(join(project, 'mocks/platforms.js'), 'utf8')).toContain('Object.freeze([\n]);');
      expect(await readFile(join(project, 'mocks/platforms.d.ts'), 'utf8')).toContain(
        'export type PlatformId =\n  never;',
      );
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
