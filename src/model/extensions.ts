/**
 * The chathooks extensions (`x-chathooks-*`) and the schema each value must satisfy. Unknown
 * `x-chathooks-*` keys are errors too: a typo must not silently drop a setting.
 */
import { CONFIDENCES, EVENT_KINDS } from './model.js';

const confidence = { enum: [...CONFIDENCES] };
const docMeta = {
  secret: { type: 'string' },
  source: { type: 'string', minLength: 1 },
  confidence,
  notes: { type: 'string' },
};
const headerName = { type: 'string', pattern: '^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$' };

/**
 * Values an extension field takes when the spec leaves it out (documented in the README's extension table).
 * `toleranceSec` is Standard Webhooks' recommended five minutes; `success` is what most platforms accept.
 */
export const EXTENSION_DEFAULTS = {
  standardWebhooksToleranceSec: 300,
  deliverySuccess: '2xx',
} as const;

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
    items: { type: 'string', pattern: '^(/.*|query:.+)$', description: 'a JSON pointer into the payload or query:<name>' },
  },
  'x-chathooks-app-id': {
    type: 'object',
    required: ['in', 'name'],
    additionalProperties: false,
    properties: { in: { enum: ['query', 'header', 'body'] }, name: { type: 'string', minLength: 1 } },
  },
  'x-chathooks-signature': {
    type: 'object',
    required: ['scheme'],
    properties: { scheme: { enum: ['hmac-sha256', 'tencent-sha256', 'standard-webhooks', 'none'] } },
    allOf: [
      {
        if: { properties: { scheme: { const: 'hmac-sha256' } } },
        then: {
          required: ['header', 'encoding'],
          additionalProperties: false,
          properties: {
            scheme: true,
            header: headerName,
            legacyHeaders: { type: 'array', items: headerName },
            encoding: { enum: ['hex', 'base64'] },
            prefix: { type: 'string' },
            ...docMeta,
          },
        },
      },
      {
        if: { properties: { scheme: { const: 'tencent-sha256' } } },
        then: {
          required: ['signParam', 'timeParam', 'toleranceSec', 'required'],
          additionalProperties: false,
          properties: {
            scheme: true,
            signParam: { type: 'string', minLength: 1 },
            timeParam: { type: 'string', minLength: 1 },
            toleranceSec: { type: 'integer', minimum: 1 },
            required: { type: 'boolean' },
            ...docMeta,
          },
        },
      },
      {
        if: { properties: { scheme: { const: 'standard-webhooks' } } },
        then: {
          additionalProperties: false,
          properties: { scheme: true, toleranceSec: { type: 'integer', minimum: 1 }, ...docMeta },
        },
      },
      {
        if: { properties: { scheme: { const: 'none' } } },
        then: { additionalProperties: false, properties: { scheme: true, ...docMeta } },
      },
    ],
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
        items: { anyOf: [{ enum: ['timeout', 'network', 'non-2xx'] }, { type: 'integer', minimum: 100, maximum: 599 }] },
      },
      success: {
        anyOf: [{ const: '2xx' }, { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } }],
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
