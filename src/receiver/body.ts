/** Reading a request body with a size bound, from node:http or from an already-read body. */
import type { IncomingMessage } from 'node:http';
import { WebhookRequestError } from './errors.js';

function tooLarge(limit: number): WebhookRequestError {
  return new WebhookRequestError('payload-too-large', `Request body exceeds ${limit} bytes. Raise maxBodyBytes if the platform really sends bodies this large.`, { limit });
}

/** Read a node request body, refusing (and draining no further than) `limit` bytes. */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => readNodeBodyThen(req, limit, (error, body) => (error ? reject(error) : resolve(body!))));
}

/**
 * `readNodeBody` with a callback, called once: the body as soon as the request ends (in the same tick, no promise
 * in between), or the error.
 *
 * @example
 * readNodeBodyThen(req, limit, (error, body) => (error ? fail(error) : answer(body!)));
 */
export function readNodeBodyThen(req: IncomingMessage, limit: number, done: (error: Error | undefined, body: Uint8Array | undefined) => void): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    done(tooLarge(limit), undefined);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  req.on('data', (chunk: Buffer) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      finished = true;
      req.resume();
      done(tooLarge(limit), undefined);
      return;
    }
    chunks.push(chunk);
  });
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
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  // One chunk (a body given as a string or buffer) is viewed, not copied; a Buffer either way.
  return chunks.length === 1 ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.byteLength) : Buffer.concat(chunks);
}

/** A body a framework already read (express `rawBody`, a Buffer `body`), as bytes; undefined if there is none usable. */
export function preReadBody(req: IncomingMessage & { rawBody?: unknown; body?: unknown }): Uint8Array | undefined {
  const raw = req.rawBody ?? req.body;
  if (raw instanceof Uint8Array) return raw;
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  return undefined;
}
