/** What every provider phase and judge reads: the contract, the policy and the options, their defaults filled in once. */
import { defaultMockSecret } from '../../mock/index.js';
import { OptionError } from '../../model/errors.js';
import { parseScenario } from '../../mock/scenario.js';
import { toRuntime, type RuntimeContract } from '../../model/runtime.js';
import type { Contract, DeliveryPolicy } from '../../model/model.js';
import type { ProviderContractOptions } from '../provider.js';
import { toleranceOf, type Tolerance } from '../sender-timing.js';

export interface ProviderContext {
  source: RuntimeContract;
  contract: Contract;
  /** The contract's policy under the caller's overrides. */
  policy: DeliveryPolicy;
  scale: number;
  scenarios: readonly string[];
  secret: string;
  appId: string | undefined;
  tolerance: Tolerance;
  graceMs: number;
  phaseTimeoutMs: number;
  send: ProviderContractOptions['send'];
}

export const DEFAULT_FAULT_SCENARIOS = ['status:500', 'timeout', 'reset', 'flaky:1'] as const;

/** Fill every option's default once; bad options (a time scale, a scenario, a tolerance) throw before anything starts. */
export function providerContext(options: ProviderContractOptions): ProviderContext {
  const source = toRuntime(options.contract);
  const { contract } = source;
  const policy: DeliveryPolicy = { ...contract.delivery, ...options.policy };
  const scale = options.timeScale ?? 1;
  if (!(scale > 0)) throw new OptionError(`runProviderContract: timeScale must be a positive number, got ${scale}.`);
  const scenarios = options.scenarios ?? DEFAULT_FAULT_SCENARIOS;
  for (const s of scenarios) parseScenario(s); // an unknown scenario fails before anything starts
  const worstCase =
    (policy.timeoutMs * (1 + policy.retries.length) + policy.retries.reduce((a, b) => a + b, 0)) * scale;
  return {
    source,
    contract,
    policy,
    scale,
    scenarios,
    secret: options.secret ?? defaultMockSecret(contract.signature),
    appId: options.appId,
    tolerance: toleranceOf(options.toleranceMs),
    graceMs: options.graceMs ?? Math.max(0, ...policy.retries) * scale + 100,
    phaseTimeoutMs: options.phaseTimeoutMs ?? worstCase * 3 + 10_000,
    send: options.send,
  };
}
