/**
 * `lintSpec` and `loadContract`: read an AsyncAPI 3.0 document, validate it with @asyncapi/parser, check the
 * chathooks conventions, and build the Contract model. Every problem is reported, not only the first.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { buildBatch } from './batch-object.js';
import { buildEvents, createCtx, readRoot } from './build-contract.js';
import { checkExtensionValue } from './extension-value.js';
import { checkPatterns } from './patterns.js';
import { findTooDeep, tooDeepMessage } from './depth.js';
import { deriveId, idProblem } from './id.js';
import { ROOT_EXTENSIONS } from './extensions.js';
import { reportUndecided } from './undecided.js';
import type { Contract } from './model.js';
import { didYouMean, editDistance } from './naming.js';
import { validateWithParser } from './parser.js';
import { getAt, parsePointer } from './pointer.js';
import { ContractError, sortProblems, type Problem } from './problems.js';
import { collectRefs, resolveRef } from './refs.js';
import { Reporter } from './reporter.js';
import { importTooling } from '../tooling.js';
import { escapeToken } from './pointer.js';
import { isObject, type JsonObject } from './json.js';

export interface LintOptions {
  /**
   * `full` (default) runs @asyncapi/parser's schema and Spectral rules as well as the chathooks checks;
   * `conventions` skips the parser (much faster; for code paths that lint the same file elsewhere).
   */
  validation?: 'full' | 'conventions';
}

export interface LintResult {
  file: string;
  /** Present when the spec has no errors. */
  contract?: Contract;
  /** Errors and warnings, sorted by position. */
  problems: Problem[];
}

/** Lint a spec file: every problem as file:line:col, a JSON pointer and a message; the contract if it is clean. */
export async function lintSpec(path: string, options: LintOptions = {}): Promise<LintResult> {
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const reporter = new Reporter(file, undefined);
    reporter.error(
      'file-unreadable',
      '',
      `Cannot read the spec (${code}). Check the path${code === 'EISDIR' ? ': it is a directory' : ''}.`,
    );
    return { file, problems: reporter.problems };
  }
  return lintText(text, file, options);
}

/** Lint spec text (as read from `file`, which is only used in messages). */
export async function lintText(text: string, file: string, options: LintOptions = {}): Promise<LintResult> {
  // source-map.js imports yaml, an optional peer: loaded with the first spec, never by runtime entries.
  const { parseYamlSource } = await importTooling('loading a spec', () => import('./source-map.js'));
  const source = parseYamlSource(text);
  const reporter = new Reporter(file, source);
  if (source.errors.length) {
    for (const e of source.errors)
      reporter.add('yaml-syntax', '', `YAML syntax error: ${e.message}`, 'error', { line: e.line, col: e.col });
    return { file, problems: sortProblems(reporter.problems) };
  }
  const doc = source.data;
  if (!isObject(doc)) {
    reporter.error(
      'not-asyncapi',
      '',
      'The file is not an AsyncAPI document (expected a mapping with `asyncapi: 3.0.0` at the top).',
    );
    return { file, problems: reporter.problems };
  }
  if (doc['asyncapi'] !== '3.0.0') {
    reporter.error(
      'asyncapi-version',
      '/asyncapi',
      `chathooks reads AsyncAPI 3.0.0 documents; this one declares ${JSON.stringify(doc['asyncapi'] ?? null)}. Set \`asyncapi: 3.0.0\`.`,
    );
    return { file, problems: reporter.problems };
  }
  // Before anything walks the document: the parser's cost grows exponentially with nested arrays.
  const tooDeep = findTooDeep(doc);
  if (tooDeep.length) {
    for (const place of tooDeep)
      reporter.error(
        place.limit === 'arrays' ? 'nesting-too-deep-arrays' : 'nesting-too-deep',
        place.pointer,
        tooDeepMessage(place),
      );
    return { file, problems: sortProblems(reporter.problems) };
  }

  // Refs first: a remote ref would make the parser go to the network, and a dangling one hides the rest.
  let remoteRefs = false;
  for (const { ref, pointer } of collectRefs(doc)) {
    const at = `${pointer}/$ref`;
    if (!ref.startsWith('#')) {
      remoteRefs = true;
      reporter.error(
        'ref-not-local',
        at,
        `$ref "${ref}" points outside this file; every $ref must be local (start with "#/"). Copy the schema into components.schemas and refer to it there.`,
      );
    } else if (getAt(doc, decodeURIComponent(ref.slice(1))) === undefined) {
      reporter.error('ref-unresolved', at, `$ref "${ref}" does not resolve in this file.${suggest(doc, ref)}`);
    }
  }

  checkRootExtensions(doc, reporter);
  checkPatterns(doc, reporter);

  const parsed =
    remoteRefs || options.validation === 'conventions' ? !remoteRefs : await validateWithParser(text, file, reporter);
  if (!parsed || reporter.errorCount > 0) {
    // Still check the conventions we can, so that one run shows every problem.
    if (parsed || !remoteRefs) tryBuild(doc, file, reporter);
    return { file, problems: sortProblems(reporter.problems) };
  }
  const contract = tryBuild(doc, file, reporter);
  const problems = sortProblems(reporter.problems);
  return reporter.errorCount === 0 && contract ? { file, contract, problems } : { file, problems };
}

function tryBuild(doc: JsonObject, file: string, reporter: Reporter): Contract | undefined {
  checkId(doc, file, reporter);
  const root = readRoot(doc, file);
  const ctx = createCtx(doc, reporter);
  const events = buildEvents(ctx, root.discriminator);
  const batch = buildBatch(ctx, events);
  if (!root.discriminator && events.length > 1) {
    reporter.error(
      'discriminator-needed',
      '',
      `The spec has ${events.length} events but no x-chathooks-discriminator; say where the event name is read (\`{ in: body, name: type }\`).`,
    );
  }
  const { path, ...rest } = root;
  const firstOp = events[0] ? getAt(doc, `/operations/${escapeToken(events[0].operationId)}`) : undefined;
  const method = isObject(firstOp) ? methodOf(doc, firstOp) : 'POST';
  return {
    ...rest,
    transport: {
      method,
      contentType: typeof doc['defaultContentType'] === 'string' ? doc['defaultContentType'] : 'application/json',
      path,
    },
    ...(batch ? { batch } : {}),
    events,
  };
}

/** The id names output directories: it must be a slug, whether declared or taken from the file name. */
function checkId(doc: JsonObject, file: string, reporter: Reporter): void {
  const declared = doc['x-chathooks-id'];
  const { id, from } = deriveId(typeof declared === 'string' ? declared : undefined, file);
  const problem = idProblem(id, from);
  if (problem) reporter.error('id-invalid', from === 'x-chathooks-id' ? '/x-chathooks-id' : '', problem);
}

function methodOf(doc: JsonObject, op: JsonObject): string {
  const bindings = resolveRef(doc, op['bindings'], '')?.value;
  const http = isObject(bindings) ? resolveRef(doc, bindings['http'], '')?.value : undefined;
  return isObject(http) && typeof http['method'] === 'string' ? http['method'] : 'POST';
}

function checkRootExtensions(doc: JsonObject, reporter: Reporter): void {
  const known = Object.keys(ROOT_EXTENSIONS);
  for (const key of Object.keys(doc)) {
    if (!key.startsWith('x-chathooks-')) continue;
    const schema = ROOT_EXTENSIONS[key];
    const pointer = `/${escapeToken(key)}`;
    if (!schema) {
      reporter.error(
        'extension-unknown',
        pointer,
        `Unknown extension ${key} at the document root.${didYouMean(key, known) || ` Known: ${known.join(', ')}.`}`,
      );
      continue;
    }
    if (reportUndecided(reporter, key, doc[key], pointer)) continue;
    checkExtensionValue(reporter, key, schema, doc[key], pointer);
  }
}

/** "Did you mean" for a dangling ref: the sibling key closest to the missing one. */
function suggest(doc: JsonObject, ref: string): string {
  const tokens = parsePointer(ref);
  const last = tokens.pop();
  const parent = getAt(doc, tokens);
  if (!isObject(parent) || last === undefined) return ' Check the path.';
  const best = Object.keys(parent)
    .map((k) => ({ k, d: editDistance(k.toLowerCase(), last.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(last.length / 3))
    ? ` Did you mean "#/${[...tokens, best.k].join('/')}"?`
    : ' Check the path.';
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  // `...yaml` is inside the directory; only `..` as a whole segment leaves it.
  return rel && rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !isAbsolute(rel) ? rel : path;
}

/**
 * Load a spec into the Contract model; throws a `ContractError` listing every problem when it has errors.
 *
 * @example
 * const contract = await loadContract('spec/protocol.yaml');
 * contract.events.map((e) => e.name); // ['contact.created', …]
 */
export async function loadContract(path: string, options: LintOptions = {}): Promise<Contract> {
  const result = await lintSpec(path, options);
  if (!result.contract) throw new ContractError(result.file, result.problems);
  return result.contract;
}
