/** Generated validators, examples and the runtime contract of every bundled spec, used the way users use them. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { generateContract } from '../src/codegen/index.js';
import { loadContract } from '../src/model/index.js';
import { root, runCli } from './helpers/cli.js';
import { bundledIds, importGenerated } from './helpers/generated.js';

const run = promisify(execFile);

describe.each(bundledIds)('generated/%s', async (id) => {
  const mod = await importGenerated(id);

  test('exports the runtime contract and one validator per event', () => {
    expect(mod.contract.id).toBe(id);
    expect(mod.eventNames).toEqual(mod.contract.events.map((e) => e.name));
    expect(Object.keys(mod.validators)).toEqual(mod.eventNames);
    expect(Object.keys(mod.examples)).toEqual(mod.eventNames);
  });

  test('every example validates', () => {
    for (const event of mod.contract.events) {
      const validate = mod.validators[event.name]!;
      expect(mod.examples[event.name]!.length).toBeGreaterThan(0);
      for (const example of mod.examples[event.name]!) {
        const ok = validate(example.payload);
        expect({ event: event.name, example: example.name, ok, errors: validate.errors }).toEqual({
          event: event.name,
          example: example.name,
          ok: true,
          errors: null,
        });
      }
    }
  });

  test('every invalid example is rejected at its stated pointer, with its keyword', () => {
    for (const event of mod.contract.events) {
      const validate = mod.validators[event.name]!;
      for (const invalid of event.invalidExamples) {
        expect(validate(invalid.payload), `${event.name} / ${invalid.name} must be rejected`).toBe(false);
        const hit = validate.errors!.find(
          (e) => e.pointer === invalid.pointer && (!invalid.keyword || e.keyword === invalid.keyword),
        );
        expect(hit, `${event.name} / ${invalid.name}: ${JSON.stringify(validate.errors)}`).toBeDefined();
      }
    }
  });

  test('every reply example satisfies the reply validator', () => {
    for (const event of mod.contract.events) {
      const validate = mod.replyValidators[event.name];
      expect(validate, `${event.name} has a reply validator`).toBeDefined();
      for (const example of mod.replyExamples[event.name]!)
        expect(validate!(example.payload), `${event.name} reply ${example.name}`).toBe(true);
    }
  });

  test('validators reject junk without throwing, with pointers', () => {
    for (const name of mod.eventNames) {
      const validate = mod.validators[name]!;
      for (const junk of [null, undefined, 42, 'x', [], [{}], { a: { b: { c: [] } } }]) {
        expect(validate(junk)).toBe(false);
        expect(validate.errors!.length).toBeGreaterThan(0);
        for (const e of validate.errors!) expect(e.pointer === '' || e.pointer.startsWith('/')).toBe(true);
      }
    }
  });

  test('each validator is a Standard Schema', () => {
    const name = mod.eventNames[0]!;
    const std = mod.validators[name]!['~standard'];
    expect(std).toMatchObject({ version: 1, vendor: 'chathooks' });
    const example = mod.examples[name]![0]!.payload;
    expect(std.validate(example)).toEqual({ value: example });
    const bad = std.validate({});
    expect(bad.issues!.length).toBeGreaterThan(0);
    expect(bad.issues![0]!.message).toMatch(/^\/\S*/);
  });

  test('index.js carries the contract of the spec exactly (JSON text, non-ASCII escaped) and its .js is all ASCII', async () => {
    const contract = await loadContract(`spec/${id}.yaml`, { validation: 'conventions' });
    expect(JSON.parse(JSON.stringify(mod.contract))).toEqual(JSON.parse(JSON.stringify(contract)));
    for (const file of ['index.js', 'validators.js']) {
      const text = await readFile(join(root, 'generated', id, file), 'utf8');
      expect(/[^\x00-\x7f]/.exec(text)?.[0], `${id}/${file}`).toBeUndefined();
    }
  });

  test('generation is deterministic and matches the committed files', async () => {
    const contract = await loadContract(`spec/${id}.yaml`, { validation: 'conventions' });
    const a = await generateContract(contract);
    const b = await generateContract(contract);
    expect([...a.entries()]).toEqual([...b.entries()]);
    for (const [rel, content] of a) {
      expect(content.includes(`generated from spec/${id}.yaml by chathooks; do not edit`), rel).toBe(true);
      expect(await readFile(join(root, 'generated', rel), 'utf8'), rel).toBe(content);
    }
  });
});

describe('generated validators errors', () => {
  test('report JSON pointers of missing, mistyped and non-const values', async () => {
    const mod = await importGenerated('protocol');
    const validate = mod.validators['message.created']!;
    expect(
      validate({
        id: 'a056V7R7NmNRjl70',
        type: 'message.updated',
        payload: { id: 'SIuAFUNKdSYHZF2w', attachments: {} },
      }),
    ).toBe(false);
    expect(validate.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/type', keyword: 'const', message: 'must be "message.created"' },
        {
          pointer: '/payload/conversation_id',
          keyword: 'required',
          message: "must have required property 'conversation_id'",
        },
        { pointer: '/payload/attachments', keyword: 'type', message: 'must be array' },
      ]),
    );
    // A later success clears the errors.
    expect(validate(mod.examples['message.created']![0]!.payload)).toBe(true);
    expect(validate.errors).toBeNull();
  });

  test('tolerate what platforms really send: unknown extra fields, nulls where documented', async () => {
    const mod = await importGenerated('protocol');
    const payload = structuredClone(mod.examples['contact.updated']![0]!.payload) as {
      payload: Record<string, unknown>;
    } & Record<string, unknown>;
    payload.payload['brand_new_field'] = { nested: true };
    payload['added_by_a_newer_api'] = 1;
    payload.payload['display_name'] = null;
    expect(mod.validators['contact.updated']!(payload)).toBe(true);
  });
});

describe('a user project imports the generated code with plain Node ESM', () => {
  test('code generated into a CommonJS project still loads as ES modules, without warnings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-cjs-'));
    try {
      await writeFile(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
      const generated = await runCli(['generate', join(root, 'spec/protocol.yaml'), '--out', join(dir, 'gen')], {
        cwd: dir,
      });
      expect(generated.stderr).toBe('');
      expect(generated.code).toBe(0);
      expect(JSON.parse(await readFile(join(dir, 'gen/protocol/package.json'), 'utf8'))).toMatchObject({
        type: 'module',
      });
      await writeFile(
        join(dir, 'app.cjs'),
        "import('./gen/protocol/index.js').then((m) => console.log(JSON.stringify({ id: m.contract.id, ok: m.validators['message.created'](m.examples['message.created'][0].payload) })));\n",
      );
      const { stdout, stderr } = await run(process.execPath, ['app.cjs'], { cwd: dir });
      expect(stderr).toBe('');
      expect(JSON.parse(stdout)).toEqual({ id: 'protocol', ok: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('import { validators, examples } from "chathooks/generated/protocol" works without TypeScript', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-user-'));
    try {
      await mkdir(join(dir, 'node_modules'));
      await symlink(root, join(dir, 'node_modules/chathooks'), 'dir');
      await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
      await writeFile(
        join(dir, 'app.mjs'),
        [
          "import { validators, examples, contract } from 'chathooks/generated/protocol';",
          "import gaife from 'chathooks/generated/gaife';",
          "const ok = validators['message.created'](examples['message.created'][0].payload);",
          "const bad = validators['message.created']({ type: 'message.created' });",
          "console.log(JSON.stringify({ ok, bad, pointer: validators['message.created'].errors[0].pointer, scheme: contract.signature.scheme, gaife: gaife.delivery.retries }));",
        ].join('\n'),
      );
      const { stdout, stderr } = await run(process.execPath, ['app.mjs'], { cwd: dir });
      expect(stderr).toBe('');
      expect(JSON.parse(stdout)).toEqual({
        ok: true,
        bad: false,
        pointer: '/id',
        scheme: 'hmac-sha256',
        gaife: [4000, 8000, 10000],
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
