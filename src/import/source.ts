/**
 * Reading the document to import: YAML or JSON, positioned (every problem says file:line:col), with `$ref`s to
 * other local files bundled into the one document, so the rest of the importer sees local refs only. Nothing
 * is fetched: a remote `$ref` is an error naming it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isObject, type JsonObject } from '../model/json.js';
import { escapeToken, getAt, parsePointer } from '../model/pointer.js';
import type { Problem } from '../model/problems.js';
import { parseYamlSource, type YamlSource } from '../model/source-map.js';
import { ImportError } from './errors.js';

/** The largest file the importer reads (published webhook descriptions are well under 1 MiB). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** The most files one import bundles through `$ref`s. */
export const MAX_BUNDLED_FILES = 64;

interface LoadedFile {
  /** The path as shown in messages (relative to the working directory when inside it). */
  file: string;
  data: unknown;
  source: YamlSource;
}

/** Where a part of the bundled document was written: its file and the pointer in that file. */
interface Origin {
  file: LoadedFile;
  pointer: string;
}

/** The bundled document and how to find any of its pointers in the files it came from. */
export interface SourceDocument {
  /** The input file as shown in messages. */
  file: string;
  /** The document with every `$ref` local (`#/…`). */
  data: JsonObject;
  /** A problem at `pointer` of the bundled document, positioned in the file the value was written in. */
  problem(code: string, pointer: string, message: string): Problem;
  /**
   * Bundle the files the document's `$ref`s point to (called once its format is recognised, so a file that is
   * not a spec is reported as such rather than for its refs).
   */
  bundle(): void;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel) ? rel : path;
}

function problemAt(loaded: { file: string; source?: YamlSource }, code: string, pointer: string, message: string) {
  const { line, col } = loaded.source?.positionOf(pointer) ?? { line: 1, col: 1 };
  return { severity: 'error' as const, code, message, file: loaded.file, line, col, pointer };
}

/** Read and parse one file; a missing, too large or unparsable file is an ImportError. */
function loadFile(path: string, from?: { loaded: LoadedFile; pointer: string }): LoadedFile {
  const file = displayPath(path);
  const fail = (code: string, message: string): never => {
    throw new ImportError([
      from ? problemAt(from.loaded, code, from.pointer, message) : problemAt({ file }, code, '', message),
    ]);
  };
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail('import-unreadable', `${file} is a directory; pass the document's file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    return fail(
      'import-unreadable',
      `Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'EIO'}). Check the path.`,
    );
  }
  if (size > MAX_INPUT_BYTES)
    fail(
      'import-too-large',
      `${file} is ${size} bytes; chathooks import reads documents of at most ${MAX_INPUT_BYTES} bytes.`,
    );
  const source = parseYamlSource(readFileSync(path, 'utf8'));
  const first = source.errors[0];
  if (first) {
    throw new ImportError([
      {
        severity: 'error',
        code: 'yaml-syntax',
        message: `YAML/JSON syntax error: ${first.message}`,
        file,
        line: first.line,
        col: first.col,
        pointer: '',
      },
    ]);
  }
  return { file, data: source.data, source };
}

const REMOTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const SCHEMA_HOMES = [['components', 'schemas'], ['definitions'], ['$defs']] as const;

/**
 * The component name a schema from another file gets (its own name), or undefined for anything else: a whole
 * file or another part of it may be a path item, a request body or a message, so it is inlined where referred.
 */
function hoistName(pointer: string): string | undefined {
  const tokens = parsePointer(pointer);
  for (const home of SCHEMA_HOMES) {
    if (tokens.length === home.length + 1 && home.every((t, i) => tokens[i] === t)) return tokens[home.length];
  }
  return undefined;
}

class Bundler {
  private readonly files = new Map<string, LoadedFile>();
  /** Hoisted schemas by `<absolute file>#<pointer>` → their name in the root's components.schemas. */
  private readonly hoisted = new Map<string, string>();
  readonly origins = new Map<string, Origin>();
  private readonly problems: Problem[] = [];
  readonly root: LoadedFile;
  readonly rootData: JsonObject;

  constructor(
    private readonly rootPath: string,
    root: LoadedFile,
  ) {
    this.root = root;
    this.files.set(rootPath, root);
    this.rootData = root.data as JsonObject;
  }

  bundle(): void {
    const data = this.rootData;
    this.rewrite(data, '', { abs: this.rootPath, loaded: this.root, pointer: '' }, []);
    if (this.problems.length) throw new ImportError(this.problems);
  }

  private file(abs: string, from: { loaded: LoadedFile; pointer: string }): LoadedFile {
    const known = this.files.get(abs);
    if (known) return known;
    if (this.files.size >= MAX_BUNDLED_FILES)
      throw new ImportError([
        problemAt(
          from.loaded,
          'import-too-many-files',
          from.pointer,
          `The document refers to more than ${MAX_BUNDLED_FILES} files; chathooks import bundles at most that many.`,
        ),
      ]);
    const loaded = loadFile(abs, from);
    this.files.set(abs, loaded);
    return loaded;
  }

  /**
   * Rewrite every `$ref` inside `node` (which lives at `rootPointer` of the bundle and was written at
   * `where.pointer` of `where.loaded`) to a local one. `chain`: the external refs being inlined (a cycle guard).
   */
  private rewrite(
    node: unknown,
    rootPointer: string,
    where: { abs: string; loaded: LoadedFile; pointer: string },
    chain: string[],
  ): void {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        this.rewrite(v, `${rootPointer}/${i}`, { ...where, pointer: `${where.pointer}/${i}` }, chain);
      });
      return;
    }
    if (!isObject(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      const replaced = this.resolveRef(ref, node, rootPointer, where, chain);
      if (replaced) return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') continue;
      const token = escapeToken(key);
      this.rewrite(value, `${rootPointer}/${token}`, { ...where, pointer: `${where.pointer}/${token}` }, chain);
    }
  }

  /** Turn one ref local; true when the node was replaced by inlined content (already rewritten). */
  private resolveRef(
    ref: string,
    node: JsonObject,
    rootPointer: string,
    where: { abs: string; loaded: LoadedFile; pointer: string },
    chain: string[],
  ): boolean {
    const at = { loaded: where.loaded, pointer: `${where.pointer}/$ref` };
    const [path = '', fragment = ''] = ref.split('#', 2) as [string, string?];
    if (path === '') {
      // Local to the file it is written in: in the root it stays; in another file it points into that file.
      if (where.abs === this.rootPath) return false;
      return this.external(where.abs, fragment, node, rootPointer, at, chain);
    }
    if (REMOTE.test(path)) {
      this.problems.push(
        problemAt(
          where.loaded,
          'import-remote-ref',
          at.pointer,
          `$ref "${ref}" is remote; chathooks import fetches nothing from the network. Download the document next to this one and refer to it by a relative path.`,
        ),
      );
      return false;
    }
    const abs = resolve(dirname(where.abs), decodeURIComponent(path));
    return this.external(abs, fragment, node, rootPointer, at, chain);
  }

  private external(
    abs: string,
    fragment: string,
    node: JsonObject,
    rootPointer: string,
    at: { loaded: LoadedFile; pointer: string },
    chain: string[],
  ): boolean {
    const loaded = this.file(abs, at);
    const pointer = decodeURIComponent(fragment);
    const target = getAt(loaded.data, pointer);
    if (target === undefined) {
      this.problems.push(
        problemAt(
          at.loaded,
          'import-ref-unresolved',
          at.pointer,
          `$ref "${String(node['$ref'])}" does not resolve: ${loaded.file} has nothing at #${pointer}.`,
        ),
      );
      return false;
    }
    const key = `${abs}#${pointer}`;
    const name = hoistName(pointer);
    if (name !== undefined) {
      node['$ref'] = `#/components/schemas/${escapeToken(this.hoist(key, name, target, { abs, loaded, pointer }))}`;
      return false;
    }
    if (chain.includes(key)) {
      this.problems.push(
        problemAt(
          at.loaded,
          'import-ref-cycle',
          at.pointer,
          `$ref "${String(node['$ref'])}" refers back to itself through other files; move the shared schema under components.schemas so it can be referred to by name.`,
        ),
      );
      return false;
    }
    const copy = structuredClone(target);
    delete node['$ref'];
    if (isObject(copy)) Object.assign(node, copy);
    else {
      // A non-object target (rare): keep it under allOf so the node stays an object.
      node['allOf'] = [copy];
    }
    this.origins.set(rootPointer, { file: loaded, pointer });
    this.rewrite(node, rootPointer, { abs, loaded, pointer }, [...chain, key]);
    return true;
  }

  /** Copy a schema of another file into the root's components.schemas once; returns its name there. */
  private hoist(
    key: string,
    wanted: string,
    target: unknown,
    where: { abs: string; loaded: LoadedFile; pointer: string },
  ): string {
    const known = this.hoisted.get(key);
    if (known !== undefined) return known;
    const components = (this.rootData['components'] ??= {}) as JsonObject;
    const schemas = (components['schemas'] ??= {}) as JsonObject;
    let name = wanted;
    for (let i = 2; Object.hasOwn(schemas, name); i++) name = `${wanted}${i}`;
    this.hoisted.set(key, name);
    const copy = structuredClone(target);
    schemas[name] = copy;
    const rootPointer = `/components/schemas/${escapeToken(name)}`;
    this.origins.set(rootPointer, { file: where.loaded, pointer: where.pointer });
    this.rewrite(copy, rootPointer, where, []);
    return name;
  }
}

/**
 * Read `path` (YAML or JSON) and bundle the local files its `$ref`s point to. Throws an ImportError for an
 * unreadable or unparsable file, a remote ref, a ref that does not resolve.
 *
 * @example
 * const doc = readSource('line-webhook.yml');
 * doc.data['openapi']; // '3.0.3'
 */
export function readSource(path: string): SourceDocument {
  const abs = resolve(path);
  const root = loadFile(abs);
  const file = root.file;
  if (!isObject(root.data)) {
    throw new ImportError([
      problemAt(
        root,
        'import-not-a-spec',
        '',
        `${file} is neither OpenAPI nor AsyncAPI: expected a mapping with \`openapi: 3.x\` or \`asyncapi: 2.x\` at the top.`,
      ),
    ]);
  }
  const bundler = new Bundler(abs, root);
  const origins = bundler.origins;
  const doc: SourceDocument = {
    file,
    data: bundler.rootData,
    bundle: () => bundler.bundle(),
    problem(code, pointer, message) {
      let best: { prefix: string; origin: Origin } | undefined;
      for (const [prefix, origin] of origins) {
        if ((pointer === prefix || pointer.startsWith(`${prefix}/`)) && (!best || prefix.length > best.prefix.length))
          best = { prefix, origin };
      }
      if (!best) return problemAt(root, code, pointer, message);
      const inFile = best.origin.pointer + pointer.slice(best.prefix.length);
      return { ...problemAt(best.origin.file, code, inFile, message), pointer };
    },
  };
  return doc;
}
