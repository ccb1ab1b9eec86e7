/**
 * The batch parts of codegen (`x-chathooks-batch`): the bridge's body schema and request examples, the `Batch`
 * types, the `batchValidator` code and the `inBatch` helper of the examples module. Every other emitter calls
 * in here only when the contract has a batch, so one-event-per-delivery contracts generate what they always did.
 */
import { wrapBatch } from '../model/batch.js';
import type { BatchContract, Contract } from '../model/model.js';
import { parsePointer } from '../model/pointer.js';

const quote = (s: string): string => JSON.stringify(s);
const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

/**
 * The bridge's schema of a whole delivery: the envelope, with the array at `items` holding the contract's events.
 *
 * @example
 * batchComponent({ items: '/events', … }, 'CallbackRequest', ['MessageEvent', 'FollowEvent']);
 * // { allOf: [{ $ref: '#/components/schemas/CallbackRequest' }, { properties: { events: { type: 'array', items: { anyOf: […] } } } }] }
 */
export function batchComponent(batch: BatchContract, envelope: string, payloads: string[]): object {
  const items = payloads.length === 1 ? ref(payloads[0]!) : { anyOf: payloads.map(ref) };
  let inner: object = { type: 'array', items };
  for (const token of parsePointer(batch.items).reverse())
    inner = { type: 'object', required: [token], properties: { [token]: inner } };
  return {
    description: `One delivery: the envelope, whose \`${batch.items}\` array carries the events, in order.`,
    allOf: [ref(envelope), inner],
  };
}

/**
 * The bridge's request examples of a batch endpoint: each event example as a delivery of one (keyed
 * `<event>/<example>`, like one-event contracts), and the empty batch where it is the platform's endpoint check.
 *
 * @example
 * Object.keys(batchRequestExamples(contract)); // ['message/text', 'follow/friend-added', …, 'verification']
 */
export function batchRequestExamples(contract: Contract): Record<string, object> {
  const out: Record<string, object> = {};
  for (const event of contract.events)
    for (const e of event.examples) {
      const value = wrapBatch(contract, [e.payload]);
      out[`${event.name}/${e.name}`] = e.summary ? { summary: e.summary, value } : { value };
    }
  if (contract.batch?.empty === 'verification')
    out['verification'] = {
      summary: 'An empty batch: the platform checking the endpoint',
      value: wrapBatch(contract, []),
    };
  return out;
}

/** `Omit<B, "events"> & { events: BatchItem[] }`, nested for a deeper pointer. */
function replaced(base: string, tokens: readonly string[]): string {
  const [head, ...rest] = tokens;
  if (head === undefined) return 'BatchItem[]';
  const inner = rest.length ? replaced(`NonNullable<${base}[${quote(head)}]>`, rest) : 'BatchItem[]';
  return `Omit<${base}, ${quote(head)}> & { ${quote(head)}: ${inner} }`;
}

/**
 * The lines `types.ts` adds for a batch contract: `BatchEnvelope` (the spec's envelope), `BatchItem` (any event,
 * narrowed by the discriminator) and `Batch` (the envelope whose array holds the events).
 *
 * @example
 * batchTypeLines(contract, 'CallbackRequest'); // ['/** … *\/', 'export type BatchEnvelope = components["schemas"]["CallbackRequest"];', …]
 */
export function batchTypeLines(batch: BatchContract, envelope: string): string[] {
  return [
    '/** The body of one delivery as the spec describes it (its events as the envelope types them). */',
    `export type BatchEnvelope = components["schemas"][${quote(envelope)}];`,
    '',
    '/** One item of a batch: any event of the contract; switch on its discriminator to narrow it. */',
    'export type BatchItem = EventMap[EventName];',
    '',
    `/** One delivery: the envelope whose \`${batch.items}\` array carries the contract's events, in order. */`,
    `export type Batch = ${replaced('BatchEnvelope', parsePointer(batch.items))};`,
    '',
  ];
}

/**
 * The generated `__batch` helper: a batch validator from the envelope's validator and the events' validators.
 * The same logic as `batchGuard` (src/model/batch.ts), in JavaScript, because generated code imports nothing.
 */
const BATCH_HELPER = `
function __batch(envelope, validators, items, discriminator, only) {
  const base = items.map((t) => "/" + __escape(t)).join("");
  const validate = (data) => {
    if (!envelope(data)) {
      validate.errors = envelope.errors;
      return false;
    }
    let list = data;
    for (const t of items) list = list === null || typeof list !== "object" ? undefined : list[t];
    const errors = [];
    (Array.isArray(list) ? list : []).forEach((item, i) => {
      const name = discriminator === undefined ? only : item !== null && typeof item === "object" ? item[discriminator] : undefined;
      const check = typeof name === "string" && Object.prototype.hasOwnProperty.call(validators, name) ? validators[name] : undefined;
      if (!check || check(item)) return;
      for (const e of check.errors) errors.push({ pointer: base + "/" + i + e.pointer, keyword: e.keyword, message: e.message });
    });
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  validate.errors = null;
  validate.envelope = envelope;
  return __standard(validate);
}`;

/** The declared type of `batchValidator`. */
export const BATCH_VALIDATOR_TYPE = 'Validator<Batch> & { readonly envelope: Validator<BatchEnvelope> }';

/**
 * The validators module's lines for a batch contract: the helper and `batchValidator` (after `validators`).
 *
 * @example
 * batchValidatorLines(contract, 'v7', true); // ['function __batch(…) {…}', '', '/** … *\/', 'export const batchValidator: … = __batch(__wrap(__v7), validators, ["events"], "type", undefined);']
 */
export function batchValidatorLines(contract: Contract, envelopeFn: string, typed: boolean): string[] {
  const batch = contract.batch!;
  const d = contract.discriminator;
  const only = d ? undefined : contract.events[0]?.name;
  const args = [
    `__wrap(__${envelopeFn})`,
    'validators',
    JSON.stringify(parsePointer(batch.items)),
    d ? quote(d.name) : 'undefined',
    only === undefined ? 'undefined' : quote(only),
  ];
  return [
    BATCH_HELPER.trim(),
    '',
    `/** Validates a whole delivery: the envelope, then each item against its event's schema (issues point into the body, e.g. \`${batch.items}/2/...\`); items of events the spec does not list pass. \`.envelope\` checks the envelope alone. */`,
    `export const batchValidator${typed ? `: ${BATCH_VALIDATOR_TYPE}` : ''} = __batch(${args.join(', ')});`,
    '',
  ];
}

/** The declarations `validators.d.ts` adds for a batch contract. */
export function batchValidatorDeclaration(): string[] {
  return [
    "import type { Batch, BatchEnvelope } from './types.js';",
    '',
    "/** Validates a whole delivery: the envelope, then each item against its event's schema. `.envelope` checks the envelope alone. */",
    `export declare const batchValidator: ${BATCH_VALIDATOR_TYPE};`,
    '',
  ];
}

/**
 * The examples module's lines for a batch contract: the envelope every delivery is wrapped in, and `inBatch`,
 * which wraps events (typically `examples[...]` payloads) into one delivery.
 *
 * @example
 * batchExampleLines(contract, 'ts'); // […, 'export function inBatch(...items: BatchItem[]): Batch {', …]
 */
export function batchExampleLines(contract: Contract, lang: 'ts' | 'js'): string[] {
  const batch = contract.batch!;
  const tokens = parsePointer(batch.items);
  const envelope = JSON.stringify(wrapBatch(contract, []), null, 2);
  const ts = lang === 'ts';
  return [
    `/** The envelope every delivery is wrapped in: the spec's batch example with an empty \`${batch.items}\` array. */`,
    `export const batchEnvelope${ts ? ': BatchEnvelope' : ''} = ${envelope}${ts ? ' as unknown as BatchEnvelope' : ''};`,
    '',
    '/**',
    ` * One delivery carrying \`items\` in order: a copy of \`batchEnvelope\` with its \`${batch.items}\` array set.`,
    ' *',
    ' * @example',
    ` * inBatch(examples[${quote(contract.events[0]?.name ?? 'event')}][0].payload); // a delivery of one event`,
    ' */',
    `export function inBatch(...items${ts ? ': BatchItem[]' : ''})${ts ? ': Batch' : ''} {`,
    '  const body = JSON.parse(JSON.stringify(batchEnvelope));',
    '  let node = body;',
    `  for (const token of ${JSON.stringify(tokens.slice(0, -1))}) node = node[token] ??= {};`,
    `  node[${quote(tokens.at(-1)!)}] = items;`,
    '  return body;',
    '}',
    '',
  ];
}
