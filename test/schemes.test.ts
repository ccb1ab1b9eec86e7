/**
 * Issue 13, items 1–2: one module per signature scheme in one registry, proven by two schemes added as one file
 * and one registry entry each — LINE (`x-line-signature`) and Slack v0 (`x-slack-signature` with a 5-minute
 * window) — end to end: known answers, createReceiver over real HTTP, the native mock, `chathooks replay`,
 * `chathooks docs`, the OpenAPI bridge and lint. The last test holds the registry to being the only list.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { generateContract } from '../src/codegen/index.js';
import { startMockServer } from '../src/mock/index.js';
import { defaultMockSecret } from '../src/mock/secret.js';
import { loadContract, lintText } from '../src/model/index.js';
import type { Contract, SignatureScheme } from '../src/model/model.js';
import { compileContract, createReceiver } from '../src/receiver/index.js';
import { signRequest, SignatureVerificationError, verifySignature } from '../src/signing/index.js';
import { SCHEME_NAMES, SCHEMES } from '../src/signing/registry.js';
import { root, runCli } from './helpers/cli.js';
import { listen } from './helpers/server.js';

const LINE_SPEC = 'test/fixtures/schemes/line.yaml';
const SLACK_SPEC = 'test/fixtures/schemes/slack.yaml';
const SECRET = 'scheme-test-secret';
const line: SignatureScheme = { scheme: 'line' };
const slack: SignatureScheme = { scheme: 'slack-v0', toleranceSec: 300 };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});
const tmpDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Why verification failed, or 'ok'. */
function verdict(
  scheme: SignatureScheme,
  rawBody: string,
  headers: Record<string, string>,
  secrets: string[],
  now: number,
): string {
  try {
    verifySignature(scheme, { rawBody, headers, query: new URLSearchParams() }, secrets, { now: () => now });
    return 'ok';
  } catch (error) {
    if (error instanceof SignatureVerificationError) return `${error.reason} ${error.field}`;
    throw error;
  }
}

describe('known answers', () => {
  // Recorded from openssl:
  //   printf '%s' '{"destination":"U0123","events":[]}' | openssl dgst -sha256 -hmac line-channel-secret -binary | base64
  const LINE_BODY = '{"destination":"U0123","events":[]}';
  const LINE_SIGNATURE = 'DqJwnENfrQlJ3f3gOVFYUsNLL/PC/tuqIsLgbRHvlxs=';

  test('LINE: x-line-signature is base64(HMAC-SHA256(channel secret, raw body)), as openssl computes it', () => {
    const { headers, query } = signRequest(line, { rawBody: LINE_BODY, secret: 'line-channel-secret' });
    expect(headers).toEqual({ 'x-line-signature': LINE_SIGNATURE });
    expect(query).toEqual({});
    expect(verdict(line, LINE_BODY, { 'X-Line-Signature': LINE_SIGNATURE }, ['line-channel-secret'], Date.now())).toBe(
      'ok',
    );
    // Rotation: any configured secret passes.
    expect(
      verdict(
        line,
        LINE_BODY,
        { 'x-line-signature': LINE_SIGNATURE },
        ['next-secret', 'line-channel-secret'],
        Date.now(),
      ),
    ).toBe('ok');
    expect(verdict(line, LINE_BODY, {}, ['line-channel-secret'], Date.now())).toBe('missing x-line-signature');
    expect(
      verdict(line, `${LINE_BODY} `, { 'x-line-signature': LINE_SIGNATURE }, ['line-channel-secret'], Date.now()),
    ).toBe('mismatch x-line-signature');
    expect(verdict(line, LINE_BODY, { 'x-line-signature': 'not base64' }, ['line-channel-secret'], Date.now())).toBe(
      'malformed x-line-signature',
    );
    // Other unused trailing bits decode to the same bytes, yet are not what was signed: compared as text.
    const sameBytes = `${LINE_SIGNATURE.slice(0, 42)}t=`;
    expect(Buffer.from(sameBytes, 'base64')).toEqual(Buffer.from(LINE_SIGNATURE, 'base64'));
    expect(verdict(line, LINE_BODY, { 'x-line-signature': sameBytes }, ['line-channel-secret'], Date.now())).toBe(
      'mismatch x-line-signature',
    );
  });

  // Slack's worked example ("Verifying requests from Slack", api.slack.com/authentication/verifying-requests-from-slack),
  // checked with openssl: printf '%s' "v0:1531420618:$BODY" | openssl dgst -sha256 -hmac 8f742231b10e8888abcd99yyyzzz85a5
  const SLACK_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
  const SLACK_TS = 1531420618;
  const SLACK_BODY =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  const SLACK_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
  const at = (seconds: number) => seconds * 1000;

  test("Slack v0: Slack's published example signs and verifies; the 5-minute window holds both ways", () => {
    const { headers } = signRequest(slack, { rawBody: SLACK_BODY, secret: SLACK_SECRET, now: () => at(SLACK_TS) });
    expect(headers).toEqual({ 'x-slack-request-timestamp': String(SLACK_TS), 'x-slack-signature': SLACK_SIGNATURE });
    const given = { 'X-Slack-Signature': SLACK_SIGNATURE, 'X-Slack-Request-Timestamp': String(SLACK_TS) };
    expect(verdict(slack, SLACK_BODY, given, [SLACK_SECRET], at(SLACK_TS))).toBe('ok');
    expect(verdict(slack, SLACK_BODY, given, ['other', SLACK_SECRET], at(SLACK_TS + 300))).toBe('ok');
    expect(verdict(slack, SLACK_BODY, given, [SLACK_SECRET], at(SLACK_TS + 301))).toBe(
      'stale x-slack-request-timestamp',
    );
    expect(verdict(slack, SLACK_BODY, given, [SLACK_SECRET], at(SLACK_TS - 301))).toBe(
      'future x-slack-request-timestamp',
    );
    expect(verdict(slack, `${SLACK_BODY}&x=1`, given, [SLACK_SECRET], at(SLACK_TS))).toBe('mismatch x-slack-signature');
    expect(verdict(slack, SLACK_BODY, { 'x-slack-signature': SLACK_SIGNATURE }, [SLACK_SECRET], at(SLACK_TS))).toBe(
      'missing x-slack-request-timestamp',
    );
    expect(
      verdict(slack, SLACK_BODY, { 'x-slack-request-timestamp': String(SLACK_TS) }, [SLACK_SECRET], at(SLACK_TS)),
    ).toBe('missing x-slack-signature');
    expect(
      verdict(
        slack,
        SLACK_BODY,
        { ...given, 'X-Slack-Signature': SLACK_SIGNATURE.slice(3) },
        [SLACK_SECRET],
        at(SLACK_TS),
      ),
    ).toBe('malformed x-slack-signature');
    // The timestamp is signed: moving it inside the window still fails.
    expect(
      verdict(
        slack,
        SLACK_BODY,
        { ...given, 'X-Slack-Request-Timestamp': String(SLACK_TS + 1) },
        [SLACK_SECRET],
        at(SLACK_TS),
      ),
    ).toBe('mismatch x-slack-signature');
  });

  test.each([line, slack])('$scheme: empty secrets are refused when signing and verifying', (scheme) => {
    expect(() => signRequest(scheme, { rawBody: '{}', secret: '' })).toThrow(/empty/);
    expect(() => verifySignature(scheme, { rawBody: '{}', headers: {}, query: new URLSearchParams() }, [])).toThrow(
      /empty list/,
    );
    expect(() =>
      verifySignature(scheme, { rawBody: '{}', headers: {}, query: new URLSearchParams() }, ['ok', '']),
    ).toThrow(/\[1\] is an empty string/);
  });
});

/** A fixture's contract and a receiver for it over real HTTP, answering Slack's URL check with its challenge. */
async function receiverFor(spec: string): Promise<{ contract: Contract; url: string }> {
  const contract = await loadContract(spec);
  const receiver = createReceiver(compileContract(contract), {
    secret: SECRET,
    // A loaded contract has no generated handler types: the one handler is typed by hand.
    ...(contract.events.some((e) => e.name === 'url_verification')
      ? { on: { url_verification: (event: { challenge: string }) => ({ challenge: event.challenge }) } as never }
      : {}),
    onUnknownEvent: 'ignore',
  });
  const server = await listen(receiver.node);
  closers.push(server.close);
  return { contract, url: `${server.url}${contract.transport.path}` };
}

const sample = (contract: Contract) => {
  const event = contract.events.find((e) => e.examples.length > 0 && e.kind !== 'before')!;
  return JSON.stringify(event.examples[0]!.payload);
};

describe.each([
  { spec: LINE_SPEC, header: 'x-line-signature', timestamp: undefined },
  { spec: SLACK_SPEC, header: 'x-slack-signature', timestamp: 'x-slack-request-timestamp' },
])('$spec end to end', ({ spec, header, timestamp }) => {
  test('createReceiver over HTTP: a signed delivery passes; missing or wrong signatures (and stale or future times) get 401 naming the header', async () => {
    const { contract, url } = await receiverFor(spec);
    const body = sample(contract);
    const post = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    const signed = (now = Date.now()) =>
      signRequest(contract.signature, { rawBody: body, secret: SECRET, now: () => now }).headers;

    expect((await post(signed())).status).toBe(200);
    const refusals: [string, Record<string, string>, string][] = [
      ['missing', {}, header],
      [
        'wrong',
        { ...signed(), [header]: signed()[header]!.replace(/.(?=[^A-Za-z0-9]*$)/, (c) => (c === 'a' ? 'b' : 'a')) },
        header,
      ],
      ['wrong secret', signRequest(contract.signature, { rawBody: body, secret: 'another-secret' }).headers, header],
    ];
    if (timestamp) {
      refusals.push(
        ['stale', signed(Date.now() - 600_000), timestamp],
        ['future', signed(Date.now() + 600_000), timestamp],
      );
    }
    for (const [what, headers, field] of refusals) {
      const res = await post(headers);
      const text = await res.text();
      expect(res.status, what).toBe(401);
      expect(text, what).toContain(field);
      expect(text, what).not.toContain(SECRET);
    }
  });

  test("the native mock verifies with the scheme's default secret", async () => {
    const contract = await loadContract(spec);
    const mock = await startMockServer([contract]);
    closers.push(() => mock.close());
    const body = sample(contract);
    const secret = defaultMockSecret(contract.signature);
    const headers = signRequest(contract.signature, { rawBody: body, secret }).headers;
    const ok = await fetch(mock.urls[contract.id]!, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
    expect(ok.status).toBe(200);
    const unsigned = await fetch(mock.urls[contract.id]!, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.text()).toContain(header);
  });

  test("chathooks replay (built CLI) passes against createReceiver, the scheme's attacks included", async () => {
    const { url } = await receiverFor(spec);
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-schemes-'));
    tmpDirs.push(dir);
    const report = join(dir, 'report.json');
    const r = await runCli(['replay', spec, '--target', url, '--secret', SECRET, '--report', `json=${report}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const { reports } = JSON.parse(await readFile(report, 'utf8')) as {
      reports: { cases: { name: string; outcome: string }[] }[];
    };
    const names = reports.flatMap((rep) => rep.cases.map((c) => `${c.name}: ${c.outcome}`));
    expect(names).toContain('signature: missing: passed');
    expect(names).toContain('signature: wrong: passed');
    if (timestamp) {
      expect(names).toContain('signature: stale timestamp: passed');
      expect(names).toContain('signature: future timestamp: passed');
    } else {
      expect(names.some((n) => n.includes('timestamp'))).toBe(false);
    }
  });

  test('chathooks docs renders the signature page naming the header', async () => {
    const contract = await loadContract(spec);
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-schemes-docs-'));
    tmpDirs.push(dir);
    const r = await runCli(['docs', spec, '--out', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const page = await readFile(join(dir, contract.id, 'signatures.html'), 'utf8');
    expect(page).toContain(`<code>${header}</code>`);
    expect(page).toContain(contract.signature.scheme);
    expect(page).toContain('createReceiver');
    if (timestamp) expect(page).toContain(`<code>${timestamp}</code>`);
  });

  test('the OpenAPI bridge declares the headers, required', async () => {
    const contract = await loadContract(spec);
    const files = await generateContract(contract);
    const [, text] = [...files].find(([name]) => name.endsWith('openapi.json'))!;
    const doc = JSON.parse(text) as {
      webhooks: Record<string, { post: { parameters: { name: string; in: string; required: boolean }[] } }>;
    };
    for (const op of Object.values(doc.webhooks)) {
      const params = op.post.parameters.filter((p) => p.in === 'header').map((p) => `${p.name}:${p.required}`);
      expect(params).toContain(`${header}:true`);
      if (timestamp) expect(params).toContain(`${timestamp}:true`);
    }
  });

  test('lint accepts the fixture and refuses a misspelt signature parameter', async () => {
    const text = await readFile(join(root, spec), 'utf8');
    const clean = await lintText(text, spec);
    expect(clean.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const misspelt = text.replace(
      /x-chathooks-signature: \{ scheme: ([a-z0-9-]+),/,
      'x-chathooks-signature: { scheme: $1, toleranceSecs: 60,',
    );
    expect(misspelt).not.toBe(text);
    const bad = await lintText(misspelt, spec);
    const errors = bad.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((p) => p.message).join('\n')).toMatch(/toleranceSecs/);
  });
});

describe('the registry is the only list of schemes', () => {
  /** Every .ts file under src/, as [path relative to the repository, text]. */
  async function sources(dir = join(root, 'src')): Promise<[string, string][]> {
    const out: [string, string][] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) out.push(...(await sources(path)));
      else if (entry.name.endsWith('.ts')) out.push([relative(root, path), await readFile(path, 'utf8')]);
    }
    return out;
  }

  test('a scheme name is written only in its own module and the registry; no code outside them compares scheme names', async () => {
    const files = await sources();
    const moduleFile = new Map(
      SCHEME_NAMES.map((name) => {
        const found = files.filter(
          ([path, text]) => path.startsWith('src/signing/') && new RegExp(`\\bname: '${name}',`).test(text),
        );
        expect(
          found.map(([p]) => p),
          name,
        ).toHaveLength(1);
        return [name, found[0]![0]];
      }),
    );
    const offences: string[] = [];
    for (const [path, text] of files) {
      if (path === 'src/signing/registry.ts') continue;
      for (const name of SCHEME_NAMES) {
        if (moduleFile.get(name) === path) continue;
        const quoted = new RegExp(`['"\`]${name}['"\`]`);
        // `none` is an ordinary word ('none' in CSP, in messages): only its use as a scheme is an offence.
        const asScheme = new RegExp(`(?:scheme\\s*(?:[!=]==|:)|case)\\s*['"\`]${name}['"\`]`);
        text.split('\n').forEach((lineText, i) => {
          // Comments may name a platform whose id is also a scheme's name (LINE: `{ id: 'line' }` in an @example).
          if (/^\s*(\*|\/\/|\/\*)/.test(lineText)) return;
          if ((name === 'none' ? asScheme : quoted).test(lineText))
            offences.push(`${path}:${i + 1}: ${lineText.trim()}`);
        });
      }
      const compares = /\.scheme\s*[!=]==|switch\s*\([^)]*\.scheme\)/;
      if (!path.startsWith('src/signing/')) {
        text.split('\n').forEach((lineText, i) => {
          if (compares.test(lineText)) offences.push(`${path}:${i + 1}: ${lineText.trim()}`);
        });
      }
    }
    expect(offences).toEqual([]);
  });

  test('each registered module is filed under its own name and the extension schema offers exactly the registry', async () => {
    for (const [key, module] of Object.entries(SCHEMES)) expect(module.name).toBe(key);
    const { ROOT_EXTENSIONS } = await import('../src/model/extensions.js');
    const schema = ROOT_EXTENSIONS['x-chathooks-signature'] as {
      properties: { scheme: { enum: string[] } };
      allOf: unknown[];
    };
    expect(schema.properties.scheme.enum).toEqual(SCHEME_NAMES);
    expect(schema.allOf).toHaveLength(SCHEME_NAMES.length);
  });
});
