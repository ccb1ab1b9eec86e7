/**
 * What each source format reader (openapi.ts, asyncapi2.ts) hands to the builder: where the deliveries are
 * described, the schema of each delivery's body, its examples and the reply. Format-neutral.
 */

/** A named example as the source gives it. */
export interface SourceExample {
  name: string;
  summary?: string;
  payload: unknown;
}

/** The body of one described delivery (one webhook, one callback, one AsyncAPI message, or the receiver path's body). */
export interface SourcePayload {
  /** JSON pointer of the schema in the bundled document (it may be a `{ $ref }`). */
  pointer: string;
  /** The source's name for it (webhook key, message name), used when no discriminator names the event. */
  name: string;
  title?: string;
  summary?: string;
  description?: string;
  tags: string[];
  /** URL of the documentation this delivery is described on. */
  docs?: string;
  examples: SourceExample[];
  /** Schema of the request headers, if the source describes them (pointer into the bundled document). */
  headersPointer?: string;
}

/** What the receiver answers, as the source describes it. */
export interface SourceReply {
  status: number;
  /** Pointer of the body schema in the bundled document; absent when no body is described. */
  schemaPointer?: string;
  description?: string;
  examples: SourceExample[];
}

export interface SourceShape {
  /** How the source describes deliveries, for messages: `OpenAPI 3.1 webhooks`, `receiver path /callback`. */
  describedAs: string;
  /** The receiver path of the spec's channel. */
  address: string;
  /** HTTP method of the deliveries. */
  method: string;
  payloads: SourcePayload[];
  /** A body that carries an array of events (LINE): the array's property; each payload is then ONE item. */
  batch?: { items: string; envelopePointer: string; examples: SourceExample[] };
  reply?: SourceReply;
  info: { title: string; version: string; description?: string };
  /** The document's own documentation URL (`externalDocs.url`). */
  docs?: string;
}
