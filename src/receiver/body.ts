/** Reading a request body with a size bound, from node:http or from an already-read body. */
import type { IncomingMessage } from 'node:http';
import { WebhookRequestError } from './errors.js';

function tooLarge(limit: number): WebhookRequestError {
  return new WebhookRequestError('payload-too-large', `Request body exceeds ${limit} bytes. Raise maxBodyBytes if the platform really sends bodies this large.`, { limit });
}

/** Read a node request body, refusing (and draining no further than) `limit` bytes. */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (error) => {
      if (!done) {
        done = true;
        reject(error);
      }
    });
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
  return Buffer.concat(chunks);
}

/** A body a framework already read (express `rawBody`, a Buffer `body`), as bytes; undefined if there is none usable. */
export function preReadBody(req: IncomingMessage & { rawBody?: unknown; body?: unknown }): Uint8Array | undefined {
  const raw = req.rawBody ?? req.body;
  if (raw instanceof Uint8Array) return raw;
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  return undefined;
}
