/**
 * Receiver options checked once, at construction: a value that would misbehave per request (a timeout of 0 or
 * NaN that fails every handler after 1 ms, a NaN body limit that bounds nothing, a misspelt policy that silently
 * acknowledges everything) is an OptionError naming the option, the value's problem and the fix.
 */
import { OptionError } from '../model/errors.js';
import { constants } from 'node:buffer';
import { requireSecrets } from '../signing/secrets.js';
import type { Contract } from '../model/model.js';
import { editDistance } from '../model/naming.js';
import type { InvalidEventPolicy } from './batch.js';
import type { UnknownEventPolicy } from './core.js';

/** setTimeout's largest delay; a larger one fires after 1 ms (with a warning). */
export const MAX_TIMEOUT_MS = 2_147_483_647;
/** The body is decoded to one string to parse it: a larger limit could admit a body that cannot be decoded. */
export const MAX_BODY_LIMIT = constants.MAX_STRING_LENGTH;

const POLICIES: readonly UnknownEventPolicy[] = ['ignore', 'warn', 'reject'];
const INVALID_EVENT_POLICIES: readonly InvalidEventPolicy[] = ['reject', 'skip'];

/** What `createCore` checks: the options as a user may pass them from plain JavaScript (anything). */
export interface UncheckedOptions {
  secret?: unknown;
  on?: unknown;
  onUnknownEvent?: unknown;
  onInvalidEvent?: unknown;
  onVerify?: unknown;
  maxBodyBytes?: unknown;
  now?: unknown;
  appId?: unknown;
  idempotency?: unknown;
  handlerTimeoutMs?: unknown;
  onError?: unknown;
  logger?: unknown;
}

/**
 * A whole number of `unit` in [min, max], or an OptionError saying which option and why.
 *
 * @example
 * wholeNumber('createReceiver(protocol): `handlerTimeoutMs`', 0, 1, MAX_TIMEOUT_MS, 'ms'); // throws: … is 0; …
 */
export function wholeNumber(what: string, value: unknown, min: number, max: number, unit: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const shown = typeof value === 'number' ? String(value) : `${typeof value} ${JSON.stringify(value) ?? ''}`.trim();
    throw new OptionError(`${what} is ${shown}; it must be a whole number of ${unit} from ${min} to ${max}.`);
  }
  return value;
}

/**
 * Check every option of `createReceiver` (and the mock's core) against the contract; throws OptionError.
 * `label` prefixes messages, e.g. "createReceiver(protocol)".
 *
 * @example
 * checkOptions(protocol.contract, { handlerTimeoutMs: Number.NaN }, 'createReceiver(protocol)'); // OptionError
 */
export function checkOptions(contract: Contract, options: UncheckedOptions, label: string): void {
  const { secret } = options;
  if (secret !== undefined) requireSecrets(Array.isArray(secret) ? secret : [secret], `${label}: \`secret\``);
  if (options.maxBodyBytes !== undefined)
    wholeNumber(`${label}: \`maxBodyBytes\``, options.maxBodyBytes, 1, MAX_BODY_LIMIT, 'bytes');
  if (options.handlerTimeoutMs !== undefined)
    wholeNumber(`${label}: \`handlerTimeoutMs\``, options.handlerTimeoutMs, 1, MAX_TIMEOUT_MS, 'ms');
  const policy = options.onUnknownEvent;
  if (policy !== undefined && !POLICIES.includes(policy as UnknownEventPolicy)) {
    throw new OptionError(
      `${label}: \`onUnknownEvent\` is ${JSON.stringify(policy)}; use one of ${POLICIES.map((p) => `'${p}'`).join(', ')}.`,
    );
  }
  checkBatchOptions(contract, options, label);
  if (options.appId !== undefined && (typeof options.appId !== 'string' || options.appId === '')) {
    throw new OptionError(
      `${label}: \`appId\` is ${typeof options.appId === 'string' ? 'empty' : `a ${typeof options.appId}`}; pass it as a string, as the platform sends it (e.g. '1400000000').`,
    );
  }
  for (const name of ['now', 'onError', 'onVerify'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function')
      throw new OptionError(`${label}: \`${name}\` is a ${typeof options[name]}; pass a function or leave it out.`);
  }
  const logger = options.logger as { warn?: unknown } | undefined;
  if (logger !== undefined && (logger === null || typeof logger.warn !== 'function'))
    throw new OptionError(`${label}: \`logger\` has no warn(message) method; pass console or an object with one.`);
  checkStore(options.idempotency, label);
  checkHandlers(contract, options.on, label);
}

/** `onInvalidEvent` and `onVerify` are about batches: a value must be a known one, and only a batch contract takes them. */
function checkBatchOptions(contract: Contract, options: UncheckedOptions, label: string): void {
  const policy = options.onInvalidEvent;
  if (policy !== undefined && !INVALID_EVENT_POLICIES.includes(policy as InvalidEventPolicy)) {
    throw new OptionError(
      `${label}: \`onInvalidEvent\` is ${JSON.stringify(policy)}; use one of ${INVALID_EVENT_POLICIES.map((p) => `'${p}'`).join(', ')}.`,
    );
  }
  if (contract.batch) return;
  for (const name of ['onInvalidEvent', 'onVerify'] as const) {
    if (options[name] !== undefined)
      throw new OptionError(
        `${label}: \`${name}\` is for contracts whose deliveries carry a batch of events (x-chathooks-batch); ${contract.title} sends one event per delivery, so an invalid one is always refused with 400. Leave it out.`,
      );
  }
}

function checkStore(store: unknown, label: string): void {
  if (store === undefined || store === false) return;
  const s = store as Record<string, unknown> | null;
  if (s === null || typeof s !== 'object' || typeof s.get !== 'function' || typeof s.set !== 'function') {
    throw new OptionError(
      `${label}: \`idempotency\` must be a store with get(key) and set(key, reply) (e.g. new MemorySeenStore()), or false to handle every delivery.`,
    );
  }
  if (
    (s.claim === undefined) !== (s.release === undefined) ||
    (s.claim !== undefined && (typeof s.claim !== 'function' || typeof s.release !== 'function'))
  ) {
    throw new OptionError(
      `${label}: \`idempotency\` store has ${s.claim === undefined ? 'release without claim' : 'claim without release'}; a store that claims keys must release them too (see SeenStore).`,
    );
  }
}

function checkHandlers(contract: Contract, on: unknown, label: string): void {
  if (on === undefined) return;
  if (on === null || typeof on !== 'object')
    throw new OptionError(`${label}: \`on\` must be an object of handlers by event name.`);
  const names = new Set(contract.events.map((e) => e.name));
  for (const [name, handler] of Object.entries(on)) {
    if (!names.has(name)) {
      const near = contract.events
        .map((e) => e.name)
        .sort((a, b) => editDistance(name, a) - editDistance(name, b))
        .slice(0, 3);
      throw new OptionError(
        `${label}: \`on\` has a handler for "${name}", which ${contract.title} does not send; did you mean ${near.map((n) => `"${n}"`).join(', ')}?`,
      );
    }
    if (handler !== undefined && typeof handler !== 'function')
      throw new OptionError(
        `${label}: \`on["${name}"]\` is a ${handler === null ? 'null' : typeof handler}, not a function.`,
      );
  }
}
