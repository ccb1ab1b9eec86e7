/**
 * Batched deliveries at the receiver (LINE: `{ destination, events: [...] }`): check the envelope and every
 * event before any handler runs, then dispatch the events one by one, in order, each de-duplicated by its own key,
 * and answer once for the batch.
 *
 * Why stop at the first failing event and answer the failure: the platform redelivers the whole batch, and since
 * every event that succeeded was remembered by its own key (LINE's `webhookEventId`), the redelivery runs only
 * the failed event and those after it — in their order, never twice.
 */
import { batchItems, itemEventName, itemPointer } from '../model/batch.js';
import type { BatchContract, Contract, EventContract } from '../model/model.js';
import type { RuntimeContract } from '../model/runtime.js';
import { toRuntime } from '../model/runtime.js';
import { WebhookRequestError } from './errors.js';
import type { Outcome } from './once.js';

/** What a receiver does with an invalid event inside a batch: refuse the whole batch (400), or skip the event. */
export type InvalidEventPolicy = 'reject' | 'skip';

/** An event of a batch that passed every check: dispatched to its handler. */
export interface CheckedItem {
  /** Its position in the batch's array (0-based). */
  index: number;
  event: EventContract;
  payload: unknown;
}

/** A batch body that passed: the events to dispatch, and every item's event name (null: none), for records. */
export interface CheckedBatch {
  items: CheckedItem[];
  names: (string | null)[];
  /** The batch is empty, and the contract says that is the platform's endpoint check. */
  verification: boolean;
}

export interface BatchPolicy {
  onUnknownEvent: 'ignore' | 'warn' | 'reject';
  onInvalidEvent: InvalidEventPolicy;
  warn: (message: string) => void;
  onError: (error: unknown) => void;
}

/** The envelope's validator: the runtime's, or compiled from the contract for a hand-made runtime object. */
function envelopeOf(runtime: RuntimeContract): NonNullable<RuntimeContract['batchValidator']>['envelope'] {
  return (runtime.batchValidator ?? toRuntime(runtime.contract).batchValidator!).envelope;
}

const first = (issues: readonly { pointer: string; message: string }[] | null): string =>
  issues?.[0] ? `${issues[0].pointer || '/'} ${issues[0].message}` : 'rejected by its schema';

/**
 * Check a batch body (parsed, signature verified): the envelope against its schema, then each item's event name
 * and payload. Throws WebhookRequestError naming the pointer into the body (`/events/2/message/text`).
 *
 * @example
 * checkBatch(runtime, body, policy); // { items: [{ index: 0, event, payload }], names: ['message'], verification: false }
 */
export function checkBatch(runtime: RuntimeContract, body: unknown, policy: BatchPolicy): CheckedBatch {
  const { contract } = runtime;
  const batch = contract.batch!;
  const envelope = envelopeOf(runtime);
  const perItem = envelope(body) ? new Map<number, Issue[]>() : splitIssues(batch, envelope.errors ?? []);
  const list = batchItems(batch, body);
  if (!list) {
    throw new WebhookRequestError(
      'invalid-payload',
      `The ${contract.title} batch carries no array of events at ${batch.items}.`,
      { pointer: batch.items },
    );
  }
  if (list.length === 0) return emptyBatch(contract, batch);
  const byName = new Map(contract.events.map((e) => [e.name, e]));
  const items: CheckedItem[] = [];
  const names: (string | null)[] = [];
  list.forEach((payload, index) => {
    const name = itemEventName(contract, payload);
    names.push(name ?? null);
    const event = name === undefined ? undefined : byName.get(name);
    if (!event) {
      if (unknownItem(contract, batch, index, name, policy)) return;
    } else if (validItem(runtime, batch, { index, event, payload }, perItem.get(index) ?? [], policy))
      items.push({ index, event, payload });
  });
  return { items, names, verification: false };
}

type Issue = { pointer: string; keyword: string; message: string };

/**
 * The envelope's issues by the event they are in (its schema may check the events too: LINE's `Event` base), so
 * that an event's problems are judged with the event (`onInvalidEvent`); any other issue refuses the batch.
 */
function splitIssues(batch: BatchContract, issues: readonly Issue[]): Map<number, Issue[]> {
  const prefix = `${batch.items}/`;
  const byItem = new Map<number, Issue[]>();
  const rest: Issue[] = [];
  for (const issue of issues) {
    const index = issue.pointer.startsWith(prefix) ? /^(\d+)(?:\/|$)/.exec(issue.pointer.slice(prefix.length)) : null;
    if (!index) rest.push(issue);
    else byItem.set(Number(index[1]), [...(byItem.get(Number(index[1])) ?? []), issue]);
  }
  if (rest.length)
    throw new WebhookRequestError('invalid-payload', `The batch is invalid: ${first(rest)}.`, {
      pointer: rest[0]!.pointer,
      issues: rest,
    });
  return byItem;
}

function emptyBatch(contract: Contract, batch: BatchContract): CheckedBatch {
  if (batch.empty === 'verification') return { items: [], names: [], verification: true };
  throw new WebhookRequestError(
    'invalid-payload',
    `The ${contract.title} batch is empty (${batch.items} has no events); the spec says an empty batch is not a delivery.`,
    { pointer: batch.items },
  );
}

/** An item naming no event, or one the spec does not list: refused with the batch, or skipped (true). */
function unknownItem(
  contract: Contract,
  batch: BatchContract,
  index: number,
  name: string | undefined,
  policy: BatchPolicy,
): true {
  const d = contract.discriminator;
  const pointer = itemPointer(batch, index, d ? `/${d.name}` : '');
  if (name === undefined) {
    throw new WebhookRequestError(
      'invalid-payload',
      `Event ${index} of the batch names no event: ${pointer} is missing; every ${contract.title} event names its type there.`,
      { pointer, index },
    );
  }
  if (policy.onUnknownEvent === 'reject') {
    throw new WebhookRequestError(
      'unknown-event',
      `Event ${index} of the batch is an unknown event "${name}" (${pointer}); this receiver knows ${contract.events.length} events of ${contract.title}.`,
      { event: name, pointer, index },
    );
  }
  if (policy.onUnknownEvent === 'warn')
    policy.warn(
      `chathooks: skipped unknown event "${name}" at ${pointer} of a ${contract.title} batch; update the spec if the platform added it.`,
    );
  return true;
}

/**
 * An item against its event's schema (and what the envelope's schema found in it): valid (true), skipped per
 * policy (false), or the batch refused.
 */
function validItem(
  runtime: RuntimeContract,
  batch: BatchContract,
  { index, event, payload }: CheckedItem,
  fromEnvelope: readonly Issue[],
  policy: BatchPolicy,
): boolean {
  const validate = runtime.validators[event.name];
  const own =
    !validate || validate(payload)
      ? []
      : (validate.errors ?? []).map((i) => ({ ...i, pointer: itemPointer(batch, index, i.pointer) }));
  // The event's own issues first (they name its fields); the envelope's repeats of them once.
  const issues = [
    ...own,
    ...fromEnvelope.filter((e) => !own.some((o) => o.pointer === e.pointer && o.keyword === e.keyword)),
  ];
  if (issues.length === 0) return true;
  const error = new WebhookRequestError(
    'invalid-payload',
    `Event ${index} of the batch (${event.name}) is invalid: ${first(issues)}.`,
    { event: event.name, index, pointer: issues[0]?.pointer ?? itemPointer(batch, index), issues },
  );
  if (policy.onInvalidEvent === 'reject') throw error;
  policy.onError(error);
  return false;
}

/** How a batch went: the failed event and its outcome (the batch's answer then), and how many were handled or repeats. */
export interface BatchRun {
  failed?: { index: number; outcome: Outcome };
  handled: number;
  duplicates: number;
}

/**
 * Run each event's work in order, stopping at the first that fails (its outcome is then the batch's answer).
 *
 * @example
 * const run = await runInOrder(checked.items, (item) => once.outcome(keyOf(item), () => dispatch(item), giveUp));
 */
export async function runInOrder(
  items: readonly CheckedItem[],
  work: (item: CheckedItem) => Outcome | Promise<Outcome>,
): Promise<BatchRun> {
  const run: BatchRun = { handled: 0, duplicates: 0 };
  for (const item of items) {
    const outcome = await work(item);
    if (!outcome.remembered) {
      run.failed = { index: item.index, outcome };
      return run;
    }
    if (outcome.response.headers['x-chathooks-duplicate'] === 'true') run.duplicates++;
    else run.handled++;
  }
  return run;
}

/**
 * The `x-chathooks-batch` header of a batch's answer: how many events it carried, how many ran now, how many were
 * repeats answered from the store, and which one failed.
 *
 * @example
 * batchHeader({ handled: 1, duplicates: 2 }, 4); // 'events=4; handled=1; duplicate=2'
 */
export function batchHeader(run: BatchRun, size: number): string {
  return `events=${size}; handled=${run.handled}; duplicate=${run.duplicates}${run.failed ? `; failed=${run.failed.index}` : ''}`;
}
