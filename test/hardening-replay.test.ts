/**
 * Issue 12, item 25: `chathooks replay`'s default expectations must pass a correct receiver. A plain node:http
 * receiver, written as a user would from the platform's docs (HMAC over the raw bytes, a constant-time compare,
 * 200 `{}` for whatever it does not handle), passes Protocol and Sendbird by default; `--strict` still demands
 * a 4xx for invalid payloads and unknown events; a receiver that fails (5xx, reset) on them fails by default.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import * as sendbird from '../generated/sendbird/index.js';
import {
  defaultExpectations,
  parseExpectation,
  planConsumerContract,
  runConsumerContract,
} from '../src/testing/index.js';
import { describeContract } from '../src/vitest/index.js';
import { runCli } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const SECRET = 'plain-receiver-secret';
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Verdict = (body: Record<string, unknown>, res: ServerResponse) => boolean;

/**
 * The receiver a user writes with node:http alone: read the raw bytes, check the HMAC in constant time (401
 * otherwise), parse (400 when the body is not JSON), then acknowledge everything with 200 `{}`. `verdict`
 * lets a test answer some bodies itself first (true: it answered).
 */
function plainHandler(header: string, verdict?: Verdict): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const given = Buffer.from(String(req.headers[header] ?? ''), 'utf8');
      const expected = Buffer.from(createHmac('sha256', SECRET).update(raw).digest('hex'), 'utf8');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}');
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not JSON"}');
      }
      if (verdict && typeof body === 'object' && body !== null && verdict(body as Record<string, unknown>, res)) return;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  };
}

async function plainReceiver(header: string, verdict?: Verdict): Promise<string> {
  const server = await listen(plainHandler(header, verdict));
  servers.push(server);
  return `${server.url}/webhook`;
}

const invalidCaseNames = (contract: typeof protocol.contract): string[] =>
  planConsumerContract({ contract, secret: SECRET })
    .filter((c) => c.name.includes(' / invalid: '))
    .map((c) => c.name);

/** The names in the closing "N failed:" list of a replay's output. */
const failedNames = (stdout: string): string[] => [...stdout.matchAll(/^FAIL (.+?) \(\d+ ms\) — /gm)].map((m) => m[1]!);

describe('replay: a plain node:http receiver that acknowledges what it does not handle', () => {
  test.each([
    ['spec/protocol.yaml', 'x-protocol-signature'],
    ['spec/sendbird.yaml', 'x-sendbird-signature'],
  ])('%s passes by default (exit 0)', async (spec, header) => {
    const target = await plainReceiver(header);
    const r = await runCli(['replay', spec, '--target', target, '--secret', SECRET]);
    expect(failedNames(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: \d+ passed, 0 failed in \d+ ms/);
  });

  test('--strict fails every invalid example and the unknown event of a closed event set (Protocol), exit 1', async () => {
    const target = await plainReceiver('x-protocol-signature');
    const r = await runCli(['replay', 'spec/protocol.yaml', '--target', target, '--secret', SECRET, '--strict']);
    expect(r.code).toBe(1);
    expect(failedNames(r.stdout).sort()).toEqual(
      [...invalidCaseNames(protocol.contract), 'event: not in the spec'].sort(),
    );
    expect(r.stdout).toMatch(/^FAIL event: not in the spec \(\d+ ms\) — answered 200; expected a rejection \(4xx\)/m);
    expect(r.stderr).toBe('');
  });

  test('--strict fails every invalid example of Sendbird; its unknown event must still be acknowledged (an open set)', async () => {
    const target = await plainReceiver('x-sendbird-signature');
    const r = await runCli(['replay', 'spec/sendbird.yaml', '--target', target, '--secret', SECRET, '--strict']);
    expect(r.code).toBe(1);
    expect(failedNames(r.stdout).sort()).toEqual(invalidCaseNames(sendbird.contract).sort());
    expect(r.stdout).toMatch(/^ok {3}event: not in the spec/m);
  });

  test('--expect CHECK=tolerate and CHECK=reject name the expectations one check at a time', async () => {
    const target = await plainReceiver('x-protocol-signature');
    const r = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      target,
      '--secret',
      SECRET,
      '--strict',
      '--expect',
      'invalid-payload=tolerate',
    ]);
    expect(failedNames(r.stdout)).toEqual(['event: not in the spec']);
    expect(r.code).toBe(1);
    const reject = await runCli([
      'replay',
      'spec/protocol.yaml',
      '--target',
      target,
      '--secret',
      SECRET,
      '--events',
      'contact.*',
      '--expect',
      'invalid-payload=reject',
    ]);
    expect(failedNames(reject.stdout).sort()).toEqual(
      invalidCaseNames(protocol.contract)
        .filter((n) => n.startsWith('contact.'))
        .sort(),
    );
  });

  test('--help names --strict and the tolerate expectation', async () => {
    const r = await runCli(['replay', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--strict +demand a 4xx for invalid payloads and unknown events/);
    expect(r.stdout).toMatch(/tolerate \(any answer but a 5xx,\s+a timeout or a reset\)/);
  });
});

describe('replay: a receiver that fails on what it does not handle still fails by default', () => {
  /** 500 for a payload the spec calls invalid or an event it does not list: the receiver threw on it. */
  const crashes: Verdict = (body, res) => {
    const validate = protocol.validators[String(body['type']) as keyof typeof protocol.validators];
    if (validate?.(body)) return false;
    res.writeHead(500, { 'content-type': 'text/plain' }).end('TypeError: Cannot read properties of undefined');
    return true;
  };

  test('500 to invalid payloads and the unknown event: those cases fail by default, exit 1', async () => {
    const target = await plainReceiver('x-protocol-signature', crashes);
    const r = await runCli(['replay', 'spec/protocol.yaml', '--target', target, '--secret', SECRET]);
    expect(r.code).toBe(1);
    expect(failedNames(r.stdout).sort()).toEqual(
      [...invalidCaseNames(protocol.contract), 'event: not in the spec'].sort(),
    );
    expect(r.stdout).toMatch(
      /^FAIL contact\.created \/ invalid: [^\n]+ — answered 500; expected any answer but a 5xx \(acknowledge or refuse it, never fail on it\) — the payload violates the schema at /m,
    );
  });

  test('a reset or a timeout on an invalid payload fails by default too (in code)', async () => {
    const resets = await plainReceiver('x-protocol-signature', (body, res) => {
      if (protocol.validators['contact.created'](body)) return false;
      res.socket?.destroy();
      return true;
    });
    const report = await runConsumerContract({
      contract: protocol,
      target: resets,
      secret: SECRET,
      events: ['contact.created'],
      variants: false,
    });
    const failed = report.cases.filter((c) => c.outcome === 'failed');
    expect(failed.map((c) => c.name).sort()).toEqual(
      [
        ...invalidCaseNames(protocol.contract).filter((n) => n.startsWith('contact.created ')),
        'event: not in the spec',
      ].sort(),
    );
    for (const c of failed) expect(c.reason).toMatch(/^no reply: (ECONNRESET|socket hang up)/);

    const hangs = await plainReceiver('x-protocol-signature', (body) => !protocol.validators['contact.created'](body));
    const slow = await runConsumerContract({
      contract: protocol,
      target: hangs,
      secret: SECRET,
      events: ['contact.created'],
      variants: false,
      timeoutMs: 500,
    });
    // Only the never-answered cases are judged here: on a busy machine a valid one may be slow too.
    const unanswered = slow.cases.filter((c) => c.name.includes(' / invalid: ') || c.name === 'event: not in the spec');
    expect(unanswered.length).toBeGreaterThan(1);
    for (const c of unanswered)
      expect(c.reason).toBe(
        'no reply within 500 ms; expected any answer but a 5xx (acknowledge or refuse it, never fail on it)',
      );
  });
});

describe('in code: strict and the default expectations', () => {
  test('defaultExpectations tolerate invalid payloads and unknown events; strict demands a 4xx (open sets: acknowledge)', () => {
    expect(defaultExpectations(protocol.contract)).toMatchObject({
      'invalid-payload': 'tolerate',
      'unknown-event': 'tolerate',
      'malformed-json': 'reject:4xx',
      'wrong-signature': 'reject:4xx',
    });
    expect(defaultExpectations(protocol.contract, { strict: true })).toMatchObject({
      'invalid-payload': 'reject:4xx',
      'unknown-event': 'reject:4xx',
    });
    expect(defaultExpectations(sendbird.contract)['unknown-event']).toBe('acknowledge');
    expect(defaultExpectations(sendbird.contract, { strict: true })['unknown-event']).toBe('acknowledge');
    expect(parseExpectation('tolerate', 'x')).toBe('tolerate');
    expect(() => parseExpectation('tolerant', '--expect invalid-payload')).toThrow(
      /use acknowledge, tolerate, reject, reject:4xx, reject:5xx or reject:<status>/,
    );
  });

  test('runConsumerContract({ strict: true }) fails the plain receiver on invalid payloads; the default passes it', async () => {
    const target = await plainReceiver('x-protocol-signature');
    const lenient = await runConsumerContract({ contract: protocol, target, secret: SECRET, events: ['message.*'] });
    expect(lenient.failed).toBe(0);
    const strict = await runConsumerContract({
      contract: protocol,
      target,
      secret: SECRET,
      events: ['message.*'],
      strict: true,
    });
    expect(
      strict.cases
        .filter((c) => c.outcome === 'failed')
        .map((c) => c.name)
        .sort(),
    ).toEqual(
      [...invalidCaseNames(protocol.contract).filter((n) => n.startsWith('message.')), 'event: not in the spec'].sort(),
    );
  });
});

describe('chathooks/vitest: describeContract takes the same default and strict', () => {
  let plain: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    plain = await listen(plainHandler('x-protocol-signature'));
  });
  afterAll(() => plain.close());
  // One vitest test per case: every one passes against the plain receiver by default.
  describeContract(protocol, {
    name: 'plain receiver, default expectations',
    target: () => `${plain.url}/webhook`,
    secret: SECRET,
    events: ['message.*'],
  });

  test('strict: true plans the same cases; its invalid-payload cases fail against the plain receiver', async () => {
    const cases = planConsumerContract({
      contract: protocol,
      secret: SECRET,
      events: ['message.created'],
      strict: true,
    });
    const invalid = cases.find((c) => c.name.includes(' / invalid: '))!;
    const result = await invalid.run({ url: `${plain.url}/webhook` });
    expect(result.outcome).toBe('failed');
    expect(result.reason).toMatch(/^answered 200; expected a rejection \(4xx\)/);
  });
});
