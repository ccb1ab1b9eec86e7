/**
 * The runtime adapters around the receiver core: fetch (`Request` → `Response`) and node:http. They read the
 * body within its bound, hand the core a request whose URL is parsed only if read, and write what it answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAndClose, bodyConsumed, preReadBody, readFetchBody, readNodeBodyThen } from './body.js';
import { problemResponse, type ReceiverCore } from './core.js';
import { ConsumedBodyError, WebhookRequestError } from './errors.js';
import type { Receiver } from './index.js';
import type { HeaderReader, WebhookRequest, WebhookResponse } from './types.js';

/**
 * The fetch, node and runtime-independent faces of one core.
 *
 * @example
 * const receiver = adapt(createCore(protocol, { secret }), 1024 * 1024); // what createReceiver returns
 */
export function adapt(core: ReceiverCore, limit: number): Receiver {
  return {
    handle: (request) => core.handle(request),
    async fetch(request) {
      // Read already (request.json() before receiver.fetch): the bytes as sent are gone, say so rather than throw.
      if (request.bodyUsed) return toResponse(consumedResponse(FETCH_BODY_USED));
      let rawBody: Uint8Array;
      try {
        rawBody = await readFetchBody(request, limit);
      } catch (error) {
        if (error instanceof WebhookRequestError) return toResponse(problemResponse(error));
        throw error;
      }
      const out = core.respond(new FetchRequest(request, rawBody));
      return toResponse(out instanceof Promise ? await out : out);
    },
    // Callbacks, not async/await: the response is written in the tick the body ends, as a bare server writes it.
    node(req, res, next) {
      return new Promise<void>((resolve, reject) => {
        // Anything thrown goes to `next` (or a bare 500); a `next` that throws rejects, as an async handler would.
        const fail = (error: unknown): void => {
          try {
            if (next) next(error);
            else {
              res.statusCode = 500;
              res.end();
            }
            resolve();
          } catch (thrown) {
            reject(thrown);
          }
        };
        const send = (out: WebhookResponse): void => {
          try {
            writeResponse(res, out);
            resolve();
          } catch (error) {
            fail(error);
          }
        };
        const run = (rawBody: Uint8Array): void => {
          let out: WebhookResponse | Promise<WebhookResponse>;
          try {
            out = core.respond(nodeRequest(req, rawBody));
          } catch (error) {
            fail(error);
            return;
          }
          if (out instanceof Promise) out.then(send, fail);
          else send(out);
        };
        // The body was left unread past the limit: answer and close the connection rather than read the rest.
        const refuseUnread = (error: WebhookRequestError): void => {
          try {
            refuseAndClose(req, res, error);
            resolve();
          } catch (thrown) {
            fail(thrown);
          }
        };
        try {
          const pre = preReadBody(req as IncomingMessage & { rawBody?: unknown; body?: unknown });
          if (pre === undefined && bodyConsumed(req)) {
            // A body parser ran first: reading again would wait forever for an end that already happened.
            const error = new ConsumedBodyError();
            if (next) fail(error);
            else send(consumedResponse(error.message));
          } else if (pre === undefined) {
            readNodeBodyThen(req, limit, (error, body) => {
              if (!error) run(body!);
              else if (error instanceof WebhookRequestError) refuseUnread(error);
              else fail(error);
            });
          } else if (pre.byteLength > limit) {
            send(
              problemResponse(
                new WebhookRequestError('payload-too-large', `Request body exceeds ${limit} bytes.`, { limit }),
              ),
            );
          } else {
            run(pre);
          }
        } catch (error) {
          fail(error);
        }
      });
    },
  };
}

/**
 * Write a response with its length, as a plain server sends it (not chunked): the receiver's node adapter and the
 * native mock server answer through this.
 *
 * @example
 * writeResponse(res, problemResponse(error));
 */
export function writeResponse(res: ServerResponse, out: WebhookResponse): void {
  res.writeHead(out.status, withLength(out.headers, out.body));
  res.end(out.body);
}

/**
 * Refuse a request whose body was left unread (a 413 from `readNodeBodyThen`) with the problem's JSON body, details
 * included, and close its connection rather than read the rest.
 *
 * @example
 * readNodeBodyThen(req, limit, (error, body) => (error instanceof WebhookRequestError ? refuseAndClose(req, res, error) : run(body!)));
 */
export function refuseAndClose(req: IncomingMessage, res: ServerResponse, error: WebhookRequestError): void {
  const out = problemResponse(error);
  answerAndClose(req, res, out.status, out.headers, out.body);
}

/**
 * The headers plus content-length, as a plain server writes them (not chunked). Copied key by key: an object
 * spread of these dashed names took ~0.6 µs per response, a tenth of that this way.
 *
 * @example
 * res.writeHead(out.status, withLength(out.headers, out.body)).end(out.body);
 */
function withLength(headers: Readonly<Record<string, string>>, body: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(headers)) out[key] = headers[key]!;
  out['content-length'] = Buffer.byteLength(body);
  return out;
}

const FETCH_BODY_USED =
  'chathooks receiver: the Request body was already read before receiver.fetch (request.json() or .text()), so the signature cannot be verified on the bytes as sent. Pass the Request unread, or request.clone() before reading it.';

/** The 500 for a body someone else read first, with the message naming the fix. */
function consumedResponse(message: string): WebhookResponse {
  return {
    status: 500,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: 'body-consumed', message }),
  };
}

function toResponse(out: WebhookResponse): Response {
  return new Response(out.body, { status: out.status, headers: out.headers });
}

/** A node request whose URL is parsed only if something reads it (a query discriminator or signature, a handler's `ctx.query`). */
class NodeRequest implements WebhookRequest {
  #url: URL | undefined;
  constructor(
    readonly method: string,
    readonly target: string,
    readonly headers: HeaderReader,
    readonly rawBody: Uint8Array,
  ) {}
  get url(): URL {
    return (this.#url ??= new URL(this.target, NODE_BASE));
  }
}

/** The same for a fetch `Request`, whose `url` getter serialises the URL on every read: not read unless needed. */
class FetchRequest implements WebhookRequest {
  #url: URL | undefined;
  readonly method: string;
  readonly headers: HeaderReader;
  constructor(
    readonly request: Request,
    readonly rawBody: Uint8Array,
  ) {
    this.method = request.method;
    this.headers = request.headers;
  }
  get url(): URL {
    return (this.#url ??= new URL(this.request.url));
  }
}

const NODE_BASE = 'http://receiver.local';

function nodeRequest(req: IncomingMessage, rawBody: Uint8Array): WebhookRequest {
  const target = req.url ?? '/';
  const headers = nodeHeaders(req.headers);
  const method = req.method ?? 'GET';
  // An origin-form target ("/path?query") always parses against the base, so it can wait; anything else ("//host",
  // "/" then a backslash, an absolute URL) is parsed now, so a target that does not parse fails here as it always did.
  if (target.charCodeAt(0) === 0x2f && target.charCodeAt(1) !== 0x2f && target.charCodeAt(1) !== 0x5c) {
    return new NodeRequest(method, target, headers, rawBody);
  }
  return { method, url: new URL(target, NODE_BASE), headers, rawBody };
}

class NodeHeaders implements HeaderReader {
  constructor(readonly raw: IncomingMessage['headers']) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
}

/** node already lower-cases header names; reading them directly avoids building a fetch `Headers` per request. */
function nodeHeaders(raw: IncomingMessage['headers']): HeaderReader {
  return new NodeHeaders(raw);
}
