/**
 * Where a delivery names its event: the contract's discriminator (a body field, a query parameter or a header,
 * with Tencent's body fallback), or the only event of a one-event contract. The one reader the receiver, the
 * mock consumers and the contract runners use, and the one writer senders frame requests with.
 */
import { batchItems, itemEventName } from './batch.js';
import type { Contract, Discriminator } from './model.js';
import { getAt, parsePointer } from './pointer.js';

/** What the reader needs of a request: its URL (the query) and case-insensitive headers. */
export interface EventNameSource {
  readonly url: URL;
  readonly headers: { get(name: string): string | null };
}

/** Reads the event name of a request and its parsed body (`undefined` when the body did not parse). */
export type EventNameReader = (request: EventNameSource, payload: unknown) => string | undefined;

/**
 * The event-name reader of a contract (its pointers parsed once): undefined when the request names no event. A
 * batch contract's delivery is named by its first event (undefined for an empty batch).
 *
 * @example
 * const eventName = eventNameReader(sendbird.contract);
 * eventName({ url, headers }, { category: 'group_channel:message_send' }); // 'group_channel:message_send'
 */
export function eventNameReader(contract: Contract): EventNameReader {
  // A batch (LINE) names each event inside its item: the delivery is named by its first event.
  const { batch } = contract;
  if (batch) return (_request, payload) => itemEventName(contract, batchItems(batch, payload)?.[0]);
  const d = contract.discriminator;
  if (!d) {
    const only = contract.events.length === 1 ? contract.events[0]!.name : undefined;
    return () => only;
  }
  const at = parsePointer(`/${d.name}`);
  // Tencent repeats the command in the body; accept it there when the query lacks it.
  const fallback = d.bodyField ? parsePointer(`/${d.bodyField}`) : undefined;
  return (request, payload) => {
    const value =
      d.in === 'query'
        ? request.url.searchParams.get(d.name)
        : d.in === 'header'
          ? request.headers.get(d.name)
          : getAt(payload, at);
    if (typeof value === 'string') return value;
    if (fallback) {
      const body = getAt(payload, fallback);
      if (typeof body === 'string') return body;
    }
    return undefined;
  };
}

/**
 * Where a request missing its event name should have carried it, for error messages and details.
 *
 * @example
 * eventNameLocation({ in: 'query', name: 'CallbackCommand' }); // { text: 'query parameter CallbackCommand', details: { parameter: 'CallbackCommand' } }
 */
export function eventNameLocation(d: Discriminator): { text: string; details: Record<string, string> } {
  switch (d.in) {
    case 'body':
      return { text: `body field ${d.name}`, details: { pointer: `/${d.name}` } };
    case 'query':
      return { text: `query parameter ${d.name}`, details: { parameter: d.name } };
    case 'header':
      return { text: `header ${d.name}`, details: { header: d.name } };
  }
}

/**
 * Frame the event name outside the body, where the platform sends it (a query parameter or a header); a body
 * discriminator is already in the payload.
 *
 * @example
 * writeEventName(tencent.contract.discriminator, 'Group.CallbackAfterNewMemberJoin', url, headers); // ?CallbackCommand=…
 */
export function writeEventName(
  d: Discriminator | undefined,
  name: string,
  url: URL,
  headers: Record<string, string>,
): void {
  if (d?.in === 'query') url.searchParams.set(d.name, name);
  if (d?.in === 'header') headers[d.name.toLowerCase()] = name;
}
