/**
 * Recordings (src/traffic/recording.ts): the files real traffic is kept in. Exact bytes in both forms (JSON and
 * HAR 1.2), stable output, redaction, and every bad file reported by name while the rest are read.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tencent from '../generated/tencent-chat/index.js';
import {
  bodyBytes,
  parseRecordings,
  RECORDING_FORMAT,
  type Recording,
  type RecordingInput,
  readRecordings,
  recordingFromRequest,
  redactRecording,
  signatureFieldNames,
  toHar,
  toJson,
  writeRecording,
} from '../src/traffic/recording.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-recording-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const binary = Buffer.from([0x7b, 0xff, 0x00, 0xfe, 0x22, 0x0a, 0xc3]); // "{", invalid UTF-8, NUL, …
const json = Buffer.from('{"CallbackCommand":"State.StateChange","Info":{"To_Account":"u1","Action":"Login"}}');

function sample(body: Buffer = json, extra: Partial<RecordingInput> & { noReply?: true } = {}): Recording {
  const { noReply, ...rest } = extra;
  const r = recordingFromRequest({
    method: 'post',
    url: 'http://127.0.0.1:9/im?SdkAppid=1400000000&CallbackCommand=State.StateChange&Sign=abc123&RequestTime=1700000000',
    headers: { 'Content-Type': 'application/json', Host: 'example.test', 'X-Multi': ['a', 'b'] },
    body,
    receivedAt: '2026-11-30T11:22:33.456Z',
    source: 'listen',
    spec: 'tencent-chat',
    event: 'State.StateChange',
    reply: {
      status: 200,
      headers: [['content-type', 'application/json']],
      body: '{"ActionStatus":"OK"}',
      latencyMs: 1.23456,
    },
    ...rest,
  });
  if (noReply) delete r.reply;
  return r;
}

describe('recordingFromRequest', () => {
  it('keeps path and query, lower-case ordered headers (one pair per value) and the body with length and SHA-256', () => {
    const r = sample();
    expect(r.format).toBe(RECORDING_FORMAT);
    expect(r.request.method).toBe('POST');
    expect(r.request.url).toBe(
      '/im?SdkAppid=1400000000&CallbackCommand=State.StateChange&Sign=abc123&RequestTime=1700000000',
    );
    expect(r.request.headers).toEqual([
      ['content-type', 'application/json'],
      ['host', 'example.test'],
      ['x-multi', 'a'],
      ['x-multi', 'b'],
    ]);
    expect(r.request.body).toEqual({
      text: json.toString('utf8'),
      bytes: json.length,
      sha256: createHash('sha256').update(json).digest('hex'),
    });
    expect(r.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.reply?.latencyMs).toBe(1.235);
  });

  it('keeps bytes that are not UTF-8 as base64, exactly', () => {
    const r = sample(binary);
    expect('base64' in r.request.body).toBe(true);
    expect(bodyBytes(r.request.body).equals(binary)).toBe(true);
  });

  it('gives the same capture the same id, and a different body a different one', () => {
    expect(sample().id).toBe(sample().id);
    expect(sample(binary).id).not.toBe(sample().id);
  });
});

describe('files', () => {
  it('round-trips through the JSON form and HAR 1.2 with the body bytes exact', async () => {
    for (const body of [json, binary, Buffer.alloc(0)]) {
      const r = sample(body);
      const jsonFile = await writeRecording(join(dir, 'round'), r);
      const harFile = await writeRecording(join(dir, 'round'), r, { format: 'har' });
      expect(jsonFile).toMatch(/20261130T112233\.456Z-State\.StateChange-[0-9a-f]{16}\.json$/);
      const { recordings, problems } = await readRecordings([jsonFile, harFile]);
      expect(problems).toEqual([]);
      expect(recordings).toHaveLength(2);
      for (const read of recordings) {
        expect(bodyBytes(read.request.body).equals(body)).toBe(true);
        expect(read.request.url).toBe(r.request.url);
        expect(read.request.headers).toEqual(r.request.headers);
        expect(read.reply?.status).toBe(200);
        expect(read.event).toBe('State.StateChange');
        expect(read.spec).toBe('tencent-chat');
        expect(read.id).toBe(r.id);
      }
    }
  });

  it('writes the JSON form deterministically (the same bytes for the same recording)', () => {
    const a = toJson(sample());
    const { request, ...rest } = JSON.parse(a) as Recording;
    const reordered = { request, ...rest } as Recording; // keys in another order
    expect(toJson(reordered)).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('writes HAR 1.2 with the fields the format requires', () => {
    const har = toHar([
      sample(binary),
      sample(json, { noReply: true, failure: { kind: 'forward-failed', status: 502, message: 'ECONNREFUSED' } }),
    ]);
    expect(har.log.version).toBe('1.2');
    const [withReply, failed] = har.log.entries;
    expect(withReply?.request.url).toBe(
      'http://example.test/im?SdkAppid=1400000000&CallbackCommand=State.StateChange&Sign=abc123&RequestTime=1700000000',
    );
    expect(withReply?.request.queryString).toContainEqual({ name: 'CallbackCommand', value: 'State.StateChange' });
    expect(withReply?.request.postData).toMatchObject({ mimeType: 'application/json', encoding: 'base64' });
    expect(withReply?.response.content).toMatchObject({ size: 21, text: '{"ActionStatus":"OK"}' });
    for (const entry of har.log.entries)
      for (const key of ['startedDateTime', 'time', 'request', 'response', 'cache', 'timings'])
        expect(entry).toHaveProperty(key);
    expect(failed?.response.status).toBe(502);
    expect(failed?._chathooks.failure).toEqual({ kind: 'forward-failed', status: 502, message: 'ECONNREFUSED' });
  });

  it('reads a HAR file with many entries from another tool as many recordings', async () => {
    const file = join(dir, 'devtools.har');
    await writeFile(
      file,
      JSON.stringify({
        log: {
          version: '1.2',
          creator: { name: 'WebInspector', version: '537.36' },
          entries: [1, 2].map((n) => ({
            startedDateTime: `2026-11-30T10:00:0${n}.000Z`,
            time: 5,
            request: {
              method: 'POST',
              url: `https://hooks.example.com/webhook?n=${n}`,
              headers: [{ name: 'Content-Type', value: 'application/json' }],
              postData: { mimeType: 'application/json', text: `{"n":${n}}` },
            },
            response: { status: 200, headers: [], content: { size: 2, mimeType: 'text/plain', text: 'ok' } },
          })),
        },
      }),
    );
    const { recordings, problems } = await readRecordings([file]);
    expect(problems).toEqual([]);
    expect(recordings.map((r) => [r.request.url, bodyBytes(r.request.body).toString(), r.source])).toEqual([
      ['/webhook?n=1', '{"n":1}', 'import'],
      ['/webhook?n=2', '{"n":2}', 'import'],
    ]);
    expect(recordings[0]?.request.headers).toEqual([['content-type', 'application/json']]);
  });
});

describe('bad files: each named with what is wrong, the rest still read', () => {
  it('reports not-JSON, truncated, not-a-recording, edited bodies, another spec, a missing path and an empty directory', async () => {
    const bad = join(dir, 'bad');
    const good = await writeRecording(bad, sample());
    const text = toJson(sample());
    const files = {
      notJson: join(bad, 'a-notjson.json'),
      truncated: join(bad, 'b-truncated.json'),
      other: join(bad, 'c-other.json'),
      edited: join(bad, 'd-edited.json'),
      spec: join(bad, 'e-spec.json'),
      noBody: join(bad, 'f-nobody.json'),
    };
    await writeFile(files.notJson, 'POST /im HTTP/1.1\n');
    await writeFile(files.truncated, text.slice(0, 200));
    await writeFile(files.other, '{"hello": "world"}');
    await writeFile(files.edited, text.replace('Login', 'Logon'));
    await writeFile(files.spec, text.replace('"spec": "tencent-chat"', '"spec": "sendbird"'));
    const noBody = JSON.parse(text) as Record<string, Record<string, unknown>>;
    delete noBody['request']?.['body'];
    await writeFile(files.noBody, JSON.stringify(noBody));
    const emptyDir = join(dir, 'empty');
    await writeRecording(join(emptyDir, '..', 'empty-parent'), sample());
    await import('node:fs/promises').then((fs) => fs.mkdir(emptyDir, { recursive: true }));

    const { recordings, problems } = await readRecordings([bad, join(dir, 'missing.json'), emptyDir], {
      spec: 'tencent-chat',
    });
    expect(recordings).toHaveLength(1);
    expect(recordings[0]?.request.body.sha256).toBe(sample().request.body.sha256);
    const byFile = new Map(problems.map((p) => [p.file, p.message]));
    expect(byFile.get(files.notJson)).toMatch(
      /^not JSON( at 1:1)? \(Unexpected token 'P'\); expected a chathooks recording/,
    );
    expect(byFile.get(files.truncated)).toMatch(/^truncated/);
    expect(byFile.get(files.other)).toMatch(/neither a chathooks recording .* nor HAR 1\.2/);
    expect(byFile.get(files.edited)).toMatch(/^\/request\/body\/sha256: does not match the body/);
    expect(byFile.get(files.spec)).toMatch(/recorded against spec "sendbird", not "tencent-chat"/);
    expect(byFile.get(files.noBody)).toMatch(/^\/request\/body: expected \{ text \} or \{ base64 \}/);
    expect(byFile.get(join(dir, 'missing.json'))).toBe('no such file or directory');
    expect(byFile.get(emptyDir)).toMatch(/no \.json or \.har recordings/);
    expect(problems).toHaveLength(8);
    expect(good).toBeTruthy();
  });

  it('refuses a file larger than maxFileBytes without reading it', async () => {
    const file = await writeRecording(join(dir, 'big'), sample());
    const { recordings, problems } = await readRecordings([file], { maxFileBytes: 100 });
    expect(recordings).toEqual([]);
    expect(problems[0]?.message).toMatch(/more than the 100 a recording file may have/);
  });

  it('accepts an edited body when the digest fields are removed, and recomputes them', () => {
    const r = JSON.parse(toJson(sample())) as { request: { body: Record<string, unknown> } };
    r.request.body = { text: '{"edited":true}' };
    const [read] = parseRecordings(r);
    expect(read?.request.body).toMatchObject({
      bytes: 15,
      sha256: createHash('sha256').update('{"edited":true}').digest('hex'),
    });
  });
});

describe('redaction', () => {
  it("replaces the contract's signature values in the query and headers, never the body", async () => {
    const names = signatureFieldNames(tencent.contract);
    expect(names).toContain('sign');
    const r = redactRecording(sample(), [...names, 'X-Multi']);
    expect(r.request.url).toBe(
      '/im?SdkAppid=1400000000&CallbackCommand=State.StateChange&Sign=%5Bredacted%5D&RequestTime=1700000000',
    );
    expect(r.request.headers.filter(([n]) => n === 'x-multi')).toEqual([
      ['x-multi', '[redacted]'],
      ['x-multi', '[redacted]'],
    ]);
    expect(r.redacted).toEqual(['sign', 'x-multi']);
    expect(r.request.body).toEqual(sample().request.body);
    const file = await writeRecording(join(dir, 'redacted'), r);
    expect(await readFile(file, 'utf8')).not.toContain('abc123');
  });
});
