/**
 * Reading a request body with a size bound, from node:http or from an already-read body.
 *
 * Past the bound nothing more is read: the request is paused and its listeners removed, so a client streaming
 * gigabytes costs the server nothing beyond what the kernel already buffered. The caller answers 413 with
 * `answerAndClose`, which closes the connection once the answer is flushed (the unread rest cannot be skipped on a
 * kept-alive connection; node would otherwise drain it to find the next request).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { WebhookRequestError } from './errors.js';

function tooLarge(limit: number): WebhookRequestError {
  return new WebhookRequestError(
    'payload-too-large',
    `Request body exceeds ${limit} bytes. Raise maxBodyBytes if the platform really sends bodies this large.`,
    { limit },
  );
}

/**
 * Read a node request body, refusing (and reading no further than) `limit` bytes, with a callback called once: the
 * body as soon as the request ends (in the same tick, no promise in between), or the error. On a `payload-too-large` error the request is left paused, unread: answer it with
 * `answerAndClose`.
 *
 * @example
 * readNodeBodyThen(req, limit, (error, body) => (error ? fail(error) : answer(body!)));
 */
export function readNodeBodyThen(
  req: IncomingMessage,
  limit: number,
  done: (error: Error | undefined, body: Uint8Array | undefined) => void,
): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.pause();
    done(tooLarge(limit), undefined);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const onData = (chunk: Buffer): void => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      finished = true;
      chunks.length = 0;
      // Stop reading: no listener, paused; the connection is closed after the 413.
      req.removeListener('data', onData);
      req.pause();
      done(tooLarge(limit), undefined);
      return;
    }
    chunks.push(chunk);
  };
  req.on('data', onData);
  req.on('end', () => {
    if (!finished) {
      finished = true;
      // Most webhook bodies arrive in one chunk: no copy then.
      done(undefined, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    }
  });
  req.on('error', (error) => {
    if (!finished) {
      finished = true;
      done(error, undefined);
    }
  });
}

/**
 * Answer a request whose body was left unread (a 413) and close its connection: `connection: close`, then the
 * socket is destroyed once the answer is flushed, so the rest of the body is never read.
 *
 * @example
 * readNodeBodyThen(req, limit, (error, body) => {
 *   if (error instanceof WebhookRequestError) return answerAndClose(req, res, 413, { 'content-type': 'application/json' }, JSON.stringify({ error: error.problem }));
 * });
 */
export function answerAndClose(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: string,
): void {
  const out: Record<string, string | number> = {
    ...headers,
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  };
  res.shouldKeepAlive = false;
  const socket = req.socket;
  res.once('finish', () => socket.destroy());
  // A client that gave up (or a reset) before the answer went out: nothing to flush, just let go.
  res.once('close', () => socket.destroy());
  res.writeHead(status, out);
  res.end(body);
}

/**
 * Whether the request stream was already read by someone else (a body parser such as `express.json()`): then
 * reading it again would wait for an end that already happened, or see only the rest of the bytes.
 *
 * @example
 * if (preReadBody(req) === undefined && bodyConsumed(req)) next(new ConsumedBodyError());
 */
export function bodyConsumed(req: IncomingMessage): boolean {
  return req.readableEnded || req.readableDidRead;
}

/** Read a fetch Request body with the same bound, without buffering past it. */
export async function readFetchBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: under MSW's interceptor that cancel never settles, and the answer must not wait for it.
      void reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  // One chunk (a body given as a string or buffer) is viewed, not copied; a Buffer either way.
  return chunks.length === 1
    ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.byteLength)
    : Buffer.concat(chunks);
}

/** A body a framework already read (express `rawBody`, a Buffer `body`), as bytes; undefined if there is none usable. */
export function preReadBody(req: IncomingMessage & { rawBody?: unknown; body?: unknown }): Uint8Array | undefined {
  const raw = req.rawBody ?? req.body;
  if (raw instanceof Uint8Array) return raw;
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  return undefined;
}
