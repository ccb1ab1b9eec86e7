/**
 * Issue 14's loop, end to end with real parts: a platform process (test/fixtures/platform/sendbird-platform.mjs:
 * the delivery engine with Sendbird's policy, real signing, retries) sends to `chathooks listen` (the built CLI),
 * which forwards to a createReceiver app on express and records every delivery. Then `chathooks drift` reports the
 * seeded drift by pointer, `--patch` writes a spec that lints clean and after which drift is clean, and
 * `chathooks replay --from` replays the recordings against the app, which passes.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sendbird from '../generated/sendbird/index.js';
import { createReceiver } from '../src/index.js';
import type { DriftFinding, DriftReport } from '../src/traffic/index.js';
import { readRecordings } from '../src/traffic/index.js';
import { root, runCli, runNode, spawnUntil, type Running } from './helpers/cli.js';

const SECRET = 'sendbird-master-api-token-for-the-test';

interface Sent {
  name: string;
  event: string;
  outcome: string;
  statuses: (number | string)[];
  body: string;
}

let dir: string;
let app: { url: string; close: () => Promise<void> };
let listener: Running;
let sent: Sent[];
/** sha256 of every body the app received, in order. */
const seenByApp: string[] = [];
/** Sends per message id that the app fails on purpose (its "bug"): 9002 once, 9007 three times. */
const failFirst = new Map([
  [9002, 1],
  [9007, 3],
]);
const tries = new Map<number, number>();

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-real-traffic-'));
  const receiver = createReceiver(sendbird, {
    secret: SECRET,
    on: {
      'group_channel:message_send': (event) => {
        const id = event.payload.message_id;
        const n = (tries.get(id) ?? 0) + 1;
        tries.set(id, n);
        if (n <= (failFirst.get(id) ?? 0)) throw new Error(`the app fails send ${n} of message ${id} on purpose`);
      },
    },
    onError: () => undefined,
  });
  const server = express();
  server.use((req, _res, next) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => seenByApp.push(sha(Buffer.concat(chunks))));
    next();
  });
  server.post('/sendbird/webhook', receiver.node);
  app = await new Promise((resolve) => {
    const s = server.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => s.close(() => done())),
      });
    });
  });
  listener = await spawnUntil(
    [
      join(root, 'dist/cli/index.js'),
      'listen',
      'spec/sendbird.yaml',
      '--forward-to',
      `${app.url}/sendbird/webhook`,
      '--port',
      '0',
      '--secret',
      SECRET,
      '--record',
      join(dir, 'recordings'),
      '--json',
    ],
    /"type":"listening","url":"([^"]+)"/,
  );
  const platform = await runNode([
    join(root, 'test/fixtures/platform/sendbird-platform.mjs'),
    listener.match[1]!,
    SECRET,
  ]);
  expect(platform.stderr).toBe('');
  expect(platform.code).toBe(0);
  sent = platform.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Sent);
  expect(await listener.stop('SIGTERM')).toBe(0);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('listen between the platform and the app', () => {
  it('forwards every delivery byte-exact and answers the platform with what the app answered', async () => {
    expect(sent.map((s) => [s.name, s.outcome, s.statuses])).toEqual([
      ['plain', 'delivered', [200]],
      ['retried', 'delivered', [500, 200]],
      ['new-field', 'delivered', [200]],
      ['new-enum-value', 'delivered', [200]],
      // The tolerant reading still refuses a string where every version sends an integer: the app answers 400 and
      // Sendbird sends it three times, as its policy says (real drift breaks receivers; drift below names it).
      ['type-change', 'failed', [400, 400, 400]],
      ['new-event', 'delivered', [200]], // an open event set: the receiver acknowledges categories it does not know
      ['too-many', 'delivered', [500, 500, 500, 200]],
    ]);
    const attempts = sent.flatMap((s) => s.statuses.map(() => sha(s.body)));
    expect(seenByApp).toEqual(attempts);
  });

  it('records every attempt with its reply, and no secret', async () => {
    const files = await readdir(join(dir, 'recordings'));
    expect(files).toHaveLength(13);
    const { recordings, problems } = await readRecordings([join(dir, 'recordings')], { spec: 'sendbird' });
    expect(problems).toEqual([]);
    const byTime = recordings.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    expect(byTime.map((r) => r.reply?.status)).toEqual(sent.flatMap((s) => s.statuses));
    expect(byTime.every((r) => r.signature?.valid === true)).toBe(true);
    expect(byTime.map((r) => r.event)).toContain('group_channel:pin_message');
    for (const file of files)
      expect(
        await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'recordings', file), 'utf8')),
      ).not.toContain(SECRET);
  });
});

describe('drift, the patch, and replay', () => {
  let report: DriftReport;
  beforeAll(async () => {
    const result = await runCli(['drift', 'spec/sendbird.yaml', join(dir, 'recordings'), '--json']);
    expect(result.code, result.stderr).toBe(1);
    report = JSON.parse(result.stdout) as DriftReport;
  });
  const find = <K extends DriftFinding['kind']>(kind: K) =>
    report.findings.filter((f): f is Extract<DriftFinding, { kind: K }> => f.kind === kind);

  it('reports each seeded drift with its pointer, and nothing else', () => {
    expect(find('undocumented-property').map((f) => [f.event, f.pointer, f.count])).toEqual([
      ['group_channel:message_send', '/thread_info', 1],
    ]);
    expect(find('undocumented-enum-value').map((f) => [f.pointer, f.values])).toEqual([
      ['/sdk', [{ value: 'Flutter', count: 1 }]],
    ]);
    expect(find('type-difference').map((f) => [f.pointer, f.expected, f.seen])).toEqual([
      ['/payload/created_at', ['integer'], [{ value: 'string', count: 3 }]],
    ]);
    expect(find('unknown-event').map((f) => [f.event, f.count])).toEqual([['group_channel:pin_message', 1]]);
    const retries = find('retry').filter((f) => f.tooMany);
    expect(retries.map((f) => [f.attempts, f.allowed, f.answers])).toEqual([[4, 3, ['500', '500', '500', '200']]]);
    const kinds = new Set(report.findings.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(
      ['retry', 'type-difference', 'undocumented-enum-value', 'undocumented-property', 'unknown-event'].sort(),
    );
  });

  it('--patch writes a spec that lints clean and after which drift finds nothing', async () => {
    const patched = join(dir, 'sendbird.patched.yaml');
    const patch = await runCli(['drift', 'spec/sendbird.yaml', join(dir, 'recordings'), '--patch', patched]);
    expect(patch.code, patch.stderr).toBe(1);
    const changes = patch.stdout
      .slice(patch.stdout.indexOf('drift --patch'))
      .split('\n')
      .filter((l) => l.startsWith('  + '));
    expect(changes).toEqual([
      expect.stringMatching(
        /^ {2}\+ event group_channel:pin_message: new after message .* \(confidence observed, 1 example\)$/,
      ),
      expect.stringMatching(/\/thread_info: new optional property \(object\)/),
      expect.stringMatching(/\/sdk: x-chathooks-open-enum gains "Flutter"/),
      // Widened where the message's payload refers to the shared timestamp: other events keep integers.
      expect.stringMatching(
        /\/payload\/created_at: type widened with string at .*\(the shared #\/components\/schemas\/TimestampMs unchanged\)$/,
      ),
      expect.stringMatching(/^ {2}\+ delivery policy: retries \[0, 0\] → \[0, 0, \d+\]/),
      // Its own invalid example said the platform never sends a string there; it was seen doing so.
      expect.stringMatching(
        /groupChannelMessageSend\/x-chathooks-invalid-examples\/2: invalid example "created-at-iso" removed/,
      ),
    ]);
    const lint = await runCli(['lint', patched]);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    const again = await runCli(['drift', patched, join(dir, 'recordings')]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });

  it('the recordings replay against the app and pass', async () => {
    const replay = await runCli([
      'replay',
      'spec/sendbird.yaml',
      '--from',
      join(dir, 'recordings'),
      '--target',
      `${app.url}/sendbird/webhook`,
    ]);
    expect(replay.code, replay.stdout + replay.stderr).toBe(0);
    expect(replay.stdout).toMatch(/13 passed, 0 failed/);
  });
});
