/**
 * Batched deliveries (issue 15 item 2): `x-chathooks-batch` in the model and lint, codegen (types, batchValidator,
 * inBatch, the bridge), the receiver over real HTTP behind express (dispatch in order, per-event de-duplication,
 * one answer per batch, the empty batch as the endpoint check, an invalid event), `deliver`, the native mock and
 * MSW, `replay` against a createReceiver app, and the docs.
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import express from 'express';
import { http as mswHttp, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createReceiver, deliver, OptionError, wrapBatch, type Receiver } from '../src/index.js';
import { batchItems } from '../src/model/batch.js';
import { lintSpec, lintText, loadContract } from '../src/model/index.js';
import type { Contract } from '../src/model/model.js';
import { toRuntime } from '../src/model/runtime.js';
import { generateContract } from '../src/codegen/index.js';
import { startMockServer, startPrism, type MockServer } from '../src/mock/index.js';
import { mswHandlers } from '../src/msw/index.js';
import { planConsumerContract, runConsumerContract, runProviderContract } from '../src/testing/index.js';
import * as batch from './fixtures/generated/batch/index.js';
import { listen } from './helpers/server.js';
import { root, runCli } from './helpers/cli.js';

const run = promisify(execFile);
const FIXTURE = 'test/fixtures/batch.yaml';
const SECRET = 'line-channel-secret';
const quiet = { warn: () => undefined };
const ex = <K extends keyof typeof batch.examples>(name: K) => batch.examples[name][0]!.payload;

const sign = (body: string, secret = SECRET): string => createHmac('sha256', secret).update(body).digest('base64');

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(url, {
    method: 'POST',
    body: raw,
    headers: { 'content-type': 'application/json', 'x-line-signature': sign(raw), ...headers },
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

let fixtureText: string;
beforeAll(async () => {
  fixtureText = await readFile(join(root, FIXTURE), 'utf8');
});

/** Lint the fixture with one edit; the problems as `line:col code`. */
async function lintEdited(from: string | RegExp, to: string) {
  const text = fixtureText.replace(from, to);
  expect(text).not.toBe(fixtureText);
  const result = await lintText(text, 'edited.yaml', { validation: 'conventions' });
  return result.problems.map((p) => ({ at: `${p.file}:${p.line}:${p.col}`, code: p.code, message: p.message }));
}

const lineOf = (needle: string): number => fixtureText.slice(0, fixtureText.indexOf(needle)).split('\n').length;

describe('model and lint', () => {
  test('the fixture lints clean (parser and conventions) and loads into Contract.batch', async () => {
    const result = await lintSpec(join(root, FIXTURE));
    expect(result.problems).toEqual([]);
    const { batch: b } = result.contract!;
    expect(b).toMatchObject({
      items: '/events',
      empty: 'verification',
      example: { destination: 'U0123456789abcdef0123456789abcdef', events: [] },
    });
    expect(JSON.stringify(b!.envelope)).toContain('CallbackRequest');
    // Each event's payload is ONE item; the discriminator is read inside it.
    expect(result.contract!.events.map((e) => e.name)).toEqual(['message', 'follow', 'unfollow', 'postback']);
  });

  test.each([
    {
      why: 'an items pointer the envelope does not declare',
      from: 'items: /events',
      to: 'items: /evnts',
      code: 'batch-items-undeclared',
      message: /"evnts" is not declared/,
      line: 'items: /evnts',
    },
    {
      why: 'an items pointer without its leading slash',
      from: 'items: /events',
      to: 'items: events',
      code: 'extension-invalid',
      message: /x-chathooks-batch\/items must match pattern/,
      line: 'items: events',
    },
    {
      why: 'an items pointer that names an array index',
      from: 'items: /events',
      to: 'items: /events/0',
      code: 'batch-items-pointer',
      message: /name no array index/,
      line: 'items: /events/0',
    },
    {
      why: 'an envelope whose items are not an array',
      from: /events:\n {10}type: array\n {10}items: \{ \$ref: '#\/components\/schemas\/Event' \}/,
      to: 'events: { type: object }',
      code: 'batch-items-not-array',
      message: /of type "object"; the events of a batch are an array/,
      line: 'items: /events',
    },
    {
      why: 'an envelope example that does not fit the envelope',
      from: 'example: { destination: U0123456789abcdef0123456789abcdef, events: [] }',
      to: 'example: { destination: nobody, events: [] }',
      code: 'batch-example-invalid',
      message: /\/destination must match pattern/,
      line: 'example: { destination',
    },
    {
      why: 'no envelope example while the envelope requires more than the events',
      from: '  example: { destination: U0123456789abcdef0123456789abcdef, events: [] }\n',
      to: '',
      code: 'batch-example-missing',
      message: /give an envelope example/,
      line: 'x-chathooks-batch:',
    },
    {
      why: 'a discriminator outside the body',
      from: 'x-chathooks-discriminator: { in: body, name: type }',
      to: 'x-chathooks-discriminator: { in: header, name: x-event }',
      code: 'batch-discriminator',
      message: /must be `in: body`/,
      line: 'x-chathooks-discriminator:',
    },
    {
      why: 'an idempotency key shared by every event of the batch',
      from: 'x-chathooks-idempotency-key: [/webhookEventId]',
      to: 'x-chathooks-idempotency-key: [query:id]',
      code: 'batch-idempotency-key',
      message: /cannot tell the events apart/,
      line: 'x-chathooks-idempotency-key:',
    },
    {
      why: 'a misspelt key of the extension',
      from: 'empty: verification',
      to: 'emtpy: verification',
      code: 'extension-invalid',
      message: /Did you mean "empty"\?/,
      line: 'emtpy',
    },
  ])('$why: $code at file:line:col', async ({ from, to, code, message, line }) => {
    const problems = await lintEdited(from, to);
    const hit = problems.find((p) => p.code === code);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.message).toMatch(message);
    const edited = fixtureText.replace(from, to);
    const want = edited.slice(0, edited.indexOf(line)).split('\n').length;
    expect(hit!.at).toMatch(new RegExp(`^edited\\.yaml:${want}:\\d+$`));
  });

  test('an idempotency pointer no event declares is a warning, not an error', async () => {
    const problems = await lintEdited('[/webhookEventId]', '[/eventId]');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'idempotency-key-undeclared', message: expect.stringMatching(/no event/) }),
    ]);
    expect(problems[0]!.at).toMatch(new RegExp(`^edited\\.yaml:${lineOf('x-chathooks-idempotency-key')}:\\d+$`));
  });

  test('wrapBatch puts events into a copy of the envelope example; batchItems reads them back', async () => {
    const contract = await loadContract(join(root, FIXTURE));
    const body = wrapBatch(contract, [ex('follow')]);
    expect(body).toEqual({ destination: 'U0123456789abcdef0123456789abcdef', events: [ex('follow')] });
    expect(contract.batch!.example).toEqual({ destination: 'U0123456789abcdef0123456789abcdef', events: [] });
    expect(batchItems(contract.batch!, body)).toEqual([ex('follow')]);
    expect(wrapBatch({}, [ex('follow')])).toBe(ex('follow')); // a one-event contract: the payload as it is
  });
});

describe('codegen', () => {
  test('types, batchValidator, inBatch, the envelope schema and the bridge describe the envelope', async () => {
    const files = await generateContract(await loadContract(join(root, FIXTURE)));
    const types = files.get('batch/types.ts')!;
    expect(types).toContain('export type BatchEnvelope = components["schemas"]["CallbackRequest"];');
    expect(types).toContain('export type BatchItem = EventMap[EventName];');
    expect(types).toContain('export type Batch = Omit<BatchEnvelope, "events"> & { "events": BatchItem[] };');
    expect(files.get('batch/validators.d.ts')).toContain('export declare const batchValidator: Validator<Batch>');
    expect(files.get('batch/index.js')).toContain('batchValidator');
    expect(JSON.parse(files.get('batch/schemas/_envelope.json')!)).toMatchObject({
      allOf: [{ $ref: '#/$defs/CallbackRequest' }],
    });
    const bridge = JSON.parse(files.get('batch/openapi.json')!);
    const receive = bridge.paths['/callback'].post.requestBody.content['application/json'];
    expect(receive.schema).toEqual({ $ref: '#/components/schemas/Batch' });
    expect(bridge.components.schemas.Batch.allOf[0]).toEqual({ $ref: '#/components/schemas/CallbackRequest' });
    expect(receive.examples['follow/friend-added'].value).toEqual(wrapBatch(batch.contract, [ex('follow')]));
    expect(receive.examples.verification.value).toEqual({
      destination: 'U0123456789abcdef0123456789abcdef',
      events: [],
    });
    expect(bridge.webhooks.follow.post['x-chathooks-batch']).toEqual({
      items: '/events',
      envelope: { $ref: '#/components/schemas/CallbackRequest' },
    });
  });

  test('one-event contracts generate no batch code', async () => {
    const files = await generateContract(await loadContract(join(root, 'test/fixtures/minimal.yaml')));
    for (const [path, text] of files) expect(text, path).not.toMatch(/batchValidator|inBatch|BatchEnvelope/);
  });

  test('the generated batchValidator checks the envelope, then each event against its own schema', () => {
    const body = batch.inBatch(ex('message'), ex('follow'));
    expect(batch.batchValidator(body)).toBe(true);
    const bad = batch.inBatch(ex('message'), { ...ex('postback'), postback: {} } as never);
    expect(batch.batchValidator(bad)).toBe(false);
    expect(batch.batchValidator.errors).toEqual([
      { pointer: '/events/1/postback/data', keyword: 'required', message: "must have required property 'data'" },
    ]);
    expect(batch.batchValidator({ events: [] })).toBe(false);
    expect(batch.batchValidator.errors?.[0]?.pointer).toBe('/destination');
    // An event the spec does not list passes (platforms add events; the receiver's policy decides).
    expect(batch.batchValidator(batch.inBatch({ ...ex('follow'), type: 'beacon' } as never))).toBe(true);
    expect(batch.batchValidator.envelope(batch.batchEnvelope)).toBe(true);
    const standard = batch.batchValidator['~standard'].validate(bad);
    expect(standard).toEqual({
      issues: [
        {
          message: "/events/1/postback/data must have required property 'data'",
          path: ['events', 1, 'postback', 'data'],
        },
      ],
    });
  });

  test('toRuntime compiles the same batch validator from a loaded contract', async () => {
    const runtime = toRuntime(await loadContract(join(root, FIXTURE)));
    const bad = batch.inBatch(ex('message'), { ...ex('unfollow'), mode: 'sleeping' } as never);
    expect(runtime.batchValidator!(bad)).toBe(false);
    expect(runtime.batchValidator!.errors).toEqual(batch.batchValidator(bad) ? null : batch.batchValidator.errors);
  });

  test('--emit ts: a strict TypeScript project compiles Batch, inBatch and batchValidator and runs them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-batch-tsc-'));
    try {
      await mkdir(join(dir, 'node_modules'));
      await symlink(root, join(dir, 'node_modules/chathooks'), 'dir');
      await symlink(join(root, 'node_modules/@types'), join(dir, 'node_modules/@types'), 'dir');
      await writeFile(join(dir, 'package.json'), '{ "name": "user-app", "private": true, "type": "module" }\n');
      const compilerOptions = {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        outDir: 'dist',
        rootDir: 'src',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: true,
        types: ['node'],
      };
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
      await mkdir(join(dir, 'src'));
      await writeFile(
        join(dir, 'src/main.ts'),
        [
          "import { batchValidator, examples, inBatch, type Batch } from './generated/batch/index.js';",
          'const body: Batch = inBatch(examples.message[0]!.payload, examples.follow[0]!.payload);',
          "const seen = body.events.map((e) => (e.type === 'message' ? e.message.text : e.type));",
          'console.log(JSON.stringify({ ok: batchValidator(body), seen }));',
          '',
        ].join('\n'),
      );
      const generated = await runCli([
        'generate',
        join(root, FIXTURE),
        '--out',
        join(dir, 'src/generated'),
        '--emit',
        'ts',
      ]);
      expect(generated.code, generated.stderr).toBe(0);
      const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
        cwd: dir,
      }).catch((e: { stdout: string; stderr: string }) => e);
      expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
      const { stdout } = await run(process.execPath, ['dist/main.js'], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual({ ok: true, seen: ['hello', 'follow'] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('test/fixtures/generated/batch is what the fixture generates', async () => {
    const r = await runCli(['generate', FIXTURE, '--out', 'test/fixtures/generated', '--check'], { cwd: root });
    expect(r.stdout + r.stderr).toMatch(/up to date/);
    expect(r.code).toBe(0);
  });
});

/** A LINE bot behind express: the receiver on /callback, every handled event logged in order. */
function app(options: Partial<Parameters<typeof createReceiver<typeof batch>>[1]> & { failOn?: string[] } = {}) {
  const handled: string[] = [];
  const errors: unknown[] = [];
  const verified: number[] = [];
  const { failOn = [], ...rest } = options;
  const record = (e: { type: string; webhookEventId: string }, ctx: { batch?: { index: number; size: number } }) => {
    handled.push(`${e.type}:${e.webhookEventId}@${ctx.batch?.index}/${ctx.batch?.size}`);
    if (failOn.includes(e.webhookEventId)) throw new Error(`${e.type} failed`);
  };
  const receiver: Receiver = createReceiver(batch, {
    secret: SECRET,
    logger: quiet,
    onError: (error) => void errors.push(error),
    onVerify: () => void verified.push(Date.now()),
    on: { message: record, follow: record, unfollow: record, postback: record },
    ...rest,
  });
  const server = express();
  server.post('/callback', (req, res, next) => void receiver.node(req, res, next));
  return { server, handled, errors, verified, failOn };
}

describe('receiver over real HTTP (express)', () => {
  let bot: ReturnType<typeof app>;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    bot = app();
    ({ url, close } = await listen(bot.server));
    url += '/callback';
  });
  afterAll(() => close());

  test('a batch of mixed events: each to its handler, in order, with its place; one answer', async () => {
    bot.handled.length = 0;
    const events = [ex('message'), ex('follow'), ex('unfollow'), ex('postback')].map((e, i) => ({
      ...e,
      webhookEventId: `mixed-${i}`,
    }));
    const r = await post(url, wrapBatch(batch.contract, events));
    expect(r.status).toBe(200);
    expect(r.json).toEqual({});
    expect(r.headers.get('x-chathooks-batch')).toBe('events=4; handled=4; duplicate=0');
    expect(bot.handled).toEqual([
      'message:mixed-0@0/4',
      'follow:mixed-1@1/4',
      'unfollow:mixed-2@2/4',
      'postback:mixed-3@3/4',
    ]);
  });

  test('a redelivered batch runs only the events it had not handled (de-duplicated by webhookEventId)', async () => {
    bot.handled.length = 0;
    const first = [ex('message'), ex('follow')].map((e, i) => ({ ...e, webhookEventId: `redo-${i}` }));
    expect((await post(url, wrapBatch(batch.contract, first))).status).toBe(200);
    // LINE redelivers with isRedelivery: other bytes, same event ids; plus one new event.
    const again = [...first, { ...ex('unfollow'), webhookEventId: 'redo-2' }].map((e) => ({
      ...e,
      deliveryContext: { isRedelivery: true },
    }));
    const r = await post(url, wrapBatch(batch.contract, again));
    expect(r.status).toBe(200);
    expect(r.headers.get('x-chathooks-batch')).toBe('events=3; handled=1; duplicate=2');
    expect(r.headers.get('x-chathooks-duplicate')).toBeNull();
    expect(bot.handled).toEqual(['message:redo-0@0/2', 'follow:redo-1@1/2', 'unfollow:redo-2@2/3']);
    const third = await post(url, wrapBatch(batch.contract, again));
    expect(third.headers.get('x-chathooks-duplicate')).toBe('true');
    expect(bot.handled).toHaveLength(3);
  });

  test('the empty batch is the endpoint check: success, onVerify called, no handler', async () => {
    bot.handled.length = 0;
    const before = bot.verified.length;
    const r = await post(url, wrapBatch(batch.contract, []));
    expect(r.status).toBe(200);
    expect(r.headers.get('x-chathooks-batch')).toBe('events=0; verification');
    expect(bot.verified).toHaveLength(before + 1);
    expect(bot.handled).toEqual([]);
  });

  test('a batch with one invalid event is refused whole with 400 naming /events/1/…; no handler runs', async () => {
    bot.handled.length = 0;
    const items = [
      { ...ex('message'), webhookEventId: 'inv-0' },
      { ...ex('postback'), postback: {}, webhookEventId: 'inv-1' },
    ];
    const r = await post(url, wrapBatch(batch.contract, items));
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({
      error: 'invalid-payload',
      event: 'postback',
      index: 1,
      pointer: '/events/1/postback/data',
      message: expect.stringMatching(/^Event 1 of the batch \(postback\) is invalid: \/events\/1\/postback\/data/),
    });
    expect(bot.handled).toEqual([]);
  });

  test.each([
    { why: 'an invalid envelope', body: { events: [] }, status: 400, pointer: '/destination' },
    {
      why: 'an event naming no type',
      body: { destination: 'U0123456789abcdef0123456789abcdef', events: [{ webhookEventId: 'x' }] },
      status: 400,
      pointer: '/events/0/type',
    },
    {
      why: 'an unknown event (closed set: reject)',
      body: wrapBatch(batch.contract, [{ ...ex('follow'), type: 'beacon' }]),
      status: 404,
      pointer: '/events/0/type',
    },
  ])('$why: $status at $pointer, nothing handled', async ({ body, status, pointer }) => {
    bot.handled.length = 0;
    const r = await post(url, body);
    expect(r.status).toBe(status);
    expect(r.json['pointer']).toBe(pointer);
    expect(bot.handled).toEqual([]);
  });

  test('the signature is verified once over the raw body: a forged batch is 401 and runs nothing', async () => {
    bot.handled.length = 0;
    const raw = JSON.stringify(wrapBatch(batch.contract, [{ ...ex('follow'), webhookEventId: 'forged' }]));
    const r = await post(url, raw, { 'x-line-signature': sign(raw, 'another-secret') });
    expect(r.status).toBe(401);
    expect(bot.handled).toEqual([]);
  });
});

describe('receiver policies', () => {
  const serve = async (bot: ReturnType<typeof app>) => {
    const s = await listen(bot.server);
    return { url: `${s.url}/callback`, close: s.close };
  };

  test('a failing handler stops the batch with the failure status; the redelivery runs it and the rest, once', async () => {
    const bot = app({ failOn: ['f-1'] });
    const s = await serve(bot);
    try {
      const items = [ex('message'), ex('follow'), ex('unfollow')].map((e, i) => ({ ...e, webhookEventId: `f-${i}` }));
      const r = await post(s.url, wrapBatch(batch.contract, items));
      expect(r.status).toBe(500);
      expect(r.headers.get('x-chathooks-batch')).toBe('events=3; handled=1; duplicate=0; failed=1');
      expect(bot.errors).toEqual([expect.objectContaining({ message: 'follow failed' })]);
      bot.failOn.length = 0;
      const again = await post(s.url, wrapBatch(batch.contract, items));
      expect(again.status).toBe(200);
      expect(again.headers.get('x-chathooks-batch')).toBe('events=3; handled=2; duplicate=1');
      expect(bot.handled).toEqual(['message:f-0@0/3', 'follow:f-1@1/3', 'follow:f-1@1/3', 'unfollow:f-2@2/3']);
    } finally {
      await s.close();
    }
  });

  test("onInvalidEvent: 'skip' handles the valid events and reports the invalid one to onError", async () => {
    const bot = app({ onInvalidEvent: 'skip' });
    const s = await serve(bot);
    try {
      const items = [
        { ...ex('message'), webhookEventId: 's-0' },
        { ...ex('unfollow'), mode: 'sleeping', webhookEventId: 's-1' },
        { ...ex('follow'), webhookEventId: 's-2' },
      ];
      const r = await post(s.url, wrapBatch(batch.contract, items));
      expect(r.status).toBe(200);
      expect(bot.handled).toEqual(['message:s-0@0/3', 'follow:s-2@2/3']);
      expect(bot.errors).toEqual([
        expect.objectContaining({
          problem: 'invalid-payload',
          details: expect.objectContaining({ pointer: '/events/1/mode' }),
        }),
      ]);
    } finally {
      await s.close();
    }
  });

  test("onUnknownEvent: 'warn' skips an unknown event and handles the rest", async () => {
    const warnings: string[] = [];
    const bot = app({ onUnknownEvent: 'warn', logger: { warn: (m) => void warnings.push(m) } });
    const s = await serve(bot);
    try {
      const items = [
        { ...ex('follow'), type: 'beacon', webhookEventId: 'u-0' },
        { ...ex('follow'), webhookEventId: 'u-1' },
      ];
      const r = await post(s.url, wrapBatch(batch.contract, items));
      expect(r.status).toBe(200);
      expect(bot.handled).toEqual(['follow:u-1@1/2']);
      expect(warnings).toEqual([expect.stringMatching(/skipped unknown event "beacon" at \/events\/0\/type/)]);
    } finally {
      await s.close();
    }
  });

  test('an onVerify that throws answers 500 (the platform reports the endpoint as failing)', async () => {
    const bot = app({
      onVerify: () => {
        throw new Error('not ready');
      },
    });
    const s = await serve(bot);
    try {
      expect((await post(s.url, wrapBatch(batch.contract, []))).status).toBe(500);
      expect(bot.errors).toEqual([expect.objectContaining({ message: 'not ready' })]);
    } finally {
      await s.close();
    }
  });

  test('batch options are checked: a bad policy, or batch options on a one-event contract, throw OptionError', async () => {
    expect(() => createReceiver(batch, { secret: SECRET, onInvalidEvent: 'drop' as never })).toThrow(
      /`onInvalidEvent` is "drop"; use one of 'reject', 'skip'/,
    );
    const minimal = toRuntime(await loadContract(join(root, 'test/fixtures/minimal.yaml')));
    expect(() => createReceiver(minimal, { secret: SECRET, onVerify: () => undefined })).toThrow(OptionError);
    expect(() => createReceiver(minimal, { secret: SECRET, onInvalidEvent: 'skip' })).toThrow(
      /one event per delivery, so an invalid one is always refused with 400/,
    );
  });

  test("an empty batch where the spec says 'invalid' is refused with 400", async () => {
    const contract: Contract = { ...batch.contract, batch: { ...batch.contract.batch!, empty: 'invalid' } };
    const receiver = createReceiver(toRuntime(contract), { secret: SECRET, logger: quiet });
    const s = await listen((req, res) => void receiver.node(req, res));
    try {
      const r = await post(s.url, wrapBatch(contract, []));
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ pointer: '/events', message: expect.stringMatching(/is empty/) });
    } finally {
      await s.close();
    }
  });
});

describe('deliver, the native mock and MSW', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer([batch], { secret: SECRET });
  });
  afterAll(() => mock.close());

  test('deliver sends an example wrapped in the envelope, or several events with items', async () => {
    mock.reset();
    const one = await deliver(batch, { url: mock.urls.batch!, event: 'follow', payload: ex('follow'), secret: SECRET });
    expect(one.outcome).toBe('delivered');
    expect(JSON.parse(one.request.body)).toEqual(wrapBatch(batch.contract, [ex('follow')]));
    const many = await deliver(batch, {
      url: mock.urls.batch!,
      event: 'message',
      items: [ex('message'), ex('postback')],
      secret: SECRET,
    });
    expect(many.outcome).toBe('delivered');
    const empty = await deliver(batch, { url: mock.urls.batch!, event: 'message', items: [], secret: SECRET });
    expect(empty.attempts.map((a) => a.status)).toEqual([200]);
    const record = mock.deliveries();
    expect(record.map((d) => [d.valid, d.event, d.events])).toEqual([
      [true, 'follow', ['follow']],
      [true, 'message', ['message', 'postback']],
      [true, null, []],
    ]);
    // The record's event filter matches any event of a batch.
    expect(mock.deliveries({ event: 'postback' }).map((d) => d.seq)).toEqual([record[1]!.seq]);
  });

  test('the mock refuses a batch with an invalid event, and records why', async () => {
    mock.reset();
    const t = await deliver(batch, {
      url: mock.urls.batch!,
      event: 'message',
      items: [ex('message'), { ...ex('postback'), postback: {} }],
      secret: SECRET,
      policy: { retries: [] },
    });
    expect(t.attempts.map((a) => a.status)).toEqual([400]);
    expect(mock.deliveries()[0]).toMatchObject({
      valid: false,
      event: 'message', // a batch is named by its first event (eventNameReader), refused or not
      events: ['message', 'postback'],
      problem: expect.stringMatching(/\/events\/1\/postback\/data/),
    });
  });

  test('items on a one-event contract is an OptionError', async () => {
    const minimal = await loadContract(join(root, 'test/fixtures/minimal.yaml'));
    await expect(
      deliver(minimal, { url: 'http://127.0.0.1:9/hooks', event: 'message.after_send', items: [] }),
    ).rejects.toThrow(/`items` is for contracts whose deliveries carry a batch/);
  });

  test('MSW handlers verify, check and record batches as the native mock does', async () => {
    const MSW_URL = 'https://bot.example.test/callback';
    const handlers = mswHandlers(batch, { url: MSW_URL, secret: SECRET });
    const server = setupServer(
      ...handlers,
      mswHttp.all('*', () => passthrough()),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const ok = await deliver(batch, {
        url: MSW_URL,
        event: 'message',
        items: [ex('message'), ex('follow')],
        secret: SECRET,
        fetch: globalThis.fetch,
      });
      expect(ok.outcome).toBe('delivered');
      const empty = await deliver(batch, {
        url: MSW_URL,
        event: 'message',
        items: [],
        secret: SECRET,
        fetch: globalThis.fetch,
      });
      expect(empty.outcome).toBe('delivered');
      const bad = await deliver(batch, {
        url: MSW_URL,
        event: 'message',
        items: [{ ...ex('unfollow'), mode: 'sleeping' }],
        secret: SECRET,
        fetch: globalThis.fetch,
        policy: { retries: [] },
      });
      expect(bad.attempts.map((a) => a.status)).toEqual([400]);
      expect(handlers.deliveries().map((d) => [d.valid, d.events])).toEqual([
        [true, ['message', 'follow']],
        [true, []],
        [false, ['unfollow']],
      ]);
    } finally {
      server.close();
    }
  });
});

describe('verify-sender (runProviderContract) with a batch sender', () => {
  test('a sender of batches and of the endpoint check passes capture; an undocumented event in a batch fails it', async () => {
    const good = await runProviderContract({
      contract: batch,
      timeScale: 1, // the platform's 2 s timeout as it is: a scaled 20 ms one would time out on a busy machine
      scenarios: [],
      send: async ({ url, secret, timeScale }) => {
        await deliver(batch, { url, secret, timeScale, event: 'message', items: [ex('message'), ex('follow')] });
        await deliver(batch, { url, secret, timeScale, event: 'message', items: [] });
      },
    });
    expect(good.cases.filter((c) => c.outcome === 'failed')).toEqual([]);
    expect(good.cases.filter((c) => c.group === 'capture').map((c) => c.name)).toEqual([
      'capture / #1 message',
      'capture / #2 (no event)',
    ]);
    const bad = await runProviderContract({
      contract: batch,
      timeScale: 1, // the platform's 2 s timeout as it is: a scaled 20 ms one would time out on a busy machine
      scenarios: [],
      send: async ({ url, secret, timeScale }) => {
        await deliver(batch, {
          url,
          secret,
          timeScale,
          event: 'message',
          items: [ex('message'), { ...ex('follow'), type: 'beacon' }],
          policy: { retries: [] },
        });
      },
    });
    expect(bad.cases.find((c) => c.group === 'capture' && c.outcome === 'failed')?.reason).toMatch(
      /unknown-event: Event 1 of the batch is an unknown event "beacon"/,
    );
  });
});

describe('Prism via the bridge', () => {
  test('Prism takes the envelope with its events, the empty batch, and refuses an invalid event', async () => {
    const prism = await startPrism(batch.contract);
    try {
      const send = (items: unknown[]) =>
        deliver(batch, { url: prism.endpoint, event: 'message', items, secret: SECRET, policy: { retries: [] } });
      const statuses = [];
      for (const items of [[ex('message'), ex('follow')], [], [{ ...ex('postback'), postback: {} }]])
        statuses.push((await send(items)).attempts.map((a) => a.status));
      expect(statuses).toEqual([[200], [200], [400]]);
    } finally {
      await prism.close();
    }
  });
});

describe('replay against a createReceiver app', () => {
  test('a correct LINE-style receiver passes every case, the batches group included', async () => {
    const bot = app();
    const s = await listen(bot.server);
    try {
      const report = await runConsumerContract({ contract: batch, target: `${s.url}/callback`, secret: SECRET });
      expect(report.cases.filter((c) => c.outcome !== 'passed')).toEqual([]);
      expect(report.cases.filter((c) => c.group === 'batches').map((c) => c.name)).toEqual([
        'batch: 4 events (message, follow, unfollow, postback)',
        'batch: 4 events, redelivered',
        'batch: empty (endpoint check)',
        'batch: one invalid event (message / empty-text)',
      ]);
      const strict = await runConsumerContract({
        contract: batch,
        target: `${s.url}/callback`,
        secret: SECRET,
        strict: true,
      });
      expect(strict.cases.filter((c) => c.outcome !== 'passed')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('a receiver that fails a batch with an invalid event (5xx) or ignores the envelope fails its cases', async () => {
    // Parses the body as one event: the envelope has no `type`, so it answers 500 to every batch.
    const naive = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as { type?: string } | null;
        res.statusCode = body?.type ? 200 : 500;
        res.end('{}');
      });
    });
    try {
      const report = await runConsumerContract({
        contract: batch,
        target: naive.url,
        secret: SECRET,
        negative: false,
        variants: false,
      });
      const failed = report.cases.filter((c) => c.outcome === 'failed').map((c) => c.name);
      expect(failed).toEqual(
        expect.arrayContaining([
          'batch: 4 events (message, follow, unfollow, postback)',
          'batch: empty (endpoint check)',
        ]),
      );
      const reasons = report.cases.filter((c) => c.group === 'batches' && c.outcome === 'failed').map((c) => c.reason);
      expect(reasons.join('\n')).toMatch(/answered 500; the platform accepts only 2xx and sends it again/);
    } finally {
      await naive.close();
    }
  });

  test('one-event contracts plan no batch cases', async () => {
    const minimal = await loadContract(join(root, 'test/fixtures/minimal.yaml'));
    expect(planConsumerContract({ contract: minimal, secret: SECRET }).filter((c) => c.group === 'batches')).toEqual(
      [],
    );
  });

  test('the CLI replays a batch spec against a receiver and prints the batch cases', async () => {
    const bot = app();
    const s = await listen(bot.server);
    try {
      const r = await runCli(['replay', FIXTURE, '--target', `${s.url}/callback`, '--secret', SECRET], { cwd: root });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const batchLines = r.stdout.split('\n').filter((l) => / batch: /.test(l));
      expect(batchLines).toHaveLength(4);
      expect(batchLines.every((l) => l.startsWith('ok '))).toBe(true);
      expect(r.stdout).toMatch(/passed, 0 failed/);
    } finally {
      await s.close();
    }
  });
});

describe('docs', () => {
  test('the platform page shows the envelope and says events arrive batched; event pages show the delivered form', async () => {
    const out = await mkdtemp(join(tmpdir(), 'chathooks-batch-docs-'));
    try {
      const r = await runCli(['docs', FIXTURE, '--out', out, '--strict'], { cwd: root });
      expect(r.code, r.stderr).toBe(0);
      const index = await readFile(join(out, 'batch/index.html'), 'utf8');
      expect(index).toContain('Events arrive batched');
      expect(index).toContain('<h2 id="envelope">Envelope</h2>');
      expect(index).toContain('envelope.destination');
      const follow = await readFile(join(out, 'batch/events/follow.html'), 'utf8');
      expect(follow).toMatch(
        /as an item of <code>\/events<\/code> in the <a href="[^"]*#envelope">batch envelope<\/a>/,
      );
      expect(follow).toContain('as delivered');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
