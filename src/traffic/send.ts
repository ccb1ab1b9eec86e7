/**
 * `send`: one webhook delivery, framed and signed exactly as the platform does (`frameRequest`), sent once
 * (`sendOnce`) and judged as the platform judges it (`positiveFailure`, the words `replay` uses). The payload is
 * a named example of the event, that example with `--set` edits, or bytes given as they are.
 *
 * A repeat (`repeat: n`) is the platform's retry of the same delivery: the same body bytes and the same message
 * id (Standard Webhooks `webhook-id`), signed again at the time it is sent, so a scheme with a timestamp carries
 * a fresh one (Tencent `RequestTime`, `webhook-timestamp`, Slack). Platforms that document retries send the same
 * body again (Sendbird: "the same POST"; Standard Webhooks: the same id); none documents reusing an old
 * timestamp, and one that did would fall outside a receiver's freshness window on later retries.
 */
import { randomBytes } from 'node:crypto';
import {
  frameRequest,
  replyCut,
  sendOnce,
  judgeReply,
  type AttemptError,
  type FetchLike,
  type FramedRequest,
} from '../delivery/deliver.js';
import { maxReplyBytesOption, type ReplyCut } from '../delivery/reply.js';
import type { ValidationIssue } from '../model/ajv.js';
import { wrapBatch } from '../model/batch.js';
import { OptionError } from '../model/errors.js';
import type { Contract, EventContract, Example } from '../model/model.js';
import { didYouMean } from '../model/naming.js';
import { contractOf, toRuntime, type RuntimeContract } from '../model/runtime.js';
import { requireSecret } from '../signing/secrets.js';
import { positiveFailure } from '../testing/plan/cases.js';
import { applyEdits, type PayloadEdit } from './edits.js';
import { recordingFromRequest, type RecordedFailure, type Recording } from './recording.js';

export interface SendOptions {
  /** The receiver's URL. */
  to: string | URL;
  /** The event name, verbatim. */
  event: string;
  /** The example to send, by name (default: the event's first). */
  example?: string;
  /** Edits of the example (JSON pointers). */
  set?: readonly PayloadEdit[];
  /** Bytes to send instead of an example, signed exactly as given (never re-serialised). */
  body?: Uint8Array | string;
  /** The signing secret; without it the delivery goes unsigned. An empty secret is refused. */
  secret?: string;
  /** The app id where the contract carries one (Tencent `SdkAppid`). */
  appId?: string;
  /** Extra headers and query parameters (they win over the framed ones). */
  headers?: Record<string, string>;
  query?: Record<string, string>;
  /** Send the same delivery this many more times after the first, as the platform's retries (default 0). */
  repeat?: number;
  /** How long a reply may take (default: the contract's delivery timeout). */
  timeoutMs?: number;
  /** The most reply bytes read (default 1 MiB). */
  maxReplyBytes?: number;
  /** The signing clock (ms since epoch). */
  now?: () => number;
  /** The HTTP client (default node:http), or an in-process handler. */
  fetch?: FetchLike;
  signal?: AbortSignal;
}

/** The delivery made ready: the event, what its payload came from, and how to frame each send of it. */
export interface PreparedSend {
  event: EventContract;
  /** The example sent (absent for `body`). */
  example?: string;
  /** The body's bytes, the same on every send. */
  body: Uint8Array | string;
  /** Frame one send of the delivery, signed at `now()` (each repeat is framed again: a fresh timestamp). */
  frame(now?: () => number): FramedRequest;
}

/** One send and its reply. */
export interface SentDelivery {
  /** 1 for the first send, 2… for repeats. */
  attempt: number;
  /** When the send started (ISO time). */
  sentAt: string;
  request: FramedRequest;
  reply?: { status: number; headers: [string, string][]; body: string; cut?: ReplyCut };
  error?: AttemptError;
  errorMessage?: string;
  latencyMs: number;
  /** Whether the reply satisfies the event's reply schema (undefined when there is no reply or no schema). */
  replyValid?: boolean;
  replyIssues?: ValidationIssue[];
  /** Whether the platform counts this send delivered. */
  ok: boolean;
  /** Why it does not, in one line. */
  reason?: string;
}

export interface SendReport {
  event: string;
  kind: EventContract['kind'];
  example?: string;
  deliveries: SentDelivery[];
  /** Every send counted delivered. */
  ok: boolean;
}

/**
 * The event and example an argument names: `Event` or `Event/example` (an event whose own name holds a `/` is
 * found whole first). An unknown one is an OptionError listing what there is, with a did-you-mean.
 *
 * @example
 * resolveEventArg(tencent.contract, 'Group.CallbackBeforeSendMsg/text'); // { event, example: 'text' }
 */
export function resolveEventArg(contract: Contract, arg: string): { event: EventContract; example?: string } {
  const whole = contract.events.find((e) => e.name === arg);
  if (whole) return { event: whole };
  const slash = arg.lastIndexOf('/');
  const name = slash < 0 ? arg : arg.slice(0, slash);
  const event = contract.events.find((e) => e.name === name);
  if (!event) {
    const names = contract.events.map((e) => e.name);
    throw new OptionError(
      `"${name}" is not an event of ${contract.title}.${didYouMean(name, names)} Events: ${names.join(', ')}.`,
    );
  }
  return slash < 0 ? { event } : { event, example: arg.slice(slash + 1) };
}

/**
 * An example of an event by name (default the first); an unknown name is an OptionError listing the examples.
 *
 * @example
 * exampleNamed(event, 'image').payload; // the example named image
 * exampleNamed(event, undefined).name;  // the event's first example
 */
export function exampleNamed(event: EventContract, name: string | undefined): Example {
  const names = event.examples.map((e) => e.name);
  if (names.length === 0)
    throw new OptionError(`${event.name} has no examples in the spec; send bytes of your own with --body FILE.`);
  const found = name === undefined ? event.examples[0] : event.examples.find((e) => e.name === name);
  if (!found)
    throw new OptionError(
      `${event.name} has no example "${name}".${didYouMean(name!, names)} Examples: ${names.join(', ')}.`,
    );
  return found;
}

/** A message id for schemes that send one, kept by every repeat. */
const messageId = (): string => `msg_${randomBytes(12).toString('base64url')}`;

/**
 * Resolve the event, the payload and the signing once; nothing is sent. Bad input (an unknown event or example,
 * a bad `set` pointer, `body` with `example` or `set`, an empty secret) throws an OptionError.
 *
 * @example
 * const prepared = prepareSend(tencent, { to: 'http://127.0.0.1:8080/im', event: 'Group.CallbackBeforeSendMsg', secret });
 * prepared.frame().url; // '…?CallbackCommand=Group.CallbackBeforeSendMsg&Sign=…&RequestTime=…'
 */
export function prepareSend(source: Contract | RuntimeContract, options: SendOptions): PreparedSend {
  const contract = contractOf(source);
  const { event, example: fromArg } = resolveEventArg(contract, options.event);
  const exampleName = options.example ?? fromArg;
  if (options.secret !== undefined) requireSecret(options.secret, 'send: the secret');
  if (options.body !== undefined && (exampleName !== undefined || options.set?.length))
    throw new OptionError(
      'send: a body given as bytes is sent as it is; leave out the example name and the --set edits.',
    );
  let body: Uint8Array | string;
  let example: string | undefined;
  if (options.body !== undefined) body = options.body;
  else {
    const chosen = exampleNamed(event, exampleName);
    example = chosen.name;
    // A batch contract (LINE) delivers events inside its envelope: the example (edited) as the only item.
    body = JSON.stringify(wrapBatch(contract, [applyEdits(chosen.payload, options.set ?? [])]));
  }
  const id = messageId();
  const frame = (now: () => number = options.now ?? Date.now): FramedRequest =>
    frameRequest(
      contract,
      {
        url: options.to,
        event: event.name,
        rawBody: body,
        signatureId: id,
        ...(options.secret !== undefined ? { secret: options.secret } : {}),
        ...(options.appId !== undefined ? { appId: options.appId } : {}),
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.query ? { query: options.query } : {}),
      },
      now,
    );
  return { event, ...(example !== undefined ? { example } : {}), body, frame };
}

/**
 * Send one delivery (and its repeats), each judged as the platform judges it.
 *
 * @example
 * const report = await sendWebhook(tencent, { to: 'http://127.0.0.1:8080/im', event: 'Group.CallbackBeforeSendMsg/text', secret });
 * report.ok; // false when the platform would count the delivery failed
 * report.deliveries[0].reason; // 'answered 500; the platform accepts only 200 …'
 */
export async function sendWebhook(source: Contract | RuntimeContract, options: SendOptions): Promise<SendReport> {
  const runtime = toRuntime(source);
  const { contract } = runtime;
  const repeat = options.repeat ?? 0;
  if (!Number.isSafeInteger(repeat) || repeat < 0)
    throw new OptionError(`send: repeat must be a whole number of sends (0 or more), got ${String(repeat)}.`);
  const prepared = prepareSend(runtime, options);
  const judging = {
    source: runtime,
    policy: contract.delivery,
    timeoutMs: options.timeoutMs ?? contract.delivery.timeoutMs,
    maxReplyBytes: maxReplyBytesOption(options.maxReplyBytes, 'send'),
  };
  const deliveries: SentDelivery[] = [];
  for (let attempt = 1; attempt <= 1 + repeat; attempt++) {
    const request = prepared.frame();
    const sentAt = new Date().toISOString();
    const r = await sendOnce(request, {
      timeoutMs: judging.timeoutMs,
      maxReplyBytes: judging.maxReplyBytes,
      signal: options.signal,
      fetch: options.fetch,
    });
    const delivery: SentDelivery = { attempt, sentAt, request, latencyMs: r.latencyMs, ok: false };
    if (r.error) Object.assign(delivery, { error: r.error, errorMessage: r.errorMessage ?? r.error });
    if (r.status !== undefined) {
      const cut = replyCut(r);
      delivery.reply = { status: r.status, headers: r.headers ?? [], body: r.text ?? '', ...(cut ? { cut } : {}) };
      const judged = judgeReply(
        runtime,
        prepared.event,
        r.status,
        r.text ?? '',
        contract.delivery,
        cut && { how: cut, maxReplyBytes: judging.maxReplyBytes },
      );
      if (judged.replyValid !== undefined) delivery.replyValid = judged.replyValid;
      if (judged.replyIssues) delivery.replyIssues = judged.replyIssues;
    }
    const reason = positiveFailure(judging, prepared.event, r);
    delivery.ok = reason === undefined;
    if (reason) delivery.reason = reason;
    deliveries.push(delivery);
  }
  return {
    event: prepared.event.name,
    kind: prepared.event.kind,
    ...(prepared.example !== undefined ? { example: prepared.example } : {}),
    deliveries,
    ok: deliveries.every((d) => d.ok),
  };
}

/** A send's failure as a recording names it: a refused connection apart from other network errors. */
function recordedFailure(d: SentDelivery): RecordedFailure | undefined {
  if (!d.error) return undefined;
  const message = d.errorMessage ?? d.error;
  if (d.error === 'timeout') return { kind: 'timeout', message };
  return { kind: d.errorMessage === 'ECONNREFUSED' ? 'refused' : 'network', message };
}

/**
 * One send as a recording (`source: 'send'`): the request's exact bytes, path, query and headers as framed, and
 * the reply or why there was none. The secret is not in it (signature values are: they are not secrets).
 *
 * @example
 * for (const d of report.deliveries) await writeRecording('recordings', sentRecording(contract, report, d));
 */
export function sentRecording(contract: Contract, report: SendReport, d: SentDelivery): Recording {
  const failure = recordedFailure(d);
  return recordingFromRequest({
    method: d.request.method,
    url: d.request.url,
    headers: Object.entries(d.request.headers),
    body: d.request.bytes ?? d.request.body,
    receivedAt: d.sentAt,
    source: 'send',
    spec: contract.id,
    event: report.event,
    ...(d.reply
      ? { reply: { status: d.reply.status, headers: d.reply.headers, body: d.reply.body, latencyMs: d.latencyMs } }
      : {}),
    ...(failure ? { failure } : {}),
  });
}
