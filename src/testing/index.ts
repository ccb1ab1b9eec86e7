/**
 * Contract-test runners (published as `chathooks/contract`) for both sides of a webhook: replay a contract
 * against a receiver (`runConsumerContract`), check a sender against its delivery policy
 * (`runProviderContract`), and report as JUnit or JSON. The consumer contract is one table of case groups
 * and checks (`groups.ts`) with one small planner per group (`plan/`); the provider contract is a table of
 * phases with one judge each (`phases/`).
 */
export {
  runConsumerContract,
  planConsumerContract,
  defaultExpectations,
  CHECK_NAMES,
  parseExpectation,
  type CheckName,
  type ConsumerContractOptions,
  type ConsumerPlanOptions,
  type Expectation,
  type FetchHandler,
  type PlannedCase,
  type Target,
} from './consumer.js';
export { DEFAULT_TOLERANCE, type Tolerance } from './sender-timing.js';
export {
  runProviderContract,
  DEFAULT_FAULT_SCENARIOS,
  type ProviderContractOptions,
  type SenderTarget,
} from './provider.js';
export {
  toJUnit,
  toJSON,
  type CaseOutcome,
  type CaseReply,
  type CaseRequest,
  type CaseResult,
  type ContractReport,
} from './report.js';
export { SelectionError } from './select.js';
