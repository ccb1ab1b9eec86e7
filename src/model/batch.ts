/**
 * Batched deliveries (`x-chathooks-batch`): one body carries an array of events at a JSON pointer (LINE:
 * `{ destination, events: [...] }`). The one place that reads that array out of a body and wraps events into
 * an envelope; the receiver, the sender, the mocks and the contract runner all go through it.
 */
import type { BatchContract, Contract } from './model.js';
import { getAt, parsePointer, toPointer } from './pointer.js';

/** What an empty batch is when the spec does not say: a malformed delivery (a spec opts into `verification`). */
export const DEFAULT_BATCH_EMPTY: BatchContract['empty'] = 'invalid';

/**
 * The array of events of a batch body, or undefined when the body has none at the batch's pointer.
 *
 * @example
 * batchItems(line.contract.batch!, { destination: 'U…', events: [{ type: 'follow' }] }); // [{ type: 'follow' }]
 */
export function batchItems(batch: Pick<BatchContract, 'items'>, body: unknown): unknown[] | undefined {
  const items = getAt(body, batch.items);
  return Array.isArray(items) ? items : undefined;
}

/**
 * The JSON pointer of item `index` of a batch, with `rest` (a pointer inside the item) appended.
 *
 * @example
 * itemPointer({ items: '/events' }, 2, '/message/text'); // '/events/2/message/text'
 */
export function itemPointer(batch: Pick<BatchContract, 'items'>, index: number, rest = ''): string {
  return `${toPointer([...parsePointer(batch.items), index])}${rest}`;
}

/**
 * One delivery's body: the batch's envelope example (or `{}`) with its array of events set to `items`. Not a
 * batch contract: the only item as it is (a one-event delivery).
 *
 * @example
 * wrapBatch(line.contract, [line.examples.follow[0].payload]); // { destination: 'U…', events: [{ type: 'follow', … }] }
 */
export function wrapBatch(contract: Pick<Contract, 'batch'>, items: readonly unknown[]): unknown {
  const { batch } = contract;
  if (!batch) return items[0];
  const tokens = parsePointer(batch.items);
  // A copy: the example is the contract's, shared by every delivery.
  const envelope: unknown = batch.example === undefined ? {} : structuredClone(batch.example);
  if (tokens.length === 0) return [...items];
  let node = envelope as Record<string, unknown>;
  for (const token of tokens.slice(0, -1)) {
    const next = node[token];
    node = node[token] = next !== null && typeof next === 'object' && !Array.isArray(next) ? { ...next } : {};
  }
  node[tokens.at(-1)!] = [...items];
  return envelope;
}

/** A validation problem as runtime validators report it. */
interface Issue {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/** What a batch validator checks items with: the type guard of each event, by name. */
interface ItemGuard {
  (data: unknown): boolean;
  errors: readonly Issue[] | null;
}

/**
 * The validator of a whole batch body: the envelope's schema first, then every item whose event the contract
 * knows against that event's schema, issues pointing into the body (`/events/2/message/text`). Items of an event
 * the contract does not list pass (platforms add events; the receiver's `onUnknownEvent` decides). `envelope` is
 * the envelope's own validator, for callers that judge the items one by one (the receiver).
 */
export interface BatchValidator<T = unknown, E = unknown> {
  (data: unknown): data is T;
  errors: readonly Issue[] | null;
  readonly envelope: ((data: unknown) => data is E) & { errors: readonly Issue[] | null };
}

/**
 * The event name of one item of a batch: its discriminator field, or the only event of a one-event contract.
 *
 * @example
 * itemEventName(line.contract, { type: 'follow' }); // 'follow'
 */
export function itemEventName(contract: Pick<Contract, 'discriminator' | 'events'>, item: unknown): string | undefined {
  const d = contract.discriminator;
  if (!d) return contract.events.length === 1 ? contract.events[0]!.name : undefined;
  const value = getAt(item, [d.name]);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Build a batch validator from the envelope's validator and the events' validators (what `toRuntime` compiles;
 * generated modules emit the same logic in JavaScript).
 *
 * @example
 * const check = batchGuard(contract, envelopeGuard, validators);
 * check({ destination: 'U…', events: [{ type: 'message' }] }); // false; check.errors[0].pointer === '/events/0/timestamp'
 */
export function batchGuard(
  contract: Pick<Contract, 'batch' | 'discriminator' | 'events'>,
  envelope: ItemGuard,
  validators: { readonly [event: string]: ItemGuard | undefined },
): BatchValidator {
  const batch = contract.batch!;
  const validate = ((data: unknown) => {
    if (!envelope(data)) {
      validate.errors = envelope.errors;
      return false;
    }
    const errors: Issue[] = [];
    (batchItems(batch, data) ?? []).forEach((item, i) => {
      const name = itemEventName(contract, item);
      const check = name !== undefined && Object.hasOwn(validators, name) ? validators[name] : undefined;
      if (!check || check(item)) return;
      for (const e of check.errors ?? []) errors.push({ ...e, pointer: itemPointer(batch, i, e.pointer) });
    });
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  }) as BatchValidator & { errors: readonly Issue[] | null };
  validate.errors = null;
  Object.defineProperty(validate, 'envelope', { value: envelope, enumerable: true });
  return validate;
}
