/**
 * Provider contract: does a webhook sender honour the contract it publishes? The sender delivers to a mock
 * consumer (the native mock server): every captured request must be signed, framed and shaped as the
 * contract says; then, with the consumer failing on purpose (500s, timeouts, dropped connections, a flaky
 * first answer), its attempts are compared with the delivery policy — how many, how far apart, and none
 * where the policy forbids a retry.
 */
import type { RuntimeContract } from '../model/runtime.js';
import type { Contract, DeliveryPolicy } from '../model/model.js';
import { providerContext } from './phases/context.js';
import { runPhases } from './phases/index.js';
import { makeReport, type CaseResult, type ContractReport } from './report.js';
import type { Tolerance } from './sender-timing.js';

export { DEFAULT_FAULT_SCENARIOS } from './phases/context.js';

/** Where and how the sender under test must deliver during one phase. */
export interface SenderTarget {
  /** The mock consumer's endpoint for this contract. */
  url: string;
  /** The secret the mock verifies with. */
  secret: string;
  /** The phase: `capture`, or the fault scenario the mock plays (`status:500`, `timeout`, …). */
  scenario: string;
  /** The time scale the sender must run the platform's waits at (as `deliver`'s `timeScale`). */
  timeScale: number;
}

export interface ProviderContractOptions {
  contract: Contract | RuntimeContract;
  /** Make the sender deliver to `target.url`; resolve once it has finished, retries included. */
  send: (target: SenderTarget) => Promise<void> | void;
  /** The secret the sender signs with (default `defaultMockSecret(contract.signature)`: a `whsec_` one for Standard Webhooks). */
  secret?: string;
  /** The app id the sender puts in each delivery, where the contract carries one (checked when given). */
  appId?: string;
  /** Fault scenarios to replay (default `status:500`, `timeout`, `reset`, `flaky:1`); `[]` only captures. */
  scenarios?: readonly string[];
  /** The sender runs platform time 1/timeScale faster (default 1); expected waits are scaled alike. */
  timeScale?: number;
  /** The policy to hold the sender to, over the contract's (e.g. Tencent's console switch for retries). */
  policy?: Partial<DeliveryPolicy>;
  /**
   * How far a sender's wait (its timeout, its backoff) may stray from the policy, in real ms, on top of a share
   * of the wait (10% early, 50% late) and of an allowance for load (twice this process's worst stall in the
   * phase or the sender's start-up in it, whichever is more; early, at most 40% of the wait): one number for
   * both directions, or `{ soon, late }` (default
   * `{ soon: 5, late: 100 }`: stamps are whole ms; timers fire late on a busy machine).
   */
  toleranceMs?: number | Partial<Tolerance>;
  /** How long to keep listening after `send` resolves, for retries a sender makes in the background (default: the longest scaled backoff + 100 ms). */
  graceMs?: number;
  /** How long one phase's `send` may take (default: the scaled worst case of the policy × 3 + 10 s). */
  phaseTimeoutMs?: number;
  onCase?: (result: CaseResult, done: number, total: number) => void;
}

/**
 * Check a sender against its contract: one phase per row of the phase table (capture, then each fault
 * scenario), each judged by its own judge (src/testing/phases/).
 *
 * @example
 * const report = await runProviderContract({
 *   contract: gaife,
 *   timeScale: 0.01,
 *   send: ({ url, secret, timeScale }) => mySender.deliver({ url, secret, timeScale, event: 'message', payload }),
 * });
 */
export async function runProviderContract(options: ProviderContractOptions): Promise<ContractReport> {
  const started = { at: new Date(), clock: performance.now() };
  const ctx = providerContext(options);
  let done = 0;
  const { cases, mockUrl } = await runPhases(ctx, (c) => {
    done++;
    options.onCase?.(c, done, done);
  });
  return makeReport('provider', ctx.contract, mockUrl, started, cases);
}
