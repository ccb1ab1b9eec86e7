/** What every planner reads: the contract made ready, the options with their defaults filled in, once. */
import type { FetchLike } from '../../delivery/deliver.js';
import { maxReplyBytesOption } from '../../delivery/reply.js';
import { toRuntime, type RuntimeContract } from '../../model/runtime.js';
import type { Contract, DeliveryPolicy, EventContract, Example } from '../../model/model.js';
import { schemeModule } from '../../signing/registry.js';
import type { ConsumerPlanOptions } from '../consumer.js';
import type { Expectation } from '../expectations.js';
import { parseExpectation } from '../expectations.js';
import { checkNamed, defaultExpectations, type CheckName } from '../groups.js';
import type { CaseResult } from '../report.js';
import { selectEvents } from '../select.js';

/** A target made ready to send to. */
export interface ResolvedTarget {
  url: string;
  fetch?: FetchLike;
  signal?: AbortSignal | undefined;
}

/** A case planned from the contract, run later against a target. */
export interface PlannedCase {
  name: string;
  group: string;
  event?: string;
  run(target: ResolvedTarget): Promise<CaseResult>;
}

export interface PlanContext {
  source: RuntimeContract;
  contract: Contract;
  policy: DeliveryPolicy;
  timeoutMs: number;
  maxReplyBytes: number;
  now: () => number;
  expectations: Record<CheckName, Expectation>;
  /** The secret as given (sent where the scheme is none, too: framing ignores it then). */
  secret: string | undefined;
  /** Deliveries are signed: the contract has a scheme and a secret was given. */
  signs: boolean;
  appId: string | undefined;
  /** The selected events, in spec order. */
  events: EventContract[];
  /** The first selected event with an example, and that example: what the contract-wide checks send. */
  sample: { event: EventContract; example: Example } | undefined;
  variants: boolean;
  negative: boolean;
}

/** Expectations: the table's defaults under the caller's, each name and value checked. */
function expectations(contract: Contract, options: ConsumerPlanOptions): Record<CheckName, Expectation> {
  for (const [k, v] of Object.entries(options.expect ?? {})) {
    checkNamed(k, 'expect');
    parseExpectation(String(v), `expect["${k}"]`);
  }
  return { ...defaultExpectations(contract, { strict: options.strict }), ...options.expect };
}

/** Fill every option's default once; bad options (an unknown event or check, a bad expectation) throw here. */
export function planContext(options: ConsumerPlanOptions): PlanContext {
  const source = toRuntime(options.contract);
  const { contract } = source;
  const maxReplyBytes = maxReplyBytesOption(options.maxReplyBytes, 'runConsumerContract');
  const expected = expectations(contract, options);
  const events = selectEvents(contract, options.events);
  const event = events.find((e) => e.examples.length > 0);
  return {
    source,
    contract,
    policy: contract.delivery,
    timeoutMs: options.timeoutMs ?? contract.delivery.timeoutMs,
    maxReplyBytes,
    now: options.now ?? Date.now,
    expectations: expected,
    secret: options.secret,
    signs: schemeModule(contract.signature).signs && options.secret !== undefined,
    appId: options.appId,
    events,
    sample: event && { event, example: event.examples[0]! },
    variants: options.variants !== false,
    negative: options.negative !== false,
  };
}
