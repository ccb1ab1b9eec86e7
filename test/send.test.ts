/**
 * `chathooks send` as a user runs it: the built CLI sends one delivery to a real server on 127.0.0.1, which
 * checks the signature with its own code (node:crypto and the official standardwebhooks package, not chathooks'
 * signing), the bytes and the framing; the exit code says whether the platform would count the delivery failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, test } from 'vitest';
import * as tencent from '../generated/tencent-chat/index.js';
import { curlCommand, printfFormat } from '../src/traffic/curl.js';
import { applyEdits, parseEdit } from '../src/traffic/edits.js';
import { cliPath, root, runCli, type CliResult } from './helpers/cli.js';
import { listen } from './helpers/server.js';

interface Seen {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

type Answer = (seen: Seen, res: ServerResponse) => void;

/** Whether the machine has curl: the command is then run for real (its text is checked exactly either way). */
const hasCurl = spawnSync('sh', ['-c', 'command -v curl']).status === 0;

const TENCENT_OK = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
const json =
  (status: number, body: string): Answer =>
  (_seen, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A receiver that keeps every request it gets, exactly, and answers with `answer`. */
async function receiver(answer: Answer = json(200, TENCENT_OK)): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = {
        method: req.method!,
        url: new URL(req.url!, 'http://x'),
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      seen.push(s);
      answer(s, res);
    });
  });
  closers.push(server.close);
  return { url: server.url, seen };
}

/** The built CLI with bytes on stdin. */
function runCliWithInput(args: string[], input: Buffer): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const tencentSign = (token: string, time: string): string =>
  createHash('sha256').update(`${token}${time}`).digest('hex');
const hmacHex = (key: string, body: Buffer): string => createHmac('sha256', key).update(body).digest('hex');

describe('send signs and frames each bundled spec as its platform does', () => {
  test('Tencent: Sign = sha256(token + RequestTime) in the query, the command and app id framed, the example body', async () => {
    const r = await receiver();
    const run = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg/image',
      '--to',
      `${r.url}/im`,
      '--secret',
      'tok-123',
      '--app-id',
      '1400000001',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [s] = r.seen;
    const q = s!.url.searchParams;
    expect(s!.url.pathname).toBe('/im');
    expect(q.get('CallbackCommand')).toBe('Group.CallbackBeforeSendMsg');
    expect(q.get('SdkAppid')).toBe('1400000001');
    expect(q.get('Sign')).toBe(tencentSign('tok-123', q.get('RequestTime')!));
    expect(Math.abs(Number(q.get('RequestTime')) - Date.now() / 1000)).toBeLessThan(120);
    const image = tencent.examples['Group.CallbackBeforeSendMsg'].find((e) => e.name === 'image')!;
    expect(JSON.parse(s!.body.toString())).toEqual(image.payload);
    // The output shows the request (signature values included: they are not secrets), the reply and the verdict.
    expect(run.stdout).toContain(`Sign=${q.get('Sign')}`);
    expect(run.stdout).toContain('HTTP 200');
    expect(run.stdout).toContain(TENCENT_OK);
    expect(run.stdout).toMatch(
      /delivered: Group\.CallbackBeforeSendMsg \/ image answered 200 with a reply that satisfies its reply schema/,
    );
    expect(run.stdout).not.toContain('tok-123');
  });

  test('Sendbird: hex HMAC-SHA256 of the raw body in x-sendbird-signature', async () => {
    const r = await receiver(json(200, '{}'));
    const run = await runCli([
      'send',
      'spec/sendbird.yaml',
      'group_channel:message_send',
      '--to',
      r.url,
      '--secret',
      'master-token',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [s] = r.seen;
    expect(s!.headers['x-sendbird-signature']).toBe(hmacHex('master-token', s!.body));
    expect(JSON.parse(s!.body.toString()).category).toBe('group_channel:message_send');
  });

  test('Protocol: hex HMAC-SHA256 in x-protocol-signature; GAIFE: unsigned', async () => {
    const r = await receiver(json(200, ''));
    const signed = await runCli(['send', 'spec/protocol.yaml', 'message.created', '--to', r.url, '--secret', 'pk']);
    expect(signed.code, signed.stderr).toBe(0);
    expect(r.seen[0]!.headers['x-protocol-signature']).toBe(hmacHex('pk', r.seen[0]!.body));
    const unsigned = await runCli(['send', 'spec/gaife.yaml', 'message', '--to', r.url]);
    expect(unsigned.code, unsigned.stderr).toBe(0);
    expect(unsigned.stderr).toBe('');
    expect(JSON.parse(r.seen[1]!.body.toString())).toHaveProperty('data');
  });

  test('Standard Webhooks: the official package verifies webhook-id/-timestamp/-signature', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const r = await receiver(json(200, '{"verdict":"allow"}'));
    const run = await runCli([
      'send',
      'test/fixtures/stamped.yaml',
      'message.after_send',
      '--to',
      r.url,
      '--secret',
      secret,
      '--app-id',
      'app-9',
    ]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const s = r.seen[0]!;
    expect(s.url.searchParams.get('AppId')).toBe('app-9');
    const verified = new Webhook(secret).verify(s.body.toString(), s.headers as Record<string, string>);
    expect(verified).toEqual(JSON.parse(s.body.toString()));
  });

  test('without --secret a signing platform gets an unsigned delivery and the user is told; an empty secret is refused', async () => {
    const r = await receiver(json(200, '{}'));
    const run = await runCli(['send', 'spec/sendbird.yaml', 'group_channel:message_send', '--to', r.url]);
    expect(run.code).toBe(0);
    expect(r.seen[0]!.headers['x-sendbird-signature']).toBeUndefined();
    expect(run.stderr).toMatch(/no --secret: the delivery goes unsigned/);
    const empty = await runCli([
      'send',
      'spec/sendbird.yaml',
      'group_channel:message_send',
      '--to',
      r.url,
      '--secret',
      '',
    ]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--secret is empty/);
    expect(r.seen).toHaveLength(1);
  });
});

describe('payloads', () => {
  test('--body - sends bytes that are neither JSON nor UTF-8 exactly, signed over those bytes', async () => {
    const r = await receiver(json(200, '{}'));
    const bytes = Buffer.from([0x00, 0xff, 0xfe, 0x25, 0x5c, 0x27, 0x0a, 0x80, 0x7b, 0x22]);
    const run = await runCliWithInput(
      ['send', 'spec/sendbird.yaml', 'group_channel:message_send', '--to', r.url, '--secret', 'k', '--body', '-'],
      bytes,
    );
    expect(run.code, run.stderr).toBe(0);
    const s = r.seen[0]!;
    expect(s.body.equals(bytes)).toBe(true);
    expect(s.headers['x-sendbird-signature']).toBe(hmacHex('k', bytes));
    expect(run.stdout).toContain(`(${bytes.length} bytes, not UTF-8; base64:)`);
    expect(run.stdout).toContain(bytes.toString('base64'));
  });

  test('--body FILE keeps the platform bytes as they are (escaped slashes, key order, no final newline)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-send-'));
    closers.push(() => rm(dir, { recursive: true, force: true }));
    const text = '{"z":1,"category":"group_channel:message_send","url":"https:\\/\\/x.example\\/a","a":"\\u00e9"}';
    await writeFile(join(dir, 'body.json'), text);
    const r = await receiver(json(200, '{}'));
    const run = await runCli([
      'send',
      'spec/sendbird.yaml',
      'group_channel:message_send',
      '--to',
      r.url,
      '--secret',
      'k',
      '--body',
      join(dir, 'body.json'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(r.seen[0]!.body.toString('latin1')).toBe(text);
    expect(r.seen[0]!.headers['x-sendbird-signature']).toBe(hmacHex('k', Buffer.from(text)));
  });

  test('--set edits the example: JSON values, strings, array items, several at once', async () => {
    const r = await receiver();
    const run = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--set',
      '/From_Account=alice',
      '--set',
      '/Random=7',
      '--set',
      '/MsgBody/0/MsgContent/Text=50% off',
      '--set',
      '/MsgBody/-={"MsgType":"TIMFaceElem","MsgContent":{"Index":1,"Data":"x"}}',
      '--set',
      '/CloudCustomData="42"',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const body = JSON.parse(r.seen[0]!.body.toString());
    expect(body.From_Account).toBe('alice');
    expect(body.Random).toBe(7);
    expect(body.MsgBody[0].MsgContent.Text).toBe('50% off');
    expect(body.MsgBody[1]).toEqual({ MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'x' } });
    expect(body.CloudCustomData).toBe('42');
    expect(body.GroupId).toBe('@TGS#2J4SZEAEL');
  });

  test('a --set pointer that cannot be set is a usage error naming it; nothing is sent', async () => {
    const r = await receiver();
    const through = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--set',
      '/From_Account/x=1',
    ]);
    expect(through.code).toBe(2);
    expect(through.stderr).toMatch(
      /--set \/From_Account\/x: \/From_Account is a string, so \/From_Account\/x cannot be set/,
    );
    const missing = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--set',
      '/Nope/a=1',
    ]);
    expect(missing.stderr).toMatch(/\/Nope is not in the payload/);
    const noSlash = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--set',
      'From_Account=1',
    ]);
    expect(noSlash.stderr).toMatch(/"From_Account" is not a JSON pointer/);
    const index = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--set',
      '/MsgBody/5=1',
    ]);
    expect(index.stderr).toMatch(/"5" is not an index of the array at \/MsgBody \(0 to 1/);
    const mixed = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--set',
      '/a=1',
      '--body',
      'x.json',
    ]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/--body and --set do not mix/);
    expect(r.seen).toHaveLength(0);
  });

  test('edits leave the example itself alone', () => {
    const example = { a: { b: [1] } };
    const edited = applyEdits(example, [parseEdit('/a/b/0=2'), parseEdit('/a/c=null')]);
    expect(edited).toEqual({ a: { b: [2], c: null } });
    expect(example).toEqual({ a: { b: [1] } });
  });
});

describe('unknown events and examples', () => {
  test('an unknown event lists the events with a did-you-mean; an unknown example lists the examples', async () => {
    const r = await receiver();
    const event = await runCli(['send', 'spec/tencent-chat.yaml', 'Group.CallbackBeforeSendMgs', '--to', r.url]);
    expect(event.code).toBe(2);
    expect(event.stderr).toMatch(
      /"Group\.CallbackBeforeSendMgs" is not an event of Tencent Cloud Chat webhooks\. Did you mean "Group\.CallbackBeforeSendMsg"\? Events: State\.StateChange, /,
    );
    const example = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg/imgae',
      '--to',
      r.url,
    ]);
    expect(example.code).toBe(2);
    expect(example.stderr).toMatch(
      /Group\.CallbackBeforeSendMsg has no example "imgae"\. Did you mean "image"\? Examples: text, image, custom-in-topic\./,
    );
    expect(example.stderr).not.toMatch(/no --secret/);
    expect(r.seen).toHaveLength(0);
  });
});

describe('the verdict and the exit code follow what the platform counts as failed', () => {
  const before = ['send', 'spec/tencent-chat.yaml', 'Group.CallbackBeforeSendMsg'];

  test('a 500 reply: exit 1 with the status and the accepted ones', async () => {
    const r = await receiver(json(500, '{"oops":true}'));
    const run = await runCli([...before, '--to', r.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/HTTP 500/);
    expect(run.stdout).toMatch(
      /FAILED: Group\.CallbackBeforeSendMsg \/ text — answered 500; the platform accepts only 200/,
    );
  });

  test('a 200 whose body fails the reply schema: exit 1 naming the pointer', async () => {
    const r = await receiver(json(200, '{"ActionStatus":"OK","ErrorCode":"0"}'));
    const run = await runCli([...before, '--to', r.url, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.deliveries[0].replyValid).toBe(false);
    expect(report.deliveries[0].reason).toMatch(/reply does not satisfy Group\.CallbackBeforeSendMsg reply schema/);
    expect(report.deliveries[0].replyIssues.map((i: { pointer: string }) => i.pointer)).toContain('/ErrorCode');
  });

  test('no reply within --timeout: exit 1, and the platform lets the action proceed', async () => {
    const r = await receiver(() => undefined);
    const run = await runCli([...before, '--to', r.url, '--timeout', '200']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/no reply \(timeout: no reply within 200 ms/);
    expect(run.stdout).toMatch(
      /FAILED: .* no reply within 200 ms: the platform gives up then and lets the action proceed/,
    );
    expect(r.seen).toHaveLength(1);
  });

  test('a refused connection: exit 1 with the error', async () => {
    const r = await receiver();
    const closed = closers.pop()!;
    await closed();
    const run = await runCli([...before, '--to', r.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAILED: .* no reply: ECONNREFUSED/);
  });

  test('--json prints one object with the request (body form) and the reply headers', async () => {
    const r = await receiver();
    const run = await runCli([...before, '--to', r.url, '--json', '--secret', 's']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ event: 'Group.CallbackBeforeSendMsg', kind: 'before', example: 'text', ok: true });
    const d = report.deliveries[0];
    expect(d.request.body.text).toBe(r.seen[0]!.body.toString());
    expect(d.request.body.bytes).toBe(r.seen[0]!.body.length);
    expect(d.reply.status).toBe(200);
    expect(d.reply.headers).toContainEqual(['content-type', 'application/json']);
    expect(run.stderr).toBe('');
  });
});

describe('--repeat: the platform retrying the same delivery', () => {
  test('Standard Webhooks: the same body and webhook-id, each send verified by the official package', async () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const r = await receiver(json(200, '{}'));
    const run = await runCli([
      'send',
      'test/fixtures/stamped.yaml',
      'message.after_send',
      '--to',
      r.url,
      '--secret',
      secret,
      '--repeat',
      '2',
    ]);
    expect(run.code, run.stdout).toBe(0);
    expect(r.seen).toHaveLength(3);
    const ids = new Set(r.seen.map((s) => s.headers['webhook-id']));
    expect(ids.size).toBe(1);
    for (const s of r.seen) {
      expect(s.body.equals(r.seen[0]!.body)).toBe(true);
      new Webhook(secret).verify(s.body.toString(), s.headers as Record<string, string>);
    }
    expect(run.stdout).toMatch(/── send 3 of 3 \(a retry: same body and message id, signed again\)/);
  });

  test('a receiver that refuses the repeat (409) fails the run', async () => {
    let n = 0;
    const r = await receiver((_s, res) => void res.writeHead(n++ === 0 ? 200 : 409).end());
    const run = await runCli(['send', 'spec/gaife.yaml', 'message', '--to', r.url, '--repeat', '1', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.deliveries.map((d: { ok: boolean }) => d.ok)).toEqual([true, false]);
    expect(r.seen[1]!.body.equals(r.seen[0]!.body)).toBe(true);
  });
});

describe('--dry-run', () => {
  const bytes = Buffer.from([0x2d, 0x00, 0xff, 0x25, 0x64, 0x5c, 0x6e, 0x27, 0x0a, 0xe2, 0x82, 0xac, 0x22, 0x24, 0x60]);

  test('prints the signed request and a curl command; sends nothing', async () => {
    const r = await receiver();
    const run = await runCli([
      ...['send', 'spec/tencent-chat.yaml', 'Group.CallbackBeforeSendMsg'],
      '--to',
      r.url,
      '--secret',
      't',
      '--dry-run',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/\?CallbackCommand=Group\.CallbackBeforeSendMsg&Sign=[0-9a-f]{64}&RequestTime=\d+$/m,
    );
    expect(run.stdout).toMatch(/^curl:$/m);
    expect(run.stdout).toMatch(/\| \\\n {2}curl -sS -i -X POST 'http:/);
    expect(r.seen).toHaveLength(0);
  });

  test('the printf format of the curl command is exact for any bytes (read back as printf reads it)', () => {
    const format = printfFormat(bytes);
    // A reading of the format as POSIX printf reads it: %% and backslash escapes (octal, \n, \\).
    const decoded: number[] = [];
    for (let i = 0; i < format.length; ) {
      const c = format[i]!;
      if (c === '%') {
        expect(format[i + 1]).toBe('%');
        decoded.push(0x25);
        i += 2;
      } else if (c === '\\') {
        const octal = /^[0-7]{3}/.exec(format.slice(i + 1));
        if (octal) {
          decoded.push(Number.parseInt(octal[0], 8));
          i += 4;
        } else {
          decoded.push({ n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c }[format[i + 1] as 'n']);
          i += 2;
        }
      } else {
        const char = String.fromCodePoint(format.codePointAt(i)!);
        decoded.push(...Buffer.from(char));
        i += char.length;
      }
    }
    expect(Buffer.from(decoded).equals(bytes)).toBe(true);
    expect(format.startsWith('\\055')).toBe(true);
    const command = curlCommand({
      method: 'POST',
      url: "http://h/a?b='c'",
      headers: { 'x-a': "it's" },
      body: '',
      bytes,
    });
    expect(command).toContain(`'http://h/a?b='\\''c'\\'''`);
    expect(command).toContain(`-H 'x-a: it'\\''s'`);
  });

  test.runIf(hasCurl)(
    'the curl command, run by sh with the machine curl, delivers the same bytes with a valid signature',
    async () => {
      const r = await receiver(json(200, '{}'));
      const dry = await runCliWithInput(
        [
          'send',
          'spec/sendbird.yaml',
          'group_channel:message_send',
          '--to',
          `${r.url}/hook?x=1`,
          '--secret',
          'k',
          '--body',
          '-',
          '--dry-run',
          '--json',
        ],
        bytes,
      );
      expect(dry.code, dry.stderr).toBe(0);
      const { curl, request } = JSON.parse(dry.stdout);
      const shell = await new Promise<CliResult>((resolve, reject) => {
        const child = spawn('sh', ['-c', curl]);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(shell.code, shell.stderr).toBe(0);
      expect(shell.stdout).toMatch(/^HTTP\/1\.1 200/);
      const s = r.seen[0]!;
      expect(s.body.equals(bytes)).toBe(true);
      expect(s.url.pathname + s.url.search).toBe('/hook?x=1');
      expect(s.headers['x-sendbird-signature']).toBe(hmacHex('k', bytes));
      expect(s.headers['x-sendbird-signature']).toBe(request.headers['x-sendbird-signature']);
      expect(s.headers['user-agent']).toBe('chathooks (sendbird)');
    },
  );
});

describe('--record', () => {
  test('each send is written as a recording: exact bytes, framed query and headers, the reply; never the secret', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-send-'));
    closers.push(() => rm(dir, { recursive: true, force: true }));
    const r = await receiver();
    const run = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      `${r.url}/im`,
      '--secret',
      'very-secret-token',
      '--record',
      join(dir, 'rec'),
      '--repeat',
      '1',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const files = (await readdir(join(dir, 'rec'))).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{8}T[\d.]+Z-Group\.CallbackBeforeSendMsg-[0-9a-f]{16}\.json$/);
    for (const [i, file] of files.entries()) {
      const text = await readFile(join(dir, 'rec', file), 'utf8');
      expect(text).not.toContain('very-secret-token');
      const recording = JSON.parse(text);
      const seen = r.seen[i]!;
      expect(recording).toMatchObject({
        format: 'chathooks.recording/1',
        spec: 'tencent-chat',
        event: 'Group.CallbackBeforeSendMsg',
        source: 'send',
        request: { method: 'POST', url: seen.url.pathname + seen.url.search, body: { text: seen.body.toString() } },
        reply: { status: 200, body: { text: TENCENT_OK } },
      });
      expect(recording.request.headers).toContainEqual(['content-type', 'application/json']);
    }
  });

  test('a directory that cannot be written: the delivery is still shown, the run exits 2 naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-send-'));
    closers.push(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'a-file'), '');
    const r = await receiver(json(200, '{}'));
    const run = await runCli(['send', 'spec/gaife.yaml', 'message', '--to', r.url, '--record', join(dir, 'a-file')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^delivered: message /m);
    expect(run.stderr).toMatch(
      /--record .*a-file: cannot write the recording there \((EEXIST|ENOTDIR)\); pick another directory/,
    );
  });
});

describe('bounds', () => {
  test('a reply longer than --max-reply-bytes is cut there and fails a reply schema that asks for JSON', async () => {
    const r = await receiver(
      json(200, JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: 'x'.repeat(5000) })),
    );
    const run = await runCli([
      'send',
      'spec/tencent-chat.yaml',
      'Group.CallbackBeforeSendMsg',
      '--to',
      r.url,
      '--max-reply-bytes',
      '1024',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /FAILED: .*the reply passed maxReplyBytes \(1024\): reading stopped after \d+ bytes, the first 1024 kept/,
    );
  });

  test('a --body file over 16 MiB is refused before anything is sent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chathooks-send-'));
    closers.push(() => rm(dir, { recursive: true, force: true }));
    const big = join(dir, 'big.bin');
    await writeFile(big, '');
    await truncate(big, 16 * 1024 * 1024 + 1);
    const r = await receiver();
    const run = await runCli(['send', 'spec/gaife.yaml', 'message', '--to', r.url, '--body', big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--body .*big\.bin: more than 16777216 bytes \(16 MiB\)/);
    const missing = await runCli([
      'send',
      'spec/gaife.yaml',
      'message',
      '--to',
      r.url,
      '--body',
      join(dir, 'nope.json'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--body .*nope\.json: cannot read it \(ENOENT\)/);
    expect(r.seen).toHaveLength(0);
  });
});
