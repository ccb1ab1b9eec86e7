/**
 * drift and --patch on a batch contract (test/fixtures/batch.yaml, LINE-like: `{ destination, events: [...] }`):
 * each event of a delivery is judged by its own schema, pointers point into the body with the index generalised
 * (`/events/* /undocumented`), redeliveries are grouped per event by its idempotency key (`webhookEventId`), and the
 * patch edits each event's payload schema (the items prefix stripped).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapBatch } from '../src/model/batch.js';
import type { DriftFinding, DriftReport } from '../src/traffic/index.js';
import { recordingFromRequest, writeRecording } from '../src/traffic/recording.js';
import * as batch from './fixtures/generated/batch/index.js';
import { runCli } from './helpers/cli.js';

const SPEC = 'test/fixtures/batch.yaml';
let dir: string;
const example = (event: keyof typeof batch.examples) =>
  structuredClone(batch.examples[event][0]!.payload) as Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chathooks-drift-batch-'));
  const t0 = Date.parse('2026-11-30T10:00:00.000Z');
  const write = (at: number, events: unknown[]) =>
    writeRecording(
      dir,
      recordingFromRequest({
        method: 'POST',
        url: '/callback',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(wrapBatch(batch.contract, events)),
        receivedAt: t0 + at,
        source: 'listen',
        spec: batch.contract.id,
        reply: { status: 200, headers: [], body: '', latencyMs: 3 },
      }),
    );
  const follow = example('follow');
  const message = { ...example('message'), webhookEventId: '01HDRIFTMSG', undocumented: { nested: 1 } };
  const newKind = {
    ...example('follow'),
    type: 'membership',
    webhookEventId: '01HDRIFTNEW',
    membership: { type: 'joined' },
  };
  await write(0, [follow, message, newKind]);
  // The same event redelivered (LINE keeps webhookEventId): 4 attempts where the policy allows 3, spaced as documented.
  const again = { ...example('postback'), webhookEventId: '01HDRIFTRETRY' };
  for (const [i, at] of [100, 1200, 3300, 6400].entries())
    await write(at, [{ ...again, deliveryContext: { isRedelivery: i > 0 } }]);
  await write(7000, []); // the endpoint check: nothing to say
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('drift of a batch contract', () => {
  let report: DriftReport;
  beforeAll(async () => {
    const result = await runCli(['drift', SPEC, dir, '--json']);
    expect(result.code, result.stderr).toBe(1);
    report = JSON.parse(result.stdout) as DriftReport;
  });
  const find = <K extends DriftFinding['kind']>(kind: K) =>
    report.findings.filter((f): f is Extract<DriftFinding, { kind: K }> => f.kind === kind);

  it('judges each event by its own schema and points into the body', () => {
    expect(report.deliveries).toBe(6);
    expect(report.events).toEqual({ follow: 1, message: 1, membership: 1, postback: 4 });
    expect(find('undocumented-property').map((f) => [f.event, f.pointer, f.firstSeen.pointer])).toEqual([
      ['message', '/events/*/undocumented', '/events/1/undocumented'],
    ]);
    expect(find('unknown-event').map((f) => [f.event, f.count])).toEqual([['membership', 1]]);
  });

  it('groups redeliveries per event by webhookEventId', () => {
    const tooMany = find('retry').filter((f) => f.tooMany);
    expect(tooMany.map((f) => [f.event, f.attempts, f.allowed])).toEqual([['postback', 4, 3]]);
    expect(tooMany[0]!.key).toContain('01HDRIFTRETRY');
  });

  it('--patch edits the event payload schemas; the patch lints clean and drifts no more', async () => {
    const patched = join(dir, 'batch.patched.yaml');
    const patch = await runCli(['drift', SPEC, dir, '--patch', patched]);
    expect(patch.code, patch.stderr).toBe(1);
    expect(patch.stdout).toMatch(/message \/undocumented: new optional property \(object\)/);
    expect(patch.stdout).toMatch(/event membership: new after message/);
    const lint = await runCli(['lint', patched]);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    const again = await runCli(['drift', patched, dir]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });
});
