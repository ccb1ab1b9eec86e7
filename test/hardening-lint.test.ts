/**
 * Issue 12, items 6 (lint), 7, 14 (ids, docs) and 27: patterns that backtrack catastrophically, documents
 * nested deep enough to stall @asyncapi/parser, ids that escape output directories, and extension defaults
 * and misspellings. The CLI cases run the built CLI as a user would.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildDocs } from '../src/docs/index.js';
import { lintSpec, lintText, loadContract, type Problem } from '../src/model/index.js';
import { ROOT_EXTENSIONS, MESSAGE_EXTENSIONS } from '../src/model/extensions.js';
import { MAX_ARRAY_NESTING, MAX_DEPTH } from '../src/model/depth.js';
import { findCatastrophicBacktracking } from '../src/model/regex-redos.js';
import { root, runCli } from './helpers/cli.js';
import { importGenerated } from './helpers/generated.js';

const fixture = (name: string): string => `test/fixtures/hardening/${name}.yaml`;
const errors = (problems: Problem[]): Problem[] => problems.filter((p) => p.severity === 'error');
const minimal = (): Promise<string> => readFile(join(root, 'test/fixtures/minimal.yaml'), 'utf8');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'chathooks-hardening-lint-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('item 6: patterns that backtrack catastrophically', () => {
  const flagged: [pattern: string, part: string][] = [
    ['^(a+)+$', '(a+)+'],
    ['(a*)*', '(a*)*'],
    ['^(a|a)*$', '(a|a)*'],
    ['^(\\w+\\s?)+$', '(\\w+\\s?)+'],
    ['(a|aa)+', '(a|aa)+'],
    ['^(\\d+)*$', '(\\d+)*'],
    ['^([a-z]+\\d*)+x$', '([a-z]+\\d*)+'],
    ['^(a+|b)+$', '(a+|b)+'],
    ['(x+x+)+y', '(x+x+)+'],
    ['(\\w{2,20})+', '(\\w{2,20})+'],
    // Nested bounded repeats backtrack like unbounded ones: 140 s on 61 characters.
    ['^(\\w{1,16}){1,16}$', '(\\w{1,16}){1,16}'],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', '(([a-z])+.)+'],
    ['^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*@[a-z0-9]+\\.[a-z]{2,3}$', '(([\\-.]|[_]+)?([a-zA-Z0-9]+))*'],
    ['^(?:\\s|\\w|\\d)*$', '(?:\\s|\\w|\\d)*'],
  ];
  test.each(flagged)('%s is flagged, naming %s', (pattern, part) => {
    expect(findCatastrophicBacktracking(pattern)).toEqual({ part });
  });

  const safe = [
    '^[a-z0-9_-]+$',
    '^\\d{4}-\\d{2}$',
    '^(\\+|-)?\\d+$',
    '^(\\d+\\.)*\\d+$',
    '(ab|ac)*',
    '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
    '^[A-Za-z0-9+/]*={0,2}$',
    '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$',
    '^[0-9a-f]{64}$',
    '^([01]?\\d|2[0-3]):[0-5]\\d$',
    '^[a-z]{1,63}(\\.[a-z]{1,63})*$',
    '^(?:[a-z0-9-]+\\.)+[a-z]{2,}$',
    '^\\s*\\S+\\s*$',
    '^https?://[^\\s]+$',
    '^[\\u{1F600}-\\u{1F64F}]+$',
    '(a|b)*c',
    '^(\\d{1,3}\\.){3}\\d{1,3}$',
    '^(\\w{1,4}){1,4}$',
  ];
  test.each(safe)('%s is not flagged', (pattern) => {
    expect(findCatastrophicBacktracking(pattern)).toBeUndefined();
  });

  test('what is flagged really is slow, and what is not stays fast, on the same input (a ratio, not a bound)', () => {
    const input = `${'a'.repeat(22)}!`;
    const time = (re: RegExp): number => {
      const started = performance.now();
      re.test(input);
      return performance.now() - started;
    };
    const slow = time(/^(a+)+$/u);
    const fast = Math.max(time(/^a+$/u), 0.01);
    expect(findCatastrophicBacktracking('^a+$')).toBeUndefined();
    expect(slow / fast).toBeGreaterThan(100);
  });

  test('a pattern too large to decide within the work budget is reported as undecided (lint: a warning), not a crash or a hang', async () => {
    const huge = `^(${'(a|b|c|d)?'.repeat(60)})+$`;
    expect(findCatastrophicBacktracking(huge)).toEqual({ part: huge, undecided: true });
    // Long patterns without a loop, or whose loops are unambiguous, are decided (and safe).
    expect(findCatastrophicBacktracking('x'.repeat(2000))).toBeUndefined();
    expect(findCatastrophicBacktracking(`^${'(a|b|c|d)?'.repeat(60)}$`)).toBeUndefined();
    const text = (await minimal()).replace(
      '        id: { type: string }',
      () => `        id: { type: string, pattern: '${huge}' }`,
    );
    const { problems } = await lintText(text, 'huge-pattern.yaml', { validation: 'conventions' });
    expect(problems.filter((p) => p.code === 'pattern-complex').map((p) => p.severity)).toEqual(['warning']);
  });

  test('no pattern of the bundled specs is flagged', async () => {
    const patterns: string[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'pattern' && typeof v === 'string') patterns.push(v);
          else if (k === 'patternProperties' && v && typeof v === 'object') patterns.push(...Object.keys(v));
          visit(v);
        }
      }
    };
    for (const name of (await readdir(join(root, 'spec'))).filter((n) => n.endsWith('.yaml')))
      visit(parse(await readFile(join(root, 'spec', name), 'utf8')));
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => findCatastrophicBacktracking(p))).toEqual([]);
  });

  test('lint reports the pattern at file:line:col with its pointer, the part to rewrite and how; a safe pattern beside it passes', async () => {
    const { problems, contract } = await lintSpec(fixture('redos-pattern'));
    expect(contract).toBeUndefined();
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        code: 'pattern-redos',
        pointer: '/components/schemas/BeforeSend/properties/id/pattern',
        line: 49,
        col: 29,
      }),
    ]);
    const message = problems[0]!.message;
    expect(message).toContain('Pattern "^(a+)+$" can backtrack catastrophically');
    expect(message).toContain('"(a+)+" repeats a part');
    expect(message).toMatch(/Rewrite it without nested quantifiers/);
    expect(message).toMatch(/maxLength/);
  });

  test('a pattern written as data (an example, an enum value) is not a regular expression and is not checked', async () => {
    const text = (await minimal()).replace(
      'payload: { event: message.after_send, id: m1, sent_at: 1700000000 }',
      () => "payload: { event: message.after_send, id: m1, sent_at: 1700000000, pattern: '^(a+)+$' }",
    );
    const { problems } = await lintText(text, 'data-pattern.yaml', { validation: 'conventions' });
    expect(errors(problems)).toEqual([]);
  });
});

/** minimal.yaml with `depth` nested arrays inside the after-event's example. */
async function deepArraySpec(depth: number): Promise<string> {
  const nested = '['.repeat(depth) + ']'.repeat(depth);
  return (await minimal()).replace(
    'payload: { event: message.after_send, id: m1, sent_at: 1700000000 }',
    `payload: { event: message.after_send, id: m1, sent_at: 1700000000, deep: ${nested} }`,
  );
}

describe('item 7: documents nested deep enough to stall the parser are refused first', () => {
  test('lint of nested arrays 25 and 200 deep: a clear error at file:line:col, exit 1, as fast as a normal spec', {
    timeout: 120_000,
  }, async () => {
    await writeFile(join(tmp, 'deep-25.yaml'), await deepArraySpec(25));
    await writeFile(join(tmp, 'deep-200.yaml'), await deepArraySpec(200));
    const timed = async (args: string[]): Promise<{ ms: number; r: Awaited<ReturnType<typeof runCli>> }> => {
      const started = performance.now();
      const r = await runCli(args, { cwd: tmp });
      return { ms: performance.now() - started, r };
    };
    const normal = await timed(['lint', join(root, 'test/fixtures/minimal.yaml')]);
    expect(normal.r.code).toBe(0);
    for (const depth of [25, 200]) {
      const { ms, r } = await timed(['lint', `deep-${depth}.yaml`]);
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        new RegExp(
          `^deep-${depth}\\.yaml:90:\\d+ #/components/messages/afterSend/examples/0/payload/deep(/0){${MAX_ARRAY_NESTING - 1}} .*more than ${MAX_ARRAY_NESTING} nested arrays.*Flatten .*\\[nesting-too-deep-arrays\\]$`,
        ),
      );
      expect(lines[1]).toBe('lint: 1 spec, 0 clean, 1 error, 0 warnings');
      expect(r.stderr).toBe('');
      // Before: depth 25 took over two minutes. Now it skips the parser, so it is no slower than a normal lint.
      expect(ms).toBeLessThan(normal.ms * 3);
    }
  });

  test('objects nested past the depth limit are refused too; the limits leave room for real specs', async () => {
    const deepObject = `${'{ a: '.repeat(MAX_DEPTH)}1${' }'.repeat(MAX_DEPTH)}`;
    const text = (await minimal()).replace(
      'payload: { event: message.after_send, id: m1, sent_at: 1700000000 }',
      `payload: { event: message.after_send, id: m1, sent_at: 1700000000, deep: ${deepObject} }`,
    );
    const { problems } = await lintText(text, 'deep-object.yaml');
    expect(errors(problems).map((p) => p.code)).toEqual(['nesting-too-deep']);
    expect(problems[0]!.pointer.split('/').length - 1).toBe(MAX_DEPTH + 1);
    expect(problems[0]!.message).toContain(`more than ${MAX_DEPTH} levels`);
    // Arrays as deep as the limit allows still lint (and quickly enough to run here with the full parser).
    const { problems: ok } = await lintText(await deepArraySpec(MAX_ARRAY_NESTING - 1), 'deep-ok.yaml');
    expect(errors(ok)).toEqual([]);
  });
});

describe('item 14: ids are slugs, and docs never writes outside --out', () => {
  test('docs on a spec named ...yaml (id "..") refuses with a clear error and writes nothing outside --out', async () => {
    const dir = join(tmp, 'dots');
    await mkdir(dir);
    await writeFile(join(dir, '...yaml'), (await minimal()).replace('x-chathooks-id: minimal\n', ''));
    await writeFile(join(dir, 'index.html'), 'mine');
    const r = await runCli(['docs', '...yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^\.\.\.yaml:\d+:\d+ # The spec id "\.\." \(from the file name\) is not a slug: .*Rename the file \(e\.g\. my-platform\.yaml\) or set x-chathooks-id .*\[id-invalid\]$/m,
    );
    expect(r.stdout).toContain('nothing written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('mine');
    expect((await readdir(dir)).sort()).toEqual(['...yaml', 'index.html']);
  });

  test('lint: x-chathooks-id "../x" is an id-invalid error at the key, saying how to fix', async () => {
    const r = await runCli(['lint', fixture('bad-id')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^test\/fixtures\/hardening\/bad-id\.yaml:7:1 #\/x-chathooks-id The spec id "\.\.\/x" \(from the x-chathooks-id\) is not a slug: .*Set x-chathooks-id to a slug such as "my-platform"\. \[id-invalid\]$/m,
    );
  });

  test('the bundled ids are slugs', async () => {
    const r = await runCli(['lint', '--fast', '--json']);
    const report = JSON.parse(r.stdout) as { ok: boolean };
    expect(report.ok).toBe(true);
  });

  test('buildDocs given a contract whose id escapes (from code, not a spec) refuses before writing anything', async () => {
    const dir = join(tmp, 'escape');
    await mkdir(dir);
    await writeFile(join(dir, 'index.html'), 'mine');
    const contract = { ...(await loadContract('test/fixtures/minimal.yaml', { validation: 'conventions' })), id: '..' };
    await expect(buildDocs([contract], { outDir: join(dir, 'site') })).rejects.toThrow(
      /refusing to write "\.\.\/[a-z-]+\.(html|js)": it resolves outside the output directory/,
    );
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['index.html']);
  });
});

describe('item 27: extension defaults, "did you mean", and the invalid-examples warning', () => {
  test('standard-webhooks without toleranceSec and a delivery policy without success lint clean and take the documented defaults', async () => {
    const { problems, contract } = await lintSpec(fixture('defaults'));
    expect(problems).toEqual([]);
    expect(contract!.signature).toEqual({ scheme: 'standard-webhooks', toleranceSec: 300 });
    expect(contract!.delivery.success).toBe('2xx');
  });

  test('a misspelt key in every kind of extension object gets "did you mean"; a misspelt extension too', async () => {
    const { problems } = await lintSpec(fixture('misspelt-keys'));
    const messages = errors(problems).map((p) => `${p.pointer} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/x-chathooks-discriminator/bodyfeild x-chathooks-discriminator/bodyfeild is not a known key. Did you mean "bodyField"?',
        '/x-chathooks-signature/tolerancesec x-chathooks-signature/tolerancesec is not a known key. Did you mean "toleranceSec"?',
        '/x-chathooks-delivery/timeoutMS x-chathooks-delivery/timeoutMS is not a known key. Did you mean "timeoutMs"?',
        '/x-chathooks-delivery/rateLimit/perminute x-chathooks-delivery/rateLimit/perminute is not a known key. Did you mean "perMinute"?',
        '/x-chathooks-event-sett Unknown extension x-chathooks-event-sett at the document root. Did you mean "x-chathooks-event-set"?',
        '/components/messages/afterSend/x-chathooks-invalid-examples/0/keywrd x-chathooks-invalid-examples/0/keywrd is not a known key. Did you mean "keyword"?',
      ]),
    );
  });

  test('an unknown key far from every known one lists the known keys instead', async () => {
    const text = (await minimal()).replace('onTimeout: proceed }', 'onTimeout: proceed, color: blue }');
    const { problems } = await lintText(text, 'unknown-key.yaml', { validation: 'conventions' });
    expect(errors(problems).map((p) => p.message)).toEqual([
      'x-chathooks-delivery/color is not a known key. Known keys: timeoutMs, retries, retryOn, success, onTimeout, rateLimit, source, confidence, notes.',
    ]);
  });

  test('an event whose invalid example has a shape error is not also told it has none', async () => {
    const { problems } = await lintSpec(fixture('misspelt-keys'));
    expect(problems.filter((p) => p.code === 'invalid-example-missing')).toEqual([]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'extension-invalid',
        pointer: '/components/messages/afterSend/x-chathooks-invalid-examples/0/pointer',
      }),
    );
  });

  test('invalid examples written on the operation: one error saying where they belong, not "has none"', async () => {
    const { problems } = await lintSpec(fixture('misplaced-invalid-examples'));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'extension-misplaced',
        pointer: '/operations/afterSend/x-chathooks-invalid-examples',
        line: 32,
        col: 5,
        message: `x-chathooks-invalid-examples on operation "afterSend" is not read: it is a message extension: move it to the operation's message, #/components/messages/afterSend.`,
      }),
    ]);
  });

  test('the README documents every extension field, with the two defaults', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Writing your own spec'), readme.indexOf('## CLI'));
    const fields = (schema: unknown): string[] => {
      const out: string[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const props = (node as { properties?: Record<string, unknown> }).properties;
        if (props) {
          for (const [k, v] of Object.entries(props)) {
            out.push(k);
            visit(v);
          }
        }
        for (const v of Object.values(node)) if (Array.isArray(v)) v.forEach(visit);
        for (const key of ['then', 'items']) visit((node as Record<string, unknown>)[key]);
      };
      visit(schema);
      return out;
    };
    for (const [name, schema] of [
      ...Object.entries(ROOT_EXTENSIONS),
      ...Object.entries(MESSAGE_EXTENSIONS).map(([k, v]) => [k, v.schema] as const),
    ]) {
      expect(section).toContain(`\`${name}\``);
      for (const field of fields(schema)) expect(section, `${name}.${field}`).toContain(`\`${field}\``);
    }
    expect(section).toMatch(/\| `toleranceSec` \|.*\*\*300\*\* \(standard-webhooks\)/);
    expect(section).toMatch(/\| `success` \|.*\*\*`2xx`\*\*/);
  });
});

describe('item 26: GAIFE data.metadata is custom metadata of any shape (the guide), not 12 typed keys', () => {
  test('the generated validator accepts {"ticket_id":4521} and other app-defined metadata; the known keys stay documented', async () => {
    const gaife = await importGenerated('gaife');
    const validate = gaife.validators['message']!;
    const base = structuredClone(gaife.examples['message']![0]!.payload) as { data: Record<string, unknown> };
    for (const metadata of [
      { ticket_id: 4521 },
      { ticket_id: '4521', workflow_progress: '50%', output: 'q1.pdf' },
      { priority: 'high', tags: ['billing'] },
      {},
    ]) {
      expect(validate({ ...base, data: { ...base.data, metadata } }), JSON.stringify(metadata)).toBe(true);
    }
    // Still an object: a string is not metadata.
    expect(validate({ ...base, data: { ...base.data, metadata: 'ticket 4521' } })).toBe(false);
    const message = gaife.contract.events.find((e) => e.name === 'message')!;
    const metadata = (
      message.payload as {
        $defs: Record<string, { properties: Record<string, unknown>; additionalProperties?: unknown }>;
      }
    ).$defs['Metadata']!;
    expect(Object.keys(metadata.properties)).toEqual(
      expect.arrayContaining(['ticket_id', 'workflow_instance_status', 'output']),
    );
    expect(metadata.additionalProperties).toBe(true);
    expect(message.notes).toMatch(/custom metadata/);
    expect(gaife.examples['message']!.map((e) => e.name)).toContain('custom-metadata');
  });
});
