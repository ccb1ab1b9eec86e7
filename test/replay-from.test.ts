/**
 * `chathooks replay --from`: deliveries recorded with `send --record` (or built as a platform would have sent
 * them) replayed by the built CLI against real receivers on 127.0.0.1 — a createReceiver app under express, and
 * receivers that refuse — as recorded and re-signed; bad recording files named while the rest run; and
 * `describeContract({ recordings })` in a nested vitest run of a user's project in miniature.
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, test } from 'vitest';
import * as tencent from '../generated/tencent-chat/index.js';
import { frameRequest } from '../src/delivery/deliver.js';
import { loadContract } from '../src/model/load.js';
import type { Contract } from '../src/model/model.js';
import { createReceiver } from '../src/receiver/index.js';
import { bodyBytes, recordingFromRequest, writeRecording, type Recording } from '../src/traffic/recording.js';
import { root, runCli } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const TOKEN = 'replay-from-token';
const TENCENT_OK = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chathooks-replay-from-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A Tencent createReceiver app mounted at /im under express, with the token. */
async function expressReceiver(): Promise<string> {
  const receiver = createReceiver(tencent, { secret: TOKEN, logger: { warn: () => undefined } });
  const app = express();
  app.post('/im', (req, res) => void receiver.node(req, res));
  const server = await listen(app);
  cleanups.push(server.close);
  return `${server.url}/im`;
}

interface Seen {
  url: URL;
  headers: IncomingMessage['headers'];
  rawHeaders: string[];
  body: Buffer;
}

/** A receiver that keeps what it gets and answers with `answer`. */
async function rawReceiver(answer: (s: Seen, res: ServerResponse) => void): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = {
        url: new URL(req.url!, 'http://x'),
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      };
      seen.push(s);
      answer(s, res);
    });
  });
  cleanups.push(server.close);
  return { url: server.url, seen };
}

/** A recording of a delivery the platform signed `ageMs` ago (framed by the delivery engine, as the platform frames it). */
function recordedAgo(
  contract: Contract,
  event: string,
  payload: unknown,
  options: { secret?: string; ageMs: number; headers?: Record<string, string>; rawBody?: Uint8Array },
): Recording {
  const at = Date.now() - options.ageMs;
  const request = frameRequest(
    contract,
    {
      url: 'http://platform.example/im?SdkAppid=1400000000',
      event,
      ...(options.rawBody ? { rawBody: options.rawBody } : { payload }),
      ...(options.secret ? { secret: options.secret } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    },
    () => at,
  );
  return recordingFromRequest({
    method: request.method,
    url: request.url,
    headers: Object.entries(request.headers),
    body: request.bytes ?? request.body,
    receivedAt: at,
    source: 'import',
    spec: contract.id,
    event,
  });
}

const example = (event: string) =>
  tencent.examples[event as keyof typeof tencent.examples][0]!.payload as Record<string, unknown>;

describe('record with send --record, replay against a createReceiver app (express)', () => {
  test('as recorded and re-signed: fresh recordings pass both ways; a stale one fails as recorded and passes re-signed', async () => {
    const dir = await tempDir();
    const target = await expressReceiver();
    for (const event of ['Group.CallbackBeforeSendMsg', 'Group.CallbackAfterSendMsg']) {
      const sent = await runCli([
        'send',
        'spec/tencent-chat.yaml',
        event,
        '--to',
        target,
        '--secret',
        TOKEN,
        '--record',
        dir,
      ]);
      expect(sent.code, sent.stdout + sent.stderr).toBe(0);
      expect(sent.stdout).toMatch(/^recorded: .*\.json$/m);
    }
    const asRecorded = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', target]);
    expect(asRecorded.code, asRecorded.stdout + asRecorded.stderr).toBe(0);
    expect(asRecorded.stdout).toMatch(
      /^ok {3}Group\.CallbackBeforeSendMsg \/ recorded \d{4}-\d\d-\d\dT[\d:.]+Z \([0-9a-f]{16}\)/m,
    );
    expect(asRecorded.stdout).toMatch(/: 2 passed, 0 failed/);

    // Signed ten minutes ago: outside Tencent's ±60 s window.
    const stale = recordedAgo(
      tencent.contract,
      'Group.CallbackAfterNewMemberJoin',
      example('Group.CallbackAfterNewMemberJoin'),
      {
        secret: TOKEN,
        ageMs: 600_000,
      },
    );
    await writeRecording(dir, stale);
    const staleAsRecorded = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', target]);
    expect(staleAsRecorded.code).toBe(1);
    expect(staleAsRecorded.stdout).toContain(
      `FAIL Group.CallbackAfterNewMemberJoin / recorded ${stale.receivedAt} (${stale.id})`,
    );
    expect(staleAsRecorded.stdout).toMatch(/answered 401/);
    expect(staleAsRecorded.stdout).toMatch(/: 2 passed, 1 failed/);

    const resigned = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--from',
      dir,
      '--target',
      target,
      '--secret',
      TOKEN,
    ]);
    expect(resigned.code, resigned.stdout).toBe(0);
    expect(resigned.stdout).toMatch(/: 3 passed, 0 failed/);
  });

  test('a receiver that refuses: each recording fails with what the platform accepts', async () => {
    const dir = await tempDir();
    await writeRecording(
      dir,
      recordedAgo(tencent.contract, 'Group.CallbackBeforeSendMsg', example('Group.CallbackBeforeSendMsg'), {
        ageMs: 0,
      }),
    );
    const refusing = await rawReceiver((_s, res) => void res.writeHead(500).end('down'));
    const run = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', refusing.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/answered 500; the platform accepts only 200: down/);
    const wrongReply = await rawReceiver(
      (_s, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ActionStatus":"OK"}'),
    );
    const schema = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', wrongReply.url]);
    expect(schema.code).toBe(1);
    expect(schema.stdout).toMatch(/reply does not satisfy Group\.CallbackBeforeSendMsg reply schema/);
  });
});

describe('what is sent again', () => {
  test('as recorded: the exact bytes and headers, the recorded query on the target; hop-by-hop headers, Host and Content-Length dropped', async () => {
    const dir = await tempDir();
    const recording = recordingFromRequest({
      method: 'POST',
      url: '/platform/path?SdkAppid=1400000000&CallbackCommand=Group.CallbackAfterSendMsg&contenttype=json&ClientIP=10.0.0.1',
      headers: [
        ['host', 'platform-facing.example'],
        ['content-type', 'application/json'],
        ['content-length', '999'],
        ['connection', 'keep-alive, x-per-hop'],
        ['keep-alive', 'timeout=5'],
        ['x-per-hop', 'gone'],
        ['transfer-encoding', 'chunked'],
        ['x-trace', 'a'],
        ['x-trace', 'b'],
        ['user-agent', 'Tencent-IM'],
      ],
      // The platform's own serialisation: escaped slashes, non-ASCII as is.
      body: Buffer.from(
        JSON.stringify(example('Group.CallbackAfterSendMsg')).replace('}', ',"Url":"https:\\/\\/x.example\\/é"}'),
        'utf8',
      ),
      source: 'import',
      spec: 'tencent-chat',
      event: 'Group.CallbackAfterSendMsg',
    });
    await writeRecording(dir, recording);
    const r = await rawReceiver(
      (_s, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(TENCENT_OK),
    );
    const run = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', `${r.url}/im?mine=1`]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const s = r.seen[0]!;
    expect(s.body.equals(bodyBytes(recording.request.body))).toBe(true);
    expect(s.url.pathname).toBe('/im');
    expect([...s.url.searchParams]).toEqual([
      ['mine', '1'],
      ['SdkAppid', '1400000000'],
      ['CallbackCommand', 'Group.CallbackAfterSendMsg'],
      ['contenttype', 'json'],
      ['ClientIP', '10.0.0.1'],
    ]);
    expect(s.headers['x-trace']).toBe('a, b');
    expect(s.headers['user-agent']).toBe('Tencent-IM');
    expect(s.headers['x-per-hop']).toBeUndefined();
    expect(s.headers['transfer-encoding']).toBeUndefined();
    expect(s.headers.host).not.toBe('platform-facing.example');
    expect(s.headers['content-length']).toBe(String(s.body.length));
  });

  test('bytes that are not UTF-8 arrive exactly and are held to malformed-json', async () => {
    const dir = await tempDir();
    const gaife = await loadContract('spec/gaife.yaml');
    const bytes = Buffer.from([0x7b, 0xff, 0x00, 0xfe, 0x7d]);
    await writeRecording(dir, recordedAgo(gaife, 'message', undefined, { ageMs: 0, rawBody: bytes }));
    const r = await rawReceiver((_s, res) => void res.writeHead(400).end());
    const run = await runCli(['replay', 'spec/gaife.yaml', '--from', dir, '--target', r.url]);
    expect(run.code, run.stdout).toBe(0);
    expect(r.seen[0]!.body.equals(bytes)).toBe(true);
    const accepting = await rawReceiver((_s, res) => void res.writeHead(200).end());
    const lax = await runCli(['replay', 'spec/gaife.yaml', '--from', dir, '--target', accepting.url]);
    expect(lax.code).toBe(1);
    expect(lax.stdout).toMatch(/answered 200; expected a rejection \(4xx\) — the recorded body is not JSON/);
  });

  test('re-signed Standard Webhooks: the recorded webhook-id kept, a fresh timestamp, verified by the official package', async () => {
    const dir = await tempDir();
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const stamped = await loadContract(join(root, 'test/fixtures/stamped.yaml'));
    const payload = stamped.events.find((e) => e.name === 'message.after_send')!.examples[0]!.payload;
    const old = recordedAgo(stamped, 'message.after_send', payload, { secret, ageMs: 3_600_000 });
    await writeRecording(dir, old);
    const recordedId = old.request.headers.find(([k]) => k === 'webhook-id')![1];
    const verdicts: string[] = [];
    const r = await rawReceiver((s, res) => {
      try {
        new Webhook(secret).verify(s.body.toString(), s.headers as Record<string, string>);
        verdicts.push('valid');
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch (error) {
        verdicts.push((error as Error).message);
        res.writeHead(401).end();
      }
    });
    const asRecorded = await runCli(['replay', 'test/fixtures/stamped.yaml', '--from', dir, '--target', r.url]);
    expect(asRecorded.code).toBe(1);
    expect(verdicts[0]).toMatch(/too old/i);
    const resigned = await runCli([
      'replay',
      'test/fixtures/stamped.yaml',
      '--from',
      dir,
      '--target',
      r.url,
      '--secret',
      secret,
    ]);
    expect(resigned.code, resigned.stdout + resigned.stderr).toBe(0);
    expect(verdicts[1]).toBe('valid');
    expect(r.seen[1]!.headers['webhook-id']).toBe(recordedId);
    expect(Math.abs(Number(r.seen[1]!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
    expect(r.seen[1]!.body.equals(r.seen[0]!.body)).toBe(true);
  });

  test('a recording whose signature did not verify is held to wrong-signature as recorded, and passes re-signed', async () => {
    const dir = await tempDir();
    const forged = recordedAgo(tencent.contract, 'Group.CallbackAfterSendMsg', example('Group.CallbackAfterSendMsg'), {
      secret: 'guessed-token',
      ageMs: 0,
    });
    await writeRecording(dir, { ...forged, signature: { valid: false, problem: 'mismatch' } });
    const target = await expressReceiver();
    const asRecorded = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', target]);
    expect(asRecorded.code, asRecorded.stdout).toBe(0);
    const lax = await rawReceiver(
      (_s, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(TENCENT_OK),
    );
    const accepted = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', lax.url]);
    expect(accepted.code).toBe(1);
    expect(accepted.stdout).toMatch(
      /answered 200; expected a rejection \(4xx\) — its recorded signature did not verify \(mismatch\); pass --secret to re-sign it/,
    );
    const resigned = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--from',
      dir,
      '--target',
      target,
      '--secret',
      TOKEN,
    ]);
    expect(resigned.code, resigned.stdout).toBe(0);
  });

  test('an event the spec does not know is held to unknown-event: tolerated by default, a 4xx with --strict', async () => {
    const dir = await tempDir();
    const unknown = recordedAgo(
      tencent.contract,
      'Group.CallbackAfterSomethingNew',
      { CallbackCommand: 'Group.CallbackAfterSomethingNew' },
      { ageMs: 0 },
    );
    await writeRecording(dir, unknown);
    const r = await rawReceiver(
      (_s, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(TENCENT_OK),
    );
    const tolerant = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', r.url]);
    expect(tolerant.code, tolerant.stdout).toBe(0);
    expect(tolerant.stdout).toMatch(/^ok {3}Group\.CallbackAfterSomethingNew \(not in the spec\) \/ recorded/m);
    const strict = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', r.url, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(
      /answered 200; expected a rejection \(4xx\) — "Group\.CallbackAfterSomethingNew" is not an event of Tencent Cloud Chat webhooks/,
    );
  });
});

describe('recording files with problems', () => {
  test('each bad file is named with what is wrong; the readable ones are replayed; exit 1', async () => {
    const dir = await tempDir();
    const good = recordedAgo(tencent.contract, 'Group.CallbackBeforeSendMsg', example('Group.CallbackBeforeSendMsg'), {
      secret: TOKEN,
      ageMs: 0,
    });
    const file = await writeRecording(dir, good);
    const text = await readFile(file, 'utf8');
    await writeFile(join(dir, 'truncated.json'), text.slice(0, Math.floor(text.length / 2)));
    await writeFile(join(dir, 'notes.json'), '{"hello":"world"}');
    await writeFile(join(dir, 'other-spec.json'), text.replace('"spec": "tencent-chat"', '"spec": "sendbird"'));
    const target = await expressReceiver();
    const run = await runCli(['replay', 'spec/tencent-chat.yaml', '--from', dir, '--target', target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/truncated\.json: truncated: the JSON ends early/);
    expect(run.stderr).toMatch(/notes\.json: neither a chathooks recording/);
    expect(run.stderr).toMatch(/other-spec\.json: recorded against spec "sendbird", not "tencent-chat"/);
    expect(run.stderr).toMatch(/3 recording file\(s\) could not be read/);
    expect(run.stdout).toMatch(/: 1 passed, 0 failed/);
  });

  test('nothing readable at all: exit 2, nothing sent', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.json'), 'not json');
    const r = await rawReceiver((_s, res) => void res.end());
    const run = await runCli([
      'replay',
      'spec/tencent-chat.yaml',
      '--from',
      join(dir, 'a.json'),
      join(dir, 'missing.json'),
      '--target',
      r.url,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a\.json: not JSON/);
    expect(run.stderr).toMatch(/missing\.json: no such file or directory/);
    expect(r.seen).toHaveLength(0);
  });
});

test('describeContract({ recordings }) in a vitest run: one test per recording, a stale one failing by name as recorded and passing re-signed', async () => {
  const dir = await tempDir();
  const recordings = join(dir, 'recordings');
  await mkdir(recordings);
  const fresh = recordedAgo(tencent.contract, 'Group.CallbackBeforeSendMsg', example('Group.CallbackBeforeSendMsg'), {
    secret: 'recorded-token',
    ageMs: 0,
  });
  const stale = recordedAgo(tencent.contract, 'Group.CallbackAfterSendMsg', example('Group.CallbackAfterSendMsg'), {
    secret: 'recorded-token',
    ageMs: 600_000,
  });
  await writeRecording(recordings, fresh);
  await writeRecording(recordings, stale);
  const out = join(dir, 'report.json');
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/fixtures/vitest-recordings/vitest.config.ts',
        '--reporter=json',
        `--outputFile=${out}`,
      ],
      { cwd: root, stdio: 'ignore', env: { ...process.env, CI: '1', CHATHOOKS_RECORDINGS: recordings } },
    );
    child.on('close', resolve);
  });
  expect(code).toBe(1);
  const report = JSON.parse(await readFile(out, 'utf8')) as {
    testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
  };
  const results = new Map(report.testResults.flatMap((f) => f.assertionResults).map((a) => [a.fullName, a]));
  const name = (r: Recording) => `${r.event} / recorded ${r.receivedAt} (${r.id})`;
  expect(results.get(`as recorded ${name(fresh)}`)?.status).toBe('passed');
  const failed = results.get(`as recorded ${name(stale)}`)!;
  expect(failed.status).toBe('failed');
  expect(failed.failureMessages[0]).toMatch(/answered 401/);
  expect(results.get(`re-signed ${name(fresh)}`)?.status).toBe('passed');
  expect(results.get(`re-signed ${name(stale)}`)?.status).toBe('passed');
  expect(results.size).toBe(4);
});
