/** One-line, human descriptions of a contract's signature scheme and delivery policy (CLI summaries, docs). */
import { schemeModule } from '../signing/registry.js';
import type { DeliveryPolicy, SignatureScheme } from './model.js';

/**
 * The signature scheme in one line.
 *
 * @example
 * describeSignature(contract.signature); // 'hmac-sha256 (hex) in header x-protocol-signature'
 */
export function describeSignature(s: SignatureScheme): string {
  return schemeModule(s).describe();
}

/**
 * The delivery policy in one line.
 *
 * @example
 * describeDelivery(contract.delivery); // 'timeout 30 s, 3 retries after 4 s, 8 s, 10 s, on timeout/network/non-2xx, success 2xx, …'
 */
export function describeDelivery(d: DeliveryPolicy): string {
  const parts = [`timeout ${d.timeoutMs / 1000} s`];
  parts.push(
    d.retries.length
      ? `${d.retries.length} retries after ${d.retries.map((ms) => `${ms / 1000} s`).join(', ')}`
      : 'no retries',
  );
  if (d.retryOn.length) parts.push(`on ${d.retryOn.join('/')}`);
  parts.push(`success ${Array.isArray(d.success) ? d.success.join('/') : d.success}`);
  if (d.onTimeout) parts.push(`before-events ${d.onTimeout} on timeout`);
  if (d.rateLimit) {
    const r = d.rateLimit;
    parts.push(
      `rate limit ${[r.concurrency && `${r.concurrency} concurrent`, r.perMinute && `${r.perMinute}/min`].filter(Boolean).join(', ')}`,
    );
  }
  if (d.confidence && d.confidence !== 'documented') parts.push(`(${d.confidence})`);
  return parts.join(', ');
}
