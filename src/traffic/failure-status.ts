/**
 * The status `listen` answers the platform when the local receiver gave no reply to relay: one the platform's
 * delivery policy counts as failed — and retries, where it retries on statuses — so a receiver that is down
 * during development costs a retry, as it would in production, not a silently lost delivery.
 */
import { accepted, retryable } from '../delivery/deliver.js';
import type { DeliveryPolicy } from '../model/model.js';

/** What went wrong: nothing answered (502), or not in time (504). */
export type NoReply = 'network' | 'timeout';

const FALLBACKS = [502, 503, 504, 500] as const;

/**
 * The failure status for `why` under `policy`: 502 (network) or 504 (timeout), unless the policy counts that one
 * as success or retries on other statuses only; then the first of 502, 503, 504, 500 it does retry on, or else
 * the first it counts as failed.
 *
 * @example
 * failureStatus('timeout', tencent.contract.delivery); // 504
 * failureStatus('network', { ...policy, retryOn: [503] }); // 503
 */
export function failureStatus(why: NoReply, policy: Pick<DeliveryPolicy, 'success' | 'retryOn'>): number {
  const preferred = why === 'timeout' ? 504 : 502;
  const candidates = [preferred, ...FALLBACKS.filter((s) => s !== preferred)].filter(
    (status) => !accepted(status, policy.success),
  );
  return candidates.find((status) => retryable({ status }, policy.retryOn)) ?? candidates[0] ?? preferred;
}
