/**
 * `examples.ts` (typed examples) and `index.ts` (the runtime contract), plus their `.js` twins so that a
 * plain Node ESM script can import the generated directory without a TypeScript toolchain.
 */
import ts from 'typescript';
import type { Contract } from '../spec/model.js';
import { banner } from './banner.js';

const literal = (value: unknown, indent = 0): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`);

/** `examples.ts`: checked against the generated types, tolerant of undeclared fields as real traffic is. */
export function emitExamples(contract: Contract): string {
  const lines = [
    `// ${banner(contract.source)}`,
    "import type { EventMap, EventName, ReplyMap } from './types.js';",
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
  );
  return lines.join('\n');
}

/** `index.ts`: the runtime contract, validators and examples, so runtime code needs no YAML parser. */
export function emitIndex(contract: Contract): string {
  return [
    `// ${banner(contract.source)}`,
    "import type { Contract } from 'chathooks';",
    "import type { EventName } from './types.js';",
    '',
    "export type * from './types.js';",
    "export { validators, replyValidators, type Validator, type ValidationIssue } from './validators.js';",
    "export { examples, replyExamples, type NamedExample } from './examples.js';",
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

/** Strip types from generated TypeScript (no type check here: the tests type-check generated code). */
export function toJs(source: string, fileName: string): string {
  const out = ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, removeComments: false },
  });
  return out.outputText;
}
