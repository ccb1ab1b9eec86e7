/**
 * `chathooks import`, run as the built CLI: published descriptions (LINE's official webhook.yml, a small
 * OpenAPI 3.1 `webhooks` document, a small AsyncAPI 2.6 document) become specs that `chathooks lint` passes
 * with the decisions given as flags, and that list exactly those decisions (each at file:line:col) without
 * them; the same input gives the same bytes; bad input gets one clear error and nothing is written.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../src/model/ajv.js';
import { synthesise, synthesiseValue } from '../src/import/synthesise.js';
import { runCli } from './helpers/cli.js';

const FIXTURES = 'test/fixtures/import';
const LINE = `${FIXTURES}/line-webhook.yml`;
const WEBHOOKS = `${FIXTURES}/chat-webhooks.yaml`;
const ASYNCAPI2 = `${FIXTURES}/chat-events.asyncapi.yaml`;

/** LINE's `Event.discriminator.mapping`, in the file's order. */
const LINE_EVENTS = [
  'message',
  'unsend',
  'follow',
  'unfollow',
  'join',
  'leave',
  'memberJoined',
  'memberLeft',
  'postback',
  'videoPlayComplete',
  'beacon',
  'accountLink',
  'membership',
  'module',
  'activated',
  'deactivated',
  'botSuspended',
  'botResumed',
  'delivery',
];

interface LintProblem {
  code: string;
  severity: string;
  line: number;
  col: number;
  pointer: string;
  message: string;
}
interface LintReport {
  ok: boolean;
  errors: number;
  warnings: number;
  specs: { file: string; ok: boolean; events: number | null; problems: LintProblem[] }[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const out = (name: string): string => join(dir, name);

async function importTo(input: string, name: string, flags: string[] = []): Promise<string> {
  const target = out(name);
  const r = await runCli(['import', input, '--out', target, '--force', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return target;
}

async function lint(...files: string[]): Promise<LintReport> {
  const r = await runCli(['lint', '--json', ...files]);
  return JSON.parse(r.stdout) as LintReport;
}

/** The line of `file` a problem points at, for checking that lint's file:line:col lands on the placeholder. */
async function lineAt(file: string, line: number): Promise<string> {
  return (await readFile(file, 'utf8')).split('\n')[line - 1] ?? '';
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('import of our own small documents', () => {
  test('OpenAPI 3.1 webhooks: without flags, lint lists exactly the decisions, each at the placeholder', async () => {
    const file = await importTo(WEBHOOKS, 'chat-webhooks.yaml');
    const report = await lint(file);
    const problems = report.specs[0]!.problems;
    expect(problems.map((p) => p.code).sort()).toEqual([
      'undecided-delivery',
      'undecided-kind',
      'undecided-kind',
      'undecided-kind',
      'undecided-signature',
    ]);
    expect(report.warnings).toBe(0);
    for (const p of problems) expect(await lineAt(file, p.line)).toMatch(/undecided/);
    const kinds = problems.filter((p) => p.code === 'undecided-kind').map((p) => p.pointer);
    expect(kinds).toEqual([
      '/components/messages/messageCreated/x-chathooks-kind',
      '/components/messages/messageDeleted/x-chathooks-kind',
      '/components/messages/memberJoined/x-chathooks-kind',
    ]);
    expect(problems.find((p) => p.code === 'undecided-signature')!.message).toContain('pass --signature');
  });

  test('OpenAPI 3.1 webhooks: with the flags the spec lints clean; schemas, docs and examples are kept', async () => {
    const file = await importTo(WEBHOOKS, 'chat-webhooks.yaml', [
      '--signature',
      'hmac-sha256,header=x-acme-signature,encoding=hex',
      '--delivery',
      'timeoutMs=5000,retries=1000/5000,retryOn=timeout/network/non-2xx',
      '--kind',
      'after,member.joined=notify',
    ]);
    const report = await lint(file);
    expect(report.specs[0]!.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(report.specs[0]!.events).toBe(3);

    const spec = parse(await readFile(file, 'utf8'));
    expect(spec['x-chathooks-discriminator']).toEqual({ in: 'body', name: 'type' });
    expect(spec['x-chathooks-signature']).toEqual({
      scheme: 'hmac-sha256',
      header: 'x-acme-signature',
      encoding: 'hex',
    });
    expect(spec['x-chathooks-delivery']).toEqual({
      timeoutMs: 5000,
      retries: [1000, 5000],
      retryOn: ['timeout', 'network', 'non-2xx'],
    });
    const messages = spec.components.messages;
    expect(Object.values(messages).map((m) => (m as { name: string }).name)).toEqual([
      'ack',
      'message.created',
      'message.deleted',
      'member.joined',
    ]);
    expect(messages.memberJoined['x-chathooks-kind']).toBe('notify');
    expect(messages.messageCreated['x-chathooks-kind']).toBe('after');
    // allOf flattened, the discriminator a const, the schema from shared.yaml bundled under its own name.
    const created = spec.components.schemas.MessageCreated;
    expect(created.required).toEqual(['id', 'type', 'created_at', 'message']);
    expect(created.properties.type).toEqual({ type: 'string', const: 'message.created' });
    expect(created.properties.message).toEqual({ $ref: '#/components/schemas/Message' });
    expect(spec.components.schemas.User.properties.name.type).toEqual(['string', 'null']);
    // The inline schema of a webhook becomes a component; its one-value enum a const.
    expect(spec.components.schemas.MemberJoined.properties.type).toEqual({ type: 'string', const: 'member.joined' });
    // Docs: the operation's own link, else the document's.
    expect(messages.memberJoined['x-chathooks-source']).toBe('https://docs.acme-chat.example/webhooks#member-joined');
    expect(messages.messageDeleted['x-chathooks-source']).toBe('https://docs.acme-chat.example/webhooks');
    expect(messages.messageCreated['x-chathooks-confidence']).toBe('documented');
    // The documented example is kept as it is; the others are synthesised, and each event has an invalid one.
    expect(messages.messageCreated.examples.map((e: { name: string }) => e.name)).toEqual(['hello']);
    expect(messages.messageCreated.examples[0].payload.created_at).toBe('2024-05-01T12:00:00Z');
    expect(messages.memberJoined.examples[0].name).toBe('synthesised');
    expect(messages.memberJoined.examples[0].payload.room_id).toMatch(/^room_[a-z0-9]{4,}$/);
    expect(messages.messageDeleted['x-chathooks-invalid-examples'][0]).toMatchObject({
      pointer: '/type',
      keyword: 'const',
    });
  });

  test('AsyncAPI 2.6: subscribe messages (oneOf) become send operations; publish is left out; lint clean with flags', async () => {
    const bare = await importTo(ASYNCAPI2, 'rooms-bare.yaml');
    const file = await importTo(ASYNCAPI2, 'rooms.yaml', [
      '--signature',
      'none',
      '--delivery',
      '{"timeoutMs":10000,"retries":[],"retryOn":[]}',
      '--kind',
      'after',
    ]);
    const report = await lint(bare, file);
    expect(report.specs[0]!.problems.map((p) => p.code).sort()).toEqual([
      'undecided-delivery',
      'undecided-kind',
      'undecided-kind',
      'undecided-signature',
    ]);
    expect(report.specs[1]!.problems).toEqual([]);
    expect(report.specs[1]!.ok).toBe(true);

    const spec = parse(await readFile(file, 'utf8'));
    expect(spec.asyncapi).toBe('3.0.0');
    expect(spec.channels.webhook.address).toBe('/hooks/rooms');
    expect(Object.keys(spec.operations)).toEqual(['roomCreated', 'roomArchived']);
    for (const op of Object.values(spec.operations)) expect((op as { action: string }).action).toBe('send');
    expect(spec['x-chathooks-discriminator']).toEqual({ in: 'body', name: 'event' });
    expect(spec.components.messages.roomCreated).toMatchObject({
      name: 'room.created',
      title: 'Room created',
      summary: 'A room was created.',
      tags: [{ name: 'rooms' }],
      'x-chathooks-source': 'https://docs.acme-rooms.example/events',
    });
    expect(spec.components.messages.roomCreated.examples[0].name).toBe('team-room');
    expect(spec.components.messages.roomArchived['x-chathooks-source']).toBe(
      'https://docs.acme-rooms.example/events#archived',
    );
    // A payload schema's own examples serve when the message has none.
    expect(spec.components.messages.roomArchived.examples).toEqual([
      { name: 'schema-example-1', payload: { event: 'room.archived', room_id: 'r-100', by: 'ops@acme-rooms.example' } },
    ]);
    expect(JSON.stringify(spec)).not.toContain('room.command');
  });
});

describe('import of OpenAPI 3.0 callbacks (JSON) and of a batch with an envelope example', () => {
  test('callbacks: one event per callback, 3.0 keywords as JSON Schema, the reply from the first 2xx', async () => {
    const file = await importTo(`${FIXTURES}/chat-callbacks.json`, 'billing.yaml', [
      '--signature',
      'none',
      '--delivery',
      '{"timeoutMs":5000,"retries":[],"retryOn":[]}',
      '--kind',
      'after',
    ]);
    const report = await lint(file);
    expect(report.specs[0]!.problems).toEqual([]);
    const spec = parse(await readFile(file, 'utf8'));
    expect(Object.values(spec.components.messages).map((m) => (m as { name: string }).name)).toEqual([
      'ack',
      'invoice.paid',
      'invoice.voided',
    ]);
    expect(spec['x-chathooks-discriminator']).toEqual({ in: 'body', name: 'event' });
    const paid = spec.components.schemas.InvoicePaid.properties;
    expect(paid.event).toEqual({ type: 'string', const: 'invoice.paid' });
    expect(paid.amount).toEqual({ type: 'integer', exclusiveMinimum: 0 }); // int64 dropped, boolean bound made numeric
    expect(paid.note).toEqual({ type: ['string', 'null'] });
    expect(spec.components.schemas.InvoiceVoided.properties.voided_at.examples).toEqual(['2024-02-01T10:00:00Z']);
    expect(spec.components.messages.ack).toMatchObject({
      summary: 'Received.',
      payload: { $ref: '#/components/schemas/Received' },
      examples: [{ name: 'example', payload: { received: true } }],
    });
    expect(spec.components.messages.invoicePaid.examples).toEqual([
      { name: 'example', payload: { event: 'invoice.paid', invoice_id: 'inv_1', amount: 1200, note: null } },
    ]);
  });

  test('an inline oneOf with a discriminator: one event per variant, each variant given its const', async () => {
    const r = await runCli(['import', `${FIXTURES}/inline-union.yaml`, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.events).toEqual(['a.x', 'b.y']);
    const spec = parse(summary.spec);
    expect(spec.components.schemas.A.properties.t).toEqual({ type: 'string', const: 'a.x' });
    expect(spec.components.schemas.B.properties.t).toEqual({ type: 'string', const: 'b.y' });
    expect(spec.components.messages.bY.payload).toEqual({ $ref: '#/components/schemas/B' });
  });

  test('one webhook and no constant: one event named by its key, no discriminator, type object made explicit', async () => {
    const input = out('one-webhook.yaml');
    await writeFile(
      input,
      `openapi: 3.1.0
info: { title: Pets, version: '1' }
webhooks:
  newPet:
    post:
      requestBody:
        description: A pet was added.
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
components:
  schemas:
    Pet:
      required: [id, name]
      properties: { id: { type: integer, format: int64 }, name: { type: string } }
`,
    );
    const file = await importTo(input, 'pets.yaml', [
      '--signature',
      'none',
      '--delivery',
      'timeoutMs=1000,retries=,retryOn=',
      '--kind',
      'after',
    ]);
    expect((await lint(file)).specs[0]!.problems).toEqual([]);
    const spec = parse(await readFile(file, 'utf8'));
    expect(spec['x-chathooks-discriminator']).toBeUndefined();
    expect(spec.components.schemas.Pet.type).toBe('object');
    expect(spec.components.messages.newPet).toMatchObject({ name: 'newPet', description: 'A pet was added.' });
    expect(spec.components.messages.newPet['x-chathooks-invalid-examples'][0]).toMatchObject({
      name: 'missing-id',
      pointer: '/id',
      keyword: 'required',
    });
  });

  test('several deliveries and nothing to tell them apart: an error at the first payload', async () => {
    const input = out('no-discriminator.yaml');
    await writeFile(
      input,
      `asyncapi: 2.1.0
info: { title: Lights, version: '1' }
channels:
  lights/on:
    subscribe: { message: { $ref: '#/components/messages/turn' } }
  lights/off:
    subscribe: { message: { $ref: '#/components/messages/turn' } }
  lights/dim:
    subscribe: { message: { name: dim, payload: { type: object, properties: { percentage: { type: integer } } } } }
components:
  messages:
    turn: { name: turn, payload: { type: object, properties: { command: { type: string, enum: ['on', 'off'] } } } }
`,
    );
    const r = await runCli(['import', input]);
    expect(r.code).toBe(1);
    // The message both channels send is one delivery, not two.
    expect(r.stderr).toMatch(
      /no-discriminator\.yaml:12:25 #\/components\/messages\/turn\/payload 2 deliveries, but no body property holds a constant/,
    );
  });

  test('batch: envelope example items go to their events; one naming no event is left out with a warning', async () => {
    const target = out('relay.yaml');
    const r = await runCli([
      'import',
      `${FIXTURES}/batch-receiver.yaml`,
      '--out',
      target,
      '--force',
      '--json',
      '--signature',
      'none',
      '--delivery',
      'timeoutMs=1000,retries=,retryOn=',
      '--kind',
      'after',
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ events: ['Ping', 'Note'], out: target });
    expect(summary.warnings).toEqual([
      'the source example "delivery-3" is left out: its kind "Pong" names no event (Ping, Note)',
    ]);
    const spec = parse(await readFile(target, 'utf8'));
    expect(spec['x-chathooks-batch']).toMatchObject({ items: '/items', empty: 'invalid' });
    expect(spec['x-chathooks-batch'].example.items).toHaveLength(3);
    expect(spec.components.messages.ping.examples).toEqual([
      { name: 'delivery-1', summary: 'Two events in one delivery.', payload: { kind: 'Ping', seq: 1 } },
    ]);
    expect(spec.components.messages.note.examples[0]).toMatchObject({ name: 'delivery-2', payload: { text: 'hi' } });
    // The envelope example is the source's, whole (its unknown third item included): lint reads it as it is.
    const report = await lint(target);
    expect(report.specs[0]!.problems).toEqual([]);
  });
});

describe("import of LINE's official webhook.yml", () => {
  test('19 event types from the mapping, message content subtypes as unions of consts, the batch envelope', async () => {
    const file = await importTo(LINE, 'line.yaml');
    const spec = parse(await readFile(file, 'utf8'));
    const names = Object.values(spec.components.messages)
      .map((m) => (m as { name: string }).name)
      .filter((n) => n !== 'ack');
    expect(names).toEqual(LINE_EVENTS);
    expect(spec.channels.webhook.address).toBe('/callback');
    expect(spec['x-chathooks-batch']).toEqual({
      items: '/events',
      envelope: { $ref: '#/components/schemas/CallbackRequest' },
      empty: 'verification',
      example: { destination: expect.stringMatching(/^U[0-9a-f]{32}$/), events: [] },
    });
    const schemas = spec.components.schemas;
    // The envelope's items are the fields every event has, not a closed union.
    expect(schemas.CallbackRequest.properties.events.items).toEqual({ $ref: '#/components/schemas/Event' });
    expect(schemas.Event.properties.type).toEqual({ type: 'string', description: 'Type of the event' });
    // Per-event payloads: allOf resolved, the discriminator a const.
    expect(schemas.PnpDeliveryCompletionEvent.properties.type.const).toBe('delivery');
    expect(schemas.PnpDeliveryCompletionEvent.required).toEqual([
      'type',
      'timestamp',
      'mode',
      'webhookEventId',
      'deliveryContext',
      'delivery',
    ]);
    // Nested discriminators: a oneOf of variants, each with its const.
    expect(schemas.MessageContent.oneOf.map((r: { $ref: string }) => r.$ref.split('/').pop())).toEqual([
      'TextMessageContent',
      'ImageMessageContent',
      'VideoMessageContent',
      'AudioMessageContent',
      'FileMessageContent',
      'LocationMessageContent',
      'StickerMessageContent',
    ]);
    expect(schemas.StickerMessageContent.properties.type.const).toBe('sticker');
    expect(schemas.Source.oneOf).toHaveLength(3);
    // One synthesised example per message content type, per membership and module subtype.
    const exampleNames = (key: string) =>
      spec.components.messages[key].examples.map((e: { name: string }) => e.name) as string[];
    expect(exampleNames('message')).toEqual([
      'synthesised-text',
      'synthesised-image',
      'synthesised-video',
      'synthesised-audio',
      'synthesised-file',
      'synthesised-location',
      'synthesised-sticker',
    ]);
    expect(exampleNames('membership')).toEqual(['synthesised-joined', 'synthesised-left', 'synthesised-renewed']);
    expect(exampleNames('module')).toEqual(['synthesised-attached', 'synthesised-detached']);
    expect(exampleNames('follow')).toEqual(['synthesised']);
    expect(spec.components.messages.follow['x-chathooks-source']).toBe(
      'https://developers.line.biz/en/reference/messaging-api/#follow-event',
    );
  });

  test('deterministic: importing twice gives identical bytes (to a file and to stdout)', async () => {
    const first = await readFile(await importTo(LINE, 'line-a.yaml'), 'utf8');
    const second = await readFile(await importTo(LINE, 'line-b.yaml', ['--id', 'line-a']), 'utf8');
    expect(second).toBe(first);
    const printed = await runCli(['import', LINE, '--id', 'line-a']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(first);
    expect(printed.stderr).toContain('19 events');
  });

  test('lint lists only the decisions without flags, and nothing with them', async () => {
    const bare = await importTo(LINE, 'line.yaml');
    const decided = await importTo(LINE, 'line-decided.yaml', [
      '--id',
      'line',
      '--signature',
      'line',
      '--delivery',
      'timeoutMs=10000,retries=,retryOn=',
      '--kind',
      'after',
    ]);
    const report = await lint(bare, decided);
    const codes = report.specs[0]!.problems.map((p) => p.code);
    expect(codes.filter((c) => c === 'undecided-kind')).toHaveLength(19);
    expect(codes.filter((c) => c !== 'undecided-kind').sort()).toEqual(['undecided-delivery', 'undecided-signature']);
    expect(report.specs[1]!.problems).toEqual([]);
    expect(report.specs[1]!.events).toBe(19);
  });
});

describe('bad input: one clear error at file:line:col, exit 1, nothing written', () => {
  const cases: [string, string, RegExp][] = [
    ['not-a-spec', 'not-a-spec.yaml:2:1 # ', /neither OpenAPI nor AsyncAPI.*\[import-not-a-spec\]/],
    [
      'swagger2',
      'swagger2.yaml:2:1 #/swagger ',
      /Swagger 2\.0.*convert it to OpenAPI 3.*\[import-unsupported-version\]/,
    ],
    [
      'asyncapi3',
      'asyncapi3.yaml:2:1 #/asyncapi ',
      /already AsyncAPI 3: lint it instead.*\[import-already-asyncapi-3\]/,
    ],
    [
      'mapping-missing',
      'mapping-missing.yaml:23:11 #/components/schemas/Event/discriminator/mapping/deleted ',
      /sends "deleted" to "#\/components\/schemas\/Deletd", which is not a schema.*\[import-mapping-missing\]/,
    ],
    [
      'allof-cycle',
      'allof-cycle.yaml:20:11 #/components/schemas/B/allOf/0/$ref ',
      /Circular allOf: A → B → A.*\[import-allof-cycle\]/,
    ],
    [
      'remote-ref',
      'remote-ref.yaml:10:23 #/webhooks/thing/post/requestBody/content/application~1json/schema/$ref ',
      /"https:\/\/schemas\.example\.com\/thing\.json#\/Thing" is remote.*fetches nothing.*\[import-remote-ref\]/,
    ],
    [
      'asyncapi1',
      'asyncapi1.yaml:2:1 #/asyncapi ',
      /declares AsyncAPI "1\.2\.0"; chathooks import reads AsyncAPI 2\.x.*\[import-unsupported-version\]/,
    ],
    [
      'publish-only',
      'publish-only.yaml:4:1 #/channels ',
      /no `subscribe` operation with a message.*\[import-no-deliveries\]/,
    ],
    [
      'allof-cycle-bundled',
      'cycle-parts.yaml:9:11 #/components/schemas/C/allOf/0/$ref ',
      /Circular allOf: B → C → B.*\[import-allof-cycle\]/,
    ],
    [
      'two-paths',
      'two-paths.yaml:4:1 #/paths ',
      /POST \/hooks\/a, POST \/hooks\/b\. Choose one with --path.*\[import-path-ambiguous\]/,
    ],
  ];

  test.each(cases)('%s', async (name, where, message) => {
    const target = out(`bad-${name}.yaml`);
    const r = await runCli(['import', `${FIXTURES}/bad/${name}.yaml`, '--out', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`chathooks import: ${FIXTURES}/bad/${where}`);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack
    expect(await exists(target)).toBe(false);
  });

  test('--path picks one of several receiver paths; an unknown path names the ones there are', async () => {
    const ok = await runCli(['import', `${FIXTURES}/bad/two-paths.yaml`, '--path', '/hooks/b', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      events: ['ping'],
      describedAs: 'OpenAPI 3.0.3 receiver path POST /hooks/b',
    });
    const unknown = await runCli(['import', `${FIXTURES}/bad/two-paths.yaml`, '--path', '/hooks/c']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no path "/hooks/c"; its paths: /hooks/a, /hooks/b');
  });

  test('a $ref to a missing local file names the file; a missing input names the path', async () => {
    const input = out('dangling.yaml');
    await writeFile(
      input,
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\nwebhooks:\n  a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: { $ref: 'nowhere.yaml#/X' }\n",
    );
    const r = await runCli(['import', input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dangling\.yaml:9:23 .*Cannot read .*nowhere\.yaml \(ENOENT\)/);
    const missing = await runCli(['import', out('absent.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/absent\.yaml \(ENOENT\)\. Check the path\./);
  });
});

describe('usage', () => {
  test('flags are checked before anything is written (exit 2)', async () => {
    const target = out('flags.yaml');
    const cases: [string[], RegExp][] = [
      [['--signature', 'hmac-sha265'], /--signature: unknown scheme "hmac-sha265"\. Did you mean "hmac-sha256"\?/],
      [['--signature', 'hmac-sha256,encoding=hex'], /--signature: .*header/],
      [
        ['--delivery', 'timeoutMS=1000,retries=,retryOn='],
        /--delivery: .*timeoutMS is not a known key\. Did you mean "timeoutMs"\?/,
      ],
      [['--delivery', '{not json'], /--delivery: not a JSON object/],
      [['--kind', 'sometimes'], /--kind: "sometimes" for every event is not a kind; use before, after, notify\./],
      [['--kind', 'folow=after'], /--kind: the import has no event "folow"\. Did you mean "follow"\?/],
    ];
    for (const [flags, message] of cases) {
      const r = await runCli(['import', LINE, '--out', target, ...flags]);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(await exists(target)).toBe(false);
    }
    const none = await runCli(['import']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name the file to import');
  });

  test('an existing different --out is kept unless --force', async () => {
    const target = out('keep.yaml');
    await writeFile(target, 'mine\n');
    const r = await runCli(['import', WEBHOOKS, '--out', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exists with other content; pass --force');
    expect(await readFile(target, 'utf8')).toBe('mine\n');
    const forced = await runCli(['import', WEBHOOKS, '--out', target, '--force', '--id', 'keep']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('3 events');
    expect(forced.stdout).toContain(
      'left to decide: the signature scheme, the delivery policy, the kind of message.created',
    );
  });
});

describe('synthesised values are valid against their schema, and the same every time', () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      'a LINE user id pattern with fixed length',
      { type: 'string', pattern: '^U[0-9a-f]{32}$', minLength: 33, maxLength: 33 },
    ],
    ['alternation and classes', { type: 'string', pattern: '^(foo|bar)_[a-z]+-\\d{3}$' }],
    ['an unanchored pattern and a minLength', { type: 'string', pattern: '[A-Z]{2}', minLength: 8 }],
    ['a short maxLength', { type: 'string', maxLength: 2 }],
    [
      'formats',
      {
        type: 'object',
        properties: {
          a: { type: 'string', format: 'email' },
          b: { type: 'string', format: 'date-time' },
          c: { type: 'string', format: 'uuid' },
        },
      },
    ],
    ['integer bounds, exclusive, multipleOf', { type: 'integer', exclusiveMinimum: 10, maximum: 100, multipleOf: 7 }],
    ['a number below 1', { type: 'number', maximum: 0.25 }],
    [
      'a time-like integer within bounds',
      { type: 'object', required: ['sentAt'], properties: { sentAt: { type: 'integer', maximum: 99 } } },
    ],
    ['an enum with null first', { enum: [null, 'x'] }],
    ['nullable type', { type: ['null', 'string'] }],
    [
      'minItems of objects',
      {
        type: 'array',
        minItems: 2,
        items: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 3 } } },
      },
    ],
    [
      'a oneOf picks its first branch',
      { oneOf: [{ type: 'object', required: ['k'], properties: { k: { const: 'a' } } }, { type: 'string' }] },
    ],
    [
      'allOf parts merged',
      {
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
          { type: 'object', required: ['b'], properties: { b: { type: 'boolean' } } },
        ],
      },
    ],
    ['a required property of any type', { type: 'object', required: ['x'], properties: { x: {} } }],
  ];
  const ajv = createAjv();
  test.each(cases)('%s', (_name, schema) => {
    const value = synthesiseValue(new Map(), schema);
    const validate = ajv.compile(schema);
    expect(validate(value), JSON.stringify({ value, errors: validate.errors })).toBe(true);
    expect(synthesiseValue(new Map(), schema)).toEqual(value);
  });

  test('one example per variant of a union on the required path; none for optional unions', () => {
    const schemas = new Map<string, Record<string, unknown>>([
      [
        'Event',
        {
          type: 'object',
          required: ['type', 'body'],
          properties: {
            type: { const: 'e' },
            body: { $ref: '#/components/schemas/Body' },
            extra: { $ref: '#/components/schemas/Other' },
          },
        },
      ],
      ['Body', { oneOf: [{ $ref: '#/components/schemas/Text' }, { $ref: '#/components/schemas/Image' }] }],
      ['Text', { type: 'object', required: ['kind'], properties: { kind: { type: 'string', const: 'text' } } }],
      [
        'Image',
        {
          type: 'object',
          required: ['kind', 'url'],
          properties: { kind: { type: 'string', const: 'image' }, url: { type: 'string', format: 'uri' } },
        },
      ],
      ['Other', { oneOf: [{ type: 'string' }, { type: 'integer' }] }],
    ]);
    const examples = synthesise(schemas, 'Event');
    expect(examples.map((e) => e.name)).toEqual(['synthesised-text', 'synthesised-image']);
    expect(examples[1]!.payload).toEqual({
      type: 'e',
      body: { kind: 'image', url: 'https://example.com/' },
      extra: 'extra',
    });
    expect(synthesise(schemas, 'Event')).toEqual(examples);
  });
});

describe('synthesised identifiers', () => {
  test("no two synthesised LINE examples share an id, so a receiver's de-duplication sees them as different deliveries", async () => {
    const out = await runCli(['import', LINE, '--signature', 'line']);
    expect(out.code, out.stderr).toBe(0);
    const doc = parse(out.stdout) as {
      components: {
        messages: Record<
          string,
          { 'x-chathooks-kind'?: string; examples?: { name: string; payload: Record<string, unknown> }[] }
        >;
      };
    };
    // Event messages (the reply's message has no kind).
    const events = Object.values(doc.components.messages).filter((m) => m['x-chathooks-kind'] !== undefined);
    const ids = events.flatMap((m) => (m.examples ?? []).map((e) => e.payload['webhookEventId']));
    expect(ids.length).toBeGreaterThan(19);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
