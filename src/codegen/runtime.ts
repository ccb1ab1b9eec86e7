/**
 * `examples.ts` (typed examples) and `index.ts` (the runtime contract), plus their `.js` twins so that a
 * plain Node ESM script can import the generated directory without a TypeScript toolchain.
 */
import type { Contract } from '../model/model.js';
import { asciiSource, banner, sourceHashLine } from './banner.js';
import { batchExampleLines } from './batch.js';

const literal = (value: unknown, indent = 0): string =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`);

export type Lang = 'ts' | 'js';

/** `examples.ts` (checked against the generated types, tolerant of undeclared fields as real traffic is) or `examples.js`. */
export function emitExamples(contract: Contract, lang: Lang): string {
  if (lang === 'js') {
    return [
      `// ${banner(contract.source)}`,
      'const payloads = {',
      ...contract.events.map((event) => `  ${JSON.stringify(event.name)}: ${literal(event.examples, 2)},`),
      '};',
      '',
      'const replies = {',
      ...contract.events.map((event) => `  ${JSON.stringify(event.name)}: ${literal(event.reply?.examples ?? [], 2)},`),
      '};',
      '',
      '/** Valid example payloads of every event, by event name. */',
      'export const examples = payloads;',
      '',
      '/** Reply examples of every event (allow, block, rewrite… where the platform has them). */',
      'export const replyExamples = replies;',
      '',
      ...(contract.batch ? batchExampleLines(contract, 'js') : []),
    ].join('\n');
  }
  const lines = [
    `// ${banner(contract.source)}`,
    "import type { EventMap, EventName, ReplyMap } from './types.js';",
    ...(contract.batch ? ["import type { Batch, BatchEnvelope, BatchItem } from './types.js';"] : []),
    '',
    '/** A named example. */',
    'export interface NamedExample<T> {',
    '  readonly name: string;',
    '  readonly summary?: string;',
    '  readonly payload: T;',
    '}',
    '',
    '/** Declared fields are type-checked; undeclared ones are allowed, as platforms add fields without notice. */',
    'type Open<T> = T extends readonly (infer U)[] ? Open<U>[] : T extends object ? { [K in keyof T]: Open<T[K]> } & { [key: string]: unknown } : T;',
    'type Checked<M> = { readonly [K in EventName]: readonly NamedExample<Open<M[K & keyof M]>>[] };',
    'type Typed<M> = { readonly [K in EventName]: readonly NamedExample<M[K & keyof M]>[] };',
    '',
    'const payloads: Checked<EventMap> = {',
  ];
  for (const event of contract.events) {
    lines.push(`  ${JSON.stringify(event.name)}: ${literal(event.examples, 2)},`);
  }
  lines.push('};', '', 'const replies: Checked<ReplyMap> = {');
  for (const event of contract.events) {
    lines.push(`  ${JSON.stringify(event.name)}: ${literal(event.reply?.examples ?? [], 2)},`);
  }
  lines.push(
    '};',
    '',
    '/** Valid example payloads of every event, by event name. */',
    'export const examples = payloads as unknown as Typed<EventMap>;',
    '',
    '/** Reply examples of every event (allow, block, rewrite… where the platform has them). */',
    'export const replyExamples = replies as unknown as Typed<ReplyMap>;',
    '',
    ...(contract.batch ? batchExampleLines(contract, 'ts') : []),
  );
  return lines.join('\n');
}

/**
 * `index.ts` / `index.js`: the runtime contract, validators and examples, so runtime code needs no YAML parser.
 * With the spec's `sourceHash`, the second line records it (`chathooks mock` serves the module while it matches).
 */
export function emitIndex(contract: Contract, lang: Lang, hash?: string): string {
  const head = [`// ${banner(contract.source)}`, ...(hash ? [sourceHashLine(hash)] : [])];
  if (lang === 'js') {
    return [
      ...head,
      `export { validators, replyValidators${contract.batch ? ', batchValidator' : ''} } from './validators.js';`,
      `export { examples, replyExamples${contract.batch ? ', batchEnvelope, inBatch' : ''} } from './examples.js';`,
      '',
      '/** Every event name, in spec order. */',
      `export const eventNames = ${literal(contract.events.map((e) => e.name))};`,
      '',
      `/** The ${contract.title} contract: transport, discriminator, signature, delivery policy and every event. */`,
      // JSON text: V8 parses a string literal and JSON.parse reads it far faster than it compiles the same object
      // literal (Tencent's: ~19 ms instead of ~29 ms to import). index.ts holds the readable literal.
      `export const contract = JSON.parse(${asciiSource(JSON.stringify(JSON.stringify(contract)))});`,
      '',
      'export default contract;',
      '',
    ].join('\n');
  }
  return [
    ...head,
    "import type { Contract } from 'chathooks';",
    "import type { EventName } from './types.js';",
    '',
    "export type * from './types.js';",
    `export { validators, replyValidators,${contract.batch ? ' batchValidator,' : ''} type Validator, type ValidationIssue } from './validators.js';`,
    `export { examples, replyExamples,${contract.batch ? ' batchEnvelope, inBatch,' : ''} type NamedExample } from './examples.js';`,
    '',
    '/** Every event name, in spec order; `EventName` and this list cannot drift apart. */',
    `export const eventNames = ${literal(contract.events.map((e) => e.name))} as const satisfies readonly EventName[];`,
    'type MissingFromList = Exclude<EventName, (typeof eventNames)[number]>;',
    'const listIsComplete: [MissingFromList] extends [never] ? true : MissingFromList = true;',
    'void listIsComplete;',
    '',
    `/** The ${contract.title} contract: transport, discriminator, signature, delivery policy and every event. */`,
    `export const contract: Contract = ${literal(contract)};`,
    '',
    'export default contract;',
    '',
  ].join('\n');
}
