/**
 * One delivery through `listen`: read the body within its bound, inspect it, refuse it (too large; a failed
 * signature under `rejectUnsigned`) or forward it, relay the local reply or answer the failure status, and
 * report the delivery once whatever happened. The listener (listen.ts) owns the server; this owns one exchange.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { judgeReply } from '../delivery/deliver.js';
import type { ValidationIssue } from '../model/ajv.js';
import type { EventKind } from '../model/model.js';
import type { RuntimeContract } from '../model/runtime.js';
import { answerAndClose, readNodeBodyThen } from '../receiver/body.js';
import { problemResponse } from '../receiver/core.js';
import { WebhookRequestError } from '../receiver/errors.js';
import { failureStatus } from './failure-status.js';
import { type Forwarder, forwardHeaders, type ForwardOutcome } from './forward.js';
import type { DriftMark, Inspected, Inspection } from './inspect.js';

/** A header list as node's `rawHeaders` has it: name, value, name, value…, in the order received. */
export type HeaderList = string[];

/** An HTTP message as it travelled: the status (replies), headers in order, the exact body bytes. */
export interface ListenReply {
  status: number;
  headers: HeaderList;
  body: Buffer;
  /** From arrival at listen to the answer (relayed: the local receiver's time, forwarding included). */
  latencyMs: number;
}

/** Why the platform did not get the local receiver's reply. */
export interface ListenFailure {
  kind: 'timeout' | 'network' | 'refused' | 'forward-failed';
  /** The status the platform got instead (none when nothing could be answered). */
  status?: number;
  message: string;
}

/** One delivery as `listen` saw it, answered or not. */
export interface ListenDelivery {
  /** 1 for the first delivery of this listener. */
  seq: number;
  /** ISO time the request arrived. */
  receivedAt: string;
  /** The contract id. */
  spec: string;
  /** The event name the spec's discriminator reads (null: none readable). */
  event: string | null;
  kind: EventKind | 'unknown';
  request: { method: string; target: string; headers: HeaderList; body: Buffer };
  /** The signature check, when a secret was given and the scheme signs. */
  signature?: { valid: boolean; problem?: string };
  /** What the spec does not describe: shown on the live line. */
  marks: DriftMark[];
  /** Whether the request was passed on to the local receiver. */
  forwarded: boolean;
  /** What the platform was answered: the local reply relayed, or listen's own failure answer. */
  reply?: ListenReply;
  /** The local reply judged as the platform would (status per its policy, body against the event's reply schema). */
  verdict?: { ok: boolean; replyValid?: boolean; replyIssues?: ValidationIssue[] };
  failure?: ListenFailure;
  /** The platform closed the connection before the answer went out (it gave up waiting). */
  abandoned?: boolean;
  /** The recording written for it (`record`). */
  file?: string;
  /** Why it was not recorded (`not recorded: …`; the delivery itself went through). */
  recordError?: string;
}

/** What every exchange of one listener shares. */
export interface ExchangeContext {
  runtime: RuntimeContract;
  inspect: (request: Inspected) => Inspection;
  forwarder: Forwarder;
  maxBodyBytes: number;
  rejectUnsigned: boolean;
  now: () => number;
  /** Called once per delivery, when its answer went out (or could not); `done` waits for what it returns. */
  report: (delivery: ListenDelivery) => void | Promise<void>;
}

/** Header names (lower case) and values, in the order received. */
function lowerHeaders(raw: readonly string[]): HeaderList {
  const out: HeaderList = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push(raw[i]!.toLowerCase(), raw[i + 1]!);
  return out;
}

/** The headers as they went out: the relayed or own ones, then the content-length listen sets. */
function withLength(headers: readonly string[], body: Buffer): HeaderList {
  return [...headers, 'content-length', String(body.byteLength)];
}

/** A JSON answer of listen's own (a failure, a refusal). */
function ownAnswer(status: number, error: string, message: string): Omit<ListenReply, 'latencyMs'> {
  const body = Buffer.from(JSON.stringify({ error, message }));
  return { status, headers: ['content-type', 'application/json; charset=utf-8'], body };
}

/** The `error` field of listen's own answer when the local receiver gave none. */
const FAILURE_NAMES = {
  timeout: 'local-receiver-timeout',
  network: 'local-receiver-down',
  'reply-too-large': 'local-reply-too-large',
} as const;

/**
 * One delivery's exchange; `start()` runs it to the end and reports it.
 *
 * @example
 * server.on('request', (req, res) => new Exchange(context, req, res, ++seq).start());
 */
export class Exchange {
  readonly delivery: ListenDelivery;
  /** Settles once the delivery is reported and its report (a recording) is done, whatever happened. */
  readonly done: Promise<void>;
  readonly #arrived = performance.now();
  #abandoned = false;
  #seen: Inspection | undefined;
  #reported = false;
  #settle: () => void = () => undefined;

  constructor(
    readonly context: ExchangeContext,
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    seq: number,
  ) {
    const { runtime, now } = context;
    this.delivery = {
      seq,
      receivedAt: new Date(now()).toISOString(),
      spec: runtime.contract.id,
      event: null,
      kind: 'unknown',
      request: {
        method: req.method ?? 'GET',
        target: req.url ?? '/',
        headers: lowerHeaders(req.rawHeaders),
        body: Buffer.alloc(0),
      },
      marks: [],
      forwarded: false,
    };
    res.once('close', () => {
      if (!res.writableFinished) this.#abandoned = true;
    });
    this.done = new Promise<void>((resolve) => (this.#settle = resolve));
  }

  start(): void {
    readNodeBodyThen(this.req, this.context.maxBodyBytes, (error, raw) => {
      if (error instanceof WebhookRequestError) this.#refuseTooLarge(error);
      else if (error) this.#brokeOff(error);
      else this.#received(Buffer.isBuffer(raw) ? raw : Buffer.from(raw!));
    });
  }

  #received(body: Buffer): void {
    const { delivery, req, context } = this;
    delivery.request.body = body;
    // Refusing unsigned deliveries needs the check first; otherwise the delivery leaves at once and is inspected
    // once its answer went out (#finish), so the checks never stand between the local reply and the platform.
    if (context.rejectUnsigned) {
      const seen = this.#inspected();
      if (seen.signature && !seen.signature.valid) {
        const message = `signature failed: ${seen.signature.problem ?? 'no match'}; not forwarded (--reject-unsigned)`;
        this.#answerOwn({ kind: 'refused', status: 401, message }, ownAnswer(401, 'signature', message));
        return;
      }
    }
    // The forward has its own timeout (the platform's): the idle timer must not cut a slow local receiver short.
    req.socket.setTimeout(0);
    delivery.forwarded = true;
    const headers = forwardHeaders(req.rawHeaders, req.headers, {
      remoteAddress: req.socket.remoteAddress,
      host: req.headers.host,
    });
    const { forwarder } = context;
    const forwarded = forwarder.send(delivery.request.method, forwarder.path(delivery.request.target), headers, body);
    void forwarded.then((outcome) => this.#relay(outcome)).catch((error: unknown) => this.#relayFailed(error));
  }

  /** The delivery inspected (once), what was found noted on it. */
  #inspected(): Inspection {
    this.#seen ??= this.#inspect(this.delivery.request.body);
    return this.#seen;
  }

  #inspect(body: Buffer): Inspection {
    const { delivery, req } = this;
    const seen = this.context.inspect({
      method: delivery.request.method,
      target: delivery.request.target,
      header: (name) => {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      body,
    });
    delivery.event = seen.event;
    delivery.kind = seen.known?.kind ?? 'unknown';
    delivery.marks = seen.marks;
    if (seen.signature) delivery.signature = seen.signature;
    return seen;
  }

  /** Over the bound: refused unread, and the connection closed (the rest is never read). */
  #refuseTooLarge(error: WebhookRequestError): void {
    const declared = this.req.headers['content-length'];
    this.delivery.failure = {
      kind: 'refused',
      status: error.status,
      message: `body over ${this.context.maxBodyBytes} bytes${declared ? ` (content-length ${declared})` : ''}: refused unread, not forwarded`,
    };
    const refusal = problemResponse(error);
    answerAndClose(this.req, this.res, refusal.status, refusal.headers, refusal.body);
    this.delivery.reply = {
      status: refusal.status,
      headers: Object.entries(refusal.headers).flat(),
      body: Buffer.from(refusal.body),
      latencyMs: performance.now() - this.#arrived,
    };
    this.#finish();
  }

  /** The request ended before its body did: nothing to forward, nobody to answer. */
  #brokeOff(error: Error): void {
    this.delivery.failure = {
      kind: 'network',
      message: `the request broke off before its body arrived: ${error.message}`,
    };
    this.res.destroy();
    this.#finish();
  }

  #relay(outcome: ForwardOutcome): void {
    if ('error' in outcome) {
      const status = failureStatus(
        outcome.error === 'timeout' ? 'timeout' : 'network',
        this.context.runtime.contract.delivery,
      );
      const kind = outcome.error === 'reply-too-large' ? 'forward-failed' : outcome.error;
      const answer = ownAnswer(status, FAILURE_NAMES[outcome.error], outcome.message);
      this.#answerOwn({ kind, status, message: outcome.message }, answer);
      return;
    }
    const { reply } = outcome;
    // The local receiver's own Date goes back as it came; node adds none of its own.
    this.res.sendDate = !reply.headers.some((h, i) => i % 2 === 0 && h.toLowerCase() === 'date');
    this.#write(reply.status, reply.headers, reply.body);
    this.delivery.reply = {
      status: reply.status,
      headers: withLength(lowerHeaders(reply.headers), reply.body),
      body: reply.body,
      latencyMs: outcome.latencyMs,
    };
    // Inspected and judged after the answer went out: the platform never waits for either.
    this.delivery.verdict = verdictOf(this.context.runtime, this.#inspected(), reply.status, reply.body);
    this.#finish();
  }

  /** Relaying threw (a reply node will not write): the platform gets 502 if nothing went out yet; reported once. */
  #relayFailed(error: unknown): void {
    if (this.#reported) return;
    const message = `the local reply could not be relayed: ${(error as Error).message}`;
    if (this.res.headersSent) {
      this.res.destroy();
      this.delivery.failure = { kind: 'forward-failed', message };
      this.#finish();
      return;
    }
    this.#answerOwn(
      { kind: 'forward-failed', status: 502, message },
      ownAnswer(502, 'local-reply-unrelayable', message),
    );
  }

  /** Answer with listen's own status and body, and report why. */
  #answerOwn(failure: ListenFailure, answer: Omit<ListenReply, 'latencyMs'>): void {
    this.delivery.failure = failure;
    this.delivery.reply = {
      ...answer,
      headers: withLength(answer.headers, answer.body),
      latencyMs: performance.now() - this.#arrived,
    };
    this.#write(answer.status, answer.headers, answer.body);
    this.#finish();
  }

  #write(status: number, headers: readonly string[], body: Buffer): void {
    const { res } = this;
    if (res.destroyed) return;
    // While closing, InFlight asks for `connection: close` with setHeader; writeHead with a header list would then
    // fold repeated headers (two Set-Cookie into one). Ask node to close the connection another way instead.
    if (res.hasHeader('connection')) {
      res.removeHeader('connection');
      res.shouldKeepAlive = false;
    }
    res.writeHead(status, [...headers, 'content-length', String(body.byteLength)]);
    res.end(body);
  }

  #finish(): void {
    if (this.#reported) return;
    this.#reported = true;
    // Everything that got a body is inspected for its report, after its answer went out.
    if (this.delivery.forwarded) this.#inspected();
    if (this.#abandoned) this.delivery.abandoned = true;
    const settle = this.#settle;
    try {
      Promise.resolve(this.context.report(this.delivery)).then(settle, settle);
    } catch {
      settle();
    }
  }
}

/** The local reply judged as the platform would: its status per the policy, its body against the reply schema. */
function verdictOf(
  runtime: RuntimeContract,
  seen: Inspection,
  status: number,
  body: Buffer,
): NonNullable<ListenDelivery['verdict']> {
  const judged = judgeReply(runtime, seen.known, status, body.toString('utf8'), runtime.contract.delivery);
  const verdict: NonNullable<ListenDelivery['verdict']> = { ok: judged.ok };
  if (judged.replyValid !== undefined) verdict.replyValid = judged.replyValid;
  if (judged.replyIssues) verdict.replyIssues = judged.replyIssues;
  return verdict;
}
