/**
 * chathooks: type-safe webhook contracts for chat platforms. The root entry is the runtime — receive and verify,
 * sign and deliver, contract-test — plus the Contract model's types; importing it loads no tooling package.
 * `loadContract`, `lintSpec`, `lintText` and the codegen functions are here too, as wrappers that load
 * `chathooks/spec` and `chathooks/codegen` on first call (they need the tooling: README "Installing"), and the
 * contract runners, which load `chathooks/contract` (the mock server with them) on first call.
 *
 * @example
 * import { createReceiver, deliver } from 'chathooks';
 * import * as protocol from 'chathooks/generated/protocol';
 * const receiver = createReceiver(protocol, { secret, on: { 'message.created': () => undefined } });
 */
import type * as Codegen from './codegen/index.js';
import type * as Load from './model/load.js';
import type * as Testing from './testing/index.js';

export { ContractError, formatProblem } from './model/problems.js';
export { MissingPackageError } from './tooling.js';
export { ChathooksError, OptionError, type ChathooksErrorCode } from './model/errors.js';
export { toRuntime, type RuntimeContract } from './model/runtime.js';
export { wrapBatch, type BatchValidator } from './model/batch.js';
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
} from './model/model.js';
export type { LintOptions, LintResult } from './model/load.js';
export type { Problem, Severity } from './model/problems.js';
export type { ValidationIssue } from './model/ajv.js';
export type { GeneratedFiles, Drift } from './codegen/index.js';
export {
  createReceiver,
  MemorySeenStore,
  WebhookRequestError,
  PROBLEM_STATUS,
  type Receiver,
  type ReceiverOptions,
  type SeenStore,
} from './receiver/index.js';
export {
  verifySignature,
  signRequest,
  SignatureVerificationError,
  type SignatureFailureReason,
  type SignatureInput,
} from './signing/index.js';
export {
  deliver,
  createDeliverer,
  scaledClock,
  type Attempt,
  type DeliverOptions,
  type Transcript,
} from './delivery/index.js';
export { toJUnit, toJSON, type CaseResult, type ContractReport } from './testing/report.js';
export type { ConsumerContractOptions, ProviderContractOptions } from './testing/index.js';

/**
 * Load a spec into the Contract model (throws ContractError listing every problem); loads the spec tooling on first call.
 *
 * @example
 * const contract = await loadContract('spec/protocol.yaml');
 */
export const loadContract: typeof Load.loadContract = async (...args) =>
  (await import('./model/load.js')).loadContract(...args);

/**
 * Lint a spec file: every problem, and the contract when there are no errors.
 *
 * @example
 * const { problems } = await lintSpec('spec/protocol.yaml');
 */
export const lintSpec: typeof Load.lintSpec = async (...args) => (await import('./model/load.js')).lintSpec(...args);

/**
 * Lint spec text (YAML or JSON) as if read from `file`.
 *
 * @example
 * const { contract } = await lintText(yamlText, 'my.yaml');
 */
export const lintText: typeof Load.lintText = async (...args) => (await import('./model/load.js')).lintText(...args);

/**
 * Every generated file of a contract (nothing is written); loads codegen and its tooling on first call.
 *
 * @example
 * const files = await generateContract(await loadContract('spec/protocol.yaml'));
 */
export const generateContract: typeof Codegen.generateContract = async (...args) =>
  (await import('./codegen/index.js')).generateContract(...args);

/**
 * Write generated files under a directory, removing only stale files codegen wrote before.
 *
 * @example
 * await writeGenerated(files, 'generated');
 */
export const writeGenerated: typeof Codegen.writeGenerated = async (...args) =>
  (await import('./codegen/index.js')).writeGenerated(...args);

/**
 * Compare generated files with what is on disk (drift), without writing.
 *
 * @example
 * const drift = await checkGenerated(files, 'generated');
 */
export const checkGenerated: typeof Codegen.checkGenerated = async (...args) =>
  (await import('./codegen/index.js')).checkGenerated(...args);

/**
 * Replay a contract against a receiver (see `chathooks/contract`); loads the runners on first call.
 *
 * @example
 * const report = await runConsumerContract({ contract: sendbird, target: 'http://127.0.0.1:8080/webhooks/sendbird', secret });
 */
export const runConsumerContract: typeof Testing.runConsumerContract = async (...args) =>
  (await import('./testing/index.js')).runConsumerContract(...args);

/**
 * Run a sender against the mock consumer under fault scenarios (see `chathooks/contract`); loads the runners on first call.
 *
 * @example
 * const report = await runProviderContract({ contract: gaife, timeScale: 0.01, send: ({ url, secret, timeScale }) => mySender.deliver({ url, secret, timeScale }) });
 */
export const runProviderContract: typeof Testing.runProviderContract = async (...args) =>
  (await import('./testing/index.js')).runProviderContract(...args);
