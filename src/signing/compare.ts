/** Constant-time comparison of two strings (length checked first, so timingSafeEqual never throws). */
import { timingSafeEqual } from 'node:crypto';

/** Room for two strings of up to SHORT UTF-16 units each (at most 3 UTF-8 bytes per unit). */
const SHORT = 128;
const HALF = SHORT * 3;
const scratch = Buffer.alloc(HALF * 2);

/**
 * Whether two strings are equal, in time independent of where they differ. Digests and signatures (short)
 * are encoded into one reused buffer, wiped after, instead of two new ones per comparison.
 *
 * @example
 * safeEqual(expectedDigest, headerValue);
 */
export function safeEqual(a: string, b: string): boolean {
  if (a.length > SHORT || b.length > SHORT) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return x.length === y.length && timingSafeEqual(x, y);
  }
  const x = scratch.write(a, 0, HALF, 'utf8');
  const y = scratch.write(b, HALF, HALF, 'utf8');
  const equal = x === y && timingSafeEqual(scratch.subarray(0, x), scratch.subarray(HALF, HALF + y));
  scratch.fill(0);
  return equal;
}

/** Raw body bytes: strings are UTF-8 encoded as they are, never re-serialised. */
export function bodyBytes(body: Uint8Array | string): Buffer {
  return typeof body === 'string'
    ? Buffer.from(body, 'utf8')
    : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
