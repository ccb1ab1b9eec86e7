/**
 * runConsumerContract against real receivers on 127.0.0.1: a correct one passes every case of every bundled
 * spec; receivers with seeded defects are each caught by the cases that should catch them, with a reason
 * that names the problem.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import * as sendbird from '../generated/sendbird/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import * as protocol from '../generated/protocol/index.js';
import {
  planConsumerContract,
  runConsumerContract,
  type CaseResult,
  type ContractReport,
} from '../src/testing/index.js';
import { createReceiver } from '../src/receiver/index.js';
import { bundledIds, importGenerated } from './helpers/generated.js';
import { listen } from './helpers/server.js';

const SECRET = 'contract-test-secret';
const APP_ID = '1400000000';
const quiet = { warn: () => undefined };
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof listen>[0]): Promise<string> {
  const s = await listen(handler);
  servers.push(s);
  return s.url;
}

const failures = (r: ContractReport): CaseResult[] => r.cases.filter((c) => c.outcome === 'failed');
const readBody = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

describe('a correct receiver passes every case', () => {
  test.each(bundledIds)('%s over loopback HTTP', async (id) => {
    const g = await importGenerated(id);
    const receiver = createReceiver(g as never, {
      secret: SECRET,
      ...(id === 'tencent-chat' ? { appId: APP_ID } : {}),
      logger: quiet,
    });
    const url = await serve((req, res) => void receiver.node(req, res));
    const report = await runConsumerContract({
      contract: g as never,
      target: `${url}/webhook`,
      secret: SECRET,
      ...(id === 'tencent-chat' ? { appId: APP_ID } : {}),
    });
    expect(failures(report)).toEqual([]);
    // Every example, a repeat per event and the negative checks were sent.
    const examples = g.contract.events.reduce((n, e) => n + e.examples.length, 0);
    expect(report.cases.filter((c) => c.group === 'examples')).toHaveLength(examples);
    expect(report.cases.filter((c) => c.group === 'retries')).toHaveLength(
      g.contract.events.filter((e) => e.examples.length).length,
    );
    if (g.contract.signature.scheme !== 'none')
      expect(report.cases.map((c) => c.name)).toEqual(
        expect.arrayContaining(['signature: missing', 'signature: wrong']),
      );
    expect(report.passed).toBe(report.cases.length);
  });

  test('the case plan is known before anything is sent, and names cases <event> / <example>', () => {
    const cases = planConsumerContract({
      contract: tencent,
      secret: SECRET,
      appId: APP_ID,
      events: ['Group.CallbackBeforeSendMsg'],
    });
    const names = cases.map((c) => c.name);
    expect(names).toContain(
      `Group.CallbackBeforeSendMsg / ${tencent.contract.events.find((e) => e.name === 'Group.CallbackBeforeSendMsg')!.examples[0]!.name}`,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'signature: missing',
        'signature: wrong',
        'signature: stale timestamp',
        'signature: future timestamp',
        'SdkAppid: another app',
        'body: truncated JSON',
        'event: not in the spec',
      ]),
    );
    expect(names.filter((n) => n.includes('/ invalid: '))).toHaveLength(
      tencent.contract.events.find((e) => e.name === 'Group.CallbackBeforeSendMsg')!.invalidExamples.length,
    );
  });

  test('an in-process fetch handler is a target too', async () => {
    const receiver = createReceiver(sendbird, { secret: SECRET, logger: quiet });
    const report = await runConsumerContract({
      contract: sendbird,
      target: receiver,
      secret: SECRET,
      events: ['group_channel:*'],
    });
    expect(report.target).toBe('in-process handler');
    expect(failures(report)).toEqual([]);
    expect(new Set(report.cases.flatMap((c) => (c.event ? [c.event] : [])))).toEqual(
      new Set(sendbird.contract.events.filter((e) => e.name.startsWith('group_channel:')).map((e) => e.name)),
    );
  });
});

describe('seeded defects are caught', () => {
  test('a receiver that ignores signatures', async () => {
    const url = await serve(async (req, res) => {
      await readBody(req);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const report = await runConsumerContract({
      contract: sendbird,
      target: url,
      secret: SECRET,
      events: ['group_channel:message_send'],
    });
    const failed = failures(report);
    expect(failed.map((c) => c.name)).toEqual(expect.arrayContaining(['signature: missing', 'signature: wrong']));
    const wrong = failed.find((c) => c.name === 'signature: wrong')!;
    expect(wrong.reason).toMatch(
      /answered 200; expected a rejection \(4xx\) — the x-sendbird-signature header does not match; the receiver must verify it/,
    );
    // The failing request and reply are in the report; the secret is not.
    expect(wrong.request?.headers['x-sendbird-signature']).toMatch(/^[0-9a-f]{64}$/);
    expect(wrong.reply).toEqual({ status: 200, body: '{}' });
    expect(JSON.stringify(report)).not.toContain(SECRET);
  });

  test('a receiver that verifies re-serialised JSON instead of the raw body (fails on \\/ and non-ASCII bodies)', async () => {
    const url = await serve(async (req, res) => {
      const body = (await readBody(req)).toString('utf8');
      const reserialised = JSON.stringify(JSON.parse(body));
      const expected = createHmac('sha256', SECRET).update(reserialised).digest('hex');
      const ok = req.headers['x-sendbird-signature'] === expected;
      res
        .writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
        .end(ok ? '{}' : '{"error":"bad signature"}');
    });
    const report = await runConsumerContract({ contract: sendbird, target: url, secret: SECRET, negative: false });
    const failed = failures(report);
    expect(failed.length).toBeGreaterThan(0);
    // Exactly the cases sent in the platform's own bytes fail; compact JSON (what JSON.stringify makes) passes.
    expect(failed.every((c) => c.name.endsWith('· escaped bytes'))).toBe(true);
    expect(failed.length).toBe(report.cases.filter((c) => c.name.endsWith('· escaped bytes')).length);
    expect(failed[0]!.reason).toMatch(
      /^answered 401; the platform accepts only 200 and sends it again: .* — the same JSON with \\\/ and \\u escapes.*verify the signature on the raw bytes/,
    );
    expect(failed.some((c) => /\\u[0-9a-f]{4}/.test(c.request!.body))).toBe(true);
    expect(failed.some((c) => c.request!.body.includes('\\/'))).toBe(true);
  });

  test('a Tencent receiver that answers before-events without the ActionStatus/ErrorCode envelope', async () => {
    const url = await serve(async (req, res) => {
      await readBody(req);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"allow":true}');
    });
    const report = await runConsumerContract({
      contract: tencent,
      target: url,
      appId: APP_ID,
      events: ['Group.CallbackBeforeSendMsg', 'C2C.CallbackBeforeSendMsg'],
      negative: false,
    });
    const examples = report.cases.filter((c) => c.group === 'examples');
    expect(examples.length).toBeGreaterThan(1);
    for (const c of examples) {
      expect(c.outcome).toBe('failed');
      expect(c.reason).toMatch(
        /^reply does not satisfy (Group|C2C)\.CallbackBeforeSendMsg reply schema: \/ActionStatus must have required property 'ActionStatus'/,
      );
    }
  });

  test('a receiver slower than the platform timeout (Tencent: 2 s, then the message proceeds)', async () => {
    const url = await serve(async (req, res) => {
      await readBody(req);
      const timer = setTimeout(
        () =>
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}'),
        2600,
      );
      res.on('close', () => clearTimeout(timer));
    });
    const started = performance.now();
    const report = await runConsumerContract({
      contract: tencent,
      target: url,
      appId: APP_ID,
      events: ['Group.CallbackBeforeSendMsg'],
      negative: false,
      variants: false,
    });
    const elapsed = performance.now() - started;
    const failed = failures(report);
    expect(failed.length).toBe(report.cases.length);
    expect(failed[0]!.reason).toBe('no reply within 2000 ms: the platform gives up then and lets the action proceed');
    expect(failed[0]!.reply).toEqual({ error: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(1990);
  });

  test('a receiver that crashes on an optional field absent from older deliveries', async () => {
    const receiver = createReceiver(sendbird, {
      secret: SECRET,
      logger: quiet,
      onError: () => undefined,
      on: {
        'group_channel:message_send': (event) => {
          // `sender` is optional in the spec; this handler assumes it is always there.
          if (!(event as { sender: { user_id: string } }).sender.user_id) throw new Error('no sender');
        },
      },
    });
    const url = await serve((req, res) => void receiver.node(req, res));
    const report = await runConsumerContract({
      contract: sendbird,
      target: url,
      secret: SECRET,
      events: ['group_channel:message_send'],
    });
    const failed = failures(report);
    const minimal = failed.find(
      (c) =>
        c.name ===
        `group_channel:message_send / ${sendbird.contract.events.find((e) => e.name === 'group_channel:message_send')!.examples[0]!.name} · required fields only`,
    );
    expect(minimal?.reason).toMatch(
      /^answered 500; the platform accepts only 200 and sends it again: .* — deliveries from older clients lack the optional fields; read them tolerantly$/,
    );
    // Whatever else fails is a delivery without a sender too (Sendbird's admin messages have none).
    for (const c of failed) {
      expect(c.reply?.status).toBe(500);
      expect(JSON.parse(c.request!.body)).not.toHaveProperty('sender');
    }
  });

  test('a receiver that rejects undocumented fields, and one that 404s events it does not know (Sendbird adds them)', async () => {
    const url = await serve(async (req, res) => {
      let body: Record<string, unknown> | null;
      try {
        body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
      } catch {
        return void res.writeHead(400).end();
      }
      const known = sendbird.contract.events.some((e) => e.name === body?.['category']);
      const strict = body !== null && 'chathooks_undocumented_field' in body;
      res.writeHead(!known ? 404 : strict ? 400 : 200, { 'content-type': 'application/json' }).end('{}');
    });
    const report = await runConsumerContract({
      contract: sendbird,
      target: url,
      events: ['user:block'],
      expect: { 'invalid-payload': 'acknowledge' },
    });
    const byName = new Map(failures(report).map((c) => [c.name, c.reason]));
    expect([...byName.keys()].sort()).toEqual(
      [
        'event: not in the spec',
        `user:block / ${sendbird.contract.events.find((e) => e.name === 'user:block')!.examples[0]!.name} · undocumented field`,
      ].sort(),
    );
    expect(byName.get('event: not in the spec')).toMatch(
      /^answered 404; expected an acknowledgement \(200\) — the platform adds events without notice/,
    );
  });

  test('a receiver that rejects a repeated delivery (a retry) is caught; expectations can be overridden', async () => {
    const seen = new Set<string>();
    const receiver = createReceiver(protocol, { secret: SECRET, logger: quiet, idempotency: false });
    const url = await serve(async (req, res) => {
      const body = await readBody(req);
      const key = body.toString('utf8');
      if (seen.has(key))
        return void res.writeHead(409, { 'content-type': 'application/json' }).end('{"error":"duplicate"}');
      seen.add(key);
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      await receiver.node(req, res);
    });
    const report = await runConsumerContract({
      contract: protocol,
      target: url,
      secret: SECRET,
      events: ['contact.created'],
      variants: false,
      concurrency: 1,
    });
    const failed = failures(report);
    expect(failed.map((c) => c.name)).toEqual([
      `contact.created / ${protocol.contract.events.find((e) => e.name === 'contact.created')!.examples[0]!.name} · sent twice`,
    ]);
    expect(failed[0]!.reason).toMatch(/^(first send|the repeat of an acknowledged delivery): answered 409/);
  });
});

describe('bad targets', () => {
  test('a target that refuses connections: every case fails with the cause, nothing throws', async () => {
    const url = await serve(() => undefined);
    await servers.pop()!.close(); // the port is free again: connections are refused
    const report = await runConsumerContract({
      contract: protocol,
      target: url,
      secret: SECRET,
      events: ['contact.created'],
    });
    expect(report.cases.length).toBeGreaterThan(3);
    for (const c of report.cases) {
      expect(c.outcome).toBe('failed');
      expect(c.reason).toMatch(/no reply: ECONNREFUSED/);
    }
  });

  test('an unknown event name or a glob matching nothing is refused with the closest names', () => {
    expect(() => planConsumerContract({ contract: tencent, events: ['Group.CallbackBeforeSendMessage'] })).toThrow(
      /"Group\.CallbackBeforeSendMessage" matches no event of Tencent Cloud Chat webhooks; did you mean "Group\.CallbackBeforeSendMsg"/,
    );
    expect(() => planConsumerContract({ contract: tencent, events: ['Nope.*'] })).toThrow(
      /"Nope\.\*" matches no event/,
    );
    expect(() => planConsumerContract({ contract: tencent, expect: { 'wrong-signature': 'deny' as never } })).toThrow(
      /"deny" is not an expectation/,
    );
  });

  test('a handler that throws in-process fails its case with the error, the run goes on', async () => {
    const report = await runConsumerContract({
      contract: protocol,
      target: () => {
        throw new Error('boom');
      },
      events: ['contact.created'],
      negative: false,
      variants: false,
    });
    expect(report.failed).toBe(report.cases.length);
    expect(report.cases[0]!.reason).toBe('no reply: the handler threw: boom');
  });
});
