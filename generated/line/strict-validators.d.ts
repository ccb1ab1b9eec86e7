// generated from spec/line.yaml by chathooks; do not edit
import type { EventMap, EventName, ReplyMap } from './types.js';
import type { Validator } from './validators.js';

/** Strict validators of event payloads (the documented shape), by event name. */
export declare const strictValidators: { readonly [K in EventName]: Validator<EventMap[K]> };

/** Strict validators of the reply each event expects, by event name. */
export declare const strictReplyValidators: { readonly [K in EventName]: Validator<ReplyMap[K]> };
