/** Public surface of chathooks/spec: load and lint specs, and the Contract model. */
export { loadContract, lintSpec, lintText, type LintOptions, type LintResult } from './load.js';
export { ContractError, formatProblem, type Problem, type Severity } from './problems.js';
export { createAjv, toIssues, type ValidationIssue } from './ajv.js';
export { describeDelivery, describeSignature } from './describe.js';
export type {
  Confidence,
  Contract,
  DeliveryPolicy,
  Discriminator,
  EventContract,
  EventKind,
  Example,
  HmacSha256Scheme,
  InvalidExample,
  JsonSchema,
  NoSignatureScheme,
  ReplyContract,
  RetryCondition,
  SignatureScheme,
  SignatureSchemeName,
  StandardWebhooksScheme,
  TencentSha256Scheme,
  Transport,
} from './model.js';
