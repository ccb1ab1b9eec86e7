/**
 * `hex|base64(HMAC-SHA256(secret, rawBody))` in a header (Sendbird `x-sendbird-signature` / legacy
 * `x-signature`, Protocol `x-protocol-signature`). Always over the raw bytes as sent.
 */
import { createHmac } from 'node:crypto';
import type { HmacSha256Scheme } from '../model/model.js';
import { bodyBytes, safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { hmacSha256Key, type HmacSha256Key } from './hmac-key.js';
import { requireSecret, requireSecrets } from './secrets.js';

const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=$/;

export type HmacOptions = Pick<HmacSha256Scheme, 'header' | 'encoding'> & Partial<Pick<HmacSha256Scheme, 'legacyHeaders' | 'prefix'>>;

/**
 * The digest of a raw body; an empty secret is refused (OptionError).
 *
 * @example
 * hmacDigest('sb_master_token', '{"category":"group_channel:message_send"}'); // 'ae6c13b0…'
 */
export function hmacDigest(secret: string, rawBody: Uint8Array | string, encoding: 'hex' | 'base64' = 'hex'): string {
  requireSecret(secret, 'hmac-sha256: the secret');
  return createHmac('sha256', secret).update(bodyBytes(rawBody)).digest(encoding);
}

/**
 * Headers that sign a body (the main header and, for compatibility, every legacy one).
 *
 * @example
 * sign({ rawBody: '{"category":"group_channel:message_send"}', secret: masterToken }, { header: 'x-sendbird-signature', encoding: 'hex' });
 */
export function sign(input: { rawBody: Uint8Array | string; secret: string }, scheme: HmacOptions): Record<string, string> {
  const value = `${scheme.prefix ?? ''}${hmacDigest(input.secret, input.rawBody, scheme.encoding)}`;
  const headers: Record<string, string> = { [scheme.header]: value };
  for (const legacy of scheme.legacyHeaders ?? []) headers[legacy] = value;
  return headers;
}

/**
 * Verify the header against each secret; throws SignatureVerificationError.
 *
 * @example
 * verify(rawBody, (name) => req.headers[name], ['master-token'], { header: 'x-sendbird-signature', legacyHeaders: ['x-signature'], encoding: 'hex' });
 */
export function verify(rawBody: Uint8Array | string, header: (name: string) => string | undefined, secrets: readonly string[], scheme: HmacOptions): void {
  requireSecrets(secrets, 'hmac-sha256 verify: `secrets`');
  verifyKeys(rawBody, header, secrets.map((s) => hmacSha256Key(s)), scheme);
}

/**
 * `verify` with keys prepared by `hmacSha256Key` (a receiver prepares them once).
 *
 * @example
 * const keys = secrets.map((s) => hmacSha256Key(s));
 * verifyKeys(rawBody, (name) => headers.get(name) ?? undefined, keys, scheme);
 */
export function verifyKeys(rawBody: Uint8Array | string, header: (name: string) => string | undefined, keys: readonly HmacSha256Key[], scheme: HmacOptions): void {
  let name = scheme.header;
  let raw = header(name);
  if (raw === undefined && scheme.legacyHeaders) {
    for (const legacy of scheme.legacyHeaders) {
      raw = header(legacy);
      if (raw !== undefined) {
        name = legacy;
        break;
      }
    }
  }
  if (raw === undefined) {
    const names = [scheme.header, ...(scheme.legacyHeaders ?? [])];
    throw new SignatureVerificationError('missing', 'header', scheme.header, `header ${names.join(' (or ')}${names.length > 1 ? ')' : ''} is missing.`);
  }
  let value = raw.trim();
  if (scheme.prefix) {
    if (!value.startsWith(scheme.prefix)) throw new SignatureVerificationError('malformed', 'header', name, `header ${name} does not start with "${scheme.prefix}".`);
    value = value.slice(scheme.prefix.length);
  }
  const hex = scheme.encoding === 'hex';
  const wellFormed = hex ? HEX_DIGEST.test(value) : BASE64_DIGEST.test(value);
  if (!wellFormed) throw new SignatureVerificationError('malformed', 'header', name, `header ${name} is not a ${scheme.encoding} SHA-256 digest.`);
  const body = bodyBytes(rawBody);
  // Compared as text: a base64 string with other unused trailing bits decodes to the same bytes, yet is not what was signed.
  const given = hex ? value.toLowerCase() : value;
  for (const mac of keys) if (safeEqual(mac(body, scheme.encoding), given)) return;
  throw new SignatureVerificationError('mismatch', 'header', name, `header ${name} does not match the HMAC-SHA256 of the raw body for any configured secret (verify the bytes as received, never re-serialised JSON).`);
}
