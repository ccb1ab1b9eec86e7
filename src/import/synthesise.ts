/**
 * Examples made from a schema where the source has none: deterministic (the same schema gives the same
 * example), valid against the schema (checked with the linter's Ajv), and named `synthesised…` so a reader
 * knows no platform ever sent them. A union reached through required properties gets one example per variant
 * (LINE's message event: one per message content type).
 */
import { isObject, type JsonObject } from '../model/json.js';
import { parseRegex, type RegexNode } from '../model/regex-parse.js';

/** The most examples synthesised for one event (one per union variant). */
export const MAX_SYNTHESISED = 16;
/** Optional properties are filled down to this depth; deeper, only required ones. */
const OPTIONAL_DEPTH = 3;
/** Below this depth nothing more is filled (recursive schemas stop here). */
const MAX_DEPTH = 12;

export type Schemas = ReadonlyMap<string, JsonObject | null>;

/** A union the example went through: where (its component or path) and the labels of its variants. */
interface Site {
  key: string;
  labels: string[];
}

const SAMPLE_FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com/',
  uuid: '00000000-0000-4000-8000-000000000000',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

class Synth {
  readonly sites: Site[] = [];
  constructor(
    private readonly schemas: Schemas,
    private readonly choices: ReadonlyMap<string, number>,
    /** Makes identifiers (`webhookEventId`, `userId`, `replyToken`) differ between examples: `<prop>-<tag>`. */
    private readonly tag = '',
  ) {}

  private resolve(schema: unknown, stack: string[]): { node: unknown; name?: string } {
    if (isObject(schema) && typeof schema['$ref'] === 'string') {
      const name = decodeURIComponent(schema['$ref'].replace(/^#\/components\/schemas\//, ''));
      const target = this.schemas.get(name);
      if (target && !stack.includes(name)) return { node: { ...target, ...withoutRef(schema) }, name };
      return { node: {} };
    }
    return { node: schema };
  }

  /** A value valid against `schema`. `required`: reached through required properties only (union sites count). */
  value(schema: unknown, prop: string, depth: number, required: boolean, stack: string[], at: string): unknown {
    const { node, name } = this.resolve(schema, stack);
    if (!isObject(node)) return node === false ? null : {};
    const inner = name ? [...stack, name] : stack;
    if ('const' in node) return node['const'];
    if (Array.isArray(node['enum']) && node['enum'].length) return node['enum'].find((v) => v !== null) ?? null;
    if ('default' in node) return node['default'];
    if (Array.isArray(node['examples']) && node['examples'].length) return structuredClone(node['examples'][0]);
    const union = Array.isArray(node['oneOf'])
      ? node['oneOf']
      : Array.isArray(node['anyOf'])
        ? node['anyOf']
        : undefined;
    if (union?.length) {
      const key = name ?? at;
      if (required && !this.sites.some((s) => s.key === key))
        this.sites.push({ key, labels: union.map((v, i) => this.label(v, i)) });
      const pick = Math.min(this.choices.get(key) ?? 0, union.length - 1);
      const chosen = this.value(union[pick], prop, depth, required, inner, `${at}/${pick}`);
      const own = { ...node };
      delete own['oneOf'];
      delete own['anyOf'];
      return hasShape(own) ? merge(this.value(own, prop, depth, required, inner, at), chosen) : chosen;
    }
    if (Array.isArray(node['allOf'])) {
      const own = { ...node };
      delete own['allOf'];
      let out: unknown = hasShape(own) ? this.value(own, prop, depth, required, inner, at) : undefined;
      node['allOf'].forEach((part, i) => {
        out = merge(out, this.value(part, prop, depth, required, inner, `${at}/allOf/${i}`));
      });
      return out;
    }
    const type = pickType(node);
    switch (type) {
      case 'object':
        return this.object(node, depth, required, inner, at);
      case 'array':
        return this.array(node, prop, depth, required, inner, at);
      case 'string':
        return sampleString(node, prop, this.tag);
      case 'integer':
      case 'number':
        return sampleNumber(node, prop, type);
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        return {};
    }
  }

  private object(node: JsonObject, depth: number, required: boolean, stack: string[], at: string): JsonObject {
    const out: JsonObject = {};
    const props = isObject(node['properties']) ? node['properties'] : {};
    const needed = Array.isArray(node['required']) ? (node['required'] as string[]) : [];
    if (depth >= MAX_DEPTH) return out;
    for (const [key, sub] of Object.entries(props)) {
      const isRequired = needed.includes(key);
      if (!isRequired && (depth >= OPTIONAL_DEPTH || refersTo(sub, stack))) continue;
      out[key] = this.value(sub, key, depth + 1, required && isRequired, stack, `${at}/${key}`);
    }
    for (const key of needed) if (!(key in out)) out[key] = key;
    return out;
  }

  private array(
    node: JsonObject,
    prop: string,
    depth: number,
    required: boolean,
    stack: string[],
    at: string,
  ): unknown[] {
    const min = typeof node['minItems'] === 'number' ? node['minItems'] : 0;
    const max = typeof node['maxItems'] === 'number' ? node['maxItems'] : Number.POSITIVE_INFINITY;
    const items = node['items'];
    const count = Math.min(Math.max(min, items === undefined || depth >= OPTIONAL_DEPTH + 1 ? 0 : 1), max);
    const out: unknown[] = [];
    for (let i = 0; i < count; i++)
      out.push(this.value(items ?? {}, singular(prop), depth + 1, required && min > 0, stack, `${at}/items`));
    return out;
  }

  /** A readable name for union variant `i`: the constant it declares, else its schema name. */
  private label(variant: unknown, i: number): string {
    const { node, name } = this.resolve(variant, []);
    if (isObject(node) && isObject(node['properties'])) {
      for (const prop of Object.values(node['properties']))
        if (isObject(prop) && typeof prop['const'] === 'string') return prop['const'];
    }
    return name ?? `variant-${i + 1}`;
  }
}

function withoutRef(schema: JsonObject): JsonObject {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function hasShape(schema: JsonObject): boolean {
  return ['type', 'properties', 'items', 'required'].some((k) => k in schema);
}

function refersTo(schema: unknown, stack: string[]): boolean {
  return (
    isObject(schema) &&
    typeof schema['$ref'] === 'string' &&
    stack.some((n) => (schema['$ref'] as string).endsWith(`/${n}`))
  );
}

function merge(a: unknown, b: unknown): unknown {
  return isObject(a) && isObject(b) ? { ...a, ...b } : b === undefined ? a : b;
}

function singular(prop: string): string {
  return prop.endsWith('s') ? prop.slice(0, -1) : prop;
}

function pickType(node: JsonObject): string | undefined {
  const type = node['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return (type.find((t) => t !== 'null') as string | undefined) ?? 'null';
  if ('properties' in node || 'required' in node || 'additionalProperties' in node) return 'object';
  if ('items' in node) return 'array';
  return undefined;
}

/** A string for `node`: its format's sample, a string matching its pattern, else the property's name. */
function sampleString(node: JsonObject, prop: string, tag = ''): string {
  const format = typeof node['format'] === 'string' ? SAMPLE_FORMATS[node['format']] : undefined;
  const min = typeof node['minLength'] === 'number' ? node['minLength'] : 0;
  const max = typeof node['maxLength'] === 'number' ? node['maxLength'] : Number.POSITIVE_INFINITY;
  if (format !== undefined) return format;
  if (typeof node['pattern'] === 'string') {
    const made = fromPattern(node['pattern'], min, max);
    if (made !== undefined) return made;
  }
  // Identifiers differ between synthesised examples, so that no two look like one delivery to a receiver that
  // de-duplicates on them (LINE's webhookEventId): the same input still gives the same values.
  const identifier = tag !== '' && /(id|Id|ID|token|Token)$/.test(prop);
  let text = identifier && `${prop}-${tag}`.length <= max ? `${prop}-${tag}` : prop || 'text';
  while (text.length < min) text += 'x';
  return text.slice(0, Math.max(min, Math.min(text.length, max)));
}

/** A number within the schema's bounds: a plausible millisecond time for time-like names, else 1. */
function sampleNumber(node: JsonObject, prop: string, type: 'integer' | 'number'): number {
  const num = (k: string) => (typeof node[k] === 'number' ? (node[k] as number) : undefined);
  const step = type === 'integer' ? 1 : 0.5;
  let value = /time|At$|date/i.test(prop) ? 1_700_000_000_000 : 1;
  const min = num('minimum') ?? (num('exclusiveMinimum') !== undefined ? num('exclusiveMinimum')! + step : undefined);
  const max = num('maximum') ?? (num('exclusiveMaximum') !== undefined ? num('exclusiveMaximum')! - step : undefined);
  if (max !== undefined && value > max) value = max;
  if (min !== undefined && value < min) value = min;
  const multiple = num('multipleOf');
  if (multiple !== undefined && multiple > 0) value = Math.ceil(value / multiple) * multiple;
  return type === 'integer' ? Math.ceil(value) : value;
}

/** Characters tried first when a pattern allows a set of them. */
const PREFERRED = 'abcdef0123456789ghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.';

function fromPattern(pattern: string, min: number, max: number): string | undefined {
  const tree = parseRegex(pattern);
  if (!tree) return undefined;
  const made = build(tree);
  let text = made;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  // An unanchored pattern matches inside longer text: pad to minLength when it still matches.
  while (text.length < min && regex.test(`${text}a`)) text += 'a';
  return regex.test(text) && text.length >= min && text.length <= max ? text : undefined;
}

function build(node: RegexNode): string {
  switch (node.type) {
    case 'empty':
      return '';
    case 'char': {
      for (const c of PREFERRED) {
        const code = c.codePointAt(0)!;
        if (node.set.some(([lo, hi]) => code >= lo && code <= hi)) return c;
      }
      const first = node.set.find(([, hi]) => hi >= 32);
      return first ? String.fromCodePoint(Math.max(first[0], 32)) : '';
    }
    case 'seq':
      return node.items.map(build).join('');
    case 'alt':
      return node.alts[0] ? build(node.alts[0]) : '';
    case 'repeat':
      return build(node.body).repeat(node.min);
  }
}

export interface Synthesised {
  name: string;
  payload: unknown;
}

/**
 * Examples for the schema named `name`: one per variant of each union on its required paths, or one.
 *
 * @example
 * synthesise(schemas, 'FollowEvent'); // [{ name: 'synthesised', payload: { type: 'follow', … } }]
 */
export function synthesise(schemas: Schemas, name: string): Synthesised[] {
  const root = { $ref: `#/components/schemas/${name}` };
  const first = new Synth(schemas, new Map(), slug(name));
  const base = first.value(root, '', 0, true, [], '');
  if (first.sites.length === 0) return [{ name: 'synthesised', payload: base }];
  const out: Synthesised[] = [];
  const names = new Set<string>();
  const add = (label: string, payload: unknown) => {
    let n = `synthesised-${slug(label)}`;
    for (let i = 2; names.has(n); i++) n = `synthesised-${slug(label)}-${i}`;
    names.add(n);
    out.push({ name: n, payload });
  };
  add(first.sites[0]!.labels[0]!, base);
  for (const site of first.sites) {
    for (let i = 1; i < site.labels.length && out.length < MAX_SYNTHESISED; i++) {
      const tag = `${slug(name)}-${slug(site.labels[i]!)}`;
      add(site.labels[i]!, new Synth(schemas, new Map([[site.key, i]]), tag).value(root, '', 0, true, [], ''));
    }
  }
  return out;
}

/**
 * A value for a schema that is not an event's payload (a reply, a batch envelope).
 *
 * @example
 * synthesiseValue(schemas, { type: 'string', examples: ['OK'] }); // 'OK'
 */
export function synthesiseValue(schemas: Schemas, schema: unknown): unknown {
  return new Synth(schemas, new Map()).value(schema, '', 0, true, [], '');
}

function slug(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'variant';
}
