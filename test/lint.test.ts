/** The linter on deliberately broken specs: every problem, positioned, with a pointer and a fix. */
import { describe, expect, test } from 'vitest';
import { lintSpec, loadContract, ContractError, type Problem } from '../src/model/index.js';

const fixture = (name: string): string => `test/fixtures/broken/${name}.yaml`;
const codes = (problems: Problem[]): string[] => problems.filter((p) => p.severity === 'error').map((p) => p.code);

describe('lintSpec on broken specs', () => {
  test('YAML syntax error: one problem at the line and column of the error', async () => {
    const { problems, contract } = await lintSpec(fixture('yaml-syntax'));
    expect(contract).toBeUndefined();
    expect(codes(problems)).toEqual(['yaml-syntax']);
    expect(problems[0]).toMatchObject({ line: 59, col: 5, file: 'test/fixtures/broken/yaml-syntax.yaml' });
    expect(problems[0]!.message).toMatch(/^YAML syntax error: Flow map/);
  });

  test('unknown $ref: reported where it is written, with a suggestion, and no follow-on compile error', async () => {
    const { problems } = await lintSpec(fixture('unknown-ref'));
    expect(codes(problems)).toEqual(['ref-unresolved']);
    expect(problems[0]).toMatchObject({
      pointer: '/components/schemas/Verdict/properties/body/$ref',
      line: 66,
      col: 17,
    });
    expect(problems[0]!.message).toContain('Did you mean "#/components/schemas/Text"?');
  });

  test('remote $ref: refused without going to the network', async () => {
    const started = Date.now();
    const { problems } = await lintSpec(fixture('remote-ref'));
    expect(codes(problems)).toEqual(['ref-not-local']);
    expect(problems[0]!.message).toContain('https://schemas.example.com/id.json');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('an example that violates its schema: the pointer goes into the example payload', async () => {
    const { problems } = await lintSpec(fixture('example-violates'));
    expect(codes(problems)).toEqual(['example-invalid']);
    expect(problems[0]).toMatchObject({
      pointer: '/components/messages/afterSend/examples/0/payload/sent_at',
      line: 91,
      col: 57,
    });
    expect(problems[0]!.message).toContain('/sent_at must be integer (type)');
  });

  test('OpenAPI 3.0 `nullable` in a shared schema: reported once, where it is written, with the fix', async () => {
    const { problems } = await lintSpec(fixture('nullable'));
    expect(codes(problems)).toEqual(['schema-nullable']);
    expect(problems[0]).toMatchObject({
      pointer: '/components/schemas/Text/properties/text/nullable',
      line: 44,
      col: 45,
    });
    expect(problems[0]!.message).toContain("write `type: [string, 'null']`");
  });

  test('a missing example', async () => {
    const { problems } = await lintSpec(fixture('missing-example'));
    expect(codes(problems)).toEqual(['example-missing']);
    expect(problems[0]!.pointer).toBe('/components/messages/afterSend');
  });

  test('unknown extension values: each one, with the allowed values', async () => {
    const { problems } = await lintSpec(fixture('unknown-extension-value'));
    expect(codes(problems)).toEqual(['extension-invalid', 'extension-invalid']);
    expect(problems.map((p) => p.pointer)).toEqual([
      '/x-chathooks-signature/scheme',
      '/components/messages/afterSend/x-chathooks-kind',
    ]);
    expect(problems[1]!.message).toBe('x-chathooks-kind must be one of "before", "after", "notify".');
  });

  test('many problems are all reported in one run, sorted by position', async () => {
    const { problems } = await lintSpec(fixture('many-problems'));
    expect(codes(problems).sort()).toEqual(
      [
        'before-event-reply',
        'discriminator-const',
        'example-invalid',
        'extension-invalid',
        'invalid-example-wrong-reason',
        'ref-unresolved',
      ].sort(),
    );
    const lines = problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const wrongReason = problems.find((p) => p.code === 'invalid-example-wrong-reason')!;
    expect(wrongReason.message).toContain(
      'not at /body (minLength) as stated: /body/text must NOT have fewer than 1 characters (minLength)',
    );
  });

  test('an unreadable path is a problem, not a crash', async () => {
    const { problems } = await lintSpec('test/fixtures/broken/does-not-exist.yaml');
    expect(problems).toEqual([expect.objectContaining({ code: 'file-unreadable', line: 1, col: 1 })]);
    expect(problems[0]!.message).toContain('ENOENT');
  });

  test('loadContract throws a ContractError carrying every problem', async () => {
    const error = await loadContract(fixture('many-problems')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).problems.length).toBeGreaterThanOrEqual(6);
    expect((error as ContractError).message).toMatch(/many-problems\.yaml:\d+:\d+ #\//);
  });
});

describe('lintSpec on valid specs', () => {
  test.each(['test/fixtures/minimal.yaml', 'spec/protocol.yaml', 'spec/gaife.yaml'])(
    '%s is clean and yields a contract',
    async (file) => {
      const { problems, contract } = await lintSpec(file);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(contract?.events.length).toBeGreaterThan(0);
    },
  );

  test('the minimal fixture becomes the Contract model', async () => {
    const c = await loadContract('test/fixtures/minimal.yaml');
    expect(c).toMatchObject({
      id: 'minimal',
      title: 'Minimal chat',
      source: 'test/fixtures/minimal.yaml',
      transport: { method: 'POST', contentType: 'application/json', path: '/hooks' },
      discriminator: { in: 'body', name: 'event' },
      eventSet: 'closed',
      signature: { scheme: 'hmac-sha256', header: 'x-minimal-signature', encoding: 'hex' },
      delivery: {
        timeoutMs: 2000,
        retries: [1000],
        retryOn: ['timeout', 'non-2xx'],
        success: [200],
        onTimeout: 'proceed',
      },
    });
    const [before, after] = c.events;
    expect(before).toMatchObject({
      name: 'message.before_send',
      typeName: 'MessageBeforeSend',
      kind: 'before',
      confidence: 'documented',
    });
    expect(before!.reply).toMatchObject({ status: 200, examples: [{ name: 'allow' }, { name: 'block' }] });
    expect(before!.invalidExamples).toEqual([
      expect.objectContaining({ name: 'empty-text', pointer: '/body/text', keyword: 'minLength' }),
    ]);
    expect(after).toMatchObject({ name: 'message.after_send', kind: 'after', confidence: 'inferred' });
    // Bundled: self-contained, shared schemas in $defs, no x-parser keys.
    expect(before!.payload).toMatchObject({
      allOf: [{ $ref: '#/$defs/BeforeSend' }],
      $defs: { BeforeSend: expect.any(Object), Text: expect.any(Object) },
    });
    expect(JSON.stringify(c)).not.toContain('x-parser');
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});
