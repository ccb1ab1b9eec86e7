/**
 * LINE Messaging API: `x-line-signature: base64(HMAC-SHA256(channel secret, rawBody))`. No timestamp: a
 * captured request stays valid, so receivers de-duplicate on `webhookEventId`.
 * https://developers.line.biz/en/reference/messaging-api/#signature-validation
 */
import { bodyBytes, safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { hmacSha256Key } from './hmac-key.js';
import { DEFAULT_MOCK_SECRET, type SchemeBase, type SchemeModule } from './scheme.js';
import { requireSecrets } from './secrets.js';

/** LINE's signature: no parameters, the header is fixed. */
export interface LineScheme extends SchemeBase {
  scheme: 'line';
}

const HEADER = 'x-line-signature';
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The scheme: one header, the raw body, the channel secret.
 *
 * @example
 * line.sign({ scheme: 'line' }, { rawBody, secret: channelSecret, seconds, id }).headers['x-line-signature'];
 */
export const line: SchemeModule<LineScheme> = {
  name: 'line',
  signs: true,
  parameters: { properties: {}, required: [] },
  defaultMockSecret: DEFAULT_MOCK_SECRET,
  sign: (_scheme, input) => ({
    headers: { [HEADER]: hmacSha256Key(input.secret)(input.rawBody, 'base64') },
    query: {},
  }),
  prepareVerify(_scheme, secrets, _now, what) {
    requireSecrets(secrets, what);
    const keys = secrets.map((s) => hmacSha256Key(s));
    return (rawBody, header) => {
      const value = header(HEADER)?.trim();
      if (value === undefined)
        throw new SignatureVerificationError('missing', 'header', HEADER, `header ${HEADER} is missing.`);
      if (!BASE64_DIGEST.test(value))
        throw new SignatureVerificationError(
          'malformed',
          'header',
          HEADER,
          `header ${HEADER} is not a base64 SHA-256 digest.`,
        );
      const body = bodyBytes(rawBody);
      // Compared as text: other unused trailing bits decode to the same bytes, yet are not what was signed.
      for (const mac of keys) if (safeEqual(mac(body, 'base64'), value)) return;
      throw new SignatureVerificationError(
        'mismatch',
        'header',
        HEADER,
        `header ${HEADER} does not match the HMAC-SHA256 of the raw body for any configured channel secret (verify the bytes as received, never re-serialised JSON).`,
      );
    };
  },
  bridgeParameters: () => [
    {
      name: HEADER,
      in: 'header',
      required: true,
      description: 'LINE: base64 HMAC-SHA256 of the raw request body, keyed with the channel secret.',
    },
  ],
  docs: (s) => ({
    facts: [
      ['Header', `\`${HEADER}\``],
      ['Value', '`base64(HMAC-SHA256(channel secret, rawBody))`'],
      ['Secret', s.secret ?? 'the channel secret (LINE Developers Console, Basic settings)'],
      ['Covers', 'the raw request body, byte for byte; not the URL, not the headers'],
      [
        'Replay window',
        'none: the signature carries no timestamp, so a captured request stays valid; de-duplicate on `webhookEventId`',
      ],
    ],
    steps: [
      'Read the body as raw bytes, before any JSON parser touches it. Re-serialised JSON does not match.',
      'Compute `base64(HMAC-SHA256(channel secret, rawBody))`.',
      `Compare it with the \`${HEADER}\` header in constant time, as text.`,
      'Only then parse the JSON. Answer 401 on a mismatch, without echoing the expected value.',
    ],
    see: {
      label: 'LINE: signature validation',
      url: 'https://developers.line.biz/en/reference/messaging-api/#signature-validation',
    },
  }),
  attacks: () => ({ signature: { in: 'header', names: [HEADER] } }),
  deliveryKeyHint: () => [],
  describe: () => `line: base64 HMAC-SHA256 of the body in header ${HEADER}`,
};
