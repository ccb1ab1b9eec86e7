/**
 * `chathooks listen <spec> --forward-to URL`: the endpoint a platform (or a tunnel) is pointed at during
 * development; forwards every delivery to the local receiver unchanged, relays its reply, prints one live line per
 * delivery and, with `--record`, saves each as a file. Runs until SIGINT/SIGTERM.
 */
import type { Contract } from '../model/model.js';
import { contractOf, type RuntimeContract } from '../model/runtime.js';
import { schemeModule } from '../signing/registry.js';
import { deliveryJson, formatLiveLine } from '../traffic/live-line.js';
import type { RecorderOptions } from '../traffic/recorder.js';
import { startListener, type Listener, type ListenDelivery } from '../traffic/listen.js';
import { parse, UsageError, type Io } from './args.js';
import { parsePort } from './serve.js';
import { loadCurrentSpecs, specsFrom } from './specs.js';

/** The environment variable the signing secret may come from (kept out of `ps` output, unlike a flag). */
export const LISTEN_SECRET_ENV = 'CHATHOOKS_SECRET';

/** The port listen takes by default (the mock's is 4010). */
export const DEFAULT_LISTEN_PORT = 4020;

export const listenUsage = `Usage: chathooks listen <spec> --forward-to URL [--port N] [--host H] [--secret S]... [--reject-unsigned]
                        [--timeout MS] [--record DIR] [--format json|har] [--redact] [--max-recordings N] [--json]

Point the platform (or your tunnel: ngrok, cloudflared) at this endpoint: every delivery is passed on to your local
receiver unchanged — the raw body bytes, the headers (minus hop-by-hop ones and Host; X-Forwarded-For, -Proto and
-Host added) and the query — and its reply (status, headers, body) goes back to the platform, so before-events get
the answer your code gives. One line per delivery: time, event, the status the platform got and the time it took,
the reply judged against the spec, and drift marks (a failed signature, an event the spec does not know, a payload
the spec's validators refuse). Unknown events are forwarded too: they are drift, not errors.

The platform's timeout applies (the spec's x-chathooks-delivery.timeoutMs, or --timeout): when your receiver is
down the platform gets 502, when it is too slow 504 (or another status its policy counts as failed), so it retries
as it would in production; the delivery is still shown and recorded. A body over --max-body-bytes gets 413 and is
recorded as refused.

Options:
  --forward-to URL     your local receiver: an origin (the path received is kept) or a URL with a path (every
                       delivery goes to that path); the query received is appended unchanged
  --port N             port (default ${DEFAULT_LISTEN_PORT}; 0 for a random free port)
  --host H             interface (default 127.0.0.1; beyond loopback anyone who reaches the port reaches your receiver)
  --secret S           the platform's signing secret, to check signatures with (repeat during a rotation; or set
                       ${LISTEN_SECRET_ENV}, which stays out of \`ps\`); never printed nor recorded
  --reject-unsigned    answer 401 to a delivery whose signature fails instead of forwarding it marked
  --timeout MS         how long your receiver may take (default: the platform's, from the spec)
  --max-body-bytes N   largest delivery accepted (default 1048576)
  --max-reply-bytes N  largest reply relayed (default 1048576); a longer one is not relayed: the platform gets 502
  --record DIR         save every delivery (forwarded, failed or refused) as one file in DIR
  --format json|har    recording format (default json; har: HAR 1.2, which browser devtools and Postman open)
  --redact             replace signature values (the spec's signature header or query parameter) by "[redacted]"
                       in recordings
  --max-recordings N   recordings written at most (default 10000; 1 GiB of bodies and headers at most); past it
                       deliveries are still forwarded, and their line says they were not recorded
  --json               one JSON object per line (the first says where it listens) instead of live lines
  -h, --help           show this help`;

interface ListenFlags {
  forwardTo: string;
  port: number;
  host: string;
  secrets: string[];
  rejectUnsigned: boolean;
  timeoutMs?: number;
  maxBodyBytes?: number;
  maxReplyBytes?: number;
  record?: RecorderOptions;
  json: boolean;
}

function positiveInteger(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a positive whole number, got "${String(value)}".`);
  return n;
}

/** The secrets from `--secret` (repeatable), else CHATHOOKS_SECRET; an empty one is a usage error. */
function secretsFrom(flag: unknown): string[] {
  const given = Array.isArray(flag) ? (flag as string[]) : [];
  const secrets = given.length
    ? given
    : process.env[LISTEN_SECRET_ENV] !== undefined
      ? [process.env[LISTEN_SECRET_ENV]!]
      : [];
  if (secrets.some((s) => s === ''))
    throw new UsageError(
      `${given.length ? '--secret' : LISTEN_SECRET_ENV} is empty; give the signing secret the platform shows, or leave it out to forward without checking signatures.`,
    );
  return secrets;
}

function flagsFrom(values: Record<string, string | boolean | string[] | undefined>): ListenFlags {
  const forwardTo = values['forward-to'];
  if (typeof forwardTo !== 'string')
    throw new UsageError(
      '--forward-to URL is required: the local receiver, e.g. --forward-to http://127.0.0.1:3000/webhook.',
    );
  const format = values['format'] ?? 'json';
  if (format !== 'json' && format !== 'har')
    throw new UsageError(`--format takes json or har, got "${String(format)}".`);
  const record = values['record'];
  if (record === undefined && (values['format'] !== undefined || values['redact']))
    throw new UsageError(`--${values['redact'] ? 'redact' : 'format'} applies to recordings: add --record DIR.`);
  const secrets = secretsFrom(values['secret']);
  if (values['reject-unsigned'] && secrets.length === 0)
    throw new UsageError(`--reject-unsigned needs the signing secret: add --secret S (or set ${LISTEN_SECRET_ENV}).`);
  const flags: ListenFlags = {
    forwardTo,
    port: parsePort(values['port'] ?? String(DEFAULT_LISTEN_PORT)),
    host: typeof values['host'] === 'string' ? values['host'] : '127.0.0.1',
    secrets,
    rejectUnsigned: values['reject-unsigned'] === true,
    json: values['json'] === true,
  };
  const timeoutMs = positiveInteger('--timeout', values['timeout']);
  if (timeoutMs !== undefined) flags.timeoutMs = timeoutMs;
  const maxBodyBytes = positiveInteger('--max-body-bytes', values['max-body-bytes']);
  if (maxBodyBytes !== undefined) flags.maxBodyBytes = maxBodyBytes;
  const maxReplyBytes = positiveInteger('--max-reply-bytes', values['max-reply-bytes']);
  if (maxReplyBytes !== undefined) flags.maxReplyBytes = maxReplyBytes;
  const maxRecordings = positiveInteger('--max-recordings', values['max-recordings']);
  if (record === undefined && maxRecordings !== undefined)
    throw new UsageError('--max-recordings applies to recordings: add --record DIR.');
  if (typeof record === 'string')
    flags.record = {
      dir: record,
      format,
      redact: values['redact'] === true,
      ...(maxRecordings !== undefined ? { maxRecordings } : {}),
    };
  return flags;
}

/** The lines that say what the listener does, before the first delivery. */
function startLines(listener: Listener, contract: Contract, flags: ListenFlags): string[] {
  const scheme = schemeModule(contract.signature);
  const signatures = !scheme.signs
    ? `${contract.title} signs nothing (scheme ${contract.signature.scheme}): no signature to check`
    : flags.secrets.length === 0
      ? `signatures not checked (no --secret; ${scheme.describe()})`
      : `signatures checked (${scheme.describe()}, ${flags.secrets.length} secret${flags.secrets.length > 1 ? 's' : ''}); ${
          flags.rejectUnsigned ? 'a failed one is answered 401, not forwarded' : 'a failed one is forwarded, marked'
        }`;
  return [
    `listen: ${contract.id} ${listener.url} → ${listener.forwardTo}`,
    `listen: ${signatures}`,
    `listen: timeout ${listener.timeoutMs} ms${flags.timeoutMs === undefined ? ' (the platform’s)' : ''}`,
    ...(flags.record
      ? [
          `listen: recording to ${flags.record.dir} (${flags.record.format}${flags.record.redact ? ', signatures redacted' : ''})`,
        ]
      : []),
    `listen: Ctrl-C to stop`,
  ];
}

export async function listenCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    'forward-to': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    secret: { type: 'string', multiple: true },
    'reject-unsigned': { type: 'boolean' },
    timeout: { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'max-reply-bytes': { type: 'string' },
    record: { type: 'string' },
    format: { type: 'string' },
    redact: { type: 'boolean' },
    'max-recordings': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.out(listenUsage);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `listen takes exactly one spec, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}.`,
    );
  const flags = flagsFrom(values);
  const [file] = await specsFrom(positionals, io.cwd);
  const { sources, failed } = await loadCurrentSpecs([file!], io.cwd);
  if (failed.length) {
    const { formatProblem } = await import('../model/problems.js');
    for (const p of failed[0]!.problems) if (p.severity === 'error') io.err(formatProblem(p));
    io.err(`listen: refused, ${failed[0]!.file} has lint errors.`);
    return 1;
  }
  const source = sources[0]!;
  return serve(source, flags, io);
}

async function serve(source: Contract | RuntimeContract, flags: ListenFlags, io: Io): Promise<number> {
  const contract = contractOf(source);
  const show = (delivery: ListenDelivery, file?: string): void =>
    io.out(
      flags.json ? JSON.stringify(deliveryJson(delivery, file)) : formatLiveLine(delivery, contract.delivery, file),
    );
  const listener = await start(source, flags, show);
  if (!listener.loopback)
    io.err(
      `listen: warning: bound to ${flags.host}, beyond loopback: anyone who reaches port ${listener.port} reaches ${listener.forwardTo}${
        flags.secrets.length && flags.rejectUnsigned
          ? ''
          : ' (add --secret S --reject-unsigned to let only signed deliveries through)'
      }.`,
    );
  if (flags.json)
    io.out(
      JSON.stringify({
        type: 'listening',
        url: listener.url,
        spec: contract.id,
        forwardTo: listener.forwardTo,
        timeoutMs: listener.timeoutMs,
      }),
    );
  else for (const line of startLines(listener, contract, flags)) io.out(line);
  await untilSignal(listener, io, flags.json);
  return 0;
}

async function start(
  source: Contract | RuntimeContract,
  flags: ListenFlags,
  show: (delivery: ListenDelivery) => void,
): Promise<Listener> {
  try {
    return await startListener(source, {
      forwardTo: flags.forwardTo,
      port: flags.port,
      host: flags.host,
      ...(flags.secrets.length ? { secret: flags.secrets } : {}),
      rejectUnsigned: flags.rejectUnsigned,
      ...(flags.timeoutMs !== undefined ? { timeoutMs: flags.timeoutMs } : {}),
      ...(flags.maxBodyBytes !== undefined ? { maxBodyBytes: flags.maxBodyBytes } : {}),
      ...(flags.maxReplyBytes !== undefined ? { maxReplyBytes: flags.maxReplyBytes } : {}),
      ...(flags.record ? { record: flags.record } : {}),
      onDelivery: show,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new UsageError(`port ${flags.port} is in use; pick another with --port (0 for any free port).`);
    throw error;
  }
}

/** Serve until SIGINT/SIGTERM; the first lets in-flight deliveries finish and recordings flush, a second cuts the wait. */
function untilSignal(listener: Listener, io: Io, json: boolean): Promise<void> {
  // Under --json stdout carries only delivery objects: the lifecycle goes to stderr.
  const say = json ? io.err : io.out;
  return new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (why: string): void => {
      if (stopping) {
        say(`listen: ${why} again, dropping what is still in flight`);
        void listener.close({ timeoutMs: 0 });
        return;
      }
      stopping = true;
      say(`listen: ${why}, letting in-flight deliveries finish (Ctrl-C again to drop them)`);
      void listener.close().then(() => {
        say(`listen: ${listener.count} deliveries; stopped`);
        resolve();
      });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}
