/**
 * `chathooks drift` over 10,000 recorded Tencent deliveries (generated from the spec's examples with seeded drift:
 * new fields, enum values, events, types, headers; written as recording files in a temporary directory) —
 * `driftReport` in process and the CLI spawn to exit (target ≤ 3 s) — against the baseline measured in the same
 * process: reading the same files and JSON.parse of the recordings and their bodies, nothing else.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tencent from '../generated/tencent-chat/index.js';
import { driftReport } from '../src/traffic/drift.js';
import {
  bodyBytes,
  type Recording,
  readRecordings,
  recordingFromRequest,
  writeRecording,
} from '../src/traffic/recording.js';
import { fmt, median, row } from './lib.js';

const DELIVERIES = 10_000;
const RUNS = 3;
const T0 = Date.UTC(2026, 10, 30, 10, 0, 0);

/** One delivery per example in turn; every EventTime distinct (so bodies differ), drift seeded at fixed rates. */
function deliveries(): Recording[] {
  const examples = Object.entries(tencent.examples).flatMap(([event, list]) =>
    list.map((ex) => ({ event, payload: ex.payload as Record<string, unknown> })),
  );
  const out: Recording[] = [];
  for (let i = 0; i < DELIVERIES; i++) {
    const { event, payload: original } = examples[i % examples.length]!;
    const payload: Record<string, unknown> = structuredClone(original);
    if ('EventTime' in payload) payload['EventTime'] = 1_670_574_414_000 + i;
    let command = event;
    if (i % 50 === 7) payload['NewField'] = `value-${i % 3}`;
    if (i % 100 === 13 && 'EventTime' in payload) payload['EventTime'] = true;
    if (i % 200 === 17) command = payload['CallbackCommand'] = `Group.CallbackAfterNew${i % 3}`;
    const headers: [string, string][] = [
      ['content-type', 'application/json'],
      ['user-agent', 'Tencent-IM'],
    ];
    if (i % 100 === 29) headers.push(['x-tencent-trace', String(i)]);
    out.push(
      recordingFromRequest({
        method: 'POST',
        url: `/webhook?SdkAppid=1400000000&CallbackCommand=${encodeURIComponent(command)}&contenttype=json`,
        headers,
        body: JSON.stringify(payload),
        receivedAt: T0 + i * 100,
        source: 'listen',
        spec: 'tencent-chat',
        event: command,
      }),
    );
  }
  return out;
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * The baseline: every file read and parsed, every body decoded and parsed — what any drift check must do — with
 * as many files in flight as the CLI reads at once.
 */
async function readAndParse(dir: string): Promise<number> {
  const names = (await readdir(dir)).sort();
  let next = 0;
  let n = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const recording = JSON.parse(await readFile(join(dir, names[i]!), 'utf8')) as Recording;
      JSON.parse(bodyBytes(recording.request.body).toString('utf8'));
      n++;
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return n;
}

/** `chathooks drift --json` on the directory; exit 1 (drift found) is the expected answer. */
function spawnDrift(dir: string): void {
  const r = spawnSync(process.execPath, ['dist/cli/index.js', 'drift', 'spec/tencent-chat.yaml', dir, '--json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 1) throw new Error(`chathooks drift exited ${r.status}: ${r.stderr.toString()}`);
}

export async function benchDrift(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'chathooks-bench-drift-'));
  try {
    const recordings = deliveries();
    for (const r of recordings) await writeRecording(dir, r);
    console.log(`\n## drift (${fmt(DELIVERIES)} recorded Tencent deliveries with seeded drift; median of ${RUNS})\n`);

    const baselines: number[] = [];
    const inProcess: number[] = [];
    const reports: number[] = [];
    const cli: number[] = [];
    let findings = 0;
    for (let run = 0; run < RUNS; run++) {
      baselines.push((await time(() => readAndParse(dir))).ms);
      const read = await time(() => readRecordings([dir], { spec: 'tencent-chat' }));
      const report = await time(() => driftReport(tencent, read.value.recordings));
      findings = report.value.findings.length;
      inProcess.push(read.ms + report.ms);
      reports.push(report.ms);
      cli.push((await time(() => spawnDrift(dir))).ms);
    }
    const baseline = median(baselines);
    const widths = [58, 12, 10];
    console.log(row(['step', 'ms', 'ratio'], widths));
    console.log(row(['baseline: read every file (32 at once), JSON.parse both', fmt(baseline), '1.00×'], widths));
    console.log(
      row(
        ['driftReport alone (recordings in memory)', fmt(median(reports)), `${fmt(median(reports) / baseline, 2)}×`],
        widths,
      ),
    );
    console.log(
      row(
        [
          'readRecordings(dir), one file at a time, + driftReport',
          fmt(median(inProcess)),
          `${fmt(median(inProcess) / baseline, 2)}×`,
        ],
        widths,
      ),
    );
    console.log(
      row(['chathooks drift --json, spawn to exit', fmt(median(cli)), `${fmt(median(cli) / baseline, 2)}×`], widths),
    );
    console.log(
      `\n${findings} findings; CLI ${fmt(median(cli))} ms for ${fmt(DELIVERIES)} deliveries (target ≤ 3000 ms)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
