/**
 * Finding places in an AsyncAPI document edited with the `yaml` package's Document API (comments, order and
 * styles of untouched nodes survive): local `$ref`s followed, a message by its event name, the schema of a payload
 * pointer, the object schema that holds a property.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { parsePointer, toPointer } from '../model/pointer.js';

/** A node of the document and its path from the root (for the patch summary). */
export interface Located {
  node: YAMLMap;
  path: string[];
}

// A $ref chain longer than this is a cycle or a mistake: stop following it.
const MAX_REF_HOPS = 32;

/** `#/components/schemas/X` for a path. */
export function where(path: readonly string[]): string {
  return `#${toPointer(path)}`;
}

/** The map at `path`, through local `$ref`s (a map with `$ref` is replaced by its target). */
export function resolve(doc: Document, located: { node: unknown; path: string[] }): Located | undefined {
  let { node, path } = located;
  for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
    if (!isMap(node)) return undefined;
    const ref = node.get('$ref');
    if (typeof ref !== 'string') return { node, path };
    if (!ref.startsWith('#')) return undefined;
    path = parsePointer(ref);
    node = doc.getIn(path, true);
  }
  return undefined;
}

/** The child map `key` of a located map, resolved. */
export function child(doc: Document, at: Located, key: string): Located | undefined {
  return resolve(doc, { node: at.node.get(key, true), path: [...at.path, key] });
}

/** The resolved branches of `oneOf`/`anyOf`/`allOf` of a schema. */
function branches(doc: Document, at: Located, keyword: 'oneOf' | 'anyOf' | 'allOf'): Located[] {
  const list = at.node.get(keyword, true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item, i) => resolve(doc, { node: item, path: [...at.path, keyword, String(i)] }) ?? []);
}

/** Whether the `const`s of a branch's properties match the value (how a discriminated union picks a branch). */
function constsMatch(branch: Located, value: unknown): boolean {
  const props = branch.node.get('properties', true);
  if (!isMap(props)) return true;
  for (const pair of props.items) {
    const sub = pair.value;
    if (!isMap(sub) || !sub.has('const') || !isScalar(pair.key)) continue;
    const expected = sub.get('const');
    const actual =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[String(pair.key.value)]
        : undefined;
    if (actual !== expected) return false;
  }
  return true;
}

/**
 * The schemas a value at `at` is read by: the schema itself, every `allOf` branch, and the `oneOf`/`anyOf`
 * branches whose `const`s match the value (all of them when none does).
 */
export function readers(doc: Document, at: Located, value: unknown): Located[] {
  const out = [at];
  for (const b of branches(doc, at, 'allOf')) out.push(...readers(doc, b, value));
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = branches(doc, at, keyword);
    const matching = list.filter((b) => constsMatch(b, value));
    for (const b of matching.length ? matching : list) out.push(...readers(doc, b, value));
  }
  return out;
}

/**
 * The schema of the value at a generalised pointer (`*` for array items), walked from a payload schema;
 * `valueAt(depth)` gives the concrete value at each step, for choosing union branches.
 */
export function schemaAt(
  doc: Document,
  root: Located,
  pointer: string,
  valueAt: (depth: number) => unknown,
): Located | undefined {
  let at: Located | undefined = root;
  const tokens = parsePointer(pointer);
  for (const [depth, token] of tokens.entries()) {
    const candidates: Located[] = readers(doc, at, valueAt(depth));
    at = undefined;
    for (const c of candidates) {
      const next =
        token === '*' || /^(0|[1-9][0-9]*)$/.test(token)
          ? child(doc, c, 'items')
          : (() => {
              const props = child(doc, c, 'properties');
              return props ? child(doc, props, token) : undefined;
            })();
      if (next) {
        at = next;
        break;
      }
    }
    if (!at) return undefined;
  }
  return at;
}

/** The schema among `readers` that should hold a new property: the first with `properties`, else the schema itself. */
export function propertyHost(doc: Document, at: Located, value: unknown): Located {
  const all = readers(doc, at, value);
  return all.find((r) => isMap(r.node.get('properties', true))) ?? at;
}

/** The message whose `name` is `event` (components.messages first, then every channel's messages). */
export function messageNamed(doc: Document, event: string): Located | undefined {
  const candidates: Located[] = [];
  const components = doc.getIn(['components', 'messages'], true);
  if (isMap(components))
    for (const pair of components.items)
      if (isScalar(pair.key) && isMap(pair.value))
        candidates.push({ node: pair.value, path: ['components', 'messages', String(pair.key.value)] });
  const channels = doc.get('channels', true);
  if (isMap(channels))
    for (const ch of channels.items) {
      const messages = isMap(ch.value) ? ch.value.get('messages', true) : undefined;
      if (!isMap(messages) || !isScalar(ch.key)) continue;
      for (const pair of messages.items) {
        if (!isScalar(pair.key)) continue;
        const m = resolve(doc, {
          node: pair.value,
          path: ['channels', String(ch.key.value), 'messages', String(pair.key.value)],
        });
        if (m) candidates.push(m);
      }
    }
  return candidates.find((m) => m.node.get('name') === event);
}

/** A sequence's scalar values. */
export function scalars(seq: Node | null | undefined): unknown[] {
  return isSeq(seq) ? (seq as YAMLSeq).items.map((i) => (isScalar(i) ? i.value : undefined)) : [];
}

/** Append a sentence to a map's notes (`x-chathooks-notes`; `notes` inside a chathooks extension). */
export function addNote(map: YAMLMap, sentence: string, key = 'x-chathooks-notes'): void {
  const old = map.get(key);
  map.set(key, typeof old === 'string' && old.trim() ? `${old.trim()} ${sentence}` : sentence);
}
