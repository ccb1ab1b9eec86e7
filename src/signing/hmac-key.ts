/**
 * HMAC-SHA256 (RFC 2104) with the key prepared once: the inner and outer key blocks are computed when a
 * receiver is created, and each message then costs two one-shot `crypto.hash` calls — no Hmac object, no digest
 * lookup and no allocation per call, which under load saved ~10 µs of CPU per request over `createHmac`.
 * `hmacDigest` keeps using `createHmac`: tests hold the two to each other and to known-answer vectors.
 */
import { hash } from 'node:crypto';

const BLOCK = 64;
const DIGEST = 32;

/** A prepared key: the MAC of a message, encoded as asked (hex, base64, or binary — latin1 — for the raw 32 bytes). */
export type HmacSha256Key = (message: Uint8Array, encoding: 'hex' | 'base64' | 'binary') => string;

/**
 * Prepare a key (a string is UTF-8, as `createHmac` reads it; keys longer than a block are hashed first).
 * Digests come back as strings: a Buffer per digest would be a backing store per request for the GC to sweep.
 *
 * @example
 * const mac = hmacSha256Key('master-token');
 * mac(rawBody, 'hex') === createHmac('sha256', 'master-token').update(rawBody).digest('hex'); // true
 */
export function hmacSha256Key(secret: string | Uint8Array): HmacSha256Key {
  const raw = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  const key = raw.length > BLOCK ? hash('sha256', raw, 'buffer') : raw;
  const innerPad = Buffer.alloc(BLOCK, 0x36);
  // The outer key block followed by the inner digest: written once, then only its digest half per call.
  const second = Buffer.alloc(BLOCK + DIGEST, 0x5c);
  for (let i = 0; i < key.length; i++) {
    innerPad[i]! ^= key[i]!;
    second[i]! ^= key[i]!;
  }
  raw.fill(0);
  key.fill(0);
  // The inner key block followed by the message, reused by every call (hashing is synchronous); sized on first use.
  let first: Buffer | undefined;
  return (message, encoding) => {
    const length = BLOCK + message.byteLength;
    let input = first;
    if (input === undefined || length > input.length) {
      input = Buffer.alloc(Math.max(length, 1024));
      innerPad.copy(input);
      // Kept for bodies up to 64 KiB; a larger one's buffer is dropped after use.
      if (length <= 65_536) first = input;
    }
    input.set(message, BLOCK);
    second.write(hash('sha256', input.subarray(0, length), 'binary'), BLOCK, DIGEST, 'latin1');
    const mac = hash('sha256', second, encoding);
    if (input !== first) input.fill(0, 0, BLOCK);
    return mac;
  };
}
