/**
 * Field hardening of codegen (issue 12): regex time in generated validators (6), issues reported once (24),
 * generate never deleting what it did not write (14), `--emit ts` for TypeScript builds (22). The Prism bridge
 * items (18, 21) are in test/hardening-prism.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileContract } from '../src/model/runtime.js';
import { generateContract, GeneratedPathError, writeGenerated } from '../src/codegen/index.js';
import { loadContract } from '../src/model/index.js';
import { PATTERN_INPUT_LIMIT } from '../src/model/formats.js';
import { root, runCli } from './helpers/cli.js';
import type { Validator } from './helpers/generated.js';

const run = promisify(execFile);
const minimal = await readFile(join(root, 'test/fixtures/minimal.yaml'), 'utf8');

/** minimal.yaml with `after_send` given fields checked by formats and a pattern, and a base schema it repeats. */
const regexSpec = minimal
  .replace(
    '    AfterSend:\n      type: object\n',
    [
      '    Base:',
      '      type: object',
      '      properties:',
      '        id: { type: string }',
      '        sent_at: { type: integer }',
      '    AfterSend:',
      '      type: object',
      "      allOf: [{ $ref: '#/components/schemas/Base' }]",
      '',
    ].join('\n'),
  )
  .replace(
    '        sent_at: { type: integer }\n    Verdict:',
    [
      '        sent_at: { type: integer }',
      '        email: { type: string, format: email }',
      '        link: { type: string, format: uri }',
      '        at: { type: string, format: date-time }',
      '        day: { type: string, format: date }',
      '        uuid: { type: string, format: uuid }',
      '        ip: { type: string, format: ipv6 }',
      "        code: { type: string, pattern: '\\d+x' }",
      '    Verdict:',
    ].join('\n'),
  );

const tmpDirs: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `chathooks-${prefix}-`));
  tmpDirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of tmpDirs) await rm(dir, { recursive: true, force: true });
});

/** Milliseconds `fn` takes, run `times` times. */
function timeOf(fn: () => unknown, times = 1): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return performance.now() - start;
}

describe('generated validators run no regex on unbounded input (item 6)', () => {
  let validate: Validator;
  let compiled: Validator;
  const base = { event: 'message.after_send', id: 'm1' };

  beforeAll(async () => {
    const dir = await tempDir('regex');
    await writeFile(join(dir, 'regex.yaml'), regexSpec);
    const result = await runCli(['generate', 'regex.yaml', '--out', 'gen'], { cwd: dir });
    expect(result.stdout + result.stderr).toMatch(/generate: 1 spec/);
    const mod = (await import(pathToFileURL(join(dir, 'gen/minimal/validators.js')).href)) as {
      validators: Record<string, Validator>;
    };
    validate = mod.validators['message.after_send']!;
    compiled = compileContract(await loadContract(join(dir, 'regex.yaml'), { validation: 'conventions' })).validators[
      'message.after_send'
    ] as unknown as Validator;
  });

  test('the formats still accept and reject what they should', () => {
    const good = {
      ...base,
      email: 'ana.lee+hooks@mail.example.co.uk',
      link: 'https://example.com/a?b=c',
      at: '2024-05-01T10:00:00.5+02:00',
      day: '2024-05-01',
      uuid: '0f8fad5b-d9cb-469f-a165-70867728950e',
      ip: '2001:db8::1',
      code: 'a12x',
    };
    for (const v of [validate, compiled]) {
      expect(v(good), JSON.stringify(v.errors)).toBe(true);
      expect(
        v({
          ...base,
          email: 'ana@localhost',
          link: 'no scheme',
          at: '2024-05-01',
          day: '2024-13-01',
          uuid: 'x',
          ip: '1::2::3',
          code: 'ax',
        }),
      ).toBe(false);
      expect(v.errors!.map((e) => e.pointer).sort()).toEqual([
        '/at',
        '/code',
        '/day',
        '/email',
        '/ip',
        '/link',
        '/uuid',
      ]);
    }
  });

  test('an 80k-character email and 60 KB strings with a format or a pattern are judged faster than JSON.parse reads them', () => {
    // Inputs that take a backtracking regex quadratic time: an email with 40,000 dots, digits with no "x".
    const hostile = {
      email: `a@${'a.'.repeat(40_000)} `,
      link: `a${'+'.repeat(60_000)} `,
      at: `2024-05-01T10:00:00.${'1'.repeat(60_000)}`,
      day: '2'.repeat(60_000),
      uuid: 'f'.repeat(60_000),
      ip: '1:'.repeat(30_000),
      code: '1'.repeat(60_000),
    };
    for (const [field, value] of Object.entries(hostile)) {
      const body = JSON.stringify({ ...base, [field]: value });
      const payload = JSON.parse(body) as unknown;
      // Same-run baseline: parsing the body 50 times (what a receiver does once per delivery).
      const baseline = timeOf(() => JSON.parse(body), 50);
      for (const v of [validate, compiled]) {
        const took = timeOf(() => v(payload));
        expect(
          v.errors?.map((e) => e.pointer),
          field,
        ).toEqual([`/${field}`]);
        expect(
          took,
          `${field}: ${took.toFixed(1)} ms to validate vs ${baseline.toFixed(1)} ms to JSON.parse it 50 times`,
        ).toBeLessThan(baseline);
      }
    }
  });

  test('a string over the pattern bound fails the pattern with a message saying why', () => {
    const fits = `${'1'.repeat(PATTERN_INPUT_LIMIT - 1)}x`;
    expect(validate({ ...base, code: fits })).toBe(true);
    expect(validate({ ...base, code: `1${fits}` })).toBe(false);
    expect(validate.errors).toEqual([
      {
        pointer: '/code',
        keyword: 'pattern',
        message: `must be at most ${PATTERN_INPUT_LIMIT} characters long to be checked against pattern "\\\\d+x" (chathooks runs no regex on longer strings)`,
      },
    ]);
  });
});

describe('validators report each issue once (item 24)', () => {
  test('a field constrained by the event schema and by a base it includes (allOf) is reported once', async () => {
    const dir = await tempDir('dup');
    await writeFile(join(dir, 'dup.yaml'), regexSpec);
    expect((await runCli(['generate', 'dup.yaml', '--out', 'gen'], { cwd: dir })).code).toBe(0);
    const mod = (await import(pathToFileURL(join(dir, 'gen/minimal/validators.js')).href)) as {
      validators: Record<string, Validator>;
    };
    const compiled = compileContract(await loadContract(join(dir, 'dup.yaml'), { validation: 'conventions' }))
      .validators['message.after_send'] as unknown as Validator;
    for (const v of [mod.validators['message.after_send']!, compiled]) {
      expect(v({ event: 'message.after_send', id: 7, sent_at: 'soon' })).toBe(false);
      expect(v.errors).toEqual([
        { pointer: '/id', keyword: 'type', message: 'must be string' },
        { pointer: '/sent_at', keyword: 'type', message: 'must be integer' },
      ]);
    }
  });
});

/** Every file below `dir`, relative to it, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('generate never deletes or overwrites a file it did not write (item 14)', () => {
  const srcSpec = minimal.replace('x-chathooks-id: minimal', 'x-chathooks-id: src');

  test('a spec with id "src" generated with --out . leaves src/keep.ts intact; stale generated files are still removed', async () => {
    const dir = await tempDir('out-dot');
    await mkdir(join(dir, 'src'));
    await mkdir(join(dir, 'spec'));
    await writeFile(join(dir, 'src/keep.ts'), 'export const keep = 1;\n');
    await writeFile(join(dir, 'spec/src.yaml'), srcSpec);

    const first = await runCli(['generate', 'spec/src.yaml', '--out', '.'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(await readFile(join(dir, 'src/keep.ts'), 'utf8')).toBe('export const keep = 1;\n');
    const manifest = JSON.parse(await readFile(join(dir, 'src/.chathooks-manifest.json'), 'utf8')) as {
      files: string[];
    };
    expect(manifest.files).toContain('validators.js');
    expect(manifest.files).not.toContain('keep.ts');

    // Drop an event and switch to --emit ts: its schemas and the .js modules are stale, keep.ts is not.
    const fewer = srcSpec
      .replace("      afterSend: { $ref: '#/components/messages/afterSend' }\n", '')
      .replace(/ {2}afterSend:\n {4}action: send\n( {4}.*\n)+?(?=components:)/, '');
    await writeFile(join(dir, 'spec/src.yaml'), fewer);
    const second = await runCli(['generate', 'spec/src.yaml', '--out', '.', '--emit', 'ts'], { cwd: dir });
    expect(second.stdout + second.stderr).toMatch(/generate: 1 spec/);
    expect(second.code).toBe(0);
    const files = await tree(join(dir, 'src'));
    expect(files).toContain('keep.ts');
    expect(files).toContain('validators.ts');
    expect(files.filter((f) => f.endsWith('.js') || f === 'package.json' || f.includes('after_send'))).toEqual([]);
    expect(await readFile(join(dir, 'src/keep.ts'), 'utf8')).toBe('export const keep = 1;\n');
    const check = await runCli(['generate', 'spec/src.yaml', '--out', '.', '--emit', 'ts', '--check'], { cwd: dir });
    expect(check.stdout).toMatch(/is up to date/);
  });

  test("a file of the user's where codegen would write is refused, before anything is written", async () => {
    const dir = await tempDir('out-clash');
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'src/index.ts'), 'export const mine = true;\n');
    await writeFile(join(dir, 'src.yaml'), srcSpec);
    const result = await runCli(['generate', 'src.yaml', '--out', '.'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Refusing to overwrite .*src\/index\.ts: chathooks did not write it/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await tree(join(dir, 'src'))).toEqual(['index.ts']);
    expect(await readFile(join(dir, 'src/index.ts'), 'utf8')).toBe('export const mine = true;\n');
  });

  test('an id that is not a slug never becomes a path, nor does a path outside --out', async () => {
    const contract = await loadContract(join(root, 'test/fixtures/minimal.yaml'), { validation: 'conventions' });
    for (const id of ['..', '../escape', 'a/b', '.hidden', '']) {
      await expect(generateContract({ ...contract, id }), id).rejects.toThrow(GeneratedPathError);
    }
    const dir = await tempDir('escape');
    await mkdir(join(dir, 'out'));
    for (const rel of ['../escape.txt', 'x/../../escape.txt', '/tmp/escape.txt']) {
      await expect(
        writeGenerated(new Map([[rel, '// generated from x by chathooks; do not edit\n']]), join(dir, 'out')),
        rel,
      ).rejects.toThrow(/would leave the output directory/);
    }
    expect(await tree(dir)).toEqual([]);
  });
});

describe('--emit ts: a TypeScript project compiles the generated code with tsc and runs it (item 22)', () => {
  test('generate --out src/generated --emit ts, tsc (strict, NodeNext), node dist/main.js', async () => {
    const dir = await tempDir('tsc-user');
    await mkdir(join(dir, 'node_modules'));
    await symlink(root, join(dir, 'node_modules/chathooks'), 'dir');
    await symlink(join(root, 'node_modules/@types'), join(dir, 'node_modules/@types'), 'dir');
    await mkdir(join(dir, 'spec'));
    await writeFile(join(dir, 'spec/protocol.yaml'), await readFile(join(root, 'spec/protocol.yaml'), 'utf8'));
    await writeFile(join(dir, 'package.json'), '{ "name": "user-app", "private": true, "type": "module" }\n');
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
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
          declaration: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['src'],
      }),
    );
    await mkdir(join(dir, 'src'));
    await writeFile(
      join(dir, 'src/main.ts'),
      [
        "import { contract, examples, validators, type EventMap } from './generated/protocol/index.js';",
        '',
        "const payload: EventMap['message.created'] = examples['message.created'][0]!.payload;",
        "const ok = validators['message.created'](payload);",
        "const bad = validators['message.created']({ type: 'message.created' });",
        "const pointer = validators['message.created'].errors?.[0]?.pointer;",
        'console.log(JSON.stringify({ ok, bad, pointer, id: contract.id, conversation: payload.payload.conversation_id }));',
        '',
      ].join('\n'),
    );

    const generated = await runCli(['generate', 'spec/protocol.yaml', '--out', 'src/generated', '--emit', 'ts'], {
      cwd: dir,
    });
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    const files = await tree(join(dir, 'src/generated/protocol'));
    expect(files).toEqual(expect.arrayContaining(['validators.ts', 'examples.ts', 'index.ts', 'types.ts']));
    expect(files.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts') || f === 'package.json')).toEqual([]);

    const tsc = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: dir,
    }).catch((e: { stdout: string; stderr: string }) => e);
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    const { stdout, stderr } = await run(process.execPath, ['dist/main.js'], { cwd: dir });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, bad: false, pointer: '/id', id: 'protocol' });
    expect(typeof (JSON.parse(stdout) as { conversation: unknown }).conversation).toBe('string');
  });
});
