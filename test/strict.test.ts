/**
 * The strict reading (issue 14 item 2): strictSchema on composition, the strict validators of every bundled spec
 * (generated and compiled at run time), open enums and documented-required fields, lint of the two extensions,
 * the native mock's record over real HTTP and verify-sender judging a real sender process.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as protocol from '../generated/protocol/index.js';
import * as sendbird from '../generated/sendbird/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { deliver } from '../src/delivery/index.js';
import { startMockServer, type MockServer } from '../src/mock/index.js';
import { createAjv, toIssues } from '../src/model/ajv.js';
import {
  loadContract,
  toRuntime,
  type GuardValidator,
  type JsonSchema,
  type RuntimeContract,
} from '../src/model/index.js';
import { strictSchema } from '../src/model/strict.js';
import { formatFinding, MAX_STRICT_FINDINGS, strictFindings } from '../src/model/strict-findings.js';
import { runCli, runNode } from './helpers/cli.js';

/** Strict findings of `data` under `schema` (pointer and keyword), as strictFindings reports them. */
function strictIssues(schema: JsonSchema, data: unknown): { pointer: string; keyword: string }[] {
  const fn = createAjv({ unevaluated: true }).compile(strictSchema(schema) as object);
  const guard = ((d: unknown) => {
    const ok = fn(d);
    guard.errors = ok ? null : toIssues(fn.errors);
    return ok;
  }) as GuardValidator<unknown>;
  return strictFindings(guard, data).map(({ pointer, keyword }) => ({ pointer, keyword }));
}

interface Case {
  name: string;
  schema: JsonSchema;
  /** Payloads the strict reading accepts. */
  pass: unknown[];
  /** Payloads it rejects, with the issues it reports. */
  fail: { data: unknown; issues: { pointer: string; keyword: string }[] }[];
}

const base = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' }, nested: { $ref: '#/$defs/Nested' } },
};
const nested = { type: 'object', properties: { n: { type: 'integer' } } };

const CASES: Case[] = [
  {
    name: 'a plain object is closed',
    schema: { type: 'object', properties: { a: { type: 'string' } } },
    pass: [{ a: 'x' }, {}],
    fail: [{ data: { a: 'x', b: 1 }, issues: [{ pointer: '/b', keyword: 'additionalProperties' }] }],
  },
  {
    name: 'allOf of a $ref base and the event: neither branch rejects the other one’s properties',
    schema: {
      allOf: [{ $ref: '#/$defs/Base' }, { type: 'object', properties: { kind: { type: 'string' } } }],
      $defs: { Base: base, Nested: nested },
    },
    pass: [
      { id: '1', kind: 'k' },
      { id: '1', nested: { n: 1 } },
    ],
    fail: [
      { data: { id: '1', kind: 'k', extra: true }, issues: [{ pointer: '/extra', keyword: 'additionalProperties' }] },
      // The definition used as a property value is closed at its use site.
      {
        data: { id: '1', nested: { n: 1, m: 2 } },
        issues: [{ pointer: '/nested/m', keyword: 'additionalProperties' }],
      },
    ],
  },
  {
    name: 'oneOf without a discriminator: a property of the other branch is undocumented for this one',
    schema: {
      oneOf: [
        { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
        { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
      ],
    },
    pass: [{ a: 1 }, { b: 'x' }],
    fail: [{ data: { a: 1, b: 2 }, issues: [{ pointer: '/b', keyword: 'additionalProperties' }] }],
  },
  {
    name: 'a discriminated oneOf ($ref branches): only the matching branch reports, each closed alone',
    schema: {
      type: 'object',
      properties: { list: { type: 'array', items: { $ref: '#/$defs/Elem' } } },
      $defs: {
        Elem: { type: 'object', oneOf: [{ $ref: '#/$defs/Text' }, { $ref: '#/$defs/Image' }] },
        Text: {
          type: 'object',
          required: ['t'],
          properties: { t: { const: 'text' }, body: { type: 'object', properties: { text: { type: 'string' } } } },
        },
        Image: {
          type: 'object',
          required: ['t'],
          properties: {
            t: { const: 'image' },
            body: { type: 'object', properties: { format: { type: 'integer', 'x-chathooks-open-enum': [1, 2] } } },
          },
        },
      },
    },
    pass: [
      {
        list: [
          { t: 'text', body: { text: 'hi' } },
          { t: 'image', body: { format: 2 } },
        ],
      },
    ],
    fail: [
      {
        data: { list: [{ t: 'image', body: { format: 3, extra: 1 }, top: true }] },
        issues: [
          { pointer: '/list/0/body/format', keyword: 'enum' },
          { pointer: '/list/0/body/extra', keyword: 'additionalProperties' },
          { pointer: '/list/0/top', keyword: 'additionalProperties' },
        ],
      },
    ],
  },
  {
    name: 'a discriminated oneOf: a property of the other branch is undocumented for this one',
    schema: {
      oneOf: [
        { type: 'object', required: ['k'], properties: { k: { const: 'a' }, a: { type: 'integer' } } },
        { type: 'object', required: ['k'], properties: { k: { const: 'b' }, b: { type: 'integer' } } },
      ],
    },
    pass: [
      { k: 'a', a: 1 },
      { k: 'b', b: 2 },
    ],
    fail: [{ data: { k: 'a', b: 2 }, issues: [{ pointer: '/b', keyword: 'additionalProperties' }] }],
  },
  {
    name: 'anyOf branches and a sibling properties keyword all count as documented',
    schema: {
      type: 'object',
      properties: { id: { type: 'string' } },
      anyOf: [{ properties: { x: { type: 'integer' } } }, { properties: { y: { type: 'integer' } } }],
    },
    pass: [
      { id: 'a', x: 1 },
      { id: 'a', y: 1 },
    ],
    fail: [{ data: { id: 'a', z: 1 }, issues: [{ pointer: '/z', keyword: 'additionalProperties' }] }],
  },
  {
    name: 'explicit additionalProperties keeps an object open (here and through a branch)',
    schema: {
      type: 'object',
      properties: {
        map: { type: 'object', properties: { a: {} }, additionalProperties: { type: 'string' } },
        open: { allOf: [{ type: 'object', properties: { a: {} }, additionalProperties: true }] },
      },
    },
    pass: [{ map: { a: 1, b: 'x' }, open: { a: 1, anything: [] } }],
    fail: [{ data: { map: { b: 2 } }, issues: [{ pointer: '/map/b', keyword: 'type' }] }],
  },
  {
    name: 'items and additionalProperties schemas are use sites: closed',
    schema: {
      type: 'object',
      properties: { list: { type: 'array', items: { type: 'object', properties: { a: {} } } } },
    },
    pass: [{ list: [{ a: 1 }] }],
    fail: [
      { data: { list: [{ a: 1 }, { b: 1 }] }, issues: [{ pointer: '/list/1/b', keyword: 'additionalProperties' }] },
    ],
  },
  {
    name: 'not and if are left as they are (closing them would change what they match)',
    schema: {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      not: { type: 'object', properties: { a: { const: 'x' } }, required: ['a'] },
      if: { properties: { a: { const: 'y' } } },
      then: { properties: { b: { minLength: 1 } }, required: ['b'] },
    },
    pass: [{ a: 'z' }, { a: 'y', b: 'q' }],
    fail: [
      { data: { a: 'x' }, issues: [{ pointer: '', keyword: 'not' }] },
      // The `if` that failed is echoed by its `then`: only the specific finding is kept.
      { data: { a: 'y' }, issues: [{ pointer: '/b', keyword: 'required' }] },
    ],
  },
  {
    name: 'an open enum is closed, with null where the type admits it',
    schema: {
      type: 'object',
      properties: { s: { type: ['string', 'null'], 'x-chathooks-open-enum': ['A', 'B'] } },
    },
    pass: [{ s: 'A' }, { s: null }],
    fail: [{ data: { s: 'C' }, issues: [{ pointer: '/s', keyword: 'enum' }] }],
  },
  {
    name: 'documented-required names join required',
    schema: {
      type: 'object',
      required: ['a'],
      properties: { a: {}, b: {} },
      'x-chathooks-documented-required': ['b', 'a'],
    },
    pass: [{ a: 1, b: 2 }],
    fail: [{ data: { a: 1 }, issues: [{ pointer: '/b', keyword: 'required' }] }],
  },
];

describe('strictSchema', () => {
  test.each(CASES)('$name', ({ schema, pass, fail }) => {
    for (const data of pass) expect(strictIssues(schema, data), JSON.stringify(data)).toEqual([]);
    for (const { data, issues } of fail) expect(strictIssues(schema, data), JSON.stringify(data)).toEqual(issues);
  });

  test('is pure and deterministic: the input is not changed, the output is the same each time', () => {
    for (const { schema } of CASES) {
      const before = structuredClone(schema);
      const once = strictSchema(schema);
      expect(schema).toEqual(before);
      expect(strictSchema(schema)).toEqual(once);
      expect(JSON.stringify(once)).not.toContain('x-chathooks-');
    }
  });

  test('the tolerant reading of the same schemas accepts what strict rejects for being undocumented', () => {
    const tolerant = createAjv();
    const schema = CASES[1]!.schema as Record<string, unknown>;
    expect(tolerant.validate(schema, { id: '1', kind: 'k', extra: true })).toBe(true);
    expect(tolerant.validate(CASES[7]!.schema as object, { s: 'C' })).toBe(true);
  });
});

const MODULES: Record<string, RuntimeContract> = { gaife, protocol, sendbird, 'tencent-chat': tencent };

/**
 * Examples that legitimately leave the documented shape: each is a real-world shape the docs do not describe, kept
 * as an example because the tolerant reading must accept it. `pointers` are the strict findings.
 */
const NOT_STRICT: Record<string, { reason: string; pointers: string[] }> = {
  'gaife message/guide-test-generator': {
    reason: "the guide's own test generator omits created_by and updated_by, which its field table marks required",
    pointers: ['/data/created_by', '/data/updated_by'],
  },
  'protocol contact.deleted/full-object': {
    reason: 'what Protocol sends for a deleted object is undocumented; the docs only promise the id',
    pointers: ['/payload/username', '/payload/phone_number', '/payload/created_at'],
  },
  'sendbird open_channel:message_send/file': {
    reason: 'file message fields were not retrieved from the reference (accepted as extra properties)',
    pointers: ['/payload/url', '/payload/name', '/payload/size'],
  },
  'sendbird group_channel:message_send/file-no-members': {
    reason: 'file message fields were not retrieved from the reference',
    pointers: ['/payload/url', '/payload/name', '/payload/size'],
  },
  'sendbird group_channel:freeze_unfreeze/frozen': {
    reason: 'the freeze flag on the channel is unconfirmed (an extra property)',
    pointers: ['/channel/freeze'],
  },
  'sendbird message:report/spam-file': {
    reason: 'file message fields were not retrieved from the reference',
    pointers: ['/reported_message/payload/url', '/reported_message/payload/name', '/reported_message/payload/size'],
  },
};

describe('strict validators of the bundled specs', () => {
  const runtimes: Record<string, RuntimeContract> = {};
  beforeAll(async () => {
    for (const id of Object.keys(MODULES))
      runtimes[id] = toRuntime(await loadContract(`spec/${id}.yaml`, { validation: 'conventions' }));
  });

  test.each(Object.keys(MODULES))(
    '%s: every example passes strict (generated and compiled alike), but for the listed ones',
    (id) => {
      const seen: string[] = [];
      for (const runtime of [MODULES[id]!, runtimes[id]!]) {
        for (const [event, list] of Object.entries(runtime.examples!)) {
          for (const example of list) {
            const key = `${id} ${event}/${example.name}`;
            const findings = strictFindings(runtime.strictValidators[event], example.payload);
            expect(runtime.validators[event]!(example.payload), key).toBe(true);
            const known = NOT_STRICT[key];
            expect(findings.map((f) => f.pointer).sort(), key).toEqual([...(known?.pointers ?? [])].sort());
            if (known) seen.push(key);
          }
        }
        for (const [event, list] of Object.entries(runtime.replyExamples!)) {
          for (const example of list)
            expect(
              runtime.strictReplyValidators[event]?.(example.payload) ?? true,
              `${event} reply ${example.name}`,
            ).toBe(true);
        }
      }
      const listed = Object.keys(NOT_STRICT).filter((k) => k.startsWith(`${id} `));
      expect([...new Set(seen)].sort()).toEqual(listed.sort());
    },
  );

  const stateChange = (): { Info: Record<string, unknown> } & Record<string, unknown> =>
    structuredClone(tencent.examples['State.StateChange'][0]!.payload) as never;

  test('an undocumented field passes tolerant, fails strict with its pointer (generated and compiled)', () => {
    const payload = { ...stateChange(), Foo: 1 };
    payload.Info = { ...payload.Info, Bar: 'x' };
    for (const runtime of [tencent as RuntimeContract, runtimes['tencent-chat']!]) {
      expect(runtime.validators['State.StateChange']!(payload)).toBe(true);
      expect(strictFindings(runtime.strictValidators['State.StateChange'], payload)).toEqual([
        { pointer: '/Info/Bar', keyword: 'additionalProperties', message: 'undocumented property' },
        { pointer: '/Foo', keyword: 'additionalProperties', message: 'undocumented property' },
      ]);
    }
  });

  test('an undocumented value of an open enum passes tolerant, fails strict naming the documented ones', () => {
    const payload = stateChange();
    payload.Info['Action'] = 'Kick';
    for (const runtime of [tencent as RuntimeContract, runtimes['tencent-chat']!]) {
      expect(runtime.validators['State.StateChange']!(payload)).toBe(true);
      const findings = strictFindings(runtime.strictValidators['State.StateChange'], payload);
      expect(findings.map(formatFinding)).toEqual([
        'strict: /Info/Action: "Kick" is not a documented value (Login, Logout, Disconnect)',
      ]);
    }
    // Numbers too: Tencent's ImageFormat documents 1, 2, 3, 4 and 255.
    const example = tencent.examples['C2C.CallbackBeforeSendMsg'].find((e) => e.name === 'image')!;
    const image = structuredClone(example.payload) as {
      MsgBody: { MsgType: string; MsgContent: { ImageFormat?: number } }[];
    };
    const i = image.MsgBody.findIndex((m) => m.MsgType === 'TIMImageElem');
    image.MsgBody[i]!.MsgContent.ImageFormat = 7;
    expect(tencent.validators['C2C.CallbackBeforeSendMsg'](image)).toBe(true);
    expect(strictFindings(tencent.strictValidators['C2C.CallbackBeforeSendMsg'], image).map(formatFinding)).toEqual([
      `strict: /MsgBody/${i}/MsgContent/ImageFormat: 7 is not a documented value (1, 2, 3, 4, 255)`,
    ]);
  });

  test('a documented-required field: optional when tolerant, required when strict', () => {
    const payload = structuredClone(gaife.examples.message[0]!.payload) as { data: Record<string, unknown> };
    delete payload.data['updated_by'];
    expect(gaife.validators.message(payload)).toBe(true);
    expect(strictFindings(gaife.strictValidators.message, payload).map(formatFinding)).toEqual([
      'strict: /data/updated_by: missing; the documentation marks it required',
    ]);
  });

  test('findings are bounded: past MAX_STRICT_FINDINGS, one last finding counts the rest', () => {
    const payload: Record<string, unknown> = stateChange();
    for (let i = 0; i < MAX_STRICT_FINDINGS + 7; i++) payload[`extra${i}`] = i;
    const findings = strictFindings(tencent.strictValidators['State.StateChange'], payload);
    expect(findings).toHaveLength(MAX_STRICT_FINDINGS + 1);
    expect(findings.at(-1)).toEqual({ pointer: '', keyword: 'limit', message: '7 more findings not listed' });
  });

  test('importing a generated module loads none of the strict code; the first read of a strict validator does', async () => {
    const script = [
      "import { createRequire } from 'node:module';",
      'const cache = createRequire(import.meta.url).cache;',
      "const loaded = () => Object.keys(cache).some((k) => k.endsWith('strict-validators.cjs'));",
      "const t = await import('./generated/tencent-chat/index.js');",
      'const before = loaded();',
      "const ok = t.strictValidators['State.StateChange'](t.examples['State.StateChange'][0].payload);",
      'console.log(JSON.stringify({ before, after: loaded(), ok, events: Object.keys(t.strictValidators).length }));',
    ].join('\n');
    const r = await runNode(['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      before: false,
      after: true,
      ok: true,
      events: tencent.eventNames.length,
    });
  });
});

describe('lint of the schema extensions', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chathooks-strict-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('a malformed or unknown schema extension is reported with file:line:col', async () => {
    const text = await readFile('spec/tencent-chat.yaml', 'utf8');
    const bad = text
      .replace('x-chathooks-open-enum: [Login, Logout, Disconnect]', 'x-chathooks-open-enum: Login')
      .replace('x-chathooks-open-enum: [Kicked, Quit]', 'x-chathooks-open-enums: [Kicked, Quit]')
      .replace('x-chathooks-open-enum: [Apply, Invited]', 'x-chathooks-open-enum: [Apply, 3]');
    expect(bad).not.toBe(text);
    const file = join(dir, 'tencent-chat.yaml');
    await writeFile(file, bad);
    const lineOf = (needle: string): number => bad.slice(0, bad.indexOf(needle)).split('\n').length;
    const r = await runCli(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      `${file}:${lineOf('x-chathooks-open-enum: Login')}:15 #/components/schemas/StateStateChange/properties/Info/properties/Action/x-chathooks-open-enum x-chathooks-open-enum must be array. [extension-invalid]`,
    );
    expect(r.stdout + r.stderr).toMatch(
      new RegExp(
        `${file}:${lineOf('x-chathooks-open-enums')}:\\d+ #/components/schemas/GroupCallbackAfterMemberExit/properties/ExitType/x-chathooks-open-enums Unknown extension x-chathooks-open-enums on a schema. Did you mean "x-chathooks-open-enum"\\? \\[extension-unknown\\]`,
      ),
    );
    expect(r.stdout + r.stderr).toMatch(
      new RegExp(
        `${file}:${lineOf('[Apply, 3]')}:\\d+ #/components/schemas/GroupCallbackAfterNewMemberJoin/properties/JoinType/x-chathooks-open-enum/1 x-chathooks-open-enum value 3 does not fit the schema's type "string"`,
      ),
    );
  });

  test('documented-required must name declared properties; one already required is a warning', async () => {
    const text = await readFile('spec/gaife.yaml', 'utf8');
    const file = join(dir, 'gaife.yaml');
    await writeFile(
      file,
      text.replace(
        'x-chathooks-documented-required: [created_by, updated_by]',
        'x-chathooks-documented-required: [created_by, updated_byy, id]',
      ),
    );
    const r = await runCli(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /gaife\.yaml:\d+:\d+ #\/components\/schemas\/MessageData\/x-chathooks-documented-required\/1 x-chathooks-documented-required names "updated_byy", which is not among this schema's properties\. Did you mean "updated_by"\? \[documented-required-unknown\]/,
    );
    expect(r.stdout + r.stderr).toMatch(/documented-required\/2 warning "id" is in required already/);
  });

  test('an open enum beside enum is refused', async () => {
    const text = await readFile('test/fixtures/minimal.yaml', 'utf8');
    const file = join(dir, 'minimal.yaml');
    await writeFile(
      file,
      text.replace('id: { type: string }', "id: { type: string, enum: [m1], 'x-chathooks-open-enum': [m1] }"),
    );
    const r = await runCli(['lint', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /x-chathooks-open-enum beside enum: the values are closed already\. .* \[open-enum-closed\]/,
    );
  });

  test('--emit ts: types name the open enum; strict-validators.ts is emitted beside validators.ts', async () => {
    const text = await readFile('test/fixtures/minimal.yaml', 'utf8');
    const spec = join(dir, 'open.yaml');
    await writeFile(
      spec,
      text
        .replace('id: { type: string }', "id: { type: string, 'x-chathooks-open-enum': [m1, m2] }")
        .replace('sent_at: { type: integer }', "sent_at: { type: integer, 'x-chathooks-open-enum': [1, 2] }"),
    );
    const out = join(dir, 'out');
    const r = await runCli(['generate', spec, '--out', out, '--emit', 'ts']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const types = await readFile(join(out, 'minimal', 'types.ts'), 'utf8');
    expect(types).toContain('id: "m1" | "m2" | (string & {});');
    expect(types).toContain('sent_at?: 1 | 2 | (number & {});');
    const strict = await readFile(join(out, 'minimal', 'strict-validators.ts'), 'utf8');
    expect(strict).toContain('export const strictValidators: { readonly [K in EventName]: Validator<EventMap[K]> }');
    expect(await readFile(join(out, 'minimal', 'index.ts'), 'utf8')).toContain(
      "export { strictValidators, strictReplyValidators } from './strict-validators.js';",
    );
    // The TypeScript module runs (through tsx here, as a bundler would compile it): strict where validators are not.
    const main = join(out, 'main.ts');
    await writeFile(
      main,
      [
        "import { strictValidators, validators } from './minimal/index.js';",
        "const payload = { event: 'message.before_send', id: 'm3', body: { text: 'hi' }, extra: true };",
        "const strict = strictValidators['message.before_send'];",
        "console.log(JSON.stringify({ tolerant: validators['message.before_send'](payload), strict: strict(payload), errors: strict.errors }));",
      ].join('\n'),
    );
    const ran = await runNode(['--import', 'tsx', main]);
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({
      tolerant: true,
      strict: false,
      errors: [
        { pointer: '/id', keyword: 'enum', message: 'must be one of "m1", "m2"' },
        { pointer: '/extra', keyword: 'additionalProperties', message: 'must NOT have additional properties' },
      ],
    });
  });
});

describe('the native mock records strict findings, and answers by the tolerant reading', () => {
  const SECRET = 'strict-test-token';
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer([tencent], { secret: SECRET });
  });
  afterAll(() => mock.close());

  test('a delivery with an undocumented field and value is answered 200, valid, with drift by pointer', async () => {
    const payload = structuredClone(tencent.examples['State.StateChange'][0]!.payload) as Record<string, unknown> & {
      Info: Record<string, unknown>;
    };
    payload.Info['Action'] = 'Kick';
    payload['Foo'] = true;
    const t = await deliver(tencent, {
      url: mock.urls['tencent-chat']!,
      event: 'State.StateChange',
      payload,
      secret: SECRET,
    });
    expect(t.outcome).toBe('delivered');
    const clean = await deliver(tencent, {
      url: mock.urls['tencent-chat']!,
      event: 'State.StateChange',
      payload: tencent.examples['State.StateChange'][0]!.payload,
      secret: SECRET,
    });
    expect(clean.outcome).toBe('delivered');
    // Read over HTTP, as any client of the mock does.
    const list = (await (await fetch(`${mock.url}/__chathooks/deliveries?contract=tencent-chat`)).json()) as {
      valid: boolean;
      answer: number;
      drift?: unknown;
    }[];
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ valid: true, answer: 200 });
    expect(list[0]!.drift).toEqual([
      {
        pointer: '/Info/Action',
        keyword: 'enum',
        message: '"Kick" is not a documented value (Login, Logout, Disconnect)',
      },
      { pointer: '/Foo', keyword: 'additionalProperties', message: 'undocumented property' },
    ]);
    expect(list[1]).toMatchObject({ valid: true, answer: 200 });
    expect(list[1]).not.toHaveProperty('drift');
  });

  test('a tolerant-invalid delivery is still refused, with no drift', async () => {
    mock.reset();
    const t = await deliver(tencent, {
      url: mock.urls['tencent-chat']!,
      event: 'State.StateChange',
      payload: { CallbackCommand: 'State.StateChange' },
      secret: SECRET,
    });
    expect(t.outcome).not.toBe('delivered');
    const [entry] = mock.deliveries();
    expect(entry).toMatchObject({ valid: false });
    expect(entry!.problem).toMatch(/\/Info/);
    expect(entry).not.toHaveProperty('drift');
  });
});

describe('verify-sender judges a sender strictly', () => {
  const sender = ['--', process.execPath, 'test/fixtures/senders/gaife-sender.mjs'];

  test('undocumented field and missing documented-required field: exit 1 naming both by pointer', async () => {
    const r = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.01',
      '--scenarios',
      'none',
      ...sender.slice(0, 1),
      'env',
      'SENDER_DEFECT=undocumented',
      ...sender.slice(1),
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain(
      'FAIL capture / #1 message — strict: /data/created_by: missing; the documentation marks it required; strict: /data/mood: undocumented property (send only what the contract documents)',
    );
    expect(r.stdout).toMatch(/verify-sender GAIFE message webhooks: 0 passed, 1 failed/);
  });

  test('the documented shape passes', async () => {
    const r = await runCli([
      'verify-sender',
      'spec/gaife.yaml',
      '--time-scale',
      '0.01',
      '--scenarios',
      'none',
      ...sender,
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/verify-sender GAIFE message webhooks: 1 passed, 0 failed/);
  });
});
