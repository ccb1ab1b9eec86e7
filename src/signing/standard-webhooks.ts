/**
 * Standard Webhooks (https://www.standardwebhooks.com): `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">`, several space-separated signatures allowed. Secrets are base64, optionally prefixed
 * `whsec_` (both read as the official `standardwebhooks` package reads them), or raw key bytes.
 */
import { createHmac } from 'node:crypto';
import { bodyBytes, safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import type { SchemeBase, SchemeModule } from './scheme.js';
import { requireSecrets, standardWebhooksKey } from './secrets.js';

/** https://www.standardwebhooks.com: `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64>`. */
export interface StandardWebhooksScheme extends SchemeBase {
  scheme: 'standard-webhooks';
  toleranceSec: number;
}

/**
 * The default mock secret: `whsec_` + base64 of the 32 bytes `chathooks mock secret (public!)!`, which the
 * official `standardwebhooks` package accepts (it base64-decodes what follows the prefix).
 */
export const DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET = 'whsec_Y2hhdGhvb2tzIG1vY2sgc2VjcmV0IChwdWJsaWMhKSE=';

/** `v1,<base64>` for one message, with a key already decoded by `standardWebhooksKey`. */
function signatureWithKey(
  key: Uint8Array,
  id: string,
  timestamp: number | string,
  rawBody: Uint8Array | string,
): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(bodyBytes(rawBody)).digest('base64')}`;
}

/**
 * `v1,<base64>` for one message.
 *
 * @example
 * standardSignature('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
 * // 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
 */
export function standardSignature(
  secret: string | Uint8Array,
  id: string,
  timestamp: number | string,
  rawBody: Uint8Array | string,
): string {
  return signatureWithKey(standardWebhooksKey(secret, 'standard-webhooks: the secret'), id, timestamp, rawBody);
}

/**
 * The three headers of a signed message.
 *
 * @example
 * sign({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, rawBody: '{"test": 2432232314}', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
 */
export function sign(input: {
  id: string;
  timestamp: number;
  rawBody: Uint8Array | string;
  secret: string | Uint8Array;
}): Record<string, string> {
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': standardSignature(input.secret, input.id, input.timestamp, input.rawBody),
  };
}

/**
 * Verify; throws SignatureVerificationError.
 *
 * @example
 * verify(rawBody, (n) => headers.get(n) ?? undefined, ['whsec_…'], { toleranceSec: 300 });
 */
export function verify(
  rawBody: Uint8Array | string,
  header: (name: string) => string | undefined,
  secrets: readonly (string | Uint8Array)[],
  options: { now?: () => number; toleranceSec?: number } = {},
): void {
  verifyKeys(rawBody, header, standardWebhooksKeys(secrets, 'standard-webhooks verify: `secrets`'), options);
}

/**
 * Decode and check secrets once (a receiver does this at construction); throws OptionError naming `what`.
 *
 * @example
 * const keys = standardWebhooksKeys(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], 'createReceiver: `secret`');
 */
export function standardWebhooksKeys(secrets: readonly (string | Uint8Array)[], what: string): Buffer[] {
  requireSecrets(secrets, what);
  return secrets.map((s, i) => standardWebhooksKey(s, secrets.length === 1 ? what : `${what}[${i}]`));
}

/**
 * `verify` with keys from `standardWebhooksKeys`.
 *
 * @example
 * verifyKeys(rawBody, (n) => headers.get(n) ?? undefined, keys, { toleranceSec: 300 });
 */
export function verifyKeys(
  rawBody: Uint8Array | string,
  header: (name: string) => string | undefined,
  keys: readonly Uint8Array[],
  options: { now?: () => number; toleranceSec?: number } = {},
): void {
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
    if (!header(name)) throw new SignatureVerificationError('missing', 'header', name, `header ${name} is missing.`);
  }
  const id = header('webhook-id')!;
  const timestamp = header('webhook-timestamp')!;
  if (!/^[0-9]{1,12}$/.test(timestamp))
    throw new SignatureVerificationError(
      'malformed',
      'header',
      'webhook-timestamp',
      'header webhook-timestamp is not unix seconds.',
    );
  const tolerance = options.toleranceSec ?? 300;
  const skew = Number(timestamp) - Math.floor((options.now ?? Date.now)() / 1000);
  if (skew < -tolerance)
    throw new SignatureVerificationError(
      'stale',
      'header',
      'webhook-timestamp',
      `the message is ${-skew} s old, outside the ±${tolerance} s window.`,
    );
  if (skew > tolerance)
    throw new SignatureVerificationError(
      'future',
      'header',
      'webhook-timestamp',
      `the message is ${skew} s in the future, outside the ±${tolerance} s window.`,
    );
  const given = header('webhook-signature')!
    .split(' ')
    .filter((s) => s.startsWith('v1,'));
  if (given.length === 0)
    throw new SignatureVerificationError(
      'malformed',
      'header',
      'webhook-signature',
      'header webhook-signature has no v1 signature.',
    );
  const body = bodyBytes(rawBody);
  const ok = keys.some((key) => {
    const expected = signatureWithKey(key, id, timestamp, body);
    return given.some((g) => safeEqual(expected, g));
  });
  if (!ok)
    throw new SignatureVerificationError(
      'mismatch',
      'header',
      'webhook-signature',
      'no signature in header webhook-signature matches any configured secret.',
    );
}

const HEADERS: readonly [name: string, description: string][] = [
  ['webhook-id', 'Standard Webhooks: the delivery id (the same on every retry of one delivery).'],
  ['webhook-timestamp', 'Standard Webhooks: Unix seconds when the delivery was signed.'],
  [
    'webhook-signature',
    'Standard Webhooks: space-separated `v1,<base64 HMAC-SHA256>` signatures of `id.timestamp.body`.',
  ],
];

/**
 * The scheme: three headers, a message id that keys deliveries, a five-minute window by default.
 *
 * @example
 * standardWebhooks.deliveryKeyHint({ scheme: 'standard-webhooks', toleranceSec: 300 }); // ['header:webhook-id']
 */
export const standardWebhooks: SchemeModule<StandardWebhooksScheme> = {
  name: 'standard-webhooks',
  signs: true,
  parameters: {
    // Standard Webhooks' recommended five minutes.
    properties: { toleranceSec: { type: 'integer', minimum: 1, default: 300 } },
    required: [],
  },
  defaultMockSecret: DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET,
  sign: (_scheme, input) => ({
    headers: sign({ id: input.id(), timestamp: input.seconds, rawBody: input.rawBody, secret: input.secret }),
    query: {},
  }),
  prepareVerify(scheme, secrets, now, what) {
    const keys = standardWebhooksKeys(secrets, what);
    return (rawBody, header) => verifyKeys(rawBody, header, keys, { now, toleranceSec: scheme.toleranceSec });
  },
  bridgeParameters: () => HEADERS.map(([name, description]) => ({ name, in: 'header', required: true, description })),
  docs: (s) => ({
    facts: [
      [
        'Headers',
        '`webhook-id`, `webhook-timestamp`, `webhook-signature` (`v1,<base64>`, space-separated for several keys)',
      ],
      ['Value', '`base64(HMAC-SHA256(secret, id + "." + timestamp + "." + rawBody))`'],
      ['Secret', s.secret ?? '`whsec_…`, base64 after the prefix'],
      [
        'Covers',
        'the message id, the timestamp and the raw request body, byte for byte; not the URL, not the other headers',
      ],
      ['Replay window', `\`webhook-timestamp\` within ±${s.toleranceSec} s`],
    ],
    steps: [],
    see: { label: 'standardwebhooks.com', url: 'https://www.standardwebhooks.com/' },
  }),
  attacks: (s) => ({
    signature: { in: 'header', names: ['webhook-signature'] },
    timestamp: { in: 'header', name: 'webhook-timestamp', toleranceSec: s.toleranceSec },
  }),
  deliveryKeyHint: () => ['header:webhook-id'],
  describe: (s) => `standard-webhooks (webhook-id/-timestamp/-signature), ±${s.toleranceSec} s`,
};
