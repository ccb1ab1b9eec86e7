/** `chathooks send <spec> <event>[/<example>] --to URL`: one webhook delivery, signed and framed as the platform sends it. */
import { open } from 'node:fs/promises';
import type { FramedRequest } from '../delivery/deliver.js';
import { relative, resolve } from 'node:path';
import type { Contract } from '../model/model.js';
import { contractOf, type RuntimeContract } from '../model/runtime.js';
import { schemeModule } from '../signing/registry.js';
import { curlCommand } from '../traffic/curl.js';
import { parseEdit } from '../traffic/edits.js';
import { writeRecording } from '../traffic/recording.js';
import {
  prepareSend,
  sendWebhook,
  sentRecording,
  type SendOptions,
  type SendReport,
  type SentDelivery,
} from '../traffic/send.js';
import { requestJson, showReply, showRequest } from '../traffic/show.js';
import { InputError, parse, UsageError, type Io } from './args.js';
import { loadCurrentSpecs, specPath } from './specs.js';

/** The most bytes `--body` reads (a file or stdin): far above any webhook platform's own limit. */
export const MAX_SEND_BODY_BYTES = 16 * 1024 * 1024;

export const sendUsage = `Usage: chathooks send <spec> <event>[/<example>] --to URL [--secret S] [--app-id ID]
       [--body FILE|- | --set /pointer=value ...] [--header k=v]... [--query k=v]...
       [--repeat N] [--timeout MS] [--dry-run] [--record DIR] [--json]

Sends one delivery of the event, framed and signed exactly as the platform sends it, prints the request and the
reply, and judges the reply as the platform would: its status against the delivery policy, its body against the
event's reply schema. The payload is the named example (default: the event's first), that example with --set
edits, or --body bytes sent and signed exactly as given.
Exit 0 when the platform would count the delivery delivered, 1 when it would count it failed (a status it does
not accept, a reply failing the reply schema, a timeout, no connection), 2 for a usage mistake.

Options:
  --to URL              the receiver's webhook URL (required)
  --secret S            the secret to sign with (without it the delivery goes unsigned; an empty one is refused)
  --app-id ID           the app id to put in the delivery (Tencent SdkAppid)
  --body FILE|-         send these bytes (a file, or - for stdin; at most ${MAX_SEND_BODY_BYTES / 1024 / 1024} MiB) instead of an example
  --set /pointer=value  change the example at a JSON pointer; the value is JSON when it parses, else a string
                        (repeatable; /list/- appends)
  --header k=v          an extra header (repeatable; wins over the framed ones, signature headers included)
  --query k=v           an extra query parameter (repeatable)
  --repeat N            send the same delivery N more times, as the platform's retries: the same body and message
                        id (webhook-id), signed again with a fresh timestamp (RequestTime, webhook-timestamp)
  --timeout MS          how long the reply may take (default: the platform's delivery timeout)
  --max-reply-bytes N   read at most N bytes of the reply (default 1048576, 1 MiB)
  --dry-run             print the signed request and a curl command that sends the same bytes; send nothing
  --record DIR          write each delivery and its reply to DIR as a recording (replay it with replay --from)
  --json                print one JSON object
  -h, --help            show this help`;

function positiveInt(value: unknown, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${flag} must be a whole number${min === 0 ? '' : ' above 0'}, got "${String(value)}".`);
  return n;
}

/** `k=v` pairs of a repeatable option; a header name must be an HTTP token. */
function pairs(values: unknown, flag: '--header' | '--query'): Record<string, string> | undefined {
  const list = (values as string[] | undefined) ?? [];
  if (list.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const item of list) {
    const at = item.indexOf('=');
    const key = at < 0 ? '' : item.slice(0, at);
    if (!key) throw new UsageError(`${flag} takes name=value, got "${item}".`);
    if (flag === '--header' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key))
      throw new UsageError(`${flag} "${key}" is not a header name (letters, digits and !#$%&'*+.^_\`|~- only).`);
    out[key] = item.slice(at + 1);
  }
  return out;
}

/** Read `--body`: a file, or stdin for `-`, at most MAX_SEND_BODY_BYTES. */
async function readBody(path: string, cwd: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const tooBig = (): InputError =>
    new InputError(
      `--body ${path}: more than ${MAX_SEND_BODY_BYTES} bytes (16 MiB); a webhook body that large is refused by every platform chathooks knows.`,
    );
  if (path === '-') {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > MAX_SEND_BODY_BYTES) throw tooBig();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
  const file = await open(resolve(cwd, path)).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`--body ${path}: cannot read it (${error.code ?? error.message}).`);
  });
  try {
    const { size: length } = await file.stat();
    if (length > MAX_SEND_BODY_BYTES) throw tooBig();
    return await file.readFile();
  } finally {
    await file.close();
  }
}

/** The verdict line of one send. */
function verdict(report: SendReport, d: SentDelivery): string {
  const what = `${report.event}${report.example ? ` / ${report.example}` : ''}`;
  const valid = d.replyValid === true ? ' with a reply that satisfies its reply schema' : '';
  return d.ok
    ? `delivered: ${what} answered ${d.reply?.status}${valid}`
    : `FAILED: ${what} — ${d.reason ?? 'not delivered'}`;
}

function printText(report: SendReport, io: Io): void {
  const total = report.deliveries.length;
  for (const d of report.deliveries) {
    if (total > 1)
      io.out(
        `── send ${d.attempt} of ${total}${d.attempt > 1 ? ' (a retry: same body and message id, signed again)' : ''}`,
      );
    for (const line of showRequest(d.request)) io.out(line);
    io.out('');
    for (const line of showReply(d)) io.out(line);
    io.out('');
    io.out(verdict(report, d));
    if (d.attempt < total) io.out('');
  }
}

/** Write each send as a recording into `dir`: the files written, and why the rest could not be. */
async function record(
  dir: string,
  contract: Contract,
  report: SendReport,
  io: Io,
): Promise<{ files: string[]; problem?: string }> {
  const files: string[] = [];
  try {
    for (const d of report.deliveries)
      files.push(await writeRecording(resolve(io.cwd, dir), sentRecording(contract, report, d)));
    return { files };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return {
      files,
      problem: `--record ${dir}: cannot write the recording there (${e.code ?? e.message}); pick another directory`,
    };
  }
}

function reportJson(report: SendReport): object {
  return {
    ...report,
    deliveries: report.deliveries.map((d) => ({ ...d, request: requestJson(d.request) })),
  };
}

const OPTIONS = {
  to: { type: 'string' },
  secret: { type: 'string' },
  'app-id': { type: 'string' },
  body: { type: 'string' },
  set: { type: 'string', multiple: true },
  header: { type: 'string', multiple: true },
  query: { type: 'string', multiple: true },
  repeat: { type: 'string' },
  timeout: { type: 'string' },
  'max-reply-bytes': { type: 'string' },
  'dry-run': { type: 'boolean' },
  record: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>['values'];

/** Every usage mistake, found before the spec is read: the spec, the event, the target and the options. */
function checkArguments(values: Values, positionals: string[]): { spec: string; event: string; to: string } {
  const [spec, event, ...extra] = positionals;
  if (!spec || !event)
    throw new UsageError(
      'Name the spec and the event, e.g. chathooks send spec/sendbird.yaml group_channel:message_send --to URL.',
    );
  if (extra.length) throw new UsageError(`send takes one spec and one event, got also ${extra.join(' ')}.`);
  const to = values['to'];
  if (typeof to !== 'string') throw new UsageError('--to URL is required: the receiver to send the delivery to.');
  try {
    const url = new URL(to);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new UsageError(`--to must be an http(s) URL, got "${to}".`);
  }
  if (values['secret'] === '')
    throw new UsageError(
      '--secret is empty; pass the secret the receiver verifies with, or leave --secret out to send unsigned.',
    );
  if (values['body'] !== undefined && values['set'] !== undefined)
    throw new UsageError('--body and --set do not mix: --body bytes are sent exactly as given.');
  return { spec, event, to };
}

/** The options of `sendWebhook` from the command line (`--body` read here). */
async function sendOptions(values: Values, event: string, to: string, cwd: string): Promise<SendOptions> {
  const repeat = positiveInt(values['repeat'], '--repeat', 0);
  const timeoutMs = positiveInt(values['timeout'], '--timeout');
  const maxReplyBytes = positiveInt(values['max-reply-bytes'], '--max-reply-bytes');
  const headers = pairs(values['header'], '--header');
  const query = pairs(values['query'], '--query');
  const string = (name: string): string | undefined =>
    typeof values[name] === 'string' ? (values[name] as string) : undefined;
  const secret = string('secret');
  const appId = string('app-id');
  const bodyPath = string('body');
  return {
    to,
    event,
    set: ((values['set'] as string[] | undefined) ?? []).map(parseEdit),
    ...(secret !== undefined ? { secret } : {}),
    ...(appId !== undefined ? { appId } : {}),
    ...(bodyPath !== undefined ? { body: await readBody(bodyPath, cwd) } : {}),
    ...(headers ? { headers } : {}),
    ...(query ? { query } : {}),
    ...(repeat !== undefined ? { repeat } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxReplyBytes !== undefined ? { maxReplyBytes } : {}),
  };
}

/** The spec from its generated contract when current, else linted; lint errors are printed (undefined then). */
async function loadSpec(spec: string, io: Io): Promise<Contract | RuntimeContract | undefined> {
  const { sources, failed } = await loadCurrentSpecs([specPath(spec, io.cwd)], io.cwd);
  if (!failed.length) return sources[0]!;
  const { formatProblem } = await import('../model/problems.js');
  for (const f of failed) for (const p of f.problems) if (p.severity === 'error') io.err(formatProblem(p));
  io.err(`chathooks send: ${spec} has lint errors; fix them (see \`chathooks lint ${spec}\`) and run again.`);
  return undefined;
}

function printDryRun(request: FramedRequest, json: boolean, io: Io): void {
  const curl = curlCommand(request);
  if (json) io.out(JSON.stringify({ dryRun: true, request: requestJson(request), curl }, null, 2));
  else for (const line of [...showRequest(request), '', 'curl:', curl]) io.out(line);
}

function printReport(report: SendReport, files: string[], json: boolean, io: Io): void {
  if (json) {
    io.out(JSON.stringify({ ...reportJson(report), ...(files.length ? { recorded: files } : {}) }, null, 2));
    return;
  }
  printText(report, io);
  for (const file of files) {
    const near = relative(io.cwd, file);
    io.out(`recorded: ${near && !near.startsWith('..') ? near : file}`);
  }
}

export async function sendCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values['help']) {
    io.out(sendUsage);
    return 0;
  }
  const args = checkArguments(values, positionals);
  const options = await sendOptions(values, args.event, args.to, io.cwd);
  const source = await loadSpec(args.spec, io);
  if (!source) return 2;
  const contract = contractOf(source);
  // Resolved before anything is said or sent: an unknown event or example, a bad --set pointer stop here.
  const prepared = prepareSend(source, options);
  const json = values['json'] === true;
  if (options.secret === undefined && schemeModule(contract.signature).signs && !json)
    io.err(
      `send: no --secret: the delivery goes unsigned (${contract.title} signs with ${contract.signature.scheme}).`,
    );
  if (values['dry-run']) {
    printDryRun(prepared.frame(), json, io);
    return 0;
  }
  const report = await sendWebhook(source, options);
  const dir = values['record'];
  const recorded = typeof dir === 'string' ? await record(dir, contract, report, io) : { files: [] };
  printReport(report, recorded.files, json, io);
  // The delivery was made and shown; a recording that could not be written makes the run incomplete.
  if (recorded.problem) {
    io.err(`chathooks send: ${recorded.problem}`);
    return 2;
  }
  return report.ok ? 0 : 1;
}
