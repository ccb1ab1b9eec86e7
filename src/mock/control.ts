/**
 * Who may use the mock's control endpoints (`/__chathooks/deliveries`: recorded payloads and signatures, and a
 * reset). On a loopback binding the Host header must name loopback, so a web page cannot read them through
 * DNS rebinding; beyond loopback they need a bearer token, or are refused.
 */
import { OptionError } from '../model/errors.js';
import { createHash, timingSafeEqual } from 'node:crypto';

/** How the control endpoints are guarded: loopback Host names only, a bearer token, or not served. */
export type ControlAccess = 'loopback' | 'token' | 'refused';

/** A refusal to answer with: status, JSON body, extra headers. */
export interface Refusal {
  status: number;
  body: { error: string; message: string };
  headers?: Record<string, string>;
}

/** The least length of a control token: a short one could be guessed over the network. */
export const MIN_CONTROL_TOKEN_LENGTH = 16;

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether a bound address is loopback (127.0.0.0/8, ::1, or those as IPv4-mapped IPv6). */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/**
 * Refuse a control token too short to resist guessing (an OptionError, with how to make one); never shows the token.
 *
 * @example
 * checkControlToken(process.env.CHATHOOKS_CONTROL_TOKEN);
 */
export function checkControlToken(token: string | undefined): void {
  if (token !== undefined && token.length < MIN_CONTROL_TOKEN_LENGTH) {
    throw new OptionError(
      `mock server: the control token must be at least ${MIN_CONTROL_TOKEN_LENGTH} characters (got ${token.length}); make one with \`openssl rand -hex 16\`.`,
    );
  }
}

/** The guard of one server: built once it listens (the port is known then). */
export class ControlGuard {
  readonly access: ControlAccess;
  readonly #hosts: ReadonlySet<string> | undefined;
  readonly #token: Buffer | undefined;
  readonly #bound: string;

  constructor(address: string, port: number, token: string | undefined) {
    checkControlToken(token);
    this.#bound = address;
    this.#token = token === undefined ? undefined : digest(token);
    this.#hosts = isLoopback(address) ? loopbackHosts(address, port) : undefined;
    this.access = token !== undefined ? 'token' : this.#hosts ? 'loopback' : 'refused';
  }

  /**
   * Why a request for anything but a webhook endpoint (control, health, docs) must be refused for its Host,
   * or undefined. Beyond loopback the public names are unknown, so any Host passes.
   */
  checkHost(host: string | undefined): Refusal | undefined {
    // A client without a Host (HTTP/1.0, a raw script) is no browser, and DNS rebinding needs a browser.
    if (!this.#hosts || host === undefined || this.#hosts.has(host.toLowerCase())) return undefined;
    const shown = JSON.stringify(host.length > 100 ? `${host.slice(0, 100)}…` : host);
    return {
      status: 403,
      body: {
        error: 'forbidden-host',
        message: `Host ${shown} is not allowed: this mock listens on ${this.#bound}, and answers anything but its webhook endpoints only for the Host names ${[...this.#hosts].join(', ')} (a guard against DNS rebinding). Use one of those, or listen beyond loopback (--host 0.0.0.0) with a control token.`,
      },
    };
  }

  /** Why a control request must be refused (no or a wrong token, or no token configured beyond loopback), or undefined. */
  checkControl(authorization: string | undefined): Refusal | undefined {
    if (this.access === 'loopback') return undefined;
    if (this.access === 'refused') {
      return {
        status: 403,
        body: {
          error: 'control-disabled',
          message: `The control endpoints are off: this mock listens on ${this.#bound}, beyond loopback, where anyone who reaches it could read the recorded deliveries. Start it with a control token (--control-token, CHATHOOKS_CONTROL_TOKEN, or the controlToken option) and send "Authorization: Bearer <token>".`,
        },
      };
    }
    const given = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
    // Digests of equal length, compared in constant time: neither the token nor its length leaks through timing.
    if (given !== undefined && timingSafeEqual(digest(given), this.#token!)) return undefined;
    return {
      status: 401,
      body: {
        error: 'unauthorized',
        message: `The control endpoints need "Authorization: Bearer <token>" with the mock's control token; ${given === undefined ? 'none was sent' : 'the one sent does not match'}.`,
      },
      headers: { 'www-authenticate': 'Bearer realm="chathooks"' },
    };
  }
}

/** Host header values that name a loopback server on `port`: 127.0.0.1, localhost, [::1] and the bound address. */
function loopbackHosts(address: string, port: number): Set<string> {
  const names = new Set([
    '127.0.0.1',
    'localhost',
    '[::1]',
    address.includes(':') ? `[${address.toLowerCase()}]` : address,
  ]);
  const hosts = new Set([...names].map((n) => `${n}:${port}`));
  // A client leaves the port out of Host when it is the scheme's default.
  if (port === 80) for (const n of names) hosts.add(n);
  return hosts;
}
