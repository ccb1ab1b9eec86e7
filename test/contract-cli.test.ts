/**
 * `chathooks replay` and `chathooks verify-sender`, run as built, against real processes on 127.0.0.1: the
 * README's example receiver, a receiver with a seeded defect, a sender script. JUnit reports are read back
 * with a JUnit parser; bad input ends in one line and exit 2.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseJUnit } from 'junit2json';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, spawnUntil, type Running } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const SECRET = 'example-secret';
let example: Running;
let target: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-replay-'));
  example = await spawnUntil(['test/fixtures/examples/protocol-receiver.mjs'], /listening on (\d+)/, {
    env: { PORT: '0', PROTOCOL_WEBHOOK_SECRET: SECRET },
  });
  target = `http://127.0.0.1:${example.match[1]}/webhook`;
});
afterAll(async () => {
  await example.stop();
  await rm(dir, { recursive: true, force: true });
});

interface JUnitCase {
  name: string;
  classname: string;
  failure?: { message: string; inner?: string }[];
}
interface JUnitSuite {
  name: string;
  tests: number;
  failures: number;
  testcase: JUnitCase[];
}

describe('chathooks replay', () => {
  test("the README's example receiver passes; JUnit and JSON reports agree and parse", async () => {
    const junit = join(dir, 'ok.xml');
    const json = join(dir, 'ok.json');
    const r = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      target,
      '--secret',
      SECRET,
      '--report',
      `junit=${junit}`,
      '--report',
      `json=${json}`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      passed: number;
      failed: number;
      reports: { cases: { name: string; outcome: string }[] }[];
    };
    expect(report.failed).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `replay Protocol webhooks → ${target.replace(/[.:/]/g, '\\$&')}: ${report.passed} passed, 0 failed in \\d+ ms`,
      ),
    );
    // Not a TTY: one plain line per case.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('ok   '))).toHaveLength(report.passed);
    const parsed = (await parseJUnit(await readFile(junit, 'utf8'))) as {
      tests: number;
      failures: number;
      testsuite: JUnitSuite[];
    };
    expect(parsed.tests).toBe(report.passed);
    expect(parsed.failures).toBe(0);
    expect(parsed.testsuite).toHaveLength(1);
    expect(parsed.testsuite[0]!.testcase.map((c) => c.name)).toEqual(report.reports[0]!.cases.map((c) => c.name));
    expect(parsed.testsuite[0]!.testcase[0]!.classname).toBe('chathooks.consumer.protocol.examples');
  });

  test('a receiver that skips signature checks: exit 1, the failures named with their reason, in the JUnit report too', async () => {
    const lax = await listen((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    try {
      const junit = join(dir, 'lax.xml');
      const r = await runCli([
        'replay',
        'spec/protocol.yaml',
        '--target',
        `${lax.url}/webhook`,
        '--secret',
        SECRET,
        '--events',
        'message.*',
        '--report',
        `junit=${junit}`,
      ]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /^FAIL signature: wrong \(\d+ ms\) — answered 200; expected a rejection \(4xx\) — the x-protocol-signature header does not match; the receiver must verify it/m,
      );
      expect(r.stdout).toMatch(/\n\d+ failed:\n(.*\n)*? {2}signature: missing\n {4}answered 200; expected a rejection/);
      const parsed = (await parseJUnit(await readFile(junit, 'utf8'))) as { failures: number; testsuite: JUnitSuite[] };
      const failed = parsed.testsuite[0]!.testcase.filter((c) => c.failure);
      expect(failed.length).toBe(parsed.failures);
      expect(failed.map((c) => c.name)).toEqual(expect.arrayContaining(['signature: missing', 'signature: wrong']));
      const wrong = failed.find((c) => c.name === 'signature: wrong')!;
      expect(wrong.failure![0]!.message).toMatch(/^answered 200; expected a rejection/);
      expect(wrong.failure![0]!.inner).toMatch(
        /request: POST http:\/\/127\.0\.0\.1:\d+\/webhook\n {2}content-type: application\/json/,
      );
      expect(await readFile(junit, 'utf8')).not.toContain(SECRET);
    } finally {
      await lax.close();
    }
  });

  test('the wrong secret: exit 2 with the likely cause; the results are still printed and reported', async () => {
    const json = join(dir, 'wrong-secret.json');
    const r = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      target,
      '--secret',
      'not-it',
      '--events',
      'contact.*',
      '--report',
      `json=${json}`,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'chathooks replay: the receiver refused every signed delivery with 401; is --secret the secret it verifies with?',
    );
    expect(r.stdout).toMatch(/passed, \d+ failed in/);
    expect(JSON.parse(await readFile(json, 'utf8')).failed).toBeGreaterThan(0);
  });

  test('a target that refuses connections: exit 2, one line', async () => {
    const gone = await listen(() => undefined);
    await gone.close();
    const r = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      `${gone.url}/webhook`,
      '--secret',
      SECRET,
      '--events',
      'contact.created',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `chathooks replay: cannot reach ${gone.url}/webhook (ECONNREFUSED); is the receiver running, and is this its webhook URL?`,
    );
  });

  test('an unknown event in --events: exit 2, one line with the closest names, nothing sent', async () => {
    const r = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--target',
      target,
      '--events',
      'Group.CallbackBeforeSendMessage',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'chathooks replay: --events: "Group.CallbackBeforeSendMessage" matches no event of Tencent Cloud Chat webhooks; did you mean "Group.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "Group.CallbackAfterSendMsg"?',
    ]);
    expect(r.stdout).toBe('');
  });

  test('a report path that cannot be written: exit 2, one line naming it, the results printed first', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a directory');
    const r = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      target,
      '--secret',
      SECRET,
      '--events',
      'contact.created',
      '--report',
      `junit=${file}/report.xml`,
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/: \d+ passed, 0 failed in \d+ ms/);
    expect(r.stderr.trim()).toMatch(
      new RegExp(
        `^chathooks replay: cannot write the junit report to ${file.replace(/[.\\/]/g, '\\$&')}/report\\.xml: (ENOTDIR|EEXIST) .*pick another path$`,
      ),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('flags: a missing --target, a bad --expect and a bad --report are usage errors (exit 2)', async () => {
    for (const [args, message] of [
      [['spec/protocol.yaml'], '--target URL is required'],
      [['spec/protocol.yaml', '--target', target, '--expect', 'wrong-signature=deny'], '"deny" is not an expectation'],
      [['spec/protocol.yaml', '--target', target, '--expect', 'nonsense=reject'], 'unknown check "nonsense"'],
      [['spec/protocol.yaml', '--target', target, '--report', 'xml=out.xml'], '--report takes junit=FILE or json=FILE'],
      [['spec/protocol.yaml', '--target', 'ftp://x'], '--target must be an http(s) URL'],
    ] as const) {
      const r = await runCli(['replay', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  test('a spec that fails lint is refused with the lint report', async () => {
    const r = await runCli(['replay', 'test/fixtures/broken/missing-kind.yaml', '--target', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/missing-kind\.yaml:\d+:\d+/);
    expect(r.stderr).toMatch(/has lint errors; fix them/);
  });
});

describe('chathooks verify-sender', () => {
  const sender = ['--', process.execPath, 'test/fixtures/senders/gaife-sender.mjs'];

  test('a sender built on the delivery engine passes capture and every fault phase', async () => {
    const junit = join(dir, 'sender.xml');
    const r = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.01',
      '--tolerance',
      '400',
      '--report',
      `junit=${junit}`,
      ...sender,
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toMatch(/sender │ capture: delivered after 1 attempt\(s\)/);
    expect(r.stderr).toMatch(/sender │ status:500: failed after 4 attempt\(s\)/);
    expect(r.stdout).toMatch(/verify-sender GAIFE message webhooks: 5 passed, 0 failed in \d+ ms/);
    const parsed = (await parseJUnit(await readFile(junit, 'utf8'))) as { testsuite: JUnitSuite[] };
    expect(parsed.testsuite[0]!.testcase.map((c) => c.name)).toEqual([
      'capture / #1 message',
      'status:500 / message',
      'timeout / message',
      'reset / message',
      'flaky:1 / message',
    ]);
  });

  test('a sender that retries without backoff: exit 1 with the timing', async () => {
    const r = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.01',
      '--scenarios',
      'status:500',
      ...sender.slice(0, 1),
      'env',
      'SENDER_DEFECT=no-backoff',
      ...sender.slice(1),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /FAIL status:500 \/ message — send [234] came \d+ ms after the answer to send [123] \(a 500\); expected (4000|8000|10000) ms backoff = (40|80|100) ms at timeScale 0\.01: too soon/,
    );
  });

  test('a command that does not exist, no command, and a bad scenario: exit 2', async () => {
    const missing = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--scenarios',
      'none',
      '--',
      'no-such-sender-binary',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^chathooks verify-sender: cannot run "no-such-sender-binary": not found; check the command after --$/m,
    );
    const none = await runCli(['verify-sender', 'spec/gaife.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Give the sender command after --/);
    const bad = await runCli(['verify-sender', 'spec/gaife.yaml', '--scenarios', 'explode', ...sender]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--scenarios: Unknown scenario "explode"/);
  });
});

describe('progress on a terminal', () => {
  test('one line redrawn in place, failures printed above it, the summary last', async () => {
    const { replayCommand } = await import('../src/cli/replay.js');
    const lines: string[] = [];
    const raw: string[] = [];
    const saved = process.env['CI'];
    delete process.env['CI'];
    try {
      const code = await replayCommand(
        [
          'spec/protocol.yaml',
          '--target',
          target,
          '--secret',
          SECRET,
          '--events',
          'contact.created',
          '--expect',
          'wrong-signature=acknowledge',
        ],
        {
          out: (l) => lines.push(l),
          err: (l) => lines.push(l),
          write: (t) => raw.push(t),
          cwd: process.cwd(),
          isTTY: true,
        },
      );
      expect(code).toBe(1);
    } finally {
      if (saved !== undefined) process.env['CI'] = saved;
    }
    // Progress went to the raw stream as `[n/total] …` redraws, each cleared before the next.
    expect(raw.some((t) => /^\[\s*\d+\/\d+\] /.test(t))).toBe(true);
    expect(raw.filter((t) => t === '\r\x1b[K').length).toBeGreaterThan(1);
    // No per-case `ok` lines on a terminal: only the failure and the summary.
    expect(lines.filter((l) => l.startsWith('ok '))).toEqual([]);
    expect(lines[0]).toMatch(/^FAIL signature: wrong — answered 401; expected an acknowledgement/);
    expect(lines.at(-1)).toMatch(/: \d+ passed, 1 failed in \d+ ms$/);
  });
});
