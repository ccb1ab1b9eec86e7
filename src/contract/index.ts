/**
 * Contract tests for both sides of a webhook: replay a contract against a receiver (`runConsumerContract`),
 * check a sender against its delivery policy (`runProviderContract`), and report as JUnit or JSON.
 */
export {
  runConsumerContract,
  planConsumerContract,
  resolveTarget,
  runCases,
  defaultExpectations,
  CHECK_NAMES,
  parseExpectation,
  type CheckName,
  type ConsumerContractOptions,
  type ConsumerPlanOptions,
  type Expectation,
  type FetchHandler,
  type PlannedCase,
  type ResolvedTarget,
  type Target,
} from './consumer.js';
export { runProviderContract, DEFAULT_FAULT_SCENARIOS, type ProviderContractOptions, type SenderTarget } from './provider.js';
export { DEFAULT_TOLERANCE, type Tolerance } from './sender-timing.js';
export { chooseTimeScale, measureLatencyMs, policyScheduleMs, TIME_SCALE_BUDGET_MS, TIME_SCALE_FLOOR_MS, TIME_SCALE_LATENCY_FACTOR, type TimeScaleChoice } from './time-scale.js';
export { toJUnit, toJSON, formatCase, type CaseOutcome, type CaseReply, type CaseRequest, type CaseResult, type ContractReport } from './report.js';
export { selectEvents, globToRegExp, SelectionError } from './select.js';
export { platformBytes, requiredOnly, withUnknownField, UNKNOWN_FIELD } from './variants.js';
