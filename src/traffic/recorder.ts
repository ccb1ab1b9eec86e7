/**
 * Saving deliveries as recordings while they happen (`listen --record`, `mock --record`): one file per delivery in
 * a directory, JSON or HAR. Secrets are never written: a header or query value that holds a configured secret is
 * replaced by "[redacted]" whatever `redact` says; `redact` also replaces the signature values the contract's scheme
 * names. A write that fails is reported with the delivery, never thrown at the server.
 */
import { mkdir } from 'node:fs/promises';
import { OptionError } from '../model/errors.js';
import type { Contract } from '../model/model.js';
import type { RecordedDelivery, Reply } from '../mock/core.js';
import type { ListenDelivery } from './exchange.js';
import {
  recordingFromRequest,
  redactRecording,
  signatureFieldNames,
  writeRecording,
  type Recording,
} from './recording.js';

export interface RecorderOptions {
  /** The directory (created if missing). */
  dir: string;
  /** `json` (default) or `har`. */
  format?: 'json' | 'har';
  /** Replace the signature header and query values (the contract's scheme names them) by "[redacted]". */
  redact?: boolean;
  /** Recordings written at most (default 10 000); past it deliveries go on, unrecorded, and say so. */
  maxRecordings?: number;
  /**
   * Bytes recorded at most (default 1 GiB), counted as request and reply body bytes plus header and URL text;
   * past it deliveries go on, unrecorded, and say so.
   */
  maxRecordingBytes?: number;
}

/** The default of `maxRecordings`. */
export const DEFAULT_MAX_RECORDINGS = 10_000;
/** The default of `maxRecordingBytes`: 1 GiB. */
export const DEFAULT_MAX_RECORDING_BYTES = 1024 * 1024 * 1024;

/** Header pairs from a flat `[name, value, …]` list. */
function pairs(flat: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

/**
 * A `listen` delivery as a recording: the request as received, what the platform was answered, the failure and
 * the signature check.
 *
 * @example
 * const recording = listenRecording(delivery);
 */
export function listenRecording(d: ListenDelivery): Recording {
  return recordingFromRequest({
    method: d.request.method,
    url: d.request.target,
    headers: pairs(d.request.headers),
    body: d.request.body,
    receivedAt: d.receivedAt,
    source: 'listen',
    spec: d.spec,
    event: d.event,
    ...(d.reply
      ? {
          reply: {
            status: d.reply.status,
            headers: pairs(d.reply.headers),
            body: d.reply.body,
            latencyMs: d.reply.latencyMs,
          },
        }
      : {}),
    ...(d.failure ? { failure: d.failure } : {}),
    ...(d.signature ? { signature: d.signature } : {}),
  });
}

/**
 * A delivery the native mock received as a recording: its exact bytes (the mock's record keeps only a prefix of a
 * refused body; the recording keeps it whole, within the mock's body bound), the reply it answered, and for a
 * refused delivery the problem as its failure.
 *
 * @example
 * const recording = mockRecording({ entry, rawBody, reply });
 */
export function mockRecording(input: {
  entry: RecordedDelivery;
  rawBody: Uint8Array;
  reply: Reply | undefined;
}): Recording {
  const { entry, rawBody, reply } = input;
  const search = new URLSearchParams(entry.query).toString();
  const answered = entry.answeredAt ? Date.parse(entry.answeredAt) - Date.parse(entry.at) : 0;
  return recordingFromRequest({
    method: entry.method,
    url: search ? `${entry.path}?${search}` : entry.path,
    headers: entry.headers,
    body: rawBody,
    receivedAt: entry.at,
    source: 'mock',
    spec: entry.contract,
    event: entry.event,
    ...(reply
      ? { reply: { status: reply.status, headers: reply.headers, body: reply.body, latencyMs: Math.max(0, answered) } }
      : {}),
    ...(entry.valid
      ? {}
      : { failure: { kind: 'refused' as const, status: entry.answer as number, message: entry.problem ?? '' } }),
    ...(typeof entry.answer === 'string'
      ? {
          failure: {
            kind: entry.answer === 'timeout' ? ('timeout' as const) : ('network' as const),
            message: `mock scenario ${entry.answer}: no answer`,
          },
        }
      : {}),
  });
}

/**
 * Writes recordings into one directory; `open` creates it first, so a directory that cannot be made fails at start.
 *
 * @example
 * const recorder = await Recorder.open(contract, { dir: 'recordings', format: 'har', redact: true }, [secret]);
 * const { file, error } = await recorder.write(listenRecording(delivery));
 */
export class Recorder {
  /** Recordings written so far. */
  written = 0;
  /** Bytes recorded so far (as `maxRecordingBytes` counts them). */
  bytes = 0;
  readonly #signatureNames: readonly string[];

  private constructor(
    readonly options: Required<RecorderOptions>,
    signatureNames: readonly string[],
    readonly secrets: readonly string[],
  ) {
    this.#signatureNames = signatureNames;
  }

  /** A recorder for `contracts`' deliveries (their signature fields redacted with `redact`), never writing `secrets`. */
  static async open(
    contracts: readonly Contract[],
    options: RecorderOptions,
    secrets: readonly string[] = [],
  ): Promise<Recorder> {
    const maxRecordings = bound('maxRecordings', options.maxRecordings, DEFAULT_MAX_RECORDINGS);
    const maxRecordingBytes = bound('maxRecordingBytes', options.maxRecordingBytes, DEFAULT_MAX_RECORDING_BYTES);
    await mkdir(options.dir, { recursive: true });
    const names = options.redact ? [...new Set(contracts.flatMap(signatureFieldNames))] : [];
    return new Recorder(
      {
        dir: options.dir,
        format: options.format ?? 'json',
        redact: options.redact ?? false,
        maxRecordings,
        maxRecordingBytes,
      },
      names,
      secrets.filter((s) => s !== ''),
    );
  }

  /** Write one recording (redacted as configured); the file, or why it was not written. */
  async write(recording: Recording): Promise<{ file?: string; error?: string }> {
    const { maxRecordings, maxRecordingBytes, dir } = this.options;
    const size = recordingSize(recording);
    if (this.written >= maxRecordings || this.bytes + size > maxRecordingBytes)
      return {
        error: `not recorded: ${dir} holds the most this run records (${this.written} recordings, ${this.bytes} bytes; the bounds are ${maxRecordings} recordings and ${maxRecordingBytes} bytes). Raise --max-recordings or start again with another directory.`,
      };
    // Counted before the write: concurrent writes cannot overshoot the bounds together.
    this.written++;
    this.bytes += size;
    try {
      const file = await writeRecording(dir, this.#redacted(recording), { format: this.options.format });
      return { file };
    } catch (error) {
      this.written--;
      this.bytes -= size;
      return { error: `not recorded: writing to ${dir} failed: ${(error as Error).message}` };
    }
  }

  #redacted(recording: Recording): Recording {
    const names = [...this.#signatureNames, ...this.#holdingSecrets(recording)];
    return names.length ? redactRecording(recording, names) : recording;
  }

  /** The header and query names whose value holds a secret (a platform that sends its token as is). */
  #holdingSecrets(recording: Recording): string[] {
    if (this.secrets.length === 0) return [];
    const holds = (value: string): boolean => this.secrets.some((secret) => value.includes(secret));
    const names = recording.request.headers.filter(([, value]) => holds(value)).map(([name]) => name);
    const mark = recording.request.url.indexOf('?');
    if (mark >= 0)
      for (const [name, value] of new URLSearchParams(recording.request.url.slice(mark + 1)))
        if (holds(value)) names.push(name);
    return names;
  }
}

/** What a recording costs the byte bound: its body bytes, header and URL text. */
function recordingSize(r: Recording): number {
  let size = r.request.body.bytes + r.request.url.length + (r.reply?.body.bytes ?? 0);
  for (const [name, value] of r.request.headers) size += name.length + value.length;
  for (const [name, value] of r.reply?.headers ?? []) size += name.length + value.length;
  return size;
}

/** A bound from the options: a positive whole number, or an OptionError naming it. */
function bound(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new OptionError(`record: ${name} must be a positive whole number, got ${String(value)}.`);
  return value;
}
