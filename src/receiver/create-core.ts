/**
 * A receiver's options, checked and defaults filled in once, as the core that both `createReceiver` and the mock
 * consumer run (internal; `createReceiver` is the public way in).
 */
import { schemeModule } from '../signing/registry.js';
import { OptionError } from '../model/errors.js';
import type { Contract } from '../model/model.js';
import { precompile, toRuntime, type RuntimeContract } from '../model/runtime.js';
import { ReceiverCore } from './core.js';
import { MemorySeenStore } from './idempotency.js';
import type { ReceiverOptions } from './index.js';
import { checkOptions, type UncheckedOptions } from './options.js';

/** `maxBodyBytes` when none is given: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The core for a contract and receiver options; bad options throw an OptionError naming the option (see `checkOptions`).
 *
 * @example
 * const core = createCore(protocol, { secret, idempotency: false });
 * core.check(request); // { name, event, payload }, or throws WebhookRequestError
 */
export function createCore(
  source: Contract | RuntimeContract,
  options: Omit<ReceiverOptions<RuntimeContract>, 'on'> & { on?: object },
): ReceiverCore {
  // Every validator compiled before the first request (a plain Contract's, that is: generated ones are).
  const generated = precompile(toRuntime(source));
  const { contract } = generated;
  const label = `createReceiver(${contract.id})`;
  checkOptions(contract, options as UncheckedOptions, label);
  const secrets =
    options.secret === undefined ? [] : typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (schemeModule(contract.signature).signs && secrets.length === 0) {
    throw new OptionError(
      `${label}: ${contract.title} signs its webhooks (${contract.signature.scheme}); pass \`secret\` (${contract.signature.secret ?? 'the signing secret'}).`,
    );
  }
  const logger = options.logger ?? console;
  return new ReceiverCore(generated, {
    secrets,
    secretOption: `${label}: \`secret\``,
    handlers: (options.on ?? {}) as Record<string, undefined>,
    onUnknownEvent: options.onUnknownEvent ?? (contract.eventSet === 'open' ? 'warn' : 'reject'),
    onInvalidEvent: options.onInvalidEvent ?? 'reject',
    onVerify: options.onVerify,
    now: options.now ?? Date.now,
    appId: options.appId,
    store: options.idempotency === false ? undefined : (options.idempotency ?? new MemorySeenStore()),
    onError:
      options.onError ??
      ((error) =>
        logger.warn(`chathooks: webhook handler failed: ${error instanceof Error ? error.message : String(error)}`)),
    warn: (message) => logger.warn(message),
    handlerTimeoutMs: options.handlerTimeoutMs ?? contract.delivery.timeoutMs,
  });
}
