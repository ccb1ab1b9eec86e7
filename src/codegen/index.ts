/**
 * Codegen: from a Contract to the files of `generated/<id>/` — JSON Schemas, the OpenAPI 3.1 bridge,
 * types, standalone validators, typed examples and the runtime contract. It returns the files (reading only
 * the spec, to record its hash); `writeGenerated` and `checkGenerated` touch the disk.
 */
import { readFile } from 'node:fs/promises';
import type { Contract } from '../model/model.js';
import { fileSafe } from '../model/naming.js';
import { banner, json, sourceHash } from './banner.js';
import { buildOpenApi } from './openapi.js';
import { emitExamples, emitIndex } from './runtime.js';
import { emitTypes } from './types.js';
import { assertSlugId, manifest, type GeneratedFiles } from './output.js';
import { emitValidators, emitValidatorsTs } from './validators.js';

export { checkGenerated, GeneratedPathError, writeGenerated, type Drift, type GeneratedFiles } from './output.js';

/**
 * What to emit for the runtime modules:
 * - `js` (default): `.js` modules with `.d.ts`/`.ts` twins and a `package.json` marking them ESM — import them
 *   from plain Node, or from TypeScript that does not compile them (`generated/` in this package);
 * - `ts`: TypeScript only (`validators.ts`, `examples.ts`, `index.ts`, no `.js`, no `package.json`), for a
 *   directory inside a project that tsc or a bundler compiles (`--out src/generated`).
 */
export type Emit = 'js' | 'ts';

export interface GenerateOptions {
  emit?: Emit;
}

/**
 * Generate every file of a contract (nothing is written).
 *
 * @example
 * const files = await generateContract(await loadContract('spec/protocol.yaml'));
 * files.get('protocol/types.ts');
 */
export async function generateContract(contract: Contract, options: GenerateOptions = {}): Promise<GeneratedFiles> {
  const emit = options.emit ?? 'js';
  assertSlugId(contract.id, contract.source);
  const dir = contract.id;
  const files: GeneratedFiles = new Map();
  const comment = banner(contract.source);
  for (const event of contract.events) {
    const base = `${dir}/schemas/${fileSafe(event.name)}`;
    const schema = (s: unknown, title: string): unknown =>
      typeof s === 'boolean'
        ? s
        : { $schema: 'http://json-schema.org/draft-07/schema#', $comment: comment, title, ...(s as object) };
    files.set(`${base}.json`, json(schema(event.payload, event.name)));
    if (event.reply) files.set(`${base}.reply.json`, json(schema(event.reply.schema, `${event.name} reply`)));
  }
  // A batch contract's deliveries are envelopes: their schema beside the events' (`_envelope`: no event name is).
  if (contract.batch)
    files.set(
      `${dir}/schemas/_envelope.json`,
      json({
        $schema: 'http://json-schema.org/draft-07/schema#',
        $comment: comment,
        title: `${contract.title} delivery (a batch: events at ${contract.batch.items})`,
        ...(contract.batch.envelope as object),
      }),
    );
  const { document, names } = buildOpenApi(contract);
  files.set(`${dir}/openapi.json`, json(document));
  files.set(`${dir}/types.ts`, await emitTypes(contract, document, names));
  // A contract not read from a file (lintText) records no hash; tools then always load its spec.
  const text = await readFile(contract.source, 'utf8').catch(() => undefined);
  const hash = text === undefined ? undefined : sourceHash(text);
  if (emit === 'ts') {
    files.set(`${dir}/validators.ts`, emitValidatorsTs(contract));
    files.set(`${dir}/examples.ts`, emitExamples(contract, 'ts'));
    files.set(`${dir}/index.ts`, emitIndex(contract, 'ts', hash));
  } else {
    const validators = emitValidators(contract);
    files.set(`${dir}/validators.js`, validators.js);
    files.set(`${dir}/validators.d.ts`, validators.dts);
    // The .js twins are emitted from the same templates, not transpiled: no TypeScript pass at generate time.
    files.set(`${dir}/examples.ts`, emitExamples(contract, 'ts'));
    files.set(`${dir}/examples.js`, emitExamples(contract, 'js'));
    files.set(`${dir}/index.ts`, emitIndex(contract, 'ts', hash));
    files.set(`${dir}/index.js`, emitIndex(contract, 'js', hash));
    // The .js files are ES modules whatever the enclosing project declares: without this a project with
    // "type": "commonjs" could not import them, and one with no "type" has Node parse each twice to guess.
    files.set(`${dir}/package.json`, json({ '//': comment, type: 'module', sideEffects: false }));
  }
  // The files written, so that a later run removes only what it wrote (never a user's file next to them).
  const [manifestPath, manifestText] = manifest(dir, [...files.keys()], comment);
  files.set(manifestPath, manifestText);
  return files;
}

/**
 * Only the `types.ts` of a contract (what the docs show for each event), without validators or examples.
 *
 * @example
 * const types = await generateTypes(await loadContract('spec/protocol.yaml')); // === files.get('protocol/types.ts')
 */
export async function generateTypes(contract: Contract): Promise<string> {
  const { document, names } = buildOpenApi(contract);
  return emitTypes(contract, document, names);
}
