/**
 * `types.ts`: openapi-typescript's output for the bridge, plus readable names per event, `EventMap`,
 * `ReplyMap` and `EventName`.
 */
import { importTooling } from '../tooling.js';
import type { Contract } from '../model/model.js';
import { banner } from './banner.js';
import type { BridgeNames } from './openapi.js';
import { batchTypeLines } from './batch.js';

const quote = (s: string): string => JSON.stringify(s);
const doc = (text: string | undefined): string =>
  text ? `/** ${text.replaceAll('*/', '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '';

export async function emitTypes(contract: Contract, openapi: object, names: BridgeNames): Promise<string> {
  // openapi-typescript (and TypeScript under it, ~0.9 s) loads here: an optional peer, absent from runtime installs.
  const { default: openapiTS, astToString } = await importTooling(
    'generating types',
    () => import('openapi-typescript'),
  );
  const ast = await openapiTS(openapi as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: false,
    emptyObjectsUnknown: true,
  });
  const body = astToString(ast);
  const lines: string[] = [
    `// ${banner(contract.source)}`,
    '',
    body.trimEnd(),
    '',
    '// ---- readable names (chathooks) ----',
    '',
  ];
  for (const event of contract.events) {
    lines.push(
      `${doc(`\`${event.name}\` (${event.kind}-event)${event.summary ? `: ${event.summary}` : ''}`)}export type ${event.typeName} = components["schemas"][${quote(names.payload.get(event.name)!)}];`,
    );
  }
  lines.push('');
  for (const event of contract.events) {
    const reply = names.reply.get(event.name);
    lines.push(
      `/** What the receiver answers to \`${event.name}\`. */\nexport type ${event.typeName}Reply = ${reply ? `components["schemas"][${quote(reply)}]` : 'void'};`,
    );
  }
  lines.push('', '/** Every event of the contract, by its name on the wire. */', 'export interface EventMap {');
  for (const event of contract.events) lines.push(`  ${quote(event.name)}: ${event.typeName};`);
  lines.push('}', '', '/** The reply body each event expects. */', 'export interface ReplyMap {');
  for (const event of contract.events) lines.push(`  ${quote(event.name)}: ${event.typeName}Reply;`);
  lines.push('}', '', '/** The name of any event of the contract. */', 'export type EventName = keyof EventMap;', '');
  if (contract.batch && names.batch) lines.push(...batchTypeLines(contract.batch, names.batch.envelope));
  return lines.join('\n');
}
