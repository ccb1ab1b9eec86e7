/**
 * Recordings: real deliveries kept as plain files a user can commit as fixtures. One delivery per file, in
 * chathooks' JSON form (`.json`, one `Recording`) or as HAR 1.2 (`.har`, which browser devtools, Postman and other
 * HTTP tools read). The body's bytes are kept exactly (UTF-8 text as `text`, anything else as `base64`, with the
 * length and SHA-256 so a truncated or edited file is caught); secrets are never written, and signature values
 * can be redacted. `listen`, `send --record` and `mock --record` write them; `drift` and `replay --from` read them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Contract } from '../model/model.js';
import { schemeModule } from '../signing/registry.js';

/** The `format` of every recording in chathooks' JSON form; a future incompatible form gets a new number. */
export const RECORDING_FORMAT = 'chathooks.recording/1';

/** The largest recording file `readRecordings` reads (64 MiB by default): a bigger one is reported, not read. */
export const DEFAULT_MAX_RECORDING_FILE_BYTES = 64 * 1024 * 1024;

/** What replaces a redacted header or query value. */
export const REDACTED = '[redacted]';

/** Body bytes kept exactly: UTF-8 text as `text`, anything else as `base64`; `bytes` and `sha256` of the bytes. */
export type RecordedBody =
  | { text: string; bytes: number; sha256: string }
  | { base64: string; bytes: number; sha256: string };

/** A request as it arrived. */
export interface RecordedRequest {
  method: string;
  /** Path and query as received (`/im?SdkAppid=1&CallbackCommand=…`). */
  url: string;
  /** As received, in order, names lower-case; a repeated header appears once per value. */
  headers: [string, string][];
  body: RecordedBody;
}

/** What was answered to a recorded request. */
export interface RecordedReply {
  status: number;
  headers: [string, string][];
  body: RecordedBody;
  /** From the request's arrival to the reply's end, in ms. */
  latencyMs: number;
}

/** Why a recorded request got no reply from the receiver (or was refused before it reached one). */
export interface RecordedFailure {
  kind: 'timeout' | 'network' | 'refused' | 'forward-failed';
  /** The status the platform was answered with, if any (a 413 refusal, a 502/504 for a failed forward). */
  status?: number;
  message: string;
}

/** What a source knew about where the recording came from. */
export type RecordingSource = 'listen' | 'mock' | 'send' | 'import';

/** One recorded delivery. */
export interface Recording {
  format: typeof RECORDING_FORMAT;
  /** A stable id of this capture: 16 hex characters of the SHA-256 of its arrival time and request. */
  id: string;
  /** The id of the contract it was recorded against. */
  spec?: string;
  /** The event name the spec's discriminator read (`null`: unknown or unreadable). */
  event?: string | null;
  /** When the request arrived (ISO 8601). */
  receivedAt: string;
  source: RecordingSource;
  request: RecordedRequest;
  reply?: RecordedReply;
  failure?: RecordedFailure;
  /** The signature check, when a secret was known. */
  signature?: { valid: boolean; problem?: string };
  /** Header and query parameter names whose values were replaced by `[redacted]`. */
  redacted?: string[];
}

/** A recording file that could not be read, and why. */
export interface RecordingProblem {
  file: string;
  message: string;
}

/** Headers in any of the forms node and fetch give them. */
export type HeaderInput =
  | readonly (readonly [string, string])[]
  | Headers
  | { readonly [name: string]: string | readonly string[] | undefined };

/** What `recordingFromRequest` builds a recording from. */
export interface RecordingInput {
  method: string;
  /** Path and query (an absolute URL is cut to them). */
  url: string;
  headers: HeaderInput;
  body: Uint8Array | string;
  receivedAt?: Date | string | number;
  source: RecordingSource;
  spec?: string;
  event?: string | null;
  reply?: { status: number; headers: HeaderInput; body: Uint8Array | string; latencyMs: number };
  failure?: RecordedFailure;
  signature?: { valid: boolean; problem?: string };
}

/**
 * Build one recording: the body kept exactly (text when it is valid UTF-8, else base64), headers as ordered
 * lower-case pairs, the id from the arrival time and the request.
 *
 * @example
 * const r = recordingFromRequest({ method: 'POST', url: '/webhook', headers: req.headers, body: raw, source: 'listen' });
 */
export function recordingFromRequest(input: RecordingInput): Recording {
  const receivedAt = isoTime(input.receivedAt ?? Date.now());
  const request: RecordedRequest = {
    method: input.method.toUpperCase(),
    url: pathAndQuery(input.url),
    headers: headerPairs(input.headers),
    body: recordBody(input.body),
  };
  const recording: Recording = {
    format: RECORDING_FORMAT,
    id: recordingId(receivedAt, request),
    ...(input.spec === undefined ? {} : { spec: input.spec }),
    ...(input.event === undefined ? {} : { event: input.event }),
    receivedAt,
    source: input.source,
    request,
  };
  if (input.reply)
    recording.reply = {
      status: input.reply.status,
      headers: headerPairs(input.reply.headers),
      body: recordBody(input.reply.body),
      latencyMs: Math.round(input.reply.latencyMs * 1000) / 1000,
    };
  if (input.failure) recording.failure = { ...input.failure };
  if (input.signature) recording.signature = { ...input.signature };
  return recording;
}

/**
 * A body in recorded form: text when the bytes are valid UTF-8 (and survive the round trip), else base64.
 *
 * @example
 * recordBody('{"a":1}'); // { text: '{"a":1}', bytes: 7, sha256: '…' }
 * recordBody(Buffer.from([0xff])); // { base64: '/w==', bytes: 1, sha256: '…' }
 */
export function recordBody(body: Uint8Array | string): RecordedBody {
  const bytes =
    typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = utf8Text(bytes);
  return text === undefined
    ? { base64: bytes.toString('base64'), bytes: bytes.length, sha256 }
    : { text, bytes: bytes.length, sha256 };
}

/**
 * The exact bytes of a recorded body.
 *
 * @example
 * bodyBytes(recording.request.body).equals(rawBodyAsSent); // true
 */
export function bodyBytes(body: RecordedBody): Buffer {
  return 'base64' in body ? Buffer.from(body.base64, 'base64') : Buffer.from(body.text, 'utf8');
}

/**
 * The header and query parameter names that carry a contract's signature (what `--redact` replaces).
 *
 * @example
 * signatureFieldNames(tencent.contract); // ['sign'] — Tencent signs in the query
 */
export function signatureFieldNames(contract: Contract): string[] {
  const attacks = schemeModule(contract.signature).attacks();
  return attacks ? attacks.signature.names.map((name) => name.toLowerCase()) : [];
}

/**
 * A copy of a recording with the values of `names` (headers and query parameters, case-insensitive) replaced by
 * `[redacted]`, and the names listed in `redacted`. The body is never changed: it is what was signed.
 *
 * @example
 * redactRecording(r, signatureFieldNames(contract)).request.headers; // [['x-line-signature', '[redacted]'], …]
 */
export function redactRecording(recording: Recording, names: readonly string[]): Recording {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const done = new Set(recording.redacted ?? []);
  const headers = recording.request.headers.map(([name, value]): [string, string] => {
    if (!wanted.has(name)) return [name, value];
    done.add(name);
    return [name, REDACTED];
  });
  const url = redactQuery(recording.request.url, wanted, done);
  const copy: Recording = { ...recording, request: { ...recording.request, url, headers } };
  if (done.size) copy.redacted = [...done].sort();
  return copy;
}

function redactQuery(url: string, wanted: ReadonlySet<string>, done: Set<string>): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const parts = url
    .slice(mark + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = decodeQueryPart(eq < 0 ? part : part.slice(0, eq));
      if (!wanted.has(name.toLowerCase())) return part;
      done.add(name.toLowerCase());
      return `${part.slice(0, eq < 0 ? part.length : eq)}=${encodeURIComponent(REDACTED)}`;
    });
  return `${url.slice(0, mark)}?${parts.join('&')}`;
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/**
 * A recording in chathooks' JSON form: keys in a fixed order, 2-space indent, a final newline (diffable).
 *
 * @example
 * await writeFile('fixture.json', toJson(recording));
 */
export function toJson(recording: Recording): string {
  return `${JSON.stringify(ordered(recording), null, 2)}\n`;
}

/** The recording's keys in the order the JSON form writes them (a stable order whatever built the object). */
function ordered(r: Recording): Recording {
  const out: Recording = { format: r.format, id: r.id } as Recording;
  if (r.spec !== undefined) out.spec = r.spec;
  if (r.event !== undefined) out.event = r.event;
  out.receivedAt = r.receivedAt;
  out.source = r.source;
  out.request = {
    method: r.request.method,
    url: r.request.url,
    headers: r.request.headers,
    body: orderedBody(r.request.body),
  };
  if (r.reply)
    out.reply = {
      status: r.reply.status,
      headers: r.reply.headers,
      body: orderedBody(r.reply.body),
      latencyMs: r.reply.latencyMs,
    };
  if (r.failure)
    out.failure = {
      kind: r.failure.kind,
      ...(r.failure.status === undefined ? {} : { status: r.failure.status }),
      message: r.failure.message,
    };
  if (r.signature)
    out.signature = {
      valid: r.signature.valid,
      ...(r.signature.problem === undefined ? {} : { problem: r.signature.problem }),
    };
  if (r.redacted) out.redacted = r.redacted;
  return out;
}

function orderedBody(body: RecordedBody): RecordedBody {
  return 'base64' in body
    ? { base64: body.base64, bytes: body.bytes, sha256: body.sha256 }
    : { text: body.text, bytes: body.bytes, sha256: body.sha256 };
}

// ---------------------------------------------------------------------------------------------------------------
// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/)

interface HarNameValue {
  name: string;
  value: string;
}

interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: never[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: { mimeType: string; text: string; encoding?: 'base64' };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: never[];
    headers: HarNameValue[];
    content: { size: number; mimeType: string; text?: string; encoding?: 'base64' };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  /** What HAR has no place for: the recording's own fields. */
  _chathooks: Omit<Recording, 'request' | 'reply'> & {
    requestSha256: string;
    replySha256?: string;
    replyLatencyMs?: number;
  };
}

/** A HAR 1.2 document. */
export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
  };
}

/**
 * Recordings as one HAR 1.2 document (one entry each). A body that is not UTF-8 travels as base64 with
 * `encoding: "base64"` (HAR's own field for response content; used on postData as tools that read binary
 * request bodies do). Requests get an absolute URL from their Host header (`http://localhost` when none).
 *
 * @example
 * await writeFile('capture.har', JSON.stringify(toHar(recordings), null, 2));
 */
export function toHar(recordings: readonly Recording[], creatorVersion = '0'): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'chathooks', version: creatorVersion },
      entries: recordings.map(harEntry),
    },
  };
}

function harEntry(r: Recording): HarEntry {
  const host = r.request.headers.find(([name]) => name === 'host')?.[1] ?? 'localhost';
  const absolute = `http://${host}${r.request.url.startsWith('/') ? '' : '/'}${r.request.url}`;
  const wait = r.reply?.latencyMs ?? 0;
  const body = r.request.body;
  const mimeType = header(r.request.headers, 'content-type') ?? 'application/octet-stream';
  const { request: _request, reply: _reply, ...own } = r;
  return {
    startedDateTime: r.receivedAt,
    time: wait,
    request: {
      method: r.request.method,
      url: absolute,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: r.request.headers.map(([name, value]) => ({ name, value })),
      queryString: queryPairs(r.request.url),
      postData: harText(body, mimeType),
      headersSize: -1,
      bodySize: body.bytes,
    },
    response: harResponse(r),
    cache: {},
    timings: { send: 0, wait, receive: 0 },
    _chathooks: {
      ...own,
      requestSha256: body.sha256,
      ...(r.reply ? { replySha256: r.reply.body.sha256, replyLatencyMs: r.reply.latencyMs } : {}),
    },
  };
}

function harText(body: RecordedBody, mimeType: string): { mimeType: string; text: string; encoding?: 'base64' } {
  return 'base64' in body ? { mimeType, text: body.base64, encoding: 'base64' } : { mimeType, text: body.text };
}

function harResponse(r: Recording): HarEntry['response'] {
  const base = { httpVersion: 'HTTP/1.1', cookies: [], redirectURL: '', headersSize: -1 };
  if (!r.reply)
    // HAR's convention for a request that got no response (browsers write the same): status 0, empty content.
    return {
      ...base,
      status: r.failure?.status ?? 0,
      statusText: r.failure?.message ?? '',
      headers: [],
      content: { size: 0, mimeType: 'x-unknown' },
      bodySize: 0,
    };
  const mimeType = header(r.reply.headers, 'content-type') ?? 'x-unknown';
  const text = harText(r.reply.body, mimeType);
  return {
    ...base,
    status: r.reply.status,
    statusText: '',
    headers: r.reply.headers.map(([name, value]) => ({ name, value })),
    content: { size: r.reply.body.bytes, ...text },
    bodySize: r.reply.body.bytes,
  };
}

function header(headers: readonly [string, string][], name: string): string | undefined {
  return headers.find(([n]) => n === name)?.[1];
}

function queryPairs(url: string): HarNameValue[] {
  const mark = url.indexOf('?');
  if (mark < 0) return [];
  return [...new URLSearchParams(url.slice(mark + 1))].map(([name, value]) => ({ name, value }));
}

// ---------------------------------------------------------------------------------------------------------------
// Files

/**
 * Write one recording into `dir` (created if missing) as `<arrival>-<event>-<id>.json` (or `.har`), atomically
 * (a reader never sees half a file). Returns the file's path.
 *
 * @example
 * const file = await writeRecording('recordings', recording, { format: 'har' });
 */
export async function writeRecording(
  dir: string,
  recording: Recording,
  options: { format?: 'json' | 'har'; creatorVersion?: string } = {},
): Promise<string> {
  const format = options.format ?? 'json';
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${recordingFileStem(recording)}.${format}`);
  const text =
    format === 'har' ? `${JSON.stringify(toHar([recording], options.creatorVersion), null, 2)}\n` : toJson(recording);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
  return file;
}

/** `20261130T112233.456Z-Group.CallbackAfterNewMemberJoin-0123abcd4567ef89`: sorts by arrival. */
export function recordingFileStem(recording: Recording): string {
  const time = recording.receivedAt.replace(/[-:]/g, '');
  const event = (recording.event ?? 'unknown').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'unknown';
  return `${time}-${event}-${recording.id}`;
}

/**
 * Read recordings from files and directories (a directory: its `.json` and `.har` files, sorted by name, not
 * recursive). A file that cannot be read — not JSON, truncated, not a recording or HAR, larger than
 * `maxFileBytes`, a body whose SHA-256 does not match, recorded against another spec — becomes a problem naming
 * it; the others are still read. A HAR file with many entries gives one recording per entry.
 *
 * @example
 * const { recordings, problems } = await readRecordings(['recordings/'], { spec: 'tencent-chat' });
 * for (const p of problems) console.error(`${p.file}: ${p.message}`);
 */
export async function readRecordings(
  paths: readonly string[],
  options: { spec?: string; maxFileBytes?: number } = {},
): Promise<{ recordings: Recording[]; problems: RecordingProblem[] }> {
  const recordings: Recording[] = [];
  const problems: RecordingProblem[] = [];
  const max = options.maxFileBytes ?? DEFAULT_MAX_RECORDING_FILE_BYTES;
  for (const file of await expand(paths, problems)) {
    const read = await readOne(file, max);
    if ('message' in read) {
      problems.push({ file, message: read.message });
      continue;
    }
    for (const [index, recording] of read.recordings.entries()) {
      const where = read.recordings.length > 1 ? `${file} (entry ${index})` : file;
      if (options.spec !== undefined && recording.spec !== undefined && recording.spec !== options.spec)
        problems.push({
          file: where,
          message: `recorded against spec "${recording.spec}", not "${options.spec}": pass the spec it was recorded with, or remove its "spec" field to use it with this one`,
        });
      else recordings.push(recording);
    }
  }
  return { recordings, problems };
}

async function expand(paths: readonly string[], problems: RecordingProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = (await readdir(path)).filter((name) => ['.json', '.har'].includes(extname(name))).sort();
        if (!names.length) problems.push({ file: path, message: 'directory has no .json or .har recordings' });
        files.push(...names.map((name) => join(path, name)));
      } else files.push(path);
    } catch (error) {
      problems.push({ file: path, message: fileError(error) });
    }
  }
  return files;
}

function fileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

async function readOne(file: string, max: number): Promise<{ recordings: Recording[] } | { message: string }> {
  let text: string;
  try {
    const size = (await stat(file)).size;
    if (size > max) return { message: `${size} bytes, more than the ${max} a recording file may have` };
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { message: fileError(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { message: jsonProblem(text, error as Error) };
  }
  try {
    return { recordings: parseRecordings(json) };
  } catch (error) {
    if (error instanceof RecordingShapeError) return { message: error.message };
    throw error;
  }
}

/** Where JSON.parse failed (line:col when the engine says), or "truncated" when the text ends early. */
function jsonProblem(text: string, error: Error): string {
  if (text.trim() === '') return 'empty file: not a recording';
  const expected = 'expected a chathooks recording (.json) or HAR 1.2 (.har)';
  const position = /position (\d+)/.exec(error.message)?.[1];
  const ended = /end of JSON input|Unterminated/.test(error.message);
  if (ended && (position === undefined || Number(position) >= text.trimEnd().length - 1))
    return 'truncated: the JSON ends early (a file cut off while being written or copied)';
  // Engines differ ("Unexpected token 'P', "POST /im"... is not valid JSON"); keep the gist, not the echoed text.
  const gist = (/^[^,"(]*/.exec(error.message)?.[0] ?? 'invalid').replace(/ in JSON at.*$/, '').trim();
  if (position === undefined) return `not JSON (${gist}); ${expected}`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const col = Number(position) - before.lastIndexOf('\n');
  return `not JSON at ${line}:${col} (${gist}); ${expected}`;
}

class RecordingShapeError extends Error {}

/**
 * Recordings from parsed JSON: a chathooks recording, an array of them, or a HAR document. Throws a message
 * naming the JSON pointer of the first thing that is wrong.
 */
export function parseRecordings(json: unknown): Recording[] {
  if (Array.isArray(json)) return json.map((item, i) => checkRecording(item, `/${i}`));
  if (isRecord(json) && isRecord(json['log'])) return harRecordings(json['log']);
  if (isRecord(json) && 'format' in json) return [checkRecording(json, '')];
  throw new RecordingShapeError(
    `neither a chathooks recording ("format": "${RECORDING_FORMAT}") nor HAR 1.2 ("log.entries"): write recordings with \`chathooks listen --record\`, \`send --record\` or \`mock --record\`, or export HAR from your HTTP tool`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(pointer: string, what: string): never {
  throw new RecordingShapeError(`${pointer || '/'}: ${what}`);
}

function checkRecording(value: unknown, at: string): Recording {
  if (!isRecord(value)) fail(at, 'expected a recording object');
  if (value['format'] !== RECORDING_FORMAT)
    fail(
      `${at}/format`,
      `expected "${RECORDING_FORMAT}", found ${JSON.stringify(value['format'])} (a newer chathooks wrote it, or it is not a recording)`,
    );
  const request = value['request'];
  if (!isRecord(request)) fail(`${at}/request`, 'missing: a recording needs the request');
  stringAt(request, 'method', `${at}/request`);
  stringAt(request, 'url', `${at}/request`);
  pairsAt(request['headers'], `${at}/request/headers`);
  checkBody(request['body'], `${at}/request/body`);
  if (typeof value['receivedAt'] !== 'string' || Number.isNaN(Date.parse(value['receivedAt'])))
    fail(`${at}/receivedAt`, 'expected an ISO 8601 time');
  if (typeof value['id'] !== 'string' || value['id'] === '') fail(`${at}/id`, 'expected a non-empty string');
  const reply = value['reply'];
  if (reply !== undefined) {
    if (!isRecord(reply)) fail(`${at}/reply`, 'expected an object');
    if (!Number.isInteger(reply['status'])) fail(`${at}/reply/status`, 'expected an integer HTTP status');
    pairsAt(reply['headers'], `${at}/reply/headers`);
    checkBody(reply['body'], `${at}/reply/body`);
    if (typeof reply['latencyMs'] !== 'number') fail(`${at}/reply/latencyMs`, 'expected a number');
  }
  return value as unknown as Recording;
}

function stringAt(object: Record<string, unknown>, key: string, at: string): void {
  if (typeof object[key] !== 'string') fail(`${at}/${key}`, 'expected a string');
}

function pairsAt(value: unknown, at: string): void {
  if (!Array.isArray(value)) fail(at, 'expected [name, value] pairs');
  for (const [i, pair] of value.entries())
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
      fail(`${at}/${i}`, 'expected a [name, value] pair of strings');
}

function checkBody(value: unknown, at: string): void {
  if (!isRecord(value)) fail(at, 'expected { text } or { base64 } with bytes and sha256');
  const hasText = typeof value['text'] === 'string';
  const hasBase64 = typeof value['base64'] === 'string';
  if (hasText === hasBase64) fail(at, 'expected exactly one of "text" and "base64"');
  const bytes = bodyBytes(value as RecordedBody);
  if (value['bytes'] !== undefined && value['bytes'] !== bytes.length)
    fail(
      `${at}/bytes`,
      `says ${String(value['bytes'])} bytes, the body has ${bytes.length}: the file was cut or edited (to keep an edit, remove "bytes" and "sha256"; they are recomputed)`,
    );
  if (value['sha256'] !== undefined && value['sha256'] !== createHash('sha256').update(bytes).digest('hex'))
    fail(
      `${at}/sha256`,
      'does not match the body: the body was edited (to keep an edit, remove "bytes" and "sha256"; they are recomputed)',
    );
  // Recompute what an edited fixture left out, so every reader sees the same complete form.
  Object.assign(value, { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
}

function harRecordings(log: Record<string, unknown>): Recording[] {
  if (typeof log['version'] === 'string' && !log['version'].startsWith('1.'))
    fail('/log/version', `HAR ${log['version']} is not read; export HAR 1.2`);
  const entries = log['entries'];
  if (!Array.isArray(entries)) fail('/log/entries', 'expected an array of entries');
  return entries.map((entry, i) => harRecording(entry, `/log/entries/${i}`));
}

function harRecording(entry: unknown, at: string): Recording {
  if (!isRecord(entry)) fail(at, 'expected an entry object');
  const request = entry['request'];
  if (!isRecord(request)) fail(`${at}/request`, 'missing');
  stringAt(request, 'method', `${at}/request`);
  stringAt(request, 'url', `${at}/request`);
  const startedDateTime = entry['startedDateTime'];
  if (typeof startedDateTime !== 'string' || Number.isNaN(Date.parse(startedDateTime)))
    fail(`${at}/startedDateTime`, 'expected an ISO 8601 time');
  const own = isRecord(entry['_chathooks']) ? entry['_chathooks'] : {};
  const headers = harPairs(request['headers'], `${at}/request/headers`);
  const body = harBody(request['postData'], `${at}/request/postData`);
  const recording = recordingFromRequest({
    method: request['method'] as string,
    url: request['url'] as string,
    headers,
    body,
    receivedAt: startedDateTime,
    source: isSource(own['source']) ? own['source'] : 'import',
    ...(typeof own['spec'] === 'string' ? { spec: own['spec'] } : {}),
    ...(typeof own['event'] === 'string' || own['event'] === null ? { event: own['event'] as string | null } : {}),
    ...harReply(entry, at, own),
  });
  if (typeof own['requestSha256'] === 'string' && own['requestSha256'] !== recording.request.body.sha256)
    fail(`${at}/request/postData`, 'does not match the recorded SHA-256: the body was edited or cut');
  if (typeof own['id'] === 'string' && own['id'] !== '') recording.id = own['id'];
  if (isRecord(own['failure'])) recording.failure = own['failure'] as unknown as RecordedFailure;
  if (isRecord(own['signature'])) recording.signature = own['signature'] as Recording['signature'] & object;
  if (Array.isArray(own['redacted'])) recording.redacted = own['redacted'].filter((n) => typeof n === 'string');
  return recording;
}

function isSource(value: unknown): value is RecordingSource {
  return value === 'listen' || value === 'mock' || value === 'send' || value === 'import';
}

function harPairs(value: unknown, at: string): [string, string][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(at, 'expected an array of { name, value }');
  return value.map((item, i): [string, string] => {
    if (!isRecord(item) || typeof item['name'] !== 'string' || typeof item['value'] !== 'string')
      fail(`${at}/${i}`, 'expected { name, value } strings');
    return [item['name'], item['value']];
  });
}

function harBody(value: unknown, at: string): Buffer {
  if (value === undefined) return Buffer.alloc(0);
  if (!isRecord(value)) fail(at, 'expected an object');
  const text = value['text'];
  if (text === undefined) return Buffer.alloc(0);
  if (typeof text !== 'string') fail(`${at}/text`, 'expected a string');
  const encoding = value['encoding'] ?? value['_encoding'];
  return encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
}

function harReply(
  entry: Record<string, unknown>,
  at: string,
  own: Record<string, unknown>,
): Pick<RecordingInput, 'reply'> {
  const response = entry['response'];
  if (!isRecord(response) || !Number.isInteger(response['status']) || response['status'] === 0) return {};
  const content = isRecord(response['content']) ? response['content'] : {};
  const latency = typeof own['replyLatencyMs'] === 'number' ? own['replyLatencyMs'] : entry['time'];
  return {
    reply: {
      status: response['status'] as number,
      headers: harPairs(response['headers'], `${at}/response/headers`),
      body: harBody(content, `${at}/response/content`),
      latencyMs: typeof latency === 'number' && latency >= 0 ? latency : 0,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Small pieces

function isoTime(time: Date | string | number): string {
  const date = time instanceof Date ? time : new Date(time);
  if (Number.isNaN(date.getTime())) throw new TypeError(`recording: receivedAt ${String(time)} is not a time`);
  return date.toISOString();
}

function pathAndQuery(url: string): string {
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** Headers as ordered lower-case pairs; a multi-valued header becomes one pair per value. */
export function headerPairs(headers: HeaderInput): [string, string][] {
  if (headers instanceof Headers) return [...headers].map(([name, value]) => [name.toLowerCase(), value]);
  if (Array.isArray(headers)) return headers.map(([name, value]): [string, string] => [name.toLowerCase(), value]);
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (value === undefined) continue;
    for (const one of typeof value === 'string' ? [value] : value) pairs.push([name.toLowerCase(), one]);
  }
  return pairs;
}

function utf8Text(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function recordingId(receivedAt: string, request: RecordedRequest): string {
  const hash = createHash('sha256');
  hash.update(`${receivedAt}\n${request.method} ${request.url}\n`);
  for (const [name, value] of request.headers) hash.update(`${name}: ${value}\n`);
  hash.update(request.body.sha256);
  return hash.digest('hex').slice(0, 16);
}
