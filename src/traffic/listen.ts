/**
 * `startListener`: an endpoint the platform (or the user's tunnel) is pointed at during development. Each
 * delivery is read with a bound, inspected (signature with the real secret, event, payload: drift marks), passed
 * on byte for byte to the local receiver, and the local reply relayed back — before-events depend on it — with
 * the platform's timeout applied. When the local receiver is down or too slow the platform gets a status its
 * policy counts as failed, so it retries as it would in production. Every delivery is reported once, answered or
 * not, to `onDelivery` (the CLI's live line, recordings).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { DEFAULT_MAX_REPLY_BYTES, maxReplyBytesOption } from '../delivery/reply.js';
import { OptionError } from '../model/errors.js';
import type { Contract } from '../model/model.js';
import { precompile, toRuntime, type RuntimeContract } from '../model/runtime.js';
import { InFlight } from '../mock/in-flight.js';
import {
  applySocketTimeouts,
  listenTracked,
  serverTimeouts,
  timeoutServerOptions,
  type ServerTimeouts,
} from '../mock/server-timeouts.js';
import { http } from '../node-http.js';
import { DEFAULT_MAX_BODY_BYTES } from '../receiver/create-core.js';
import { schemeModule } from '../signing/registry.js';
import { requireSecrets } from '../signing/secrets.js';
import { Exchange, type ExchangeContext, type ListenDelivery } from './exchange.js';
import { Forwarder } from './forward.js';
import { inspector } from './inspect.js';
import { listenRecording, Recorder, type RecorderOptions } from './recorder.js';

export type { HeaderList, ListenDelivery, ListenFailure, ListenReply } from './exchange.js';

export interface ListenOptions extends Partial<ServerTimeouts> {
  /** The local receiver: its origin (the path received is kept) or a full URL (every delivery goes to its path). */
  forwardTo: string | URL;
  /** Port to listen on (default 0: any free port). */
  port?: number;
  /** Interface (default 127.0.0.1). Beyond loopback anyone who reaches the port reaches the local receiver. */
  host?: string;
  /** The platform's signing secret; several during a rotation. Without one signatures are not checked. */
  secret?: string | readonly string[];
  /**
   * Answer 401 to a delivery whose signature fails, instead of forwarding it marked (needs `secret`). By default
   * it is forwarded: the local receiver checks signatures itself, and the point is to see what the platform sent.
   */
  rejectUnsigned?: boolean;
  /** How long the local receiver may take, in ms (default: the contract's `delivery.timeoutMs`, the platform's). */
  timeoutMs?: number;
  /** Largest delivery body accepted, in bytes (default 1 MiB); larger ones get 413 and are reported as refused. */
  maxBodyBytes?: number;
  /** Largest local reply relayed, in bytes (default 1 MiB); a longer one is not relayed: the platform gets 502. */
  maxReplyBytes?: number;
  /** How long `close()` lets in-flight deliveries finish before dropping them (default 5 000 ms). */
  shutdownTimeoutMs?: number;
  /**
   * Save every delivery (forwarded, failed or refused) as a recording file in `record.dir` (`format` json or har;
   * `redact`: signature values replaced). Secrets are never written.
   */
  record?: RecorderOptions;
  /** Called once per delivery, after its answer went out (and its recording was written); `close()` waits for what it returns. */
  onDelivery?: (delivery: ListenDelivery) => void | Promise<void>;
  /** The clock (ms since epoch) for signature windows and `receivedAt`. */
  now?: () => number;
}

export interface Listener {
  /** Where to point the platform or the tunnel, e.g. `http://127.0.0.1:4020`. */
  url: string;
  port: number;
  /** The local receiver deliveries go to. */
  forwardTo: string;
  /** Whether the listener is bound to loopback only. */
  loopback: boolean;
  /** The timeout applied to the local receiver, in ms. */
  timeoutMs: number;
  /** Deliveries reported so far. */
  readonly count: number;
  /**
   * Stop accepting, let in-flight deliveries finish (up to `timeoutMs`, default `shutdownTimeoutMs`), wait for
   * every `onDelivery` (recordings flushed), then close the connections to the local receiver.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

const DEFAULT_SHUTDOWN_MS = 5_000;

/**
 * Whether an address is a loopback one (the listener then warns about nothing).
 *
 * @example
 * isLoopback('127.0.0.1'); // true
 * isLoopback('0.0.0.0');   // false: every interface
 */
export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || address === 'localhost' || /^::ffff:127\./.test(address);
}

function forwardUrl(value: string | URL): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionError(
      `listen: forwardTo "${String(value)}" is not a URL; give the local receiver as http://127.0.0.1:3000/webhook.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OptionError(`listen: forwardTo must be an http: or https: URL, got ${url.protocol}.`);
  return url;
}

function positiveMs(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 2 ** 31 - 1)
    throw new OptionError(
      `listen: ${name} must be an integer number of milliseconds from 1 to ${2 ** 31 - 1}, got ${String(value)}.`,
    );
  return value;
}

function byteBound(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new OptionError(`listen: ${name} must be a positive whole number of bytes, got ${String(value)}.`);
  return value;
}

/**
 * Start a listener for one contract.
 *
 * @example
 * import * as tencent from 'chathooks/generated/tencent-chat';
 * const listener = await startListener(tencent, {
 *   forwardTo: 'http://127.0.0.1:3000/im',
 *   secret: process.env.TENCENT_CALLBACK_TOKEN,
 *   onDelivery: (d) => console.log(d.event, d.reply?.status, d.marks),
 * });
 * // point the tunnel at listener.url; later:
 * await listener.close();
 */
export async function startListener(source: Contract | RuntimeContract, options: ListenOptions): Promise<Listener> {
  // Validators compiled now (a plain Contract's): no delivery waits for a compile before it is forwarded.
  const runtime = precompile(toRuntime(source));
  const { contract } = runtime;
  const target = forwardUrl(options.forwardTo);
  const secrets =
    options.secret === undefined ? [] : typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (options.secret !== undefined) requireSecrets(secrets, 'listen: `secret`');
  if (options.rejectUnsigned && secrets.length === 0)
    throw new OptionError(
      'listen: rejectUnsigned needs the signing secret (`secret`, --secret) to check signatures with.',
    );
  if (options.rejectUnsigned && !schemeModule(contract.signature).signs)
    throw new OptionError(
      `listen: rejectUnsigned has nothing to check: ${contract.title} signs nothing (scheme ${contract.signature.scheme}).`,
    );
  const now = options.now ?? Date.now;
  const timeoutMs = positiveMs('timeoutMs', options.timeoutMs, contract.delivery.timeoutMs);
  const maxBodyBytes = byteBound('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
  const maxReplyBytes = maxReplyBytesOption(options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES, 'listen');
  const shutdownMs = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_MS;
  if (!Number.isInteger(shutdownMs) || shutdownMs < 0)
    throw new OptionError(`listen: shutdownTimeoutMs must be a whole number of ms, got ${String(shutdownMs)}.`);
  const timeouts = serverTimeouts(options);
  const forwarder = new Forwarder(target, { timeoutMs, maxReplyBytes });
  const inFlight = new InFlight();
  /** Exchanges not yet reported: closing waits for them (in-flight forwards, recordings being written). */
  const open = new Set<Promise<void>>();
  const recorder = options.record ? await Recorder.open([contract], options.record, secrets) : undefined;
  const report = async (delivery: ListenDelivery): Promise<void> => {
    if (recorder) {
      const { file, error } = await recorder.write(listenRecording(delivery));
      if (file) delivery.file = file;
      if (error) delivery.recordError = error;
    }
    await options.onDelivery?.(delivery);
  };
  const context: ExchangeContext = {
    runtime,
    inspect: inspector(runtime, { secrets, now, secretOption: 'listen: `secret`' }),
    forwarder,
    maxBodyBytes,
    rejectUnsigned: options.rejectUnsigned === true,
    now,
    report,
  };
  let seq = 0;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    inFlight.track(res);
    const exchange = new Exchange(context, req, res, ++seq);
    open.add(exchange.done);
    void exchange.done.then(() => open.delete(exchange.done));
    exchange.start();
  };

  const server = http.createServer(timeoutServerOptions(timeouts), handle);
  applySocketTimeouts(server, timeouts);
  const {
    sockets,
    address: { port, address },
  } = await listenTracked(server, options);
  if (forwardsToItself(target, port)) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    forwarder.close();
    throw new OptionError(
      `listen: --forward-to ${target.href} is this listener itself (port ${port}); give the local receiver's port.`,
    );
  }
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;

  const close = closer({ server, sockets, inFlight, forwarder, open, shutdownMs });
  return {
    url,
    port,
    forwardTo: target.href,
    loopback: isLoopback(address),
    timeoutMs,
    get count() {
      return seq;
    },
    close,
  };
}

/** What closing a listener stops and waits for. */
interface Closing {
  server: Server;
  sockets: Set<Socket>;
  inFlight: InFlight;
  forwarder: Forwarder;
  /** Exchanges not yet reported. */
  open: Set<Promise<void>>;
  shutdownMs: number;
}

/**
 * The listener's `close`: stop accepting, let in-flight deliveries finish up to the deadline (a second call with a
 * shorter one — a second Ctrl-C — cuts the wait), then drop what is left, cut its forwards, and wait until every
 * delivery is reported (its recording written).
 */
function closer(parts: Closing): Listener['close'] {
  const { server, sockets, inFlight, forwarder, open, shutdownMs } = parts;
  let closing: Promise<void> | undefined;
  let closed = false;
  let cut: () => void = () => undefined;
  const deadlines: NodeJS.Timeout[] = [];
  return ({ timeoutMs: limit = shutdownMs } = {}) => {
    if (closed) return closing!;
    deadlines.push(setTimeout(() => cut(), limit));
    if (closing) return closing;
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    const late = new Promise<void>((resolve) => (cut = resolve));
    closing = Promise.race([inFlight.drain(), late]).then(async () => {
      for (const timer of deadlines) clearTimeout(timer);
      // What is left: deliveries past the deadline, connections that never sent a whole request; their forwards
      // are cut too (closing the agent fails them), so they report at once.
      for (const s of sockets) s.destroy();
      forwarder.close();
      await serverClosed;
      // Every delivery is reported, and every report (a recording being written) is done.
      while (open.size) await Promise.all([...open]);
      closed = true;
    });
    return closing;
  };
}

/** Whether the target is this listener's own port on a local address (a loop that would never end). */
function forwardsToItself(target: URL, port: number): boolean {
  const targetPort = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  return targetPort === port && (isLoopback(host) || host === '0.0.0.0' || host === '::');
}
