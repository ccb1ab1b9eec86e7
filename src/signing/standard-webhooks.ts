/**
 * Standard Webhooks (https://www.standardwebhooks.com): `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">`, several space-separated signatures allowed. Secrets are base64, optionally prefixed
 * `whsec_` (both read as the official `standardwebhooks` package reads them), or raw key bytes.
 */
import { createHmac } from 'node:crypto';
import { bodyBytes, safeEqual } from './compare.js';
import { SignatureVerificationError } from './errors.js';
import { requireSecrets, standardWebhooksKey } from './secrets.js';

/** `v1,<base64>` for one message, with a key already decoded by `standardWebhooksKey`. */
function signatureWithKey(key: Uint8Array, id: string, timestamp: number | string, rawBody: Uint8Array | string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(bodyBytes(rawBody)).digest('base64')}`;
}

/**
 * `v1,<base64>` for one message.
 *
 * @example
 * standardSignature('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
 * // 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
 */
export function standardSignature(secret: string | Uint8Array, id: string, timestamp: number | string, rawBody: Uint8Array | string): string {
  return signatureWithKey(standardWebhooksKey(secret, 'standard-webhooks: the secret'), id, timestamp, rawBody);
}

/**
 * The three headers of a signed message.
 *
 * @example
 * sign({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, rawBody: '{"test": 2432232314}', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
 */
export function sign(input: { id: string; timestamp: number; rawBody: Uint8Array | string; secret: string | Uint8Array }): Record<string, string> {
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
  if (!/^[0-9]{1,12}$/.test(timestamp)) throw new SignatureVerificationError('malformed', 'header', 'webhook-timestamp', 'header webhook-timestamp is not unix seconds.');
  const tolerance = options.toleranceSec ?? 300;
  const skew = Number(timestamp) - Math.floor((options.now ?? Date.now)() / 1000);
  if (skew < -tolerance) throw new SignatureVerificationError('stale', 'header', 'webhook-timestamp', `the message is ${-skew} s old, outside the ±${tolerance} s window.`);
  if (skew > tolerance) throw new SignatureVerificationError('future', 'header', 'webhook-timestamp', `the message is ${skew} s in the future, outside the ±${tolerance} s window.`);
  const given = header('webhook-signature')!
    .split(' ')
    .filter((s) => s.startsWith('v1,'));
  if (given.length === 0) throw new SignatureVerificationError('malformed', 'header', 'webhook-signature', 'header webhook-signature has no v1 signature.');
  const body = bodyBytes(rawBody);
  const ok = keys.some((key) => {
    const expected = signatureWithKey(key, id, timestamp, body);
    return given.some((g) => safeEqual(expected, g));
  });
  if (!ok) throw new SignatureVerificationError('mismatch', 'header', 'webhook-signature', 'no signature in header webhook-signature matches any configured secret.');
}
