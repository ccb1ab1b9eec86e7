/**
 * `send` and `replay --from` on a batch contract (LINE-like, test/fixtures/batch.yaml): one example goes out
 * inside the platform's envelope (`events: [example]`), `--set` edits the event, the signature covers the whole
 * envelope; recorded batches replay against a createReceiver app, the empty batch as the endpoint check.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { frameRequest } from '../src/delivery/deliver.js';
import { loadContract } from '../src/model/load.js';
import { toRuntime } from '../src/model/runtime.js';
import { createReceiver } from '../src/receiver/index.js';
import { recordingFromRequest, writeRecording } from '../src/traffic/recording.js';
import { root, runCli } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const SPEC = 'test/fixtures/batch.yaml';
const SECRET = 'channel-secret';
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function rawReceiver(): Promise<{ url: string; seen: { headers: IncomingMessage['headers']; body: Buffer }[] }> {
  const seen: { headers: IncomingMessage['headers']; body: Buffer }[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  cleanups.push(server.close);
  return { url: server.url, seen };
}

describe('batch contracts', () => {
  test('send wraps the example in the envelope, --set edits the event, the signature covers the envelope', async () => {
    const r = await rawReceiver();
    const run = await runCli([
      'send',
      SPEC,
      'message/text',
      '--to',
      r.url,
      '--secret',
      SECRET,
      '--set',
      '/message/text=hi',
    ]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const { headers, body } = r.seen[0]!;
    const envelope = JSON.parse(body.toString());
    expect(envelope.destination).toBe('U0123456789abcdef0123456789abcdef');
    expect(envelope.events).toHaveLength(1);
    expect(envelope.events[0]).toMatchObject({ type: 'message', message: { type: 'text', text: 'hi' } });
    expect(headers['x-line-signature']).toBe(createHmac('sha256', SECRET).update(body).digest('base64'));
  });

  test('recorded batches replay against a createReceiver app; the empty batch is acknowledged as the endpoint check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-send-batch-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const contract = await loadContract(join(root, SPEC));
    const receiver = createReceiver(toRuntime(contract), { secret: SECRET, logger: { warn: () => undefined } });
    const server = await listen((req, res) => void receiver.node(req, res));
    cleanups.push(server.close);
    const sent = await runCli(['send', SPEC, 'follow', '--to', server.url, '--secret', SECRET, '--record', dir]);
    expect(sent.code, sent.stdout + sent.stderr).toBe(0);
    const empty = frameRequest(contract, {
      url: 'http://platform/callback',
      event: 'message',
      items: [],
      secret: SECRET,
    });
    await writeRecording(
      dir,
      recordingFromRequest({
        method: 'POST',
        url: empty.url,
        headers: Object.entries(empty.headers),
        body: empty.body,
        source: 'import',
        spec: contract.id,
      }),
    );
    const run = await runCli(['replay', SPEC, '--from', dir, '--target', server.url]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ok {3}follow \/ recorded /m);
    expect(run.stdout).toMatch(/^ok {3}endpoint check \/ recorded /m);
  });
});
