/**
 * `hex|base64(HMAC-SHA256(secret, rawBody))` in a header (Sendbird `x-sendbird-signature` / legacy
 * `x-signature`, Protocol `x-protocol-signature`). Always over the raw bytes as sent.
 */
import { createHmac } from 'node:crypto';
import { bodyBytes, safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { hmacSha256Key, type HmacSha256Key } from './hmac-key.js';
import { DEFAULT_MOCK_SECRET, type SchemeBase, type SchemeModule } from './scheme.js';
import { requireSecret, requireSecrets } from './secrets.js';

/** `hex(HMAC-SHA256(secret, rawBody))` in a header. */
export interface HmacSha256Scheme extends SchemeBase {
  scheme: 'hmac-sha256';
  header: string;
  /** Older header names carrying the same value (Sendbird's `x-signature`). */
  legacyHeaders?: string[];
  encoding: 'hex' | 'base64';
  /** A literal prefix before the digest, such as `sha256=`. */
  prefix?: string;
}

const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=$/;

export type HmacOptions = Pick<HmacSha256Scheme, 'header' | 'encoding'> &
  Partial<Pick<HmacSha256Scheme, 'legacyHeaders' | 'prefix'>>;

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
export function sign(
  input: { rawBody: Uint8Array | string; secret: string },
  scheme: HmacOptions,
): Record<string, string> {
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
export function verify(
  rawBody: Uint8Array | string,
  header: (name: string) => string | undefined,
  secrets: readonly string[],
  scheme: HmacOptions,
): void {
  requireSecrets(secrets, 'hmac-sha256 verify: `secrets`');
  verifyKeys(
    rawBody,
    header,
    secrets.map((s) => hmacSha256Key(s)),
    scheme,
  );
}

/**
 * `verify` with keys prepared by `hmacSha256Key` (a receiver prepares them once).
 *
 * @example
 * const keys = secrets.map((s) => hmacSha256Key(s));
 * verifyKeys(rawBody, (name) => headers.get(name) ?? undefined, keys, scheme);
 */
export function verifyKeys(
  rawBody: Uint8Array | string,
  header: (name: string) => string | undefined,
  keys: readonly HmacSha256Key[],
  scheme: HmacOptions,
): void {
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
    throw new SignatureVerificationError(
      'missing',
      'header',
      scheme.header,
      `header ${names.join(' (or ')}${names.length > 1 ? ')' : ''} is missing.`,
    );
  }
  let value = raw.trim();
  if (scheme.prefix) {
    if (!value.startsWith(scheme.prefix))
      throw new SignatureVerificationError(
        'malformed',
        'header',
        name,
        `header ${name} does not start with "${scheme.prefix}".`,
      );
    value = value.slice(scheme.prefix.length);
  }
  const hex = scheme.encoding === 'hex';
  const wellFormed = hex ? HEX_DIGEST.test(value) : BASE64_DIGEST.test(value);
  if (!wellFormed)
    throw new SignatureVerificationError(
      'malformed',
      'header',
      name,
      `header ${name} is not a ${scheme.encoding} SHA-256 digest.`,
    );
  const body = bodyBytes(rawBody);
  // Compared as text: a base64 string with other unused trailing bits decodes to the same bytes, yet is not what was signed.
  const given = hex ? value.toLowerCase() : value;
  for (const mac of keys) if (safeEqual(mac(body, scheme.encoding), given)) return;
  throw new SignatureVerificationError(
    'mismatch',
    'header',
    name,
    `header ${name} does not match the HMAC-SHA256 of the raw body for any configured secret (verify the bytes as received, never re-serialised JSON).`,
  );
}

const headerName = { type: 'string', pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" };

/**
 * The scheme: a prepared key per secret, the headers it names, the page it documents.
 *
 * @example
 * hmacSha256.describe({ scheme: 'hmac-sha256', header: 'x-protocol-signature', encoding: 'hex' }); // 'hmac-sha256 (hex) in header x-protocol-signature'
 */
export const hmacSha256: SchemeModule<HmacSha256Scheme> = {
  name: 'hmac-sha256',
  signs: true,
  parameters: {
    properties: {
      header: headerName,
      legacyHeaders: { type: 'array', items: headerName },
      encoding: { enum: ['hex', 'base64'] },
      prefix: { type: 'string' },
    },
    required: ['header', 'encoding'],
  },
  defaultMockSecret: DEFAULT_MOCK_SECRET,
  sign: (scheme, input) => ({ headers: sign(input, scheme), query: {} }),
  prepareVerify(scheme, secrets, _now, what) {
    requireSecrets(secrets, what);
    const keys = secrets.map((s) => hmacSha256Key(s));
    return (rawBody, header) => verifyKeys(rawBody, header, keys, scheme);
  },
  bridgeParameters(scheme) {
    const names = [scheme.header, ...(scheme.legacyHeaders ?? [])];
    const what = `${scheme.encoding === 'hex' ? 'Hex' : 'Base64'} HMAC-SHA256 of the raw request body${scheme.prefix ? ` after the prefix \`${scheme.prefix}\`` : ''}.`;
    if (names.length === 1) return [{ name: scheme.header, in: 'header', required: true, description: what }];
    const either = `The signature is required in one of ${names.map((n) => `\`${n}\``).join(', ')}; OpenAPI cannot require one of several headers, so each is declared optional (a mock such as Prism then accepts a request without any).`;
    return names.map((name) => ({ name, in: 'header', required: false, description: `${what} ${either}` }));
  },
  docs: (s) => ({
    facts: [
      [
        'Header',
        `\`${s.header}\`${s.legacyHeaders?.length ? ` (the same value also in ${s.legacyHeaders.map((h) => `\`${h}\``).join(', ')})` : ''}`,
      ],
      ['Value', `\`${s.prefix ?? ''}${s.encoding}(HMAC-SHA256(secret, rawBody))\``],
      ['Secret', s.secret ?? 'not named by the platform'],
      ['Covers', 'the raw request body, byte for byte; not the URL, not the headers'],
      [
        'Replay window',
        'none: the signature carries no timestamp, so a captured request stays valid; de-duplicate deliveries',
      ],
    ],
    steps: [
      'Read the body as raw bytes, before any JSON parser touches it. Re-serialised JSON does not match (key order, whitespace, escaped `/`).',
      `Compute \`${s.encoding}(HMAC-SHA256(secret, rawBody))\`${s.prefix ? `, prefixed with \`${s.prefix}\`` : ''}.`,
      `Compare it with the \`${s.header}\` header${s.legacyHeaders?.length ? ` (or \`${s.legacyHeaders[0]}\` when the new header is absent)` : ''} in constant time, after checking the lengths match.`,
      'Only then parse the JSON. Answer 401 on a mismatch, without echoing the expected value.',
    ],
  }),
  attacks: (s) => ({ signature: { in: 'header', names: [s.header, ...(s.legacyHeaders ?? [])] } }),
  deliveryKeyHint: () => [],
  describe: (s) =>
    `hmac-sha256 (${s.encoding}) in header ${s.header}${s.legacyHeaders?.length ? ` (also ${s.legacyHeaders.join(', ')})` : ''}`,
};
