/**
 * What a handler gets (`WebhookContext`), built per event: cheap to create, its delivery key computed when first
 * read. For an event of a batch, the key is read inside the event, and `batch` says where it sits.
 */
import type { Contract } from '../model/model.js';
import type { DeliveryKey } from './idempotency.js';
import type { HeaderReader, WebhookContext, WebhookRequest } from './types.js';

/**
 * What a handler gets. The delivery key (a body hash for some contracts) and the query (a URL parse) are computed
 * when first read; an object literal with getters would cost ~1 µs per request to create, a class ~10 ns.
 */
export class DeliveryContext implements WebhookContext {
  declare readonly batch?: { index: number; size: number };
  readonly rawBody: Uint8Array;
  readonly headers: HeaderReader;
  #deliveryId: string | undefined;
  readonly #payload: unknown;
  readonly #request: WebhookRequest;
  readonly #key: DeliveryKey;
  constructor(
    readonly event: string,
    payload: unknown,
    request: WebhookRequest,
    readonly contract: Contract,
    key: DeliveryKey,
    batch?: { index: number; size: number },
  ) {
    if (batch) this.batch = batch;
    this.rawBody = request.rawBody;
    this.headers = request.headers;
    this.#payload = payload;
    this.#request = request;
    this.#key = key;
  }
  get deliveryId(): string {
    return (this.#deliveryId ??= this.#key(
      this.event,
      this.#payload,
      this.batch ? itemKeyed(this.#request, this.#payload) : this.#request,
    ));
  }
  get query(): URLSearchParams {
    return this.#request.url.searchParams;
  }
  /** Every field, as the plain object it reads like (JSON.stringify skips getters). */
  toJSON(): WebhookContext {
    return {
      event: this.event,
      deliveryId: this.deliveryId,
      rawBody: this.rawBody,
      headers: this.headers,
      query: this.query,
      contract: this.contract,
      ...(this.batch ? { batch: this.batch } : {}),
    };
  }
}

/**
 * What an event of a batch is keyed by when it carries none of the contract's key fields: its own JSON, not the
 * batch's raw body (two events of one batch must not share a key; the same event redelivered must keep its key).
 */
function itemKeyed(request: WebhookRequest, item: unknown): WebhookRequest {
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawBody: Buffer.from(JSON.stringify(item)),
  };
}
