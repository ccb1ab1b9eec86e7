/**
 * chathooks/vitest as a user writes it: describeContract makes one test per case against a real receiver
 * (consumer) or per phase for a sender (provider); the matchers check payloads and replies and name the
 * JSON pointer when they fail. A nested vitest run shows seeded defects become failing, readable tests.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as protocol from '../generated/protocol/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { deliver } from '../src/delivery/index.js';
import { createReceiver } from '../src/receiver/index.js';
import { describeContract, useContracts } from '../src/vitest/index.js';
import { root } from './helpers/cli.js';

const SECRET = 'vitest-contract-secret';
const receiver = createReceiver(protocol, { secret: SECRET });
let server: http.Server;
beforeAll(async () => {
  server = http.createServer((req, res) => void receiver.node(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// Consumer: one test per case, the target resolved once the server is up.
describeContract(protocol, {
  target: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
  secret: SECRET,
  events: ['message.*'],
});

// The same receiver in-process.
describeContract(protocol, {
  name: 'Protocol in-process',
  target: receiver,
  secret: SECRET,
  events: ['contact.created'],
});

// Provider: one test per phase, for a sender built on the delivery engine.
describeContract(gaife, {
  timeScale: 0.01,
  toleranceMs: 400,
  scenarios: ['status:500', 'flaky:1'],
  send: ({ url, timeScale }) =>
    deliver(gaife, { url, timeScale, event: 'message', payload: gaife.examples.message[0]!.payload }).then(
      () => undefined,
    ),
});

describe('matchers', () => {
  useContracts(protocol, tencent);
  const valid = protocol.examples['message.created'][0]!.payload;

  test('toBeValidEvent passes valid payloads and names the pointer of invalid ones', () => {
    expect(valid).toBeValidEvent('message.created');
    const broken = {
      ...(valid as Record<string, unknown>),
      payload: { ...(valid as { payload: Record<string, unknown> }).payload, conversation_id: 42 },
    };
    expect(broken).not.toBeValidEvent('message.created');
    expect(() => expect(broken).toBeValidEvent('message.created')).toThrow(
      /expected the payload to be a valid "message\.created" event of Protocol webhooks:\n {2}\/payload\/conversation_id: must be string \(type\)/,
    );
    expect(() => expect(valid).not.toBeValidEvent('message.created')).toThrow(
      /not to be a valid "message\.created" event of Protocol webhooks, but it is/,
    );
  });

  test('toSatisfyReply checks the reply a platform reads (Tencent: the ActionStatus envelope)', () => {
    expect({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }).toSatisfyReply('Group.CallbackBeforeSendMsg');
    expect(() => expect({ allow: true }).toSatisfyReply('Group.CallbackBeforeSendMsg')).toThrow(
      /a reply "Group\.CallbackBeforeSendMsg" accepts of Tencent Cloud Chat webhooks:\n {2}\/ActionStatus: must have required property 'ActionStatus' \(required\)/,
    );
  });

  test('an event no registered contract has is a clear failure', () => {
    expect(() => expect({}).toBeValidEvent('message.sent')).toThrow(
      /"message\.sent" is not an event of any contract registered with useContracts \(registered: .*protocol.*tencent-chat/,
    );
  });
});

test('seeded receiver defects become failing tests named after their case, with the reason', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chathooks-vitest-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const out = join(dir, 'report.json');
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/fixtures/vitest-contract/vitest.config.ts',
        '--reporter=json',
        `--outputFile=${out}`,
      ],
      {
        cwd: root,
        stdio: 'ignore',
        env: { ...process.env, CI: '1' },
      },
    );
    child.on('close', resolve);
  });
  expect(code).toBe(1);
  const report = JSON.parse(await readFile(out, 'utf8')) as {
    testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
  };
  const results = new Map(report.testResults.flatMap((f) => f.assertionResults).map((a) => [a.fullName, a]));
  const example = protocol.examples['contact.created'][0]!.name;
  const prefix = 'Protocol webhooks: consumer contract';
  expect(results.get(`${prefix} contact.created / ${example}`)?.status).toBe('passed');
  const wrong = results.get(`${prefix} signature: wrong`)!;
  expect(wrong.status).toBe('failed');
  expect(wrong.failureMessages[0]).toMatch(
    /^ContractCaseError: answered 200; expected a rejection \(4xx\) — the x-protocol-signature header does not match; the receiver must verify it: \{\}\n\nrequest: POST http:\/\/127\.0\.0\.1:\d+\/webhook/,
  );
  const twice = results.get(`${prefix} contact.created / ${example} · sent twice`)!;
  expect(twice.status).toBe('failed');
  expect(twice.failureMessages[0]).toMatch(/answered 409/);
});
