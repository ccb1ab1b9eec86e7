/**
 * How `send` shows a request and a reply: as HTTP reads (start line, headers, blank line, body), signature values
 * included (they are not secrets: anyone on the path sees them), bodies as text when they are UTF-8 and as
 * base64 otherwise, each cut at a bound so a large body cannot flood a terminal.
 */
import type { FramedRequest } from '../delivery/deliver.js';
import { requestBytes } from './curl.js';
import type { SentDelivery } from './send.js';

/** The most body bytes shown in text output (JSON output carries the whole body). */
export const SHOWN_BODY_BYTES = 65_536;

/** A body for JSON output: its text when it is UTF-8, else base64; with its length in bytes. */
export type BodyForm = { text: string; bytes: number } | { base64: string; bytes: number };

/**
 * The JSON form of body bytes.
 *
 * @example
 * bodyForm(Buffer.from([0xff])); // { base64: '/w==', bytes: 1 }
 */
export function bodyForm(bytes: Uint8Array): BodyForm {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes: bytes.byteLength };
  } catch {
    return { base64: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
  }
}

/** Body bytes as lines of text output, cut at SHOWN_BODY_BYTES. */
function bodyLines(bytes: Uint8Array): string[] {
  if (bytes.byteLength === 0) return ['(empty body)'];
  const shown = bytes.subarray(0, SHOWN_BODY_BYTES);
  const form = bodyForm(shown);
  const more =
    bytes.byteLength > shown.byteLength
      ? [`… (${bytes.byteLength - shown.byteLength} more bytes; --json has all)`]
      : [];
  if ('text' in form) return [form.text, ...more];
  return [`(${bytes.byteLength} bytes, not UTF-8; base64:)`, form.base64, ...more];
}

/**
 * A framed request as HTTP reads.
 *
 * @example
 * showRequest(prepared.frame()); // ['POST http://…?Sign=…', 'content-type: application/json', …, '', '{"CallbackCommand":…}']
 */
export function showRequest(request: FramedRequest): string[] {
  return [
    `${request.method} ${request.url}`,
    ...Object.entries(request.headers).map(([k, v]) => `${k}: ${v}`),
    '',
    ...bodyLines(requestBytes(request)),
  ];
}

/**
 * A send's reply (or why there was none) as HTTP reads.
 *
 * @example
 * showReply(delivery); // ['HTTP 200 (3 ms)', 'content-type: application/json', '', '{"ActionStatus":"OK",…}']
 */
export function showReply(d: SentDelivery): string[] {
  const ms = `${Math.round(d.latencyMs)} ms`;
  if (!d.reply) return [`no reply (${d.error ?? 'network'}: ${d.errorMessage ?? 'no answer'}, after ${ms})`];
  return [
    `HTTP ${d.reply.status} (${ms})`,
    ...d.reply.headers.map(([k, v]) => `${k}: ${v}`),
    '',
    ...bodyLines(Buffer.from(d.reply.body, 'utf8')),
  ];
}

/**
 * A request for JSON output, with its body in `bodyForm`.
 *
 * @example
 * JSON.stringify(requestJson(prepared.frame())); // '{"method":"POST","url":"…","headers":{…},"body":{"text":"{…}","bytes":312}}'
 */
export function requestJson(request: FramedRequest): object {
  return { method: request.method, url: request.url, headers: request.headers, body: bodyForm(requestBytes(request)) };
}
