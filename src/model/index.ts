/**
 * The Contract model (published as `chathooks/spec`): what a spec says, loaded once from AsyncAPI 3.0 into
 * plain, serialisable objects — loading and linting (file:line:col problems), the extension schemas, JSON
 * pointers, schema helpers. Every feature (codegen, receiver, delivery, mock, testing, docs) reads this model,
 * never YAML and never another feature's internals.
 */
export { loadContract, lintSpec, lintText, type LintOptions, type LintResult } from './load.js';
export { ContractError, formatProblem, type Problem, type Severity } from './problems.js';
export type { ValidationIssue } from './ajv.js';
export { MissingPackageError } from '../tooling.js';
export { ChathooksError, OptionError, ToolError, ERROR_CODES, type ChathooksErrorCode } from './errors.js';
export {
  compileContract,
  toRuntime,
  type GeneratedContract,
  type GuardValidator,
  type RuntimeContract,
  type RuntimeExample,
} from './runtime.js';
export { batchItems, wrapBatch, type BatchValidator } from './batch.js';
export type {
  BatchContract,
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
