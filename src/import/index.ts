/**
 * `chathooks import`: a published webhook description (OpenAPI 3.0/3.1 `webhooks`, `callbacks` or a receiver
 * path with a discriminated body; AsyncAPI 2.x `subscribe` messages) → a chathooks spec (AsyncAPI 3.0.0).
 * Read (bundling local files) → recognise the format → find the deliveries → events and schemas → document →
 * YAML. Everything is decided from the input alone: the same input and flags give the same bytes.
 */
import { readAsyncApi2 } from './asyncapi2.js';
import { checkKindNames, parseDelivery, parseKinds, parseSignature, type Decisions } from './decisions.js';
import { detectFormat } from './detect.js';
import { emitDocument, headerComment } from './emit.js';
import { buildEvents } from './events.js';
import { readOpenApi } from './openapi.js';
import { SchemaConverter } from './schemas.js';
import { readSource } from './source.js';
import { toYamlText } from './yaml-text.js';

export { ImportError } from './errors.js';
export { summariseUndecided } from './emit.js';

export interface ImportOptions {
  /** The spec id (`x-chathooks-id`); default: a slug of the document's title. */
  id?: string;
  /** The receiver path to read, when an OpenAPI document has several (`--path`). */
  path?: string;
  /** `--signature <scheme>[,param=value…]`. */
  signature?: string;
  /** `--delivery`: JSON or `key=value` pairs. */
  delivery?: string;
  /** `--kind` values: `<kind>` for every event, `<event>=<kind>` for one. */
  kinds?: readonly string[];
}

export interface ImportResult {
  /** The spec's YAML text. */
  text: string;
  id: string;
  /** How the source describes its deliveries (`OpenAPI 3.0.3 receiver path POST /callback`). */
  describedAs: string;
  events: string[];
  /** What is left for a person to decide (lint reports each). */
  undecided: string[];
  /** Synthesised examples that do not match their schema. */
  warnings: string[];
}

/** A spec id from a title: `Webhook Type Definition` → `webhook-type-definition`. */
function slugId(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug || 'imported';
}

/**
 * Import `file`. Throws an ImportError (with file:line:col) for input it cannot read, an OptionError for bad
 * flags; writes nothing (the caller writes `text`).
 *
 * @example
 * const { text, undecided } = importSpec('line-webhook.yml', { id: 'line', kinds: ['after'] });
 */
export function importSpec(file: string, options: ImportOptions = {}): ImportResult {
  const decisions: Decisions = { kinds: parseKinds(options.kinds ?? []) };
  if (options.signature !== undefined) decisions.signature = parseSignature(options.signature);
  if (options.delivery !== undefined) decisions.delivery = parseDelivery(options.delivery);

  const doc = readSource(file);
  const detected = detectFormat(doc);
  doc.bundle();
  const converter = new SchemaConverter(doc, detected.format === 'openapi-3.0');
  const label = detected.format === 'asyncapi-2' ? `AsyncAPI ${detected.version}` : `OpenAPI ${detected.version}`;
  const shape =
    detected.format === 'asyncapi-2'
      ? readAsyncApi2(doc, label)
      : readOpenApi(doc, label, converter, options.path !== undefined ? { path: options.path } : {});
  const spec = buildEvents(doc, converter, shape);
  const events = spec.events.map((e) => e.name);
  checkKindNames(decisions.kinds, events);
  const id = options.id ?? slugId(shape.info.title);
  const { document, undecided, warnings, synthesised } = emitDocument(spec, converter, {
    id,
    file: doc.file,
    decisions,
  });
  converter.flush();
  const text = toYamlText(document, headerComment(spec, doc.file, undecided, synthesised));
  return { text, id, describedAs: shape.describedAs, events, undecided, warnings };
}
