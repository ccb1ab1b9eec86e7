/**
 * A lean runtime (issue 13, item 8): installing chathooks to run a receiver, a sender, the mock server, MSW
 * handlers or the contract runners downloads none of the tooling (spec parser, codegen, TypeScript, Ajv, yaml,
 * Prism). Without the network: package.json declares the tooling as optional peers only, and the built entries
 * run — imported, and used — in a child process where every tooling import fails as for a missing package
 * (test/helpers/no-tooling.mjs); the tooling commands there stop with the one-line install hint.
 * `npm run bench -- install` does the same from the packed tarball in a fresh project, with sizes and timings.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { PRISM_INSTALL, TOOLING_INSTALL, TOOLING_PACKAGES } from '../src/tooling.js';
import { root, spawnUntil } from './helpers/cli.js';
import { bundledIds } from './helpers/generated.js';

const run = promisify(execFile);
const NO_TOOLING = join(root, 'test/helpers/no-tooling.mjs');

/** What a runtime install may pull in besides chathooks itself: nothing. */
const ALLOWED_RUNTIME_DEPENDENCIES: string[] = [];

interface Pkg {
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  exports: Record<string, unknown>;
}
const pkg = async (): Promise<Pkg> => JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Pkg;

/** Run `node --import no-tooling.mjs --input-type=module -e <code>` from the repository root. */
async function withoutTooling(code: string): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', NO_TOOLING, '--input-type=module', '-e', code],
      { cwd: root, timeout: 60_000 },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('item 8: the runtime install carries no tooling', () => {
  test('package.json: runtime dependencies are exactly the allowed list; every tooling package is an optional peer and a devDependency', async () => {
    const p = await pkg();
    expect(Object.keys(p.dependencies ?? {})).toEqual(ALLOWED_RUNTIME_DEPENDENCIES);
    for (const name of TOOLING_PACKAGES) {
      expect(p.peerDependencies[name], name).toBeDefined();
      expect(p.peerDependenciesMeta[name]?.optional, name).toBe(true);
      expect(p.devDependencies[name], name).toBeDefined();
    }
    // Every optional peer is either tooling or what the user's own tests bring (msw, vitest).
    expect(Object.keys(p.peerDependencies).sort()).toEqual([...TOOLING_PACKAGES, 'msw', 'vitest'].sort());
    // The documented install commands name every tooling package, with a major each peer range accepts.
    for (const name of TOOLING_PACKAGES) {
      const major = /^\^?(\d+)/.exec(p.peerDependencies[name]!)?.[1];
      expect(`${TOOLING_INSTALL} ${PRISM_INSTALL}`, name).toContain(` ${name}@${major}`);
    }
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(TOOLING_INSTALL.replace('npm i -D ', 'npm i -D chathooks '));
    expect(readme).toContain(PRISM_INSTALL);
  });

  test('every runtime entry imports, and its runtime works, with every tooling package absent', async () => {
    const { stdout, stderr, code } = await withoutTooling(`
      const entries = ['./dist/index.js', './dist/receiver/index.js', './dist/delivery/index.js', './dist/mock/index.js',
        './dist/msw/index.js', './dist/signing/index.js', './dist/testing/index.js', './dist/vitest/index.js', './mocks/msw.js'];
      for (const e of entries) await import(e);
      const { createReceiver, deliver, runConsumerContract } = await import('./dist/index.js');
      const { startMockServer } = await import('./dist/mock/index.js');
      const protocol = await import('./generated/protocol/index.js');
      const payload = protocol.examples['message.created'][0].payload;
      // A receiver, delivered to in process; the contract runner against it; the mock server over HTTP.
      const receiver = createReceiver(protocol, { secret: 's', on: { 'message.created': () => undefined } });
      const fetch = Object.assign((url, init) => receiver.fetch(new Request(url, init)), { inProcess: true });
      const t = await deliver(protocol, { url: 'http://in.process/webhook', event: 'message.created', payload, secret: 's', fetch });
      const report = await runConsumerContract({ contract: protocol, target: receiver, secret: 's', events: ['message.created'] });
      const mock = await startMockServer([protocol], { port: 0, secret: 'm' });
      const sent = await deliver(protocol, { url: mock.urls.protocol, event: 'message.created', payload, secret: 'm' });
      await mock.close();
      console.log(JSON.stringify({ delivered: t.outcome, failed: report.failed, passed: report.passed > 0, mock: sent.attempts[0].status }));
    `);
    expect(stderr).not.toContain('no-tooling: blocked');
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as unknown;
    expect(result).toEqual({ delivered: 'delivered', failed: 0, passed: true, mock: 200 });
  });

  test('`chathooks mock` serves every bundled spec from generated/ with every tooling package absent', async () => {
    const mock = await spawnUntil(
      ['--import', NO_TOOLING, 'dist/cli/index.js', 'mock', '--port', '0'],
      /mock: listening on (http:\/\/\S+)/,
    );
    try {
      for (const id of bundledIds) expect(mock.output()).toMatch(new RegExp(`mock: ${id} +http://`));
    } finally {
      await mock.stop();
    }
    expect(mock.output()).not.toContain('no-tooling');
  });

  test("in a user's project (no spec/ there) a bundled platform's id names its spec, served from generated/ without the tooling", async () => {
    const project = await mkdtemp(join(tmpdir(), 'chathooks-user-project-'));
    try {
      for (const args of [
        [
          'send',
          'sendbird',
          'group_channel:message_send',
          '--to',
          'http://127.0.0.1:9/hook',
          '--secret',
          's',
          '--dry-run',
        ],
        ['send', 'line', 'follow', '--to', 'http://127.0.0.1:9/hook', '--secret', 's', '--dry-run'],
        [
          'send',
          join(root, 'spec/tencent-chat.yaml'),
          'State.StateChange',
          '--to',
          'http://127.0.0.1:9/im',
          '--dry-run',
        ],
      ]) {
        const out = await run(process.execPath, ['--import', NO_TOOLING, join(root, 'dist/cli/index.js'), ...args], {
          cwd: project,
          timeout: 60_000,
        });
        expect(out.stderr).not.toContain('no-tooling');
        expect(out.stdout).toMatch(/^POST http:\/\/127\.0\.0\.1:9\//m);
      }
      // A name that is neither a file nor a bundled platform: a usage error listing them, with a did-you-mean.
      const missing = await run(
        process.execPath,
        [join(root, 'dist/cli/index.js'), 'send', 'sendbrid', 'x', '--to', 'http://127.0.0.1:9/'],
        { cwd: project, timeout: 60_000 },
      ).catch((e: { stderr: string; code: number }) => e);
      expect(missing).toMatchObject({ code: 2 });
      expect(missing.stderr).toMatch(
        /"sendbrid" is neither a spec file here nor a bundled platform; .* one of: gaife, line, protocol, sendbird, tencent-chat\. Did you mean "sendbird"\?/,
      );
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  test('tooling without its packages: one line naming the install command, never a stack (CLI and library)', async () => {
    // (docs and mock serve current specs from generated/ without the tooling: see the mock test above.)
    for (const command of ['generate', 'lint']) {
      const out = await run(
        process.execPath,
        ['--import', NO_TOOLING, 'dist/cli/index.js', command, 'spec/protocol.yaml'],
        { cwd: root },
      ).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(out.code, command).toBe(1);
      const lines = out.stderr.split('\n').filter((l) => l && !l.startsWith('no-tooling:'));
      expect(lines, command).toEqual([
        `chathooks ${command}: loading a spec needs yaml, which is not installed; install chathooks' tooling with: ${TOOLING_INSTALL}`,
      ]);
    }
    const lib = await withoutTooling(`
      const { loadContract, generateContract, MissingPackageError } = await import('./dist/index.js');
      const { startPrism } = await import('./dist/mock/index.js');
      const protocol = await import('./generated/protocol/index.js');
      for (const attempt of [() => loadContract('spec/protocol.yaml'), () => generateContract(protocol.contract), () => startPrism(protocol.contract)]) {
        const e = await attempt().then(() => undefined, (e) => e);
        console.log(JSON.stringify({ missing: e instanceof MissingPackageError, code: e?.code, message: e?.message }));
      }
    `);
    const lines = lib.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { missing: boolean; code: string; message: string });
    expect(lines.map((l) => [l.missing, l.code])).toEqual([
      [true, 'missing-package'],
      [true, 'missing-package'],
      [true, 'missing-package'],
    ]);
    expect(lines[0]!.message).toBe(
      `loading a spec needs yaml, which is not installed; install chathooks' tooling with: ${TOOLING_INSTALL}`,
    );
    expect(lines[1]!.message).toMatch(
      /^(generating types|compiling validators) needs (openapi-typescript|ajv), which is not installed; install chathooks' tooling with: /,
    );
    expect(lines[2]!.message).toBe(
      `startPrism needs @stoplight/prism-cli, which is not installed; install it with: ${PRISM_INSTALL}`,
    );
  });

  test('with the tooling installed (this repository) nothing changes: generate --check passes from the built CLI', async () => {
    const { stdout } = await run(process.execPath, ['dist/cli/index.js', 'generate', '--check', 'spec/protocol.yaml'], {
      cwd: root,
    });
    expect(stdout).toMatch(/generate/);
  });
});
