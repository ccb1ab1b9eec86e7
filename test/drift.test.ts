/**
 * `chathooks drift` (src/traffic/drift.ts, patch.ts, src/cli/drift.ts): recorded deliveries with seeded drift,
 * written by `writeRecording` as a user's recordings directory would hold them, read by the built CLI. Each kind
 * of drift is reported with its pointer or name; clean recordings exit 0; `--patch` writes a spec that lints clean
 * and after which the same recordings drift no more; bad files are named while the rest are read; HAR reads as JSON.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as gaife from '../generated/gaife/index.js';
import * as tencent from '../generated/tencent-chat/index.js';
import { tencentSign } from '../src/signing/index.js';
import {
  type Recording,
  recordingFromRequest,
  redactRecording,
  signatureFieldNames,
  toHar,
  toJson,
  writeRecording,
} from '../src/traffic/recording.js';
import { type DriftFinding, type DriftReport, driftReport } from '../src/traffic/drift.js';
import { generalise } from '../src/traffic/drift-issues.js';
import { inferSchema } from '../src/traffic/patch-schema.js';
import { runCli } from './helpers/cli.js';

const SECRET = 'drift-test-token';
const T0 = Date.UTC(2026, 10, 30, 10, 0, 0);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-drift-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Payload = Record<string, unknown>;

function example(module: { examples: Record<string, readonly { payload: unknown }[]> }, event: string, i = 0): Payload {
  return structuredClone(module.examples[event]![i]!.payload) as Payload;
}

interface TencentOptions {
  /** Milliseconds after T0. */
  at: number;
  sign?: 'good' | 'bad';
  headers?: [string, string][];
  query?: string;
  /** A raw body instead of the payload's JSON. */
  raw?: string;
  command?: string;
  /** The status the receiver answered (recorded as the reply). */
  replied?: number;
}

/** A Tencent delivery as `listen` records it: signed in the query (Sign, RequestTime), the verdict kept. */
function tencentDelivery(payload: Payload, o: TencentOptions): Recording {
  const command = o.command ?? String(payload['CallbackCommand']);
  const at = T0 + o.at;
  const requestTime = Math.floor(at / 1000);
  const sign = o.sign === 'bad' ? 'f'.repeat(64) : tencentSign(SECRET, requestTime);
  const url = `/webhook?SdkAppid=1400000000&CallbackCommand=${encodeURIComponent(command)}&contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI&Sign=${sign}&RequestTime=${requestTime}${o.query ?? ''}`;
  return recordingFromRequest({
    method: 'POST',
    url,
    headers: [
      ['content-type', 'application/json'],
      ['user-agent', 'Tencent-IM'],
      ['x-forwarded-for', '10.0.0.1'],
      ...(o.headers ?? []),
    ],
    body: o.raw ?? JSON.stringify(payload),
    receivedAt: at,
    source: 'listen',
    spec: 'tencent-chat',
    event: command,
    signature: o.sign === 'bad' ? { valid: false, problem: 'mismatch (query Sign)' } : { valid: true },
    ...(o.replied === undefined ? {} : { reply: { status: o.replied, headers: [], body: '', latencyMs: 5 } }),
  });
}

/** A GAIFE delivery (unsigned, one event, keyed by /data/id + /data/status). */
function gaifeDelivery(payload: Payload, atMs: number): Recording {
  return recordingFromRequest({
    method: 'POST',
    url: '/webhook',
    headers: [['content-type', 'application/json']],
    body: JSON.stringify(payload),
    receivedAt: T0 + atMs,
    source: 'listen',
    spec: 'gaife',
  });
}

/** One delivery of every Tencent example, a second apart, signed: what a platform following its docs sends. */
function cleanTencent(): Recording[] {
  return Object.entries(tencent.examples).flatMap(([command, list], i) =>
    list.map((ex, j) => tencentDelivery(structuredClone(ex.payload) as Payload, { at: (i * 10 + j) * 1000, command })),
  );
}

/** The schema drift `--patch` can document (Tencent): new fields, an enum value, an event, a type, a header, a query parameter. */
function schemaDrift(): Recording[] {
  const state = example(tencent, 'State.StateChange');
  const withField = { ...state, Info: { ...(state['Info'] as Payload), DeviceModel: 'iPhone15,2' } };
  const withEnum = { ...state, Info: { ...(state['Info'] as Payload), Action: 'Relogin' }, EventTime: 1670574414999 };
  const sent = example(tencent, 'Group.CallbackAfterSendMsg');
  const msgBody = sent['MsgBody'] as Payload[];
  const withNested = { ...sent, MsgSeq: 124, MsgBody: [{ ...msgBody[0], MsgContent: { Text: 'hi', Lang: 'en' } }] };
  const withType = { ...sent, MsgSeq: '125' };
  const newEvent = {
    CallbackCommand: 'Group.CallbackAfterPollVote',
    GroupId: '@TGS#2J4SZEAEL',
    Voter_Account: 'jared',
    Option: 2,
    EventTime: 1670574415000,
  };
  return [
    tencentDelivery(withField, { at: 100_000 }),
    tencentDelivery({ ...withField, EventTime: 1670574414001 }, { at: 101_000 }),
    tencentDelivery(withEnum, { at: 102_000 }),
    tencentDelivery(withNested, { at: 103_000 }),
    tencentDelivery(withType, { at: 104_000 }),
    tencentDelivery(newEvent, { at: 105_000 }),
    tencentDelivery(
      { ...state, EventTime: 1670574414555 },
      { at: 106_000, headers: [['x-tencent-trace', 'abc123']], query: '&Region=sg' },
    ),
  ];
}

/** Sender drift the spec cannot document: a bad signature and a retry too many (Tencent never retries). */
function senderDrift(): Recording[] {
  const friend = example(tencent, 'Group.CallbackAfterGroupDestroyed');
  return [
    tencentDelivery(
      { ...example(tencent, 'State.StateChange'), EventTime: 1670574414777 },
      { at: 200_000, sign: 'bad' },
    ),
    tencentDelivery(friend, { at: 201_000, replied: 502 }),
    tencentDelivery(friend, { at: 203_500, replied: 200 }),
  ];
}

async function writeAll(sub: string, recordings: Recording[], format: 'json' | 'har' = 'json'): Promise<string> {
  const target = join(dir, sub);
  for (const r of recordings) await writeRecording(target, r, { format });
  return target;
}

async function driftJson(args: string[]): Promise<{ code: number | null; report: DriftReport; stderr: string }> {
  const r = await runCli(['drift', ...args, '--json']);
  return { code: r.code, report: JSON.parse(r.stdout) as DriftReport, stderr: r.stderr };
}

const byKind = <K extends DriftFinding['kind']>(report: DriftReport, kind: K) =>
  report.findings.filter((f): f is Extract<DriftFinding, { kind: K }> => f.kind === kind);

describe('chathooks drift: seeded drift is reported with its pointer or name', () => {
  let seeded: string;
  beforeAll(async () => {
    seeded = await writeAll('seeded', [...cleanTencent().slice(0, 10), ...schemaDrift(), ...senderDrift()]);
  });

  it('reports every kind in the readable report, grouped, with pointers, and exits 1', async () => {
    const r = await runCli(['drift', 'spec/tencent-chat.yaml', seeded, '--secret', SECRET]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(
      /^Unknown events \(1\)\n +1× +Group\.CallbackAfterPollVote\n +first .*seeded\/.*\.json at 2026-11-30T10:01:45\.000Z$/m,
    );
    expect(out).toMatch(
      /Undocumented properties \(2\)\n +2× +State\.StateChange \/Info\/DeviceModel {2}e\.g\. "iPhone15,2"/,
    );
    expect(out).toMatch(/1× +Group\.CallbackAfterSendMsg \/MsgBody\/\*\/MsgContent\/Lang {2}e\.g\. "en"/);
    expect(out).toMatch(/Undocumented enum values \(1\)\n +1× +State\.StateChange \/Info\/Action {2}"Relogin" ×1/);
    expect(out).toMatch(
      /Type differences \(1\)\n +1× +Group\.CallbackAfterSendMsg \/MsgSeq {2}spec: integer, seen: string ×1/,
    );
    expect(out).toMatch(/Undocumented headers \(1\)\n +1× +x-tencent-trace \(State\.StateChange\) {2}e\.g\. "abc123"/);
    expect(out).toMatch(/Undocumented query parameters \(1\)\n +1× +Region \(State\.StateChange\)/);
    expect(out).toMatch(/Signature failures \(1\)\n +1× +mismatch \(query Sign\) \(re-verified with --secret\)/);
    expect(out).toMatch(
      /Retries against the delivery policy \(1\)\n +2× +Group\.CallbackAfterGroupDestroyed 2 attempts \(policy allows 1\); gaps 2500 ms; answered 502, 200$/m,
    );
    expect(out).toMatch(/^drift: spec\/tencent-chat\.yaml — 20 deliveries of \d+ events, 9 findings$/m);
    // The other element types of the MsgBody union are not the delivery's: no noise from their branches.
    expect(out).not.toMatch(/Latitude|TIMLocationElem|\/MsgBody\/\*\/MsgType/);
    // Generic headers (user-agent, x-forwarded-*) and documented query parameters are never drift.
    expect(out).not.toMatch(/user-agent|x-forwarded-for|contenttype|ClientIP/);
  });

  it('--json: the documented shape, every finding with its first sighting', async () => {
    const { code, report } = await driftJson(['spec/tencent-chat.yaml', seeded, '--secret', SECRET]);
    expect(code).toBe(1);
    expect(Object.keys(report)).toEqual([
      'format',
      'spec',
      'deliveries',
      'events',
      'drift',
      'findings',
      'problems',
      'retryTolerance',
    ]);
    expect(report).toMatchObject({
      format: 'chathooks.drift/1',
      spec: 'tencent-chat',
      deliveries: 20,
      drift: true,
      problems: [],
    });
    expect(report.retryTolerance).toEqual({ ratio: 0.1, minMs: 250 });
    expect(report.events['Group.CallbackAfterPollVote']).toBe(1);
    expect(report.findings.map((f) => f.kind)).toEqual([
      'unknown-event',
      'undocumented-property',
      'undocumented-property',
      'undocumented-enum-value',
      'type-difference',
      'undocumented-header',
      'undocumented-query-parameter',
      'signature-failure',
      'retry',
    ]);
    const [property] = byKind(report, 'undocumented-property');
    expect(property).toEqual({
      kind: 'undocumented-property',
      count: 2,
      firstSeen: {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        receivedAt: '2026-11-30T10:01:40.000Z',
        file: expect.stringMatching(/seeded\/20261130T100140\.000Z-State\.StateChange-[0-9a-f]{16}\.json$/),
        pointer: '/Info/DeviceModel',
      },
      event: 'State.StateChange',
      pointer: '/Info/DeviceModel',
      examples: ['iPhone15,2'],
    });
    expect(byKind(report, 'undocumented-property')[1]).toMatchObject({
      pointer: '/MsgBody/*/MsgContent/Lang',
      firstSeen: { pointer: '/MsgBody/0/MsgContent/Lang' },
    });
    expect(byKind(report, 'type-difference')[0]).toMatchObject({
      pointer: '/MsgSeq',
      expected: ['integer'],
      seen: [{ value: 'string', count: 1 }],
    });
    expect(byKind(report, 'undocumented-enum-value')[0]).toMatchObject({ values: [{ value: 'Relogin', count: 1 }] });
    expect(byKind(report, 'unknown-event')[0]).toMatchObject({
      event: 'Group.CallbackAfterPollVote',
      examples: [expect.objectContaining({ Voter_Account: 'jared' })],
    });
    expect(byKind(report, 'signature-failure')[0]).toMatchObject({ count: 1, checkedBy: 'secret' });
    expect(byKind(report, 'retry')[0]).toMatchObject({
      event: 'Group.CallbackAfterGroupDestroyed',
      attempts: 2,
      allowed: 1,
      gapsMs: [2500],
      tooMany: true,
      tooSoon: [],
      key: expect.stringMatching(/^tencent-chat:Group\.CallbackAfterGroupDestroyed:sha256=[0-9a-f]{64}$/),
    });
  });

  it('without --secret, the signature verdict the recording carries is used', async () => {
    const { report } = await driftJson(['spec/tencent-chat.yaml', seeded]);
    expect(byKind(report, 'signature-failure')).toEqual([
      expect.objectContaining({ problem: 'mismatch (query Sign)', checkedBy: 'recording', count: 1 }),
    ]);
  });

  it('a redacted signature keeps its recorded verdict under --secret: there is nothing to re-verify', () => {
    const state = example(tencent, 'State.StateChange');
    const fields = signatureFieldNames(tencent.contract);
    const good = redactRecording(tencentDelivery(state, { at: 500_000 }), fields);
    const bad = redactRecording(
      tencentDelivery({ ...state, EventTime: 1670574414321 }, { at: 501_000, sign: 'bad' }),
      fields,
    );
    expect(good.request.url).toContain('Sign=%5Bredacted%5D');
    const report = driftReport(tencent, [good, bad], { secrets: ['not-the-token'] });
    expect(byKind(report, 'signature-failure')).toEqual([
      expect.objectContaining({ problem: 'mismatch (query Sign)', checkedBy: 'recording', count: 1 }),
    ]);
    // Unredacted, the same deliveries are re-verified, and the wrong secret fails both.
    const plain = driftReport(tencent, [tencentDelivery(state, { at: 500_000 })], { secrets: ['not-the-token'] });
    expect(byKind(plain, 'signature-failure')).toEqual([expect.objectContaining({ checkedBy: 'secret', count: 1 })]);
  });

  it('a wrong --secret makes every delivery a signature failure, re-verified over the recorded bytes', async () => {
    const { report } = await driftJson(['spec/tencent-chat.yaml', seeded, '--secret', 'not-the-token']);
    const failures = byKind(report, 'signature-failure');
    expect(failures.reduce((n, f) => n + f.count, 0)).toBe(20);
    expect(failures.every((f) => f.checkedBy === 'secret')).toBe(true);
  });
});

describe('chathooks drift: documented-required fields and retry spacing (GAIFE: keyed by /data/id + /data/status, retries after 4 s, 8 s, 10 s)', () => {
  it('reports a missing documented-required field by pointer, a retry too soon and a retry too many', async () => {
    const ok = example(gaife, 'message', 0);
    const missing = example(gaife, 'message', 0);
    const data = missing['data'] as Payload;
    data['id'] = 'msg-missing-created-by';
    delete data['created_by'];
    const soon = { ...ok, data: { ...(ok['data'] as Payload), id: 'msg-soon' } };
    const many = { ...ok, data: { ...(ok['data'] as Payload), id: 'msg-many' } };
    const target = await writeAll('gaife', [
      gaifeDelivery(ok, 0),
      gaifeDelivery(missing, 1000),
      // Documented: the first retry 4 s after; tolerance max(250 ms, 10 %) = 400 ms, so 3.6 s is on time, 3.5 s is not.
      gaifeDelivery(soon, 10_000),
      gaifeDelivery(soon, 13_500),
      ...[0, 4000, 12_000, 22_000, 32_000].map((t) => gaifeDelivery(many, 50_000 + t)),
    ]);
    const { code, report } = await driftJson(['spec/gaife.yaml', target]);
    expect(code).toBe(1);
    expect(byKind(report, 'required-missing')).toEqual([
      expect.objectContaining({ event: 'message', pointer: '/data/created_by', count: 1 }),
    ]);
    const retries = byKind(report, 'retry');
    expect(retries).toHaveLength(2);
    expect(retries.find((r) => r.key.includes('msg-soon'))).toMatchObject({
      attempts: 2,
      allowed: 4,
      tooMany: false,
      gapsMs: [3500],
      tooSoon: [{ attempt: 2, gapMs: 3500, documentedMs: 4000, toleranceMs: 400 }],
    });
    expect(retries.find((r) => r.key.includes('msg-many'))).toMatchObject({
      attempts: 5,
      allowed: 4,
      tooMany: true,
      tooSoon: [],
    });
    const text = await runCli(['drift', 'spec/gaife.yaml', target]);
    expect(text.stdout).toMatch(/Documented-required fields missing \(1\)\n +1× +message \/data\/created_by/);
    expect(text.stdout).toMatch(/attempt 2 after 3500 ms, documented 4000 ms \(tolerance 400 ms\)/);
    // A wider tolerance (600 ms) makes 3.5 s on time; the report says which tolerance it judged with.
    const wide = await driftJson(['spec/gaife.yaml', target, '--retry-tolerance', '600']);
    expect(wide.report.retryTolerance).toEqual({ ratio: 0, minMs: 600 });
    expect(byKind(wide.report, 'retry').map((r) => r.key.includes('msg-many'))).toEqual([true]);
  });

  it('the tolerance decides at its edge, and a zero tolerance holds the documented delay exactly', () => {
    const ok = example(gaife, 'message', 0);
    const at = (gap: number) => [gaifeDelivery(ok, 0), gaifeDelivery(ok, gap)];
    expect(byKind(driftReport(gaife, at(3600)), 'retry')).toEqual([]);
    expect(byKind(driftReport(gaife, at(3599)), 'retry')[0]).toMatchObject({
      tooSoon: [{ gapMs: 3599, toleranceMs: 400 }],
    });
    const strict = { retryTolerance: { ratio: 0, minMs: 0 } };
    expect(byKind(driftReport(gaife, at(3999), strict), 'retry')[0]).toMatchObject({ tooSoon: [{ gapMs: 3999 }] });
    expect(byKind(driftReport(gaife, at(4000), strict), 'retry')).toEqual([]);
  });
});

describe('chathooks drift: clean traffic, bad files, HAR', () => {
  it('clean recordings (every Tencent example, signed) exit 0 with "no drift"', async () => {
    const target = await writeAll('clean', cleanTencent());
    const r = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--secret', SECRET]);
    expect(r.stdout).toMatch(/^drift: spec\/tencent-chat\.yaml — 70 deliveries of \d+ events, no drift$/m);
    expect(r.code).toBe(0);
  });

  it('names each bad file and what is wrong with it, reads the rest, and exits 1', async () => {
    const target = await writeAll('bad', schemaDrift().slice(0, 2));
    await writeFile(join(target, 'not-json.json'), 'POST /webhook HTTP/1.1\n');
    const whole = toJson(tencentDelivery(example(tencent, 'State.StateChange'), { at: 300_000 }));
    await writeFile(join(target, 'truncated.json'), whole.slice(0, Math.floor(whole.length / 2)));
    const other = recordingFromRequest({
      method: 'POST',
      url: '/webhook',
      headers: [],
      body: '{}',
      source: 'listen',
      spec: 'sendbird',
    });
    await writeFile(join(target, 'sendbird.json'), toJson(other));
    const r = await runCli(['drift', 'spec/tencent-chat.yaml', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Recording files not read \(3\)$/m);
    expect(r.stdout).toMatch(/bad\/not-json\.json: not JSON.*expected a chathooks recording/);
    expect(r.stdout).toMatch(/bad\/truncated\.json: truncated/);
    expect(r.stdout).toMatch(/bad\/sendbird\.json: recorded against spec "sendbird", not "tencent-chat"/);
    // The two good files were still read and their drift reported.
    expect(r.stdout).toMatch(/2× +State\.StateChange \/Info\/DeviceModel/);
    expect(r.stdout).toMatch(/— 2 deliveries of 1 event, 1 finding, 3 files not read$/m);
  });

  it('a good file set with one unreadable file is not clean: exit 1 even without drift', async () => {
    const target = await writeAll('clean-but-one', cleanTencent().slice(0, 3));
    await writeFile(join(target, 'empty.json'), '');
    const { code, report } = await driftJson(['spec/tencent-chat.yaml', target]);
    expect(report.drift).toBe(false);
    expect(report.problems).toEqual([
      { file: expect.stringMatching(/empty\.json$/), message: 'empty file: not a recording' },
    ]);
    expect(code).toBe(1);
  });

  it('HAR recordings (toHar) read the same as JSON ones', async () => {
    const recordings = [...schemaDrift(), ...senderDrift()];
    const asJson = await driftJson(['spec/tencent-chat.yaml', await writeAll('as-json', recordings)]);
    const asHar = await driftJson(['spec/tencent-chat.yaml', await writeAll('as-har', recordings, 'har')]);
    const withoutFiles = (report: DriftReport) =>
      JSON.parse(JSON.stringify(report, (key, value) => (key === 'file' ? undefined : value))) as unknown;
    expect(asHar.report.deliveries).toBe(recordings.length);
    expect(withoutFiles(asHar.report)).toEqual(withoutFiles(asJson.report));
    expect(byKind(asHar.report, 'unknown-event')[0]!.firstSeen.file).toMatch(/as-har\/.*\.har$/);
  });

  it('a HAR file with many entries (an export from another tool) is many deliveries of that file', async () => {
    const target = join(dir, 'many-har');
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'export.har'), JSON.stringify(toHar(schemaDrift())));
    const { report } = await driftJson(['spec/tencent-chat.yaml', target]);
    expect(report.deliveries).toBe(7);
    expect(byKind(report, 'unknown-event')[0]!.firstSeen.file).toMatch(/many-har\/export\.har$/);
  });

  it('a body that is not JSON is a finding naming its event; usage mistakes exit 2', async () => {
    const target = await writeAll('unparsable', [
      tencentDelivery({}, { at: 400_000, raw: '{"CallbackCommand": "State.Sta', command: 'State.StateChange' }),
    ]);
    const { report } = await driftJson(['spec/tencent-chat.yaml', target]);
    expect(byKind(report, 'unparsable-body')).toEqual([
      expect.objectContaining({ event: 'State.StateChange', message: expect.stringMatching(/^not JSON: /) }),
    ]);
    const none = await runCli(['drift', 'spec/tencent-chat.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Name the recordings to compare/);
    const empty = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--secret', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--secret is empty/);
    const show = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--show', 'all']);
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(/--show must be a whole number, got "all"/);
    const unknown = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--fix']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--fix'[\s\S]*Usage: chathooks drift/);
  });
});

describe('chathooks drift: report details', () => {
  it('a delivery that names no event is reported with where the name should be', () => {
    const r = recordingFromRequest({
      method: 'POST',
      url: '/webhook?SdkAppid=1400000000',
      headers: [['content-type', 'application/json']],
      body: '{"Info":{}}',
      receivedAt: T0,
      source: 'listen',
    });
    const report = driftReport(tencent, [r]);
    expect(report.events).toEqual({ '?': 1 });
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'unnamed-event', where: 'query parameter CallbackCommand', count: 1 }),
    ]);
  });

  it('counts deliveries: a new field in every element of one array counts once, its values all kept', () => {
    const state = example(tencent, 'State.StateChange');
    const devices = [
      { Platform: 'Windows', Model: 'PC' },
      { Platform: 'IOS', Model: 'iPhone' },
    ];
    const one = tencentDelivery({ ...state, KickedDevice: devices }, { at: 700_000 });
    const two = tencentDelivery({ ...state, KickedDevice: devices.slice(0, 1), EventTime: 1 }, { at: 701_000 });
    const [finding] = driftReport(tencent, [one, two]).findings;
    expect(finding).toMatchObject({
      kind: 'undocumented-property',
      pointer: '/KickedDevice/*/Model',
      count: 2,
      examples: ['PC', 'iPhone'],
      firstSeen: { pointer: '/KickedDevice/0/Model' },
    });
  });

  it('--show N cuts each group, --json with --patch keeps stdout JSON (the patch summary goes to stderr)', async () => {
    const state = example(tencent, 'State.StateChange');
    const fields = ['A', 'B', 'C'].map((name, i) =>
      tencentDelivery({ ...state, [`New${name}`]: i, EventTime: 1670574415100 + i }, { at: 600_000 + i * 1000 }),
    );
    const target = await writeAll('show', fields);
    const shown = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--show', '1']);
    expect(shown.stdout).toMatch(
      /Undocumented properties \(3\)\n.*\/NewA.*\n.*first.*\n {2}… and 2 more \(--show N or --json for all\)/,
    );
    const both = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--json', '--patch', join(dir, 'show.yaml')]);
    expect((JSON.parse(both.stdout) as DriftReport).findings).toHaveLength(3);
    expect(both.stderr).toMatch(/^drift --patch: wrote .*show\.yaml \(3 changes\)$/m);
  });
});

describe('chathooks drift --patch', () => {
  it('writes a spec that lints clean, after which the same recordings drift no more', async () => {
    const recordings = [...cleanTencent().slice(0, 5), ...schemaDrift()];
    const target = await writeAll('patch', recordings);
    const patched = join(dir, 'tencent-chat.patched.yaml');
    const r = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--patch', patched]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^drift --patch: wrote .*tencent-chat\.patched\.yaml \(7 changes\)$/m);
    expect(r.stdout).toMatch(
      /\+ event Group\.CallbackAfterPollVote: new after message #\/components\/messages\/groupCallbackAfterPollVote and operation #\/operations\/groupCallbackAfterPollVote/,
    );
    expect(r.stdout).toMatch(
      /\+ State\.StateChange \/Info\/DeviceModel: new optional property \(string\) at #\/components\/schemas\/StateStateChange\/properties\/Info\/properties\/DeviceModel/,
    );
    expect(r.stdout).toMatch(
      /\+ Group\.CallbackAfterSendMsg \/MsgBody\/\*\/MsgContent\/Lang: new optional property \(string\) at #\/components\/schemas\/TIMTextElem\/properties\/MsgContent\/properties\/Lang/,
    );
    expect(r.stdout).toMatch(/\+ State\.StateChange \/Info\/Action: x-chathooks-open-enum gains "Relogin"/);
    expect(r.stdout).toMatch(/\+ Group\.CallbackAfterSendMsg \/MsgSeq: type widened with string/);
    expect(r.stdout).toMatch(/\+ State\.StateChange header x-tencent-trace: described/);
    expect(r.stdout).toMatch(
      /\+ State\.StateChange query Region: described at #\/components\/schemas\/Query\/properties\/Region/,
    );

    const text = await readFile(patched, 'utf8');
    const original = await readFile('spec/tencent-chat.yaml', 'utf8');
    // Comments and order survive; additions carry their provenance.
    expect(text.startsWith(original.split('\n').slice(0, 3).join('\n'))).toBe(true);
    expect(text).toContain('# No x-chathooks-idempotency-key: many commands carry no message key');
    expect(text).toMatch(/x-chathooks-confidence: observed/);
    expect(text).toMatch(
      /x-chathooks-notes: "Added by chathooks drift on \d{4}-\d{2}-\d{2} from 2 recorded deliveries \(first: /,
    );

    const lint = await runCli(['lint', patched]);
    expect(lint.stdout).toMatch(/lint: 1 spec, 1 clean, 0 errors, 0 warnings/);
    expect(lint.code).toBe(0);
    const again = await runCli(['drift', patched, target]);
    expect(again.stdout).toMatch(/, no drift$/m);
    expect(again.code).toBe(0);
  });

  it('widens the delivery policy to the retries seen, lists what it cannot patch', async () => {
    const target = await writeAll('patch-sender', senderDrift());
    const patched = join(dir, 'sender.yaml');
    const r = await runCli(['drift', 'spec/tencent-chat.yaml', target, '--patch', patched]);
    expect(r.stdout).toMatch(/\(1 change\)/);
    // Tencent documents no retries; the recordings show one, 2.5 s after a 502.
    expect(r.stdout).toMatch(
      /\+ delivery policy: retries \[\] → \[2500\], retryOn \[\] → \[non-2xx\] at #\/x-chathooks-delivery/,
    );
    expect(r.stdout).toMatch(
      /· not patched: signature failures \(mismatch \(query Sign\), 1×\): a sender or secret problem/,
    );
    expect(await readFile(patched, 'utf8')).toMatch(
      / {2}notes: ".*Retries widened by chathooks drift on \d{4}-\d{2}-\d{2} from 1 delivery attempted up to 2 times/,
    );
    expect((await runCli(['lint', patched])).code).toBe(0);
    const { report } = await driftJson([patched, target]);
    expect(report.findings.map((f) => f.kind)).toEqual(['signature-failure']);
  });

  it('GAIFE: a documented-required field made optional, retries too soon and too many documented', async () => {
    const ok = example(gaife, 'message', 0);
    const missing = example(gaife, 'message', 0);
    (missing['data'] as Payload)['id'] = 'msg-missing-updated-by';
    delete (missing['data'] as Payload)['updated_by'];
    const soon = { ...ok, data: { ...(ok['data'] as Payload), id: 'msg-soon' } };
    const gaifeDir = await writeAll('patch-gaife', [
      gaifeDelivery(missing, 0),
      gaifeDelivery(soon, 10_000),
      gaifeDelivery(soon, 13_000),
      ...[0, 4000, 12_000, 22_000, 31_000].map((t) => gaifeDelivery(ok, 50_000 + t)),
    ]);
    const patched = join(dir, 'gaife.patched.yaml');
    const g = await runCli(['drift', 'spec/gaife.yaml', gaifeDir, '--patch', patched]);
    expect(g.stdout).toMatch(
      /\+ message \/data\/updated_by: updated_by no longer in x-chathooks-documented-required at #\/components\/schemas\/MessageData/,
    );
    // The shortest gap at each position: 3 s (too soon for 4 s), then 8 s, 10 s, and a fourth retry after 9 s.
    expect(g.stdout).toMatch(/\+ delivery policy: retries \[4000, 8000, 10000\] → \[3000, 8000, 10000, 9000\]/);
    expect((await runCli(['lint', patched])).code).toBe(0);
    const again = await runCli(['drift', patched, gaifeDir]);
    expect(again.stdout).toMatch(/, no drift$/m);
    expect(again.code).toBe(0);
  });
});

describe('the pieces drift is made of', () => {
  interface InferCase {
    given: unknown[];
    want: Record<string, unknown>;
  }
  const inferCases: [string, InferCase][] = [
    ['one string', { given: ['abc'], want: { type: 'string' } }],
    [
      'date-times',
      { given: ['2026-11-30T10:00:00Z', '2026-11-30T10:00:00.5+08:00'], want: { type: 'string', format: 'date-time' } },
    ],
    ['a uri and a plain string: no format', { given: ['https://x.test/a', 'plain'], want: { type: 'string' } }],
    ['integers and a fraction: number', { given: [1, 2.5], want: { type: 'number' } }],
    ['mixed types', { given: [1, 'a', null], want: { type: ['integer', 'null', 'string'] } }],
    [
      'objects: every key seen, all optional',
      {
        given: [{ a: 1 }, { b: 'x', a: 2 }],
        want: { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } } },
      },
    ],
    [
      'arrays: items from every element',
      { given: [[1], ['a']], want: { type: 'array', items: { type: ['integer', 'string'] } } },
    ],
    ['an empty array', { given: [[]], want: { type: 'array' } }],
  ];
  it.each(inferCases)('inferSchema: %s', (_, { given, want }) => {
    expect(inferSchema(given)).toEqual(want);
  });

  it('generalise: array indices become *, object keys that look like numbers stay', () => {
    const payload = { events: [{ a: [0, { b: 1 }] }], map: { '0': { c: 1 } } };
    expect(generalise('/events/0/a/1/b', payload)).toBe('/events/*/a/*/b');
    expect(generalise('/map/0/c', payload)).toBe('/map/0/c');
  });
});
