/**
 * The proxy half of `listen`: send a received delivery on to the local receiver byte for byte — body, headers
 * (minus hop-by-hop ones and Host, plus X-Forwarded-*), query — over a keep-alive agent, and read its reply with a
 * bound in bytes and the platform's timeout. Never throws: every failure is an outcome the listener turns into
 * the status the platform counts as failed.
 */
import type { Agent, ClientRequest, IncomingHttpHeaders } from 'node:http';
import { http, https } from '../node-http.js';
import { announcedLength, BoundedBody, describeCut } from '../delivery/reply.js';
import { HOP_BY_HOP_HEADERS } from '../model/hop-by-hop.js';

/**
 * Headers that belong to one connection, not to the message (RFC 9110 §7.6.1, plus the de-facto Keep-Alive and
 * Proxy-Connection): a proxy never passes them on. `expect` too: the 100-continue exchange happened with listen.
 */
const HOP_BY_HOP = new Set([...HOP_BY_HOP_HEADERS, 'expect']);

/** A header list as node's `rawHeaders` has it: name, value, name, value…, in the order received. */
export type RawHeaders = readonly string[];

/**
 * The headers to pass on: every one but the hop-by-hop ones (and those the Connection header names), Host and
 * content-length (set from the bytes sent) — names as received, order kept.
 *
 * @example
 * endToEnd(req.rawHeaders, req.headers.connection); // ['Content-Type', 'application/json', 'X-Sendbird-Signature', '…']
 */
export function endToEnd(raw: RawHeaders, connection: string | undefined, drop: readonly string[] = []): string[] {
  const named = connection ? connection.split(',').map((n) => n.trim().toLowerCase()) : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (HOP_BY_HOP.has(name) || name === 'content-length' || named.includes(name) || drop.includes(name)) continue;
    out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

/** Where a delivery came from, for the X-Forwarded-* headers. */
export interface ForwardedFrom {
  /** The peer's address (the platform, or the tunnel in front of listen). */
  remoteAddress: string | undefined;
  /** The Host the delivery was sent to. */
  host: string | undefined;
}

/**
 * The request headers for the local receiver: the end-to-end ones, then `X-Forwarded-For` with the peer appended,
 * and `X-Forwarded-Proto`/`-Host` unless a tunnel in front already set them (it knows the public ones).
 *
 * @example
 * forwardHeaders(req.rawHeaders, req.headers, { remoteAddress: '203.0.113.7', host: 'abc.ngrok.app' });
 */
export function forwardHeaders(raw: RawHeaders, parsed: IncomingHttpHeaders, from: ForwardedFrom): string[] {
  const out = endToEnd(raw, parsed.connection, ['host', 'x-forwarded-for']);
  const forwardedFor = parsed['x-forwarded-for'];
  const chain = [forwardedFor, from.remoteAddress].filter((v): v is string => typeof v === 'string' && v !== '');
  if (chain.length) out.push('X-Forwarded-For', chain.join(', '));
  if (parsed['x-forwarded-proto'] === undefined) out.push('X-Forwarded-Proto', 'http');
  if (parsed['x-forwarded-host'] === undefined && from.host) out.push('X-Forwarded-Host', from.host);
  return out;
}

/** What the local receiver answered, as it came (its end-to-end headers, the body's exact bytes). */
export interface ForwardReply {
  status: number;
  headers: string[];
  body: Buffer;
}

/** Why there is no reply to relay. */
export type ForwardError = 'timeout' | 'network' | 'reply-too-large';

export type ForwardOutcome =
  | { reply: ForwardReply; latencyMs: number }
  | { error: ForwardError; message: string; latencyMs: number; status?: number };

export interface ForwarderOptions {
  /** Real ms to wait for the whole reply (the platform's delivery timeout). */
  timeoutMs: number;
  /** Reply bytes relayed at most; a longer reply is not relayed (a cut reply would be a lie). */
  maxReplyBytes: number;
}

/**
 * Idle sockets close after 4 s, before common servers' 5 s keep-alive timeout (as the delivery transport does); no
 * Nagle delay: a relayed request must not wait for an ACK.
 */
const AGENT_OPTIONS = { keepAlive: true, timeout: 4000, scheduling: 'lifo' as const, noDelay: true };

/**
 * Sends deliveries to one local receiver over its own keep-alive agent (closed with the listener).
 *
 * @example
 * const forwarder = new Forwarder(new URL('http://127.0.0.1:3000/webhook'), { timeoutMs: 2000, maxReplyBytes: 1 << 20 });
 * const outcome = await forwarder.send('POST', '/webhook?SdkAppid=1', headers, body);
 */
export class Forwarder {
  readonly #agent: Agent;
  readonly #host: string;
  readonly #port: number;
  readonly #request: typeof http.request;

  constructor(
    readonly target: URL,
    readonly options: ForwarderOptions,
  ) {
    const secure = target.protocol === 'https:';
    const module = secure ? https() : http;
    this.#agent = new module.Agent(AGENT_OPTIONS);
    this.#request = module.request;
    this.#host = target.hostname.replace(/^\[|\]$/g, '');
    this.#port = Number(target.port || (secure ? 443 : 80));
  }

  /**
   * The request target on the local receiver: `--forward-to`'s path when it has one (else the path received),
   * then its own query, then the query received, unchanged.
   */
  path(received: string): string {
    const q = received.indexOf('?');
    const receivedPath = q < 0 ? received : received.slice(0, q);
    const receivedQuery = q < 0 ? '' : received.slice(q + 1);
    const path = this.target.pathname === '/' ? receivedPath : this.target.pathname;
    const own = this.target.search.slice(1);
    const query = [own, receivedQuery].filter((part) => part !== '').join('&');
    return query === '' ? path : `${path}?${query}`;
  }

  /** Send one request and read the reply; every failure is an outcome. */
  send(method: string, path: string, headers: string[], body: Buffer): Promise<ForwardOutcome> {
    const started = performance.now();
    const { timeoutMs, maxReplyBytes } = this.options;
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: ForwardOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const fail = (error: ForwardError, message: string, status?: number): void =>
        finish({
          error,
          message,
          latencyMs: performance.now() - started,
          ...(status !== undefined ? { status } : {}),
        });
      let req: ClientRequest;
      try {
        req = this.#request({
          host: this.#host,
          port: this.#port,
          method,
          path,
          agent: this.#agent,
          // node adds no Host of its own to a header list: the local receiver's, as a proxy sends it.
          headers: ['Host', this.target.host, ...headers, 'Content-Length', String(body.byteLength)],
        });
      } catch (error) {
        // A method or header node will not send (it checks them before any I/O): a failed forward, not a crash.
        fail('network', `the request could not be forwarded: ${(error as Error).message}`);
        return;
      }
      timer = setTimeout(() => {
        fail('timeout', `the local receiver did not answer within ${timeoutMs} ms`);
        req.destroy();
      }, timeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) =>
        fail('network', `the local receiver could not be reached: ${error.code ?? error.message}`),
      );
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const announced = announcedLength(res.headers['content-length']);
        const tooLarge = (seen: number): void => {
          const cut = { truncated: true as const, replyBytesSeen: seen };
          const how = announced !== undefined ? { ...cut, replyBytesAnnounced: announced } : cut;
          fail('reply-too-large', `the local reply was not relayed: ${describeCut(how, maxReplyBytes)}`, status);
          res.destroy();
          req.destroy();
        };
        if (announced !== undefined && announced > maxReplyBytes) return tooLarge(0);
        const collected = new BoundedBody(maxReplyBytes);
        res.on('data', (chunk: Buffer) => {
          if (!collected.add(chunk)) tooLarge(collected.seen);
        });
        res.on('error', (error: NodeJS.ErrnoException) =>
          fail('network', `the local receiver's reply broke off: ${error.code ?? error.message}`),
        );
        res.on('aborted', () => fail('network', "the local receiver's reply broke off: ECONNRESET"));
        res.on('end', () =>
          finish({
            reply: { status, headers: endToEnd(res.rawHeaders, res.headers.connection), body: collected.bytes() },
            latencyMs: performance.now() - started,
          }),
        );
      });
      req.end(body);
    });
  }

  /** Close the agent's kept-alive sockets. */
  close(): void {
    this.#agent.destroy();
  }
}
