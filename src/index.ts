/**
 * chathooks: type-safe webhook contracts for chat platforms. Load an AsyncAPI 3.0 spec into the Contract
 * model, lint it, and generate types, validators and mocks from it.
 */
export { loadContract, lintSpec, lintText, ContractError, formatProblem, createAjv, toIssues, toRuntime, ChathooksError, OptionError } from './model/index.js';
export type {
  ChathooksErrorCode,
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
  LintOptions,
  LintResult,
  NoSignatureScheme,
  Problem,
  ReplyContract,
  RetryCondition,
  RuntimeContract,
  Severity,
  SignatureScheme,
  SignatureSchemeName,
  StandardWebhooksScheme,
  TencentSha256Scheme,
  Transport,
  ValidationIssue,
} from './model/index.js';
export { generateContract, writeGenerated, checkGenerated, type GeneratedFiles, type Drift } from './codegen/index.js';
export { createReceiver, MemorySeenStore, WebhookRequestError, PROBLEM_STATUS, type Receiver, type ReceiverOptions, type SeenStore } from './receiver/index.js';
export { verifySignature, signRequest, SignatureVerificationError, type SignatureFailureReason, type SignatureInput } from './signing/index.js';
export { deliver, createDeliverer, frameRequest, scaledClock, type Attempt, type DeliverOptions, type Transcript } from './delivery/index.js';
export { runConsumerContract, runProviderContract, toJUnit, toJSON, type CaseResult, type ContractReport, type ConsumerContractOptions, type ProviderContractOptions } from './testing/index.js';
