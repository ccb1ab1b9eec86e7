// generated from spec/line.yaml by chathooks; do not edit
import type { EventMap, EventName, ReplyMap } from './types.js';

/** A validation problem: where (a JSON pointer into the payload), which schema keyword, and what. */
export interface ValidationIssue {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/** Standard Schema v1 (https://standardschema.dev), inlined so the generated code depends on nothing. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey> | undefined }> };

/** A generated validator: a type guard; after a failed call, `errors` lists every issue. */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  (data: unknown): data is T;
  errors: ValidationIssue[] | null;
}

/** Validators of event payloads, by event name. */
export declare const validators: { readonly [K in EventName]: Validator<EventMap[K]> };

/** Validators of the reply each event expects, by event name. */
export declare const replyValidators: { readonly [K in EventName]: Validator<ReplyMap[K]> };

import type { Batch, BatchEnvelope } from './types.js';

/** Validates a whole delivery: the envelope, then each item against its event's schema. `.envelope` checks the envelope alone. */
export declare const batchValidator: Validator<Batch> & { readonly envelope: Validator<BatchEnvelope> };
