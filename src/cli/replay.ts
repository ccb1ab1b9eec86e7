/** `chathooks replay <spec> --target URL`: the consumer contract against a running receiver. */
import {
  parseExpectation,
  runConsumerContract,
  SelectionError,
  type CheckName,
  type ContractReport,
  type Expectation,
} from '../testing/index.js';
import { selectEvents } from '../testing/select.js';
import { CASE_GROUPS, checkNamed, describeDefaults } from '../testing/groups.js';
import { InputError, parse, UsageError, type Io } from './args.js';
import { loadOneSpec, parseReports, progress, summarise, writeReports } from './contract-output.js';
import { schemeModule } from '../signing/registry.js';
import type { Recording, RecordingProblem } from '../traffic/recording.js';
import { relative, resolve } from 'node:path';

const WIDTH = 110;
const INDENT = ' '.repeat(14);

/** Words wrapped at WIDTH after `first`, every further line indented to where the text began. */
function wrap(first: string, text: string): string {
  const indent = ' '.repeat(first.length);
  const lines = [first];
  for (const word of text.replace(/`/g, '').split(' ')) {
    const last = lines.length - 1;
    if (lines[last]!.length + 1 + word.length > WIDTH && lines[last]!.trim() !== '') lines.push(`${indent}${word}`);
    else lines[last] += lines[last]!.endsWith(' ') ? word : ` ${word}`;
  }
  return lines.join('\n');
}

/** The case groups and their checks with defaults, from the one table the planner runs. */
function groupsHelp(): string {
  return CASE_GROUPS.map((g) => {
    const checks = g.checks.map((c: (typeof CASE_GROUPS)[number]['checks'][number]) =>
      wrap(`${INDENT}· ${c.name.padEnd(19)}`, `${c.sends} [${describeDefaults(c.expect)}]`),
    );
    return [wrap(`  ${g.name.padEnd(10)}  `, `${g.sends} — ${g.must}`), ...checks].join('\n');
  }).join('\n');
}

const skipping = (option: 'variants' | 'negative'): string => {
  const names = CASE_GROUPS.filter((g) => 'option' in g && g.option === option).map((g) => g.name);
  return `skip the ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} groups` : `${names[0]} group`}`;
};

export const replayUsage = `Usage: chathooks replay <spec> --target URL [--secret S] [--app-id ID] [--events GLOB]... [--strict] [--expect CHECK=EXP]...
       [--max-reply-bytes N] [--report junit=FILE]...
       chathooks replay <spec> --from <recordings...> --target URL [--secret S]

Replays the spec against a running webhook receiver, signed and framed as the platform sends it, group by group;
each check (·) can be held to another expectation with --expect CHECK=EXP [its default]:
${groupsHelp()}
Exit 0 when every case passes, 1 when one fails, 2 when the run cannot be made or reported.

Options:
  --target URL          the receiver's webhook URL (required)
  --secret S            the secret the receiver verifies with (without it deliveries go unsigned)
  --app-id ID           the app id the receiver expects (Tencent SdkAppid)
  --events GLOB         events to replay, by name or glob (Group.*); repeatable or comma-separated
  --strict              demand a 4xx for invalid payloads and unknown events (default: tolerate them)
  --expect CHECK=EXP    expectation of a check (·) above: acknowledge (2xx), tolerate (any answer but a 5xx,
                        a timeout or a reset), reject (4xx), reject:4xx, reject:5xx or reject:<status>
  --no-variants         ${skipping('variants')}
  --no-negative         ${skipping('negative')}
  --concurrency N       deliveries in flight (default 16)
  --timeout MS          how long a reply may take (default: the platform's delivery timeout)
  --max-reply-bytes N   read at most N bytes of each reply (default 1048576, 1 MiB); a longer reply is cut
                        there, its connection closed, and it fails a reply schema that asks for JSON
  --report junit=FILE   write a JUnit XML report (repeatable; also json=FILE)
  --from PATH...        replay recorded deliveries (files or directories of .json/.har recordings) instead of the
                        spec's cases: as recorded (exact body, headers and query, sent to --target's path), or
                        re-signed with --secret (a fresh timestamp, the recorded message id kept). A recording of
                        an event the spec does not know is held to unknown-event; a file that cannot be read is
                        named and the rest replayed (exit 1)
  -h, --help            show this help`;

function positiveInt(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a positive integer, got "${String(value)}".`);
  return n;
}

/** A one-line diagnosis when the whole run points at the setup rather than the receiver; exit 2. */
function setupProblem(report: ContractReport, target: string, signed: boolean): string | undefined {
  const attempted = report.cases.filter((c) => c.outcome !== 'skipped');
  if (attempted.length && attempted.every((c) => c.reply?.error === 'network')) {
    const why = attempted[0]!.reason?.replace(/^no reply: /, '') ?? 'no reply';
    return `cannot reach ${target} (${why}); is the receiver running, and is this its webhook URL?`;
  }
  const examples = report.cases.filter((c) => c.group === 'examples');
  if (examples.length && examples.every((c) => c.reply?.status === 401 || c.reply?.status === 403)) {
    return signed
      ? `the receiver refused every signed delivery with ${examples[0]!.reply!.status}; is --secret the secret it verifies with?`
      : `the receiver refused every delivery with ${examples[0]!.reply!.status}; it expects signed deliveries: pass --secret`;
  }
  return undefined;
}

/** Read `--from`: every readable recording, each bad file named on stderr (the rest are still replayed). */
async function readFrom(
  paths: string[],
  spec: string,
  io: Io,
): Promise<{ recordings: Recording[]; problems: RecordingProblem[] }> {
  const { readRecordings } = await import('../traffic/recording.js');
  const read = await readRecordings(
    paths.map((p) => resolve(io.cwd, p)),
    { spec },
  );
  for (const p of read.problems) {
    const near = relative(io.cwd, p.file);
    io.err(`replay: ${near && !near.startsWith('..') ? near : p.file}: ${p.message}`);
  }
  return read;
}

export async function replayCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    target: { type: 'string' },
    secret: { type: 'string' },
    'app-id': { type: 'string' },
    events: { type: 'string', multiple: true },
    expect: { type: 'string', multiple: true },
    'no-variants': { type: 'boolean' },
    'no-negative': { type: 'boolean' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'max-reply-bytes': { type: 'string' },
    strict: { type: 'boolean' },
    report: { type: 'string', multiple: true },
    from: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(replayUsage);
    return 0;
  }
  const from = values['from'] as string[] | undefined;
  // `--from a b c`: the paths after the spec belong to --from.
  if (from) from.push(...positionals.splice(1));
  if (positionals.length > 1)
    throw new UsageError(`replay takes one spec, got ${positionals.length}; run it once per spec.`);
  if (from && values['events'])
    throw new UsageError(
      '--events selects generated cases; with --from every recording given is replayed (pick the files instead).',
    );
  const target = values['target'];
  if (typeof target !== 'string')
    throw new UsageError('--target URL is required: the receiver to replay the spec against.');
  try {
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new UsageError(`--target must be an http(s) URL, got "${target}".`);
  }
  const reports = parseReports(values['report'], io.cwd);
  const expect: Partial<Record<CheckName, Expectation>> = {};
  for (const pair of (values['expect'] as string[] | undefined) ?? []) {
    const [name = '', exp = ''] = pair.split('=');
    try {
      const check: CheckName = checkNamed(name, '--expect');
      expect[check] = parseExpectation(exp, `--expect ${check}`);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const events = ((values['events'] as string[] | undefined) ?? []).flatMap((e) => e.split(',')).filter(Boolean);
  const concurrency = positiveInt(values['concurrency'], '--concurrency');
  const timeoutMs = positiveInt(values['timeout'], '--timeout');
  const maxReplyBytes = positiveInt(values['max-reply-bytes'], '--max-reply-bytes');

  const loaded = await loadOneSpec(positionals[0], io.cwd, io, 'replay');
  if (!loaded) return 1;
  const { contract, source } = loaded;
  try {
    selectEvents(contract, events);
  } catch (error) {
    if (error instanceof SelectionError) throw new InputError(`--events: ${error.message}`);
    throw error;
  }
  const secret = typeof values['secret'] === 'string' ? values['secret'] : undefined;
  if (secret === undefined && !from && schemeModule(contract.signature).signs) {
    io.err(
      `replay: no --secret: deliveries go unsigned and the signature checks are left out (${contract.title} signs with ${contract.signature.scheme}).`,
    );
  }
  const recorded = from ? await readFrom(from, contract.id, io) : undefined;
  if (recorded && recorded.recordings.length === 0) {
    io.err(`chathooks replay: no recording could be read from ${from!.join(' ')}; nothing to replay.`);
    return 2;
  }
  const display = progress(io);
  const report = await runConsumerContract({
    contract: source,
    target,
    ...(secret !== undefined ? { secret } : {}),
    ...(typeof values['app-id'] === 'string' ? { appId: values['app-id'] } : {}),
    ...(events.length ? { events } : {}),
    expect,
    ...(values['strict'] ? { strict: true } : {}),
    ...(maxReplyBytes ? { maxReplyBytes } : {}),
    variants: !values['no-variants'],
    negative: !values['no-negative'],
    ...(concurrency ? { concurrency } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(recorded ? { recordings: recorded.recordings } : {}),
    onCase: display.onCase,
  });
  display.end();
  summarise(report, io, `replay ${contract.title} → ${target}`);
  const unwritable = await writeReports([report], reports, io);
  const setup = setupProblem(report, target, secret !== undefined);
  if (setup) io.err(`chathooks replay: ${setup}`);
  if (unwritable) io.err(`chathooks replay: ${unwritable}`);
  if (setup || unwritable) return 2;
  if (recorded?.problems.length)
    io.err(`chathooks replay: ${recorded.problems.length} recording file(s) could not be read (named above).`);
  return report.failed || recorded?.problems.length ? 1 : 0;
}
