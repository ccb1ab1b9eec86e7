/** `chathooks drift <spec> <recordings...>`: recorded deliveries against the strict reading of their spec. */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { toRuntime } from '../model/runtime.js';
import { OptionError } from '../model/errors.js';
import { driftReport, KIND_ORDER, KIND_TITLES, type DriftFinding, type DriftReport } from '../traffic/drift.js';
import { readRecordings, type Recording, type RecordingProblem } from '../traffic/recording.js';
import { parse, UsageError, type Io } from './args.js';
import { loadOneSpec } from './contract-output.js';
import { specPath } from './specs.js';

export const driftUsage = `Usage: chathooks drift <spec> <recordings...> [--secret S]... [--json] [--patch FILE] [--show N]

Compares recorded deliveries (files or directories of chathooks recordings, JSON or HAR) with the strict
reading of the spec — the documented shape, closed objects and enums — and reports, aggregated over all of them:
unknown events; undocumented properties, enum values and types (by JSON pointer, array indices as *);
documented-required fields missing; headers and query parameters the spec does not describe (generic HTTP and
hop-by-hop headers aside); signature failures; retries against the delivery policy (attempts per delivery
key — the spec's idempotency key, else the body's sha256 — and their spacing from receivedAt).

Options:
  --secret S          re-verify every signature over the recorded raw bytes (repeatable: rotation); without
                      it, the verdict each recording carries is used
  --json              print the report as JSON (format chathooks.drift/1, see the README)
  --patch FILE        write a copy of the spec that documents what was seen (new optional properties, enum
                      values, widened types, observed events) and print what it changed
  --show N            findings listed per group in the text report (default 20)
  --retry-tolerance MS  how much sooner than the documented delay a retry may come (default: 10 % of the
                      delay, at least 250 ms)
  -h, --help          show this help

Exit codes: 0 no drift and every file read, 1 drift found or a recording file could not be read, 2 usage error.`;

const RECORDING_FILE = /\.(json|har)$/i;

/**
 * The files of the given paths, as `readRecordings` reads them (a directory: its `.json` and `.har` files, sorted,
 * not recursive; an empty one is passed on for readRecordings to report), so that each recording keeps its file.
 */
async function recordingFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    const names = info?.isDirectory() ? (await readdir(path)).filter((n) => RECORDING_FILE.test(n)).sort() : [];
    out.push(...(names.length ? names.map((n) => join(path, n)) : [path]));
  }
  return out;
}

// Files read at once: reading one after another leaves the disk and the thread pool idle between small files.
const READ_CONCURRENCY = 32;

/** Read every file (READ_CONCURRENCY at a time, results in file order), remembering which file each recording came from. */
async function readAll(
  paths: string[],
  spec: string,
): Promise<{ recordings: Recording[]; problems: RecordingProblem[]; fileOf: Map<Recording, string> }> {
  const files = await recordingFiles(paths);
  const results: Awaited<ReturnType<typeof readRecordings>>[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) results[i] = await readRecordings([files[i]!], { spec });
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  const recordings: Recording[] = [];
  const problems: RecordingProblem[] = [];
  const fileOf = new Map<Recording, string>();
  results.forEach((read, i) => {
    for (const r of read.recordings) {
      recordings.push(r);
      fileOf.set(r, files[i]!);
    }
    problems.push(...read.problems);
  });
  return { recordings, problems, fileOf };
}

function positiveInt(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number, got "${String(value)}".`);
  return n;
}

export async function driftCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    secret: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    patch: { type: 'string' },
    show: { type: 'string' },
    'retry-tolerance': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(driftUsage);
    return 0;
  }
  const [specFile, ...paths] = positionals;
  if (!specFile) throw new UsageError('Name the spec, e.g. chathooks drift spec/tencent-chat.yaml recordings/.');
  if (paths.length === 0) throw new UsageError('Name the recordings to compare: files or directories.');
  const secrets = (values['secret'] as string[] | undefined) ?? [];
  if (secrets.some((s) => s === ''))
    throw new OptionError('drift: --secret is empty; pass the secret the platform signs with.');
  const show = positiveInt(values['show'], '--show', 20);
  const toleranceMs =
    values['retry-tolerance'] === undefined
      ? undefined
      : positiveInt(values['retry-tolerance'], '--retry-tolerance', 0);

  const loaded = await loadOneSpec(specFile, io.cwd, io, 'drift');
  if (!loaded) return 1;
  const { recordings, problems, fileOf } = await readAll(
    paths.map((p) => resolve(io.cwd, p)),
    loaded.contract.id,
  );
  const shown = (file: string) => relative(io.cwd, file) || file;
  const report = driftReport(toRuntime(loaded.source), recordings, {
    secrets,
    fileOf: (r) => {
      const file = fileOf.get(r);
      return file === undefined ? undefined : shown(file);
    },
    problems: problems.map((p) => ({ file: shown(p.file), message: p.message })),
    ...(toleranceMs !== undefined ? { retryTolerance: { ratio: 0, minMs: toleranceMs } } : {}),
  });

  if (values['json']) io.out(JSON.stringify(report, null, 2));
  else printReport(report, specFile, show, io);

  const patchFile = values['patch'];
  if (typeof patchFile === 'string') {
    const { patchSpec, dropContradictedInvalidExamples } = await import('../traffic/patch.js');
    const text = await readFile(specPath(specFile, io.cwd), 'utf8');
    const patched = patchSpec(text, report, loaded.contract, recordings, { today: new Date() });
    // What was seen may contradict an invalid example ("never a string here"): lint the patch and drop those.
    const { lintText } = await import('../model/load.js');
    const target = resolve(io.cwd, patchFile);
    const { problems: lintProblems } = await lintText(patched.text, target);
    const accepted = lintProblems.filter((p) => p.code === 'invalid-example-accepted');
    if (accepted.length) {
      const dropped = dropContradictedInvalidExamples(patched.text, accepted);
      patched.text = dropped.text;
      patched.changes.push(...dropped.changes);
    }
    await writeFile(target, patched.text);
    const out = values['json'] ? io.err : io.out;
    out(
      `drift --patch: wrote ${patchFile} (${patched.changes.length} change${patched.changes.length === 1 ? '' : 's'})`,
    );
    for (const c of patched.changes) out(`  + ${c}`);
    for (const s of patched.skipped) out(`  · not patched: ${s}`);
  }
  return report.drift || report.problems.length > 0 ? 1 : 0;
}

/** A value in one short line. */
function preview(value: unknown, max = 40): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where a finding was first seen: file (or recording id) and time. */
function firstSeen(f: DriftFinding): string {
  return `first ${f.firstSeen.file ?? `recording ${f.firstSeen.id}`} at ${f.firstSeen.receivedAt}`;
}

/** What a finding is about, in one line (the count and first sighting are added by the caller). */
function describeFinding(f: DriftFinding): string {
  switch (f.kind) {
    case 'unknown-event':
      return f.event;
    case 'unnamed-event':
      return `no event name in the ${f.where}`;
    case 'unparsable-body':
      return `${f.event ?? '(no event)'}: ${f.message}`;
    case 'undocumented-property':
      return `${f.event} ${f.pointer}  e.g. ${f.examples.map((v) => preview(v)).join(', ')}`;
    case 'undocumented-enum-value':
      return `${f.event} ${f.pointer}  ${f.values.map((v) => `${preview(v.value)} ×${v.count}`).join(', ')}`;
    case 'type-difference':
      return `${f.event} ${f.pointer}  spec: ${f.expected.join(' | ')}, seen: ${f.seen.map((s) => `${s.value} ×${s.count}`).join(', ')}`;
    case 'required-missing':
      return `${f.event} ${f.pointer}`;
    case 'schema-difference':
      return `${f.event} ${f.pointer}  ${f.keyword}: ${f.message}`;
    case 'undocumented-header':
    case 'undocumented-query-parameter':
      return `${f.name}${f.event ? ` (${f.event})` : ''}${f.examples.length ? `  e.g. ${f.examples.map((v) => preview(v)).join(', ')}` : ''}`;
    case 'signature-failure':
      return `${f.problem}${f.checkedBy === 'recording' ? ' (as recorded)' : ' (re-verified with --secret)'}`;
    case 'retry': {
      const parts = [`${f.event ?? '(no event)'} ${f.attempts} attempts (policy allows ${f.allowed})`];
      if (f.gapsMs.length) parts.push(`gaps ${f.gapsMs.map((g) => `${g} ms`).join(', ')}`);
      if (f.answers.some((a) => a !== 'unknown')) parts.push(`answered ${f.answers.join(', ')}`);
      for (const s of f.tooSoon)
        parts.push(
          `attempt ${s.attempt} after ${s.gapMs} ms, documented ${s.documentedMs} ms (tolerance ${s.toleranceMs} ms)`,
        );
      return parts.join('; ');
    }
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function printReport(report: DriftReport, specFile: string, show: number, io: Io): void {
  for (const kind of KIND_ORDER) {
    const group = report.findings.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    io.out(`${KIND_TITLES[kind]} (${group.length})`);
    for (const f of group.slice(0, show)) {
      io.out(`  ${String(f.count).padStart(6)}×  ${describeFinding(f)}`);
      io.out(`           ${firstSeen(f)}${f.kind === 'retry' ? `; key ${f.key}` : ''}`);
    }
    if (group.length > show) io.out(`  … and ${group.length - show} more (--show N or --json for all)`);
    io.out('');
  }
  if (report.problems.length) {
    io.out(`Recording files not read (${report.problems.length})`);
    for (const p of report.problems) io.out(`  ${p.file}: ${p.message}`);
    io.out('');
  }
  const events = Object.keys(report.events).length;
  const verdict = report.drift ? `${plural(report.findings.length, 'finding')}` : 'no drift';
  io.out(
    `drift: ${specFile} — ${plural(report.deliveries, 'delivery').replace('deliverys', 'deliveries')} of ${plural(events, 'event')}, ${verdict}${report.problems.length ? `, ${plural(report.problems.length, 'file')} not read` : ''}`,
  );
}
