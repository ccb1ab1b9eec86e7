/** The built CLI, run as a user runs it: output format, exit codes, --json, --help, --check on drift. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sourceHash } from '../src/codegen/banner.js';
import { cliPath, root, runCli, spawnUntil } from './helpers/cli.js';
import { bundledIds } from './helpers/generated.js';

describe('chathooks lint', () => {
  test('a clean spec exits 0 with a one-line summary', async () => {
    const r = await runCli(['lint', 'spec/protocol.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('lint: 1 spec, 1 clean, 0 errors, 0 warnings');
  });

  test('a broken spec prints every problem as file:line:col #pointer message, exits 1, no stack trace', async () => {
    const r = await runCli(['lint', 'test/fixtures/broken/many-problems.yaml']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('lint: 1 spec, 0 clean, 6 errors, 0 warnings');
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^test\/fixtures\/broken\/many-problems\.yaml:\d+:\d+ #\/\S* .+ \[[a-z0-9-]+\]$/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  test('several specs at once: every problem of each', async () => {
    const r = await runCli([
      'lint',
      'test/fixtures/broken/yaml-syntax.yaml',
      'test/fixtures/broken/missing-example.yaml',
      'test/fixtures/minimal.yaml',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('yaml-syntax.yaml:59:5 #');
    expect(r.stdout).toContain('missing-example.yaml:83:5 #/components/messages/afterSend');
    expect(r.stdout).toContain('lint: 3 specs, 1 clean, 2 errors');
  });

  test('--json reports problems for machines', async () => {
    const r = await runCli(['lint', '--json', 'test/fixtures/broken/unknown-extension-value.yaml']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      ok: boolean;
      errors: number;
      specs: { problems: { code: string; line: number }[] }[];
    };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(2);
    expect(report.specs[0]!.problems.map((p) => p.code)).toEqual(['extension-invalid', 'extension-invalid']);
  });

  test('usage errors exit 2 with the usage text; --help exits 0', async () => {
    const bad = await runCli(['lint', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain('Usage: chathooks lint');
    const help = await runCli(['lint', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 no errors');
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('chathooks generate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chathooks-gen-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the committed generated/ is up to date with the bundled specs', async () => {
    const r = await runCli(['generate', '--check']);
    expect(r.stdout).toMatch(/^generate --check: generated is up to date/);
    expect(r.code).toBe(0);
  });

  test('--out writes a directory that --check then accepts; output is deterministic', async () => {
    const out = join(dir, 'out');
    const first = await runCli(['generate', 'test/fixtures/minimal.yaml', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/generate: 1 spec → .*out\/ \(\d+ files, \d+ changed\)/);
    const types = await readFile(join(out, 'minimal/types.ts'), 'utf8');
    expect(types.startsWith('// generated from test/fixtures/minimal.yaml by chathooks; do not edit')).toBe(true);
    // The runtime contract records the hash of the spec text it came from (what `chathooks mock` checks).
    const index = await readFile(join(out, 'minimal/index.js'), 'utf8');
    const spec = await readFile(join(root, 'test/fixtures/minimal.yaml'), 'utf8');
    expect(index.split('\n')[1]).toBe(`// source sha256:${sourceHash(spec)}`);
    expect(sourceHash(spec.replaceAll('\n', '\r\n'))).toBe(sourceHash(spec));
    const again = await runCli(['generate', 'test/fixtures/minimal.yaml', '--out', out]);
    expect(again.stdout).toMatch(/, 0 changed\)/);
    expect((await runCli(['generate', 'test/fixtures/minimal.yaml', '--out', out, '--check'])).code).toBe(0);
  });

  test('--check exits 1 and names the stale, missing and extra files', async () => {
    const out = join(dir, 'drift');
    await cp(join(root, 'test/fixtures/generated'), out, { recursive: true });
    await writeFile(join(out, 'minimal/types.ts'), '// edited by hand\n');
    await rm(join(out, 'minimal/examples.ts'));
    // A file an earlier run wrote (listed in the manifest) is stale; a file of the user's is none of codegen's business.
    await writeFile(join(out, 'minimal/schemas/old-event.json'), '{}\n');
    const manifestPath = join(out, 'minimal/.chathooks-manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: string[] };
    await writeFile(
      manifestPath,
      JSON.stringify({ ...manifest, files: [...manifest.files, 'schemas/old-event.json'] }),
    );
    await writeFile(join(out, 'minimal/notes.md'), 'mine\n');
    const r = await runCli(['generate', 'test/fixtures/minimal.yaml', '--out', out, '--check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('minimal/types.ts (differs from the spec)');
    expect(r.stdout).toContain('minimal/examples.ts (missing)');
    expect(r.stdout).toContain('minimal/schemas/old-event.json (no longer generated)');
    expect(r.stdout).toContain('minimal/.chathooks-manifest.json (differs from the spec)');
    expect(r.stdout).not.toContain('notes.md');
    expect(r.stdout).toContain('4 stale files');
  });

  test('a spec with convention errors is refused and nothing is written', async () => {
    const out = join(dir, 'refused');
    const r = await runCli(['generate', 'test/fixtures/broken/example-violates.yaml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('example-violates.yaml:91:57');
    expect(r.stdout).toContain('nothing written');
    await expect(readFile(join(out, 'minimal/types.ts'), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

describe('chathooks start', () => {
  test('prints a summary per spec and builds the docs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-start-'));
    try {
      const r = await runCli([
        'start',
        'spec/gaife.yaml',
        'spec/protocol.yaml',
        '--out',
        dir,
        '--site',
        join(dir, 'site'),
        '--no-serve',
      ]);
      expect(r.code).toBe(0);
      // index + signatures, delivery and overview per platform + one page per event (1 + 15)
      expect(r.stdout).toMatch(
        new RegExp(
          `^start: 2 specs generated \\(\\d+ files\\), docs in ${join(dir, 'site')}/ \\(${1 + 2 * 3 + 16} pages\\) in \\d+ ms$`,
          'm',
        ),
      );
      expect(await readFile(join(dir, 'site/protocol/events/message.created.html'), 'utf8')).toContain(
        '<h1><code>message.<wbr>created</code></h1>',
      );
      expect(r.stdout).toContain('GAIFE message webhooks (spec/gaife.yaml');
      expect(r.stdout).toContain(
        'delivery   timeout 30 s, 3 retries after 4 s, 8 s, 10 s, on timeout/network/non-2xx, success 2xx, rate limit 10 concurrent, 100/min',
      );
      expect(r.stdout).toContain('signature  hmac-sha256 (hex) in header x-protocol-signature');
      expect(r.stdout).toContain(
        'events     15: 0 before, 15 after, 0 notify; 10 documented, 0 third-party, 5 inferred',
      );
      const none = await runCli([
        'start',
        'spec/gaife.yaml',
        '--out',
        dir,
        '--site',
        join(dir, 'no-site'),
        '--no-docs',
        '--no-serve',
      ]);
      expect(none.code).toBe(0);
      expect(none.stdout).not.toContain('docs in');
      await expect(readFile(join(dir, 'no-site/index.html'))).rejects.toThrow(/ENOENT/);
      await writeFile(join(dir, 'a-file'), 'x');
      const unwritable = await runCli([
        'start',
        'spec/gaife.yaml',
        '--out',
        dir,
        '--site',
        join(dir, 'a-file/site'),
        '--no-serve',
      ]);
      expect(unwritable.code).toBe(2);
      expect(unwritable.stderr).toBe(
        `chathooks start: cannot write the site to ${join(dir, 'a-file/site')}: a path component is a file, not a directory (ENOTDIR); pick another directory with --site.\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('chathooks start (serving)', () => {
  test('then serves every spec with the mock server and the docs from the same port, prints the URLs, and stops on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-start-'));
    const start = await spawnUntil(
      [cliPath, 'start', '--out', dir, '--site', join(dir, 'site'), '--port', '0'],
      /mock: deliveries\s+(http:\/\/\S+)\/__chathooks\/deliveries/,
      { timeoutMs: 40_000 },
    );
    try {
      const ids = (
        (await (await fetch(`${start.match[1]}/__chathooks/health`)).json()) as { contracts: { id: string }[] }
      ).contracts.map((c) => c.id);
      expect(ids).toEqual(bundledIds);
      expect(start.output()).toMatch(/mock: protocol\s+http:\/\/127\.0\.0\.1:\d+\/protocol\/webhook/);
      expect(start.output()).toContain(`docs: ${start.match[1]}/ (${join(dir, 'site')}/index.html)`);
      const docs = await fetch(`${start.match[1]}/`);
      expect(docs.status).toBe(200);
      expect(docs.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await docs.text()).toContain('<h1>Webhook contracts</h1>');
    } finally {
      expect(await start.stop()).toBe(0);
      await rm(dir, { recursive: true, force: true });
    }
    const out = start.output();
    expect(out).toContain('shutting down');
  });

  test('a port in use is a one-line usage error, exit 2, nothing left running', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await runCli(['mock', 'spec/gaife.yaml', '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`port ${port} is in use; pick another with --port`);
    } finally {
      blocker.close();
    }
  });
});

describe('a directory without specs', () => {
  test.each(['lint', 'generate', 'docs', 'mock', 'start'])(
    'chathooks %s with no spec given and no ./spec: exit 2 naming the problem',
    async (command) => {
      const dir = await mkdtemp(join(tmpdir(), 'chathooks-empty-'));
      try {
        const r = await runCli([command], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`chathooks ${command}: No specs given and none found in ./spec.`);
        expect(r.stderr).toContain(`Usage: chathooks ${command}`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('a reader that goes away (`chathooks … | head`)', () => {
  test('the command stops quietly with its exit code, no EPIPE stack', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [cliPath, 'import', 'test/fixtures/import/line-webhook.yml', '--signature', 'line'],
      { cwd: root },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk of the ~85 KB YAML, then close the pipe as `head -c 100` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(0);
  });
});
