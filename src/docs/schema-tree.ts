/**
 * The collapsible schema tree of an event page: one `<li>` per field with its type, whether it is required,
 * enums, formats, constraints and description; `<details>` for fields with children. Every field has a
 * stable id built from its path (`payload.ResponseFriendItem[].To_Account`), so it can be linked to.
 */
import { isObject, type JsonObject } from '../model/json.js';
import type { JsonSchema } from '../model/model.js';
import { html, inline, raw, type Html } from './html.js';
import { fieldId } from './paths.js';
import { defsOf, FACT_KEYS, hasChildren, isSimple, stackOf, viewSchema, type SchemaView } from './schema-view.js';

export interface SchemaTree {
  html: Html;
  /** JSON pointer pattern (`/ResponseFriendItem/*\/To_Account`) → field id, for linking invalid examples. */
  pointers: Map<string, string>;
  /** Number of field rows. */
  fields: number;
}

interface Ctx {
  defs: JsonObject;
  pointers: Map<string, string>;
  ids: Set<string>;
  fields: number;
}

/** Levels open by default; deeper fields start collapsed (Expand all opens them). */
const OPEN_DEPTH = 2;
/** Bounds the tree of pathological schemas; real specs stay far below. */
const MAX_DEPTH = 14;

/**
 * Render a schema as a tree. `section` prefixes the field ids (`payload`, `reply`, `query`, `headers`);
 * `shownText` is text already on the page (the event summary), not repeated as the root description.
 *
 * @example
 * schemaTree(event.payload, 'payload').html; // <div class="schema">…<li class="field" id="payload.From_Account">…
 */
export function schemaTree(
  schema: JsonSchema,
  section: string,
  options: { shownText?: string | undefined } = {},
): SchemaTree {
  const ctx: Ctx = { defs: defsOf(schema), pointers: new Map(), ids: new Set([section]), fields: 0 };
  const view = viewSchema(schema, ctx.defs);
  // The root's description often repeats the event summary shown above the tree.
  const same = (a: string | undefined, b: string | undefined): boolean =>
    Boolean(a && b && a.trim().replace(/\.$/, '') === b.trim().replace(/\.$/, ''));
  const description = same(view.description, options.shownText) ? undefined : view.description;
  const head = html`<div class="schema-root"><span class="ftype">${typeLabel(view, ctx.defs)}</span>${description ? html` <span class="fdesc">${inline(description)}</span>` : ''}${facts(view, ctx.defs)}</div>`;
  const body = view.anything ? html`<p class="muted">Any JSON value.</p>` : children(view, [section], [], ctx, 0);
  return { html: html`<div class="schema">${head}${body}</div>`, pointers: ctx.pointers, fields: ctx.fields };
}

function children(view: SchemaView, segs: string[], ptr: string[], ctx: Ctx, depth: number): Html {
  if (depth >= MAX_DEPTH || view.cycle) return raw('');
  const rows: Html[] = [];
  for (const [name, sub] of view.properties)
    rows.push(field(name, sub, view.required.has(name), [...segs, name], [...ptr, name], ctx, depth));
  if (isObject(view.additionalProperties) && Object.keys(view.additionalProperties).length > 0) {
    rows.push(
      field('{any name}', view.additionalProperties, false, [...segs, '{*}'], [...ptr, '*'], ctx, depth, 'additional'),
    );
  }
  if (view.items !== undefined && view.properties.length === 0) {
    const items = viewSchema(view.items, ctx.defs, stackOf(view.items));
    const inner = children(items, [...segs.slice(0, -1), `${segs.at(-1)}[]`], [...ptr, '*'], ctx, depth);
    if (inner.value) rows.push(inner);
  }
  for (const group of view.variants) {
    if (group.schemas.every((s) => isSimple(s, ctx.defs))) continue;
    const label = group.keyword === 'oneOf' ? 'exactly one of' : 'any of';
    const alternatives = group.schemas.map((s, i) => {
      const v = viewSchema(s, ctx.defs, stackOf(s));
      const name = v.refNames[0] ?? `${i + 1}`;
      return field(
        v.refNames[0] ?? `variant ${i + 1}`,
        s,
        false,
        [...segs.slice(0, -1), `${segs.at(-1)}@${name}`],
        ptr,
        ctx,
        depth,
        'variant',
      );
    });
    rows.push(
      html`<li class="variants"><span class="vlabel">${label}:</span><ul class="tree">${alternatives}</ul></li>`,
    );
  }
  return rows.length ? html`<ul class="tree">${rows}</ul>` : raw('');
}

function field(
  name: string,
  schema: unknown,
  required: boolean,
  segs: string[],
  ptr: string[],
  ctx: Ctx,
  depth: number,
  role: 'property' | 'additional' | 'variant' = 'property',
): Html {
  const view = viewSchema(schema, ctx.defs, stackOf(schema));
  let id = fieldId(segs);
  for (let n = 2; ctx.ids.has(id); n++) id = `${fieldId(segs)}~${n}`;
  ctx.ids.add(id);
  ctx.fields++;
  const pattern = `/${ptr.join('/')}`;
  if (role !== 'variant' && !ctx.pointers.has(pattern)) ctx.pointers.set(pattern, id);
  const nameCell =
    role === 'property' ? html`<code class="fname">${name}</code>` : html`<span class="fname alt">${name}</span>`;
  // A variant is named after its definition already; its type says what kind of value it is.
  const type = role === 'variant' ? typeLabel({ ...view, refNames: [] }, ctx.defs) : typeLabel(view, ctx.defs);
  const head = html`<a class="anchor" href="#${id}" aria-label="Link to this field">#</a>${nameCell} <span class="ftype">${type}</span>${required ? html` <span class="req">required</span>` : ''}`;
  const doc = html`${view.description ? html`<div class="fdesc">${inline(view.description)}</div>` : ''}${facts(view, ctx.defs)}`;
  if (!hasChildren(view, ctx.defs) || depth + 1 >= MAX_DEPTH)
    return html`<li class="field" id="${id}"><div class="fhead">${head}</div>${doc}</li>`;
  const nested = children(view, segs, ptr, ctx, depth + 1);
  return html`<li class="field" id="${id}"><details${depth < OPEN_DEPTH ? raw(' open') : ''}><summary class="fhead">${head}</summary>${doc}${nested}</details></li>`;
}

/** `string`, `integer | string`, `Contact`, `object[]`, `"Group.CallbackAfterSendMsg"`. */
export function typeLabel(view: SchemaView, defs: JsonObject): string {
  if (view.cycle) return `${view.cycle} (recursive, see above)`;
  if (view.anything === true) return 'any';
  if (view.anything === false) return 'never';
  const named = view.refNames.at(-1);
  let base: string;
  if (view.types.includes('array') || (view.types.length === 0 && view.items !== undefined)) {
    const items = view.items === undefined ? undefined : viewSchema(view.items, defs, stackOf(view.items));
    const inner = items ? typeLabel(items, defs) : 'any';
    base = `${/[ |]/.test(inner) ? `(${inner})` : inner}[]`;
    const others = view.types.filter((t) => t !== 'array');
    if (others.length) base = [base, ...others].join(' | ');
  } else if (view.types.length) {
    base = view.types.join(' | ');
    if (named && view.types.includes('object')) base = base.replace('object', named);
  } else if (view.properties.length) base = named ?? 'object';
  else if (view.variants.length) {
    base = view.variants.map((g) => g.schemas.map((s) => variantLabel(s, defs)).join(' | ')).join(' & ');
  } else base = named ?? 'any';
  return base;
}

/** One alternative on one line: `0`, `integer`, `string /^[0-9]+$/`, `120001–130000`, `TIMTextElem`. */
function variantLabel(schema: unknown, defs: JsonObject): string {
  const v = viewSchema(schema, defs, stackOf(schema));
  if (v.facts['const'] !== undefined) return JSON.stringify(v.facts['const']);
  if (v.properties.length) return v.refNames.at(-1) ?? 'object';
  const min = v.facts['minimum'];
  const max = v.facts['maximum'];
  if (typeof min === 'number' && typeof max === 'number' && v.types.length === 0) return `${min}–${max}`;
  let label = typeLabel(v, defs);
  if (typeof v.facts['pattern'] === 'string') label += ` /${v.facts['pattern']}/`;
  if (typeof v.facts['format'] === 'string') label += ` (${v.facts['format']})`;
  if (typeof min === 'number' || typeof max === 'number') label += ` ${min ?? ''}–${max ?? ''}`;
  return label;
}

const FACT_LABELS: Record<string, string> = {
  const: 'always',
  enum: 'one of',
  format: 'format',
  pattern: 'pattern',
  minimum: 'min',
  exclusiveMinimum: 'greater than',
  maximum: 'max',
  exclusiveMaximum: 'less than',
  minLength: 'min length',
  maxLength: 'max length',
  minItems: 'min items',
  maxItems: 'max items',
  uniqueItems: 'unique items',
  default: 'default',
  examples: 'e.g.',
  deprecated: 'deprecated',
  readOnly: 'read-only',
  writeOnly: 'write-only',
  contentMediaType: 'media type',
};

function facts(view: SchemaView, defs: JsonObject): Html {
  const items: Html[] = [];
  for (const key of FACT_KEYS) {
    const value = view.facts[key];
    if (value === undefined) continue;
    const values = key === 'enum' || key === 'examples' ? (Array.isArray(value) ? value : [value]) : [value];
    const shown = values.map(
      (v, i) =>
        html`${i ? ', ' : ''}<code>${typeof v === 'string' && key === 'pattern' ? v : JSON.stringify(v)}</code>`,
    );
    items.push(html`<li><span class="fk">${FACT_LABELS[key]}</span> ${shown}</li>`);
  }
  if (view.additionalProperties === false) items.push(html`<li><span class="fk">no other fields</span></li>`);
  if (view.types.includes('null')) items.push(html`<li><span class="fk">nullable</span></li>`);
  const simple = view.variants.filter((g) => g.schemas.every((s) => isSimple(s, defs)));
  if (simple.length && (view.types.length || view.properties.length)) {
    for (const g of simple)
      items.push(
        html`<li><span class="fk">${g.keyword === 'oneOf' ? 'one of' : 'any of'}</span> <code>${g.schemas.map((s) => variantLabel(s, defs)).join(' | ')}</code></li>`,
      );
  }
  const shownRef =
    view.refNames.length > 1 || (view.refNames.length === 1 && !typeLabel(view, defs).includes(view.refNames[0]!));
  if (shownRef && !view.cycle)
    items.push(html`<li><span class="fk">schema</span> <code>${view.refNames.join(' → ')}</code></li>`);
  return items.length ? html`<ul class="facts">${items}</ul>` : raw('');
}
