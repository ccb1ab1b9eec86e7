/**
 * The kernel in src/model: one error family (and the CLI's exit codes from it), one runtime form of a contract
 * (`toRuntime`, Ajv only when a plain Contract is compiled), one event-name reader.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as sendbird from '../generated/sendbird/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import * as gaife from '../generated/gaife/index.js';
import { EXIT, reportError } from '../src/cli/exit.js';
import { InputError, UsageError } from '../src/cli/args.js';
import { GeneratedPathError } from '../src/codegen/output.js';
import { deliver } from '../src/delivery/index.js';
import { OutsideOutputError } from '../src/docs/paths.js';
import { defaultMockSecret, startMockServer } from '../src/mock/index.js';
import { ScenarioError } from '../src/mock/scenario.js';
import { ChathooksError, ERROR_CODES, OptionError, ToolError, type ChathooksErrorCode } from '../src/model/errors.js';
import { eventNameReader } from '../src/model/event-name.js';
import { loadContract } from '../src/model/index.js';
import type { Contract } from '../src/model/model.js';
import { ContractError } from '../src/model/problems.js';
import { compileContract, contractOf, toRuntime } from '../src/model/runtime.js';
import { ConsumedBodyError, InvalidReplyError, WebhookRequestError } from '../src/receiver/errors.js';
import { SignatureVerificationError } from '../src/signing/errors.js';
import { SelectionError } from '../src/testing/select.js';
import { MissingPackageError } from '../src/tooling.js';
import { ContractCaseError } from '../src/vitest/index.js';
import { cliPath, root, runCli, runNode, spawnUntil } from './helpers/cli.js';

describe('one error family', () => {
  const cases: [string, () => ChathooksError, ChathooksErrorCode][] = [
    ['OptionError', () => new OptionError('m'), 'invalid-option'],
    ['SelectionError', () => new SelectionError('m'), 'invalid-option'],
    [
      'SignatureVerificationError',
      () => new SignatureVerificationError('missing', 'header', 'x-signature', 'no header'),
      'signature',
    ],
    ['WebhookRequestError', () => new WebhookRequestError('signature', 'm'), 'webhook-request'],
    ['InvalidReplyError', () => new InvalidReplyError('message', []), 'invalid-reply'],
    ['ConsumedBodyError', () => new ConsumedBodyError(), 'body-consumed'],
    ['ContractError', () => new ContractError('spec/x.yaml', []), 'contract'],
    ['ContractCaseError', () => new ContractCaseError('m'), 'contract-case'],
    ['ScenarioError', () => new ScenarioError('m'), 'scenario'],
    ['GeneratedPathError', () => new GeneratedPathError('m'), 'generated-path'],
    ['OutsideOutputError', () => new OutsideOutputError('../x'), 'output-path'],
    ['UsageError', () => new UsageError('m'), 'usage'],
    ['InputError', () => new InputError('m'), 'input'],
    ['ToolError', () => new ToolError('m'), 'tool'],
    ['MissingPackageError', () => new MissingPackageError('yaml', 'chathooks lint'), 'missing-package'],
  ];

  test.each(cases)('%s is a ChathooksError with its name and a stable code', (name, make, code) => {
    const error = make();
    expect(error).toBeInstanceOf(ChathooksError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
  });

  test('every code has a class, and every class a listed code', () => {
    expect(new Set(cases.map(([, , code]) => code))).toEqual(new Set(ERROR_CODES));
  });

  test('every error class an entry point exports is a ChathooksError', async () => {
    const entries: Record<string, Record<string, unknown>> = {
      root: await import('../src/index.js'),
      spec: await import('../src/model/index.js'),
      receiver: await import('../src/receiver/index.js'),
      delivery: await import('../src/delivery/index.js'),
      mock: await import('../src/mock/index.js'),
      msw: await import('../src/msw/index.js'),
      signing: await import('../src/signing/index.js'),
      codegen: await import('../src/codegen/index.js'),
      contract: await import('../src/testing/index.js'),
      vitest: await import('../src/vitest/index.js'),
    };
    const classes: string[] = [];
    for (const [entry, mod] of Object.entries(entries)) {
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== 'function' || !(value.prototype instanceof Error)) continue;
        classes.push(name);
        if (value !== ChathooksError) expect(value.prototype, `${entry}: ${name}`).toBeInstanceOf(ChathooksError);
      }
    }
    // The list is not empty by accident (a renamed entry would make the loop vacuous).
    expect(new Set(classes)).toEqual(
      new Set([
        'ChathooksError',
        'OptionError',
        'ToolError',
        'ContractError',
        'WebhookRequestError',
        'SignatureVerificationError',
        'ConsumedBodyError',
        'InvalidReplyError',
        'ScenarioError',
        'GeneratedPathError',
        'SelectionError',
        'ContractCaseError',
        'MissingPackageError',
      ]),
    );
  });

  test('an invalid option is an OptionError, no longer a bare TypeError (receiver, delivery, mock)', async () => {
    const { createReceiver } = await import('../src/receiver/index.js');
    expect(() => createReceiver(sendbird, { secret: '' })).toThrow(OptionError);
    await expect(
      deliver(sendbird, { url: 'http://127.0.0.1:9/', event: 'no-such-event', payload: {}, maxReplyBytes: 0 }),
    ).rejects.toThrow(OptionError);
    await expect(startMockServer([sendbird], { scenario: 'bogus' })).rejects.toThrow(OptionError);
  });
});

describe('the CLI maps errors to exit codes in one place', () => {
  test('usage mistakes exit 2; a UsageError shows the usage, an OptionError or InputError one line', () => {
    expect(reportError(new UsageError('--port must be an integer'), 'mock', 'Usage: chathooks mock')).toEqual({
      code: 2,
      lines: ['chathooks mock: --port must be an integer\n\nUsage: chathooks mock'],
    });
    expect(
      reportError(new OptionError('mock: maxRecorded must be a non-negative integer'), 'mock', 'Usage: x'),
    ).toEqual({ code: 2, lines: ['chathooks mock: mock: maxRecorded must be a non-negative integer'] });
    expect(reportError(new InputError('no event "x"'), 'replay', 'Usage: x')).toEqual({
      code: 2,
      lines: ['chathooks replay: no event "x"'],
    });
  });

  test('problems chathooks found, and failures of the machine (a file that cannot be written), exit 1 with one line', () => {
    expect(reportError(new ContractError('spec/x.yaml', []), 'mock', undefined)).toMatchObject({
      code: EXIT.problems,
      lines: [expect.stringMatching(/^chathooks mock: Failed to load the contract spec\/x\.yaml/)],
    });
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/ro/x'"), {
      code: 'EACCES',
      syscall: 'open',
    });
    expect(reportError(eacces, 'generate', undefined)).toEqual({
      code: 1,
      lines: ["chathooks generate: EACCES: permission denied, open '/ro/x'"],
    });
  });

  test.each([
    ['an Error', new Error('boom')],
    [
      'a TypeError (a real bug, never a usage error)',
      new TypeError("Cannot read properties of undefined (reading 'events')"),
    ],
  ])('%s is a bug: exit 70, "internal error — please report it" and the stack', (_what, error) => {
    const { code, lines } = reportError(error, 'mock', 'Usage: chathooks mock');
    expect(code).toBe(70);
    expect(lines[0]).toMatch(/^chathooks mock: internal error — please report it/);
    expect(lines[1]).toBe(error.stack);
    expect(lines[1]).toMatch(/\n\s+at /);
    expect(lines.join('\n')).not.toContain('Usage:');
  });

  test('a thrown non-Error is a bug too', () => {
    expect(reportError('just a string', '', undefined)).toEqual({
      code: 70,
      lines: ['chathooks: internal error — please report it (with the stack below)', 'just a string'],
    });
  });

  test('the built CLI: a bad flag and an invalid scenario exit 2 with the usage, no stack', async () => {
    const port = await runCli(['mock', '--port', 'abc']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('chathooks mock: --port must be an integer from 0 to 65535, got "abc".');
    expect(port.stderr).toContain('Usage: chathooks mock');
    const scenario = await runCli(['mock', 'spec/protocol.yaml', '--port', '0', '--scenario', 'bogus']);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toMatch(/^chathooks mock: mock scenario: .*bogus/);
    expect(scenario.stderr).toContain('Usage: chathooks mock');
    expect(scenario.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('toRuntime: one runtime form of a contract', () => {
  let plain: Contract;
  beforeAll(async () => {
    plain = await loadContract(join(root, 'spec/gaife.yaml'), { validation: 'conventions' });
  });

  test('a generated module is returned as it is; a plain Contract once per Contract object', () => {
    expect(toRuntime(sendbird)).toBe(sendbird);
    const runtime = toRuntime(plain);
    expect(toRuntime(plain)).toBe(runtime);
    expect(toRuntime(runtime)).toBe(runtime);
    expect(contractOf(runtime)).toBe(plain);
    expect(contractOf(plain)).toBe(plain);
    expect(contractOf(sendbird)).toBe(sendbird.contract);
  });

  test("a plain Contract's validators, reply validators and examples match the generated module's", () => {
    const runtime = toRuntime(plain);
    expect(Object.keys(runtime.validators)).toEqual(Object.keys(gaife.validators));
    expect(Object.keys(runtime.replyValidators)).toEqual(Object.keys(gaife.replyValidators));
    for (const event of plain.events) {
      for (const example of event.examples) expect(runtime.validators[event.name]!(example.payload)).toBe(true);
      expect(runtime.examples?.[event.name]).toEqual(event.examples);
      expect(runtime.replyExamples?.[event.name]).toEqual(event.reply?.examples ?? []);
    }
    const validate = runtime.validators['message']!;
    expect(validate({})).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
    expect(validate.errors).toEqual(gaife.validators.message({}) ? null : gaife.validators.message.errors);
  });

  test('validators compile on first use; compileContract compiles them all now', async () => {
    const fresh = await loadContract(join(root, 'spec/gaife.yaml'), { validation: 'conventions' });
    const compiled = (r: ReturnType<typeof toRuntime>) =>
      Object.keys(r.validators).filter((k) => 'value' in Object.getOwnPropertyDescriptor(r.validators, k)!);
    expect(compiled(toRuntime(fresh))).toEqual([]);
    expect(compileContract(fresh)).toBe(toRuntime(fresh));
    expect(compiled(toRuntime(fresh))).toEqual(fresh.events.map((e) => e.name));
  });

  test('an event named like an Object.prototype member has no validator', () => {
    expect(toRuntime(plain).validators['constructor']).toBeUndefined();
  });
});

describe('Ajv loads only when a plain Contract is compiled', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chathooks-kernel-'));
    // Reports, as the process exits, whether any module of the ajv package was loaded (Ajv is CommonJS, loaded with
    // require: it lands in require.cache however it was reached).
    await writeFile(
      join(dir, 'trace-ajv.mjs'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a script, whose own template literal this is
      "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nprocess.on('exit', () => process.stderr.write(`ajv-loaded=${Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(k))}\\n`));\n",
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const node = (args: string[], cwd: string) =>
    runNode(['--import', pathToFileURL(join(dir, 'trace-ajv.mjs')).href, ...args], { cwd });

  /** A receiver handles one signed Sendbird delivery; with `compile`, from the YAML-loaded Contract instead. */
  async function receive(compile: boolean): Promise<string> {
    const script = join(dir, `receive-${compile}.mjs`);
    const dist = (p: string) => JSON.stringify(pathToFileURL(join(root, p)).href);
    await writeFile(
      script,
      `import { createReceiver } from ${dist('dist/receiver/index.js')};
import { deliver } from ${dist('dist/delivery/index.js')};
import * as sendbird from ${dist('generated/sendbird/index.js')};
const contract = ${compile ? `(await import(${dist('dist/model/index.js')})).toRuntime(structuredClone(sendbird.contract))` : 'sendbird'};
let got;
const receiver = createReceiver(contract, { secret: 's3cret', on: { 'group_channel:message_send': (e) => void (got = e.category) } });
const event = 'group_channel:message_send';
// The delivery engine frames and signs it, in process: its fetch is the receiver's.
const t = await deliver(sendbird, { url: 'http://127.0.0.1/webhook', event, payload: sendbird.examples[event][0].payload, secret: 's3cret', policy: { retries: [] }, fetch: (url, init) => receiver.fetch(new Request(url, init)) });
console.log(t.attempts[0].status, got);
`,
    );
    const out = await node([script], root);
    expect(out.stdout.trim()).toBe('200 group_channel:message_send');
    return out.stderr;
  }

  test('a receiver on a generated contract never loads Ajv; on a plain Contract it does (the trace works)', async () => {
    expect(await receive(false)).toContain('ajv-loaded=false');
    expect(await receive(true)).toContain('ajv-loaded=true');
  });

  async function serveMock(cwd: string): Promise<string> {
    const running = await spawnUntil(
      ['--import', pathToFileURL(join(dir, 'trace-ajv.mjs')).href, cliPath, 'mock', '--port', '0'],
      /mock: sendbird\s+(\S+)[\s\S]*Ctrl-C to stop/,
      { cwd, env: { NO_COLOR: '1' } },
    );
    const url = running.match[1]!;
    const event = 'group_channel:message_send';
    const t = await deliver(sendbird, {
      url,
      event,
      payload: sendbird.examples[event][0]!.payload,
      secret: defaultMockSecret(sendbird.contract.signature),
    });
    expect(t.attempts[0]!.status).toBe(200);
    await running.stop('SIGTERM');
    return running.errorOutput();
  }

  test('`chathooks mock` on current generated output does not load Ajv; on a spec without generated output it does', async () => {
    expect(await serveMock(root)).toContain('ajv-loaded=false');
    const fresh = join(dir, 'fresh');
    await mkdir(join(fresh, 'spec'), { recursive: true });
    await copyFile(join(root, 'spec/sendbird.yaml'), join(fresh, 'spec/sendbird.yaml'));
    expect(await serveMock(fresh)).toContain('ajv-loaded=true');
  }, 60_000);
});

describe('one event-name reader', () => {
  const request = (query: string, headers: Record<string, string> = {}) => ({
    url: new URL(`http://h/webhook${query}`),
    headers: { get: (n: string) => headers[n.toLowerCase()] ?? null },
  });

  test.each([
    [
      'Tencent: the query parameter',
      tencent.contract,
      request('?CallbackCommand=Group.CallbackAfterNewMemberJoin'),
      {},
      'Group.CallbackAfterNewMemberJoin',
    ],
    [
      'Tencent: the body field when the query lacks it',
      tencent.contract,
      request(''),
      { CallbackCommand: 'C2C.CallbackAfterSendMsg' },
      'C2C.CallbackAfterSendMsg',
    ],
    ['Tencent: neither', tencent.contract, request(''), {}, undefined],
    [
      'Sendbird: the body field',
      sendbird.contract,
      request(''),
      { category: 'group_channel:message_send' },
      'group_channel:message_send',
    ],
    ['Sendbird: a body that did not parse', sendbird.contract, request(''), undefined, undefined],
    ['Sendbird: a non-string name', sendbird.contract, request(''), { category: 7 }, undefined],
    [
      'GAIFE: its one event, whatever the request',
      gaife.contract,
      request(''),
      undefined,
      gaife.contract.events[0]!.name,
    ],
  ] as const)('%s', (_what, contract, req, payload, want) => {
    expect(eventNameReader(contract as Contract)(req, payload)).toBe(want);
  });

  test('a header discriminator', () => {
    const contract = { ...sendbird.contract, discriminator: { in: 'header', name: 'X-Event' } } as Contract;
    expect(eventNameReader(contract)(request('', { 'x-event': 'user:block' }), {})).toBe('user:block');
  });

  test('the mock records the event of a request it refused (bad signature), read by the same reader', async () => {
    const mock = await startMockServer([sendbird], { port: 0 });
    try {
      const event = 'group_channel:message_send';
      const t = await deliver(sendbird, {
        url: mock.urls['sendbird']!,
        event,
        payload: sendbird.examples[event][0]!.payload,
        secret: 'not-the-mock-secret',
        policy: { retries: [] },
      });
      expect(t.attempts[0]!.status).toBe(401);
      expect(mock.deliveries().map((d) => [d.answer, d.event])).toEqual([[401, event]]);
    } finally {
      await mock.close();
    }
  });
});
