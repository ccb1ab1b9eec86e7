/**
 * The chathooks extensions (`x-chathooks-*`) and the schema each value must satisfy. Unknown
 * `x-chathooks-*` keys are errors too: a typo must not silently drop a setting.
 */
import { SCHEME_NAMES, SCHEMES } from '../signing/registry.js';
import { CONFIDENCES, EVENT_KINDS, type SignatureScheme } from './model.js';

const confidence = { enum: [...CONFIDENCES] };
const docMeta = {
  secret: { type: 'string' },
  source: { type: 'string', minLength: 1 },
  confidence,
  notes: { type: 'string' },
};

/**
 * Values an extension field takes when the spec leaves it out (documented in the README's extension table):
 * `success` is what most platforms accept. A signature scheme's defaults are the `default`s of its parameters.
 */
export const EXTENSION_DEFAULTS = {
  deliverySuccess: '2xx',
} as const;

/**
 * The schema of `x-chathooks-signature`, assembled from the scheme registry: `scheme` is one of its names, and
 * each scheme's own parameters (plus the documentation fields) close the object, one `if`/`then` per scheme.
 */
function signatureSchema(): object {
  return {
    type: 'object',
    required: ['scheme'],
    properties: { scheme: { enum: SCHEME_NAMES } },
    allOf: SCHEME_NAMES.map((name) => {
      const { properties, required } = SCHEMES[name].parameters;
      return {
        if: { properties: { scheme: { const: name } } },
        then: {
          ...(required.length ? { required: [...required] } : {}),
          additionalProperties: false,
          properties: { scheme: true, ...properties, ...docMeta },
        },
      };
    }),
  };
}

/**
 * Fill the parameters a spec leaves out with their scheme's `default`s (Standard Webhooks' `toleranceSec`);
 * given ones keep their order, filled ones come after.
 *
 * @example
 * withSignatureDefaults(doc['x-chathooks-signature']); // Standard Webhooks without `toleranceSec` gets 300
 */
export function withSignatureDefaults(signature: SignatureScheme): SignatureScheme {
  // A spec with an unknown scheme was reported already; it is still built (lint goes on), so leave it be.
  if (!Object.hasOwn(SCHEMES, signature.scheme)) return signature;
  const filled: Record<string, unknown> = { ...signature };
  for (const [key, schema] of Object.entries(SCHEMES[signature.scheme].parameters.properties)) {
    if (filled[key] === undefined && 'default' in schema) filled[key] = (schema as { default: unknown }).default;
  }
  // Only absent keys were filled, each with its own schema's default: still the same scheme.
  return filled as unknown as SignatureScheme;
}

/** Extensions allowed at the document root. */
export const ROOT_EXTENSIONS: Readonly<Record<string, object>> = {
  // A slug; checked with the id derived from the file name (id.ts), so both get the same message.
  'x-chathooks-id': { type: 'string' },
  'x-chathooks-discriminator': {
    type: 'object',
    required: ['in', 'name'],
    additionalProperties: false,
    properties: {
      in: { enum: ['query', 'header', 'body'] },
      name: { type: 'string', minLength: 1 },
      bodyField: { type: 'string', minLength: 1 },
    },
  },
  'x-chathooks-event-set': { enum: ['closed', 'open'] },
  'x-chathooks-idempotency-key': {
    type: 'array',
    minItems: 1,
    items: {
      type: 'string',
      pattern: '^(/.*|query:.+)$',
      description: 'a JSON pointer into the payload or query:<name>',
    },
  },
  'x-chathooks-app-id': {
    type: 'object',
    required: ['in', 'name'],
    additionalProperties: false,
    properties: { in: { enum: ['query', 'header', 'body'] }, name: { type: 'string', minLength: 1 } },
  },
  'x-chathooks-signature': signatureSchema(),
  // One delivery carries an array of events (LINE); the discriminator and idempotency key apply inside each item.
  'x-chathooks-batch': {
    type: 'object',
    required: ['items', 'envelope'],
    additionalProperties: false,
    properties: {
      items: {
        type: 'string',
        pattern: '^/.+',
        description: 'a JSON pointer (in the body) of the array of events, e.g. /events',
      },
      envelope: { type: 'object', description: 'the schema of the whole body, usually a $ref' },
      empty: { enum: ['verification', 'invalid'] },
      example: true,
    },
  },
  'x-chathooks-delivery': {
    type: 'object',
    required: ['timeoutMs', 'retries', 'retryOn'],
    additionalProperties: false,
    properties: {
      timeoutMs: { type: 'integer', minimum: 1 },
      retries: { type: 'array', items: { type: 'integer', minimum: 0 } },
      retryOn: {
        type: 'array',
        uniqueItems: true,
        items: {
          anyOf: [{ enum: ['timeout', 'network', 'non-2xx'] }, { type: 'integer', minimum: 100, maximum: 599 }],
        },
      },
      success: {
        anyOf: [
          { const: '2xx' },
          { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
        ],
      },
      onTimeout: { enum: ['proceed', 'block'] },
      rateLimit: {
        type: 'object',
        additionalProperties: false,
        properties: { concurrency: { type: 'integer', minimum: 1 }, perMinute: { type: 'integer', minimum: 1 } },
      },
      source: { type: 'string', minLength: 1 },
      confidence,
      notes: { type: 'string' },
    },
  },
};

/** Extensions allowed on event messages (`required` ones must be present on every event). */
export const MESSAGE_EXTENSIONS: Readonly<Record<string, { schema: object; required: boolean }>> = {
  'x-chathooks-kind': { schema: { enum: [...EVENT_KINDS] }, required: true },
  'x-chathooks-confidence': { schema: confidence, required: true },
  'x-chathooks-source': { schema: { type: 'string', minLength: 1 }, required: true },
  'x-chathooks-notes': { schema: { type: 'string' }, required: false },
  'x-chathooks-invalid-examples': {
    required: false,
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'reason', 'pointer', 'payload'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          summary: { type: 'string' },
          reason: { type: 'string', minLength: 1 },
          pointer: { type: 'string', pattern: '^(/.*)?$' },
          keyword: { type: 'string', minLength: 1 },
          payload: true,
        },
      },
    },
  },
};
