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
