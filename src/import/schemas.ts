/**
 * Source schemas → the spec's `components.schemas`: OpenAPI's `discriminator` (its `mapping`, or the
 * schemas that `allOf` a base) resolved into one flat object schema per variant whose discriminator property
 * is a `const`, polymorphic bases into a `oneOf` of their variants, OpenAPI 3.0 keywords into JSON Schema
 * (`nullable`, `example`, boolean `exclusiveMinimum`), formats validators do not know dropped. Shared objects
 * stay shared: a `$ref` to a component stays a `$ref` to the converted component of that name.
 */
import { isObject, type JsonObject } from '../model/json.js';
import { escapeToken, getAt, parsePointer } from '../model/pointer.js';
import type { Problem } from '../model/problems.js';
import { ImportError } from './errors.js';
import { finishKeywords, isReplacedKeyword, withConstProperty } from './keywords.js';
import type { SourceDocument } from './source.js';

const COMPONENTS = '/components/schemas/';

/** How a discriminator names one variant: the property and the value that selects it. */
export interface VariantConst {
  property: string;
  value: string;
}

/** A polymorphic schema: its discriminator property and its variants (component names), in mapping order. */
export interface Union {
  property: string;
  variants: { value: string; name: string }[];
}

/** Keys an `allOf` part may have and still be merged into one object schema. */
const MERGEABLE = new Set([
  'type',
  'properties',
  'required',
  'description',
  'title',
  'externalDocs',
  'additionalProperties',
  'example',
  'examples',
  'discriminator',
  'nullable',
  'deprecated',
]);

/** Keywords that hold one subschema, a list of them, or a map of them (converted recursively). */
const ONE = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'] as const;
const LIST = ['oneOf', 'anyOf', 'allOf', 'prefixItems'] as const;
const MAP = ['properties', 'patternProperties', 'dependentSchemas'] as const;

const componentName = (ref: unknown): string | undefined =>
  typeof ref === 'string' && ref.startsWith(`#${COMPONENTS}`)
    ? parsePointer(ref.slice(1))[2] // ['components', 'schemas', name, ...]
    : undefined;

const componentRef = (name: string): string => `#${COMPONENTS}${escapeToken(name)}`;

/**
 * Converts the schemas of one bundled document. `component(name)` converts a component (and everything it
 * refers to) once; `output` holds the converted components in the order they were first needed.
 *
 * @example
 * const conv = new SchemaConverter(doc, true);
 * conv.component('FollowEvent'); // '#/components/schemas/FollowEvent'; conv.output has it, `type` a const
 */
export class SchemaConverter {
  /** Converted components by name (`null` while being converted: a recursive ref stays a ref). */
  readonly output = new Map<string, JsonObject | null>();
  readonly unions = new Map<string, Union>();
  readonly consts = new Map<string, VariantConst>();
  /** Bases whose variants are the imported events: converted to their own (base) form, not to a union. */
  readonly eventRoots = new Set<string>();
  private readonly baseForms = new Map<string, JsonObject>();
  private readonly problems: Problem[] = [];
  private readonly source: JsonObject;

  constructor(
    private readonly doc: SourceDocument,
    private readonly openapi30: boolean,
  ) {
    const schemas = getAt(doc.data, '/components/schemas');
    this.source = isObject(schemas) ? schemas : {};
    this.findUnions();
    this.flush();
  }

  /** Throw every problem found so far as one ImportError. */
  flush(): void {
    if (this.problems.length) throw new ImportError(this.problems.splice(0));
  }

  private problem(code: string, pointer: string, message: string): void {
    this.problems.push(this.doc.problem(code, pointer, message));
  }

  /** Each source component's position in components.schemas (the output keeps that order). */
  sourceOrder(): Map<string, number> {
    return new Map(Object.keys(this.source).map((name, i) => [name, i]));
  }

  /** The source schema of a component, or undefined. */
  sourceSchema(name: string): unknown {
    return Object.hasOwn(this.source, name) ? this.source[name] : undefined;
  }

  /** Every discriminator in components.schemas: its variants and the const each variant gets. */
  private findUnions(): void {
    for (const [base, schema] of Object.entries(this.source)) {
      if (!isObject(schema) || !isObject(schema['discriminator'])) continue;
      const at = `${COMPONENTS}${escapeToken(base)}/discriminator`;
      const discriminator = schema['discriminator'];
      const property = discriminator['propertyName'];
      if (typeof property !== 'string' || property === '') {
        this.problem(
          'import-discriminator-invalid',
          at,
          `The discriminator of ${base} has no \`propertyName\`; name the property that tells the variants apart.`,
        );
        continue;
      }
      const variants: { value: string; name: string }[] = [];
      const mapping = isObject(discriminator['mapping']) ? discriminator['mapping'] : {};
      for (const [value, target] of Object.entries(mapping)) {
        const name = componentName(target) ?? (typeof target === 'string' && !target.includes('/') ? target : '');
        if (!name || this.sourceSchema(name) === undefined) {
          this.problem(
            'import-mapping-missing',
            `${at}/mapping/${escapeToken(value)}`,
            `The discriminator mapping of ${base} sends "${value}" to ${JSON.stringify(target)}, which is not a schema in this document (components.schemas has no ${name ? `"${name}"` : 'such entry'}). Fix the mapping or add the schema.`,
          );
          continue;
        }
        variants.push({ value, name });
      }
      // Without a mapping, the variants are the oneOf entries (or the schemas that allOf the base), each
      // selected by its own name unless it declares a constant itself.
      if (Object.keys(mapping).length === 0) {
        const listed = [
          ...(Array.isArray(schema['oneOf']) ? schema['oneOf'] : []),
          ...(Array.isArray(schema['anyOf']) ? schema['anyOf'] : []),
        ]
          .map((s) => (isObject(s) ? componentName(s['$ref']) : undefined))
          .filter((n): n is string => n !== undefined);
        const names = listed.length ? listed : this.subtypesOf(base);
        for (const name of names) variants.push({ value: this.declaredConst(name, property) ?? name, name });
      }
      this.unions.set(base, { property, variants });
      for (const v of variants) if (!this.consts.has(v.name)) this.consts.set(v.name, { property, value: v.value });
    }
  }

  /** Components whose `allOf` refers to `base` (OpenAPI's implicit discriminator mapping). */
  private subtypesOf(base: string): string[] {
    return Object.entries(this.source)
      .filter(
        ([, s]) =>
          isObject(s) &&
          Array.isArray(s['allOf']) &&
          s['allOf'].some((p) => isObject(p) && componentName(p['$ref']) === base),
      )
      .map(([name]) => name);
  }

  /** The constant a component declares for `property` itself (`const`, or a one-value `enum`). */
  declaredConst(name: string, property: string): string | undefined {
    const prop = getAt(this.sourceSchema(name), `/properties/${escapeToken(property)}`);
    if (!isObject(prop)) return undefined;
    if (typeof prop['const'] === 'string') return prop['const'];
    return Array.isArray(prop['enum']) && prop['enum'].length === 1 && typeof prop['enum'][0] === 'string'
      ? prop['enum'][0]
      : undefined;
  }

  /**
   * Make component `name` a variant selected by `property: value` (a union written inline, not in
   * components.schemas); call before the component is converted. The first union to claim a variant wins.
   */
  addVariant(name: string, property: string, value: string): void {
    if (!this.consts.has(name)) this.consts.set(name, { property, value });
  }

  /** Is `name` a polymorphic base written as inheritance (a discriminator and no oneOf)? */
  isInheritanceBase(name: string): boolean {
    const s = this.sourceSchema(name);
    return this.unions.has(name) && isObject(s) && !Array.isArray(s['oneOf']) && !Array.isArray(s['anyOf']);
  }

  /**
   * Convert component `name` (once) and return a ref to it. A polymorphic base becomes a `oneOf` of its
   * variants, except an events root, which keeps its own shape (the fields every event has).
   */
  component(name: string): string {
    if (!this.output.has(name)) {
      this.output.set(name, null);
      let converted: JsonObject;
      if (this.isInheritanceBase(name) && !this.eventRoots.has(name)) {
        const union = this.unions.get(name)!;
        const base = this.sourceSchema(name) as JsonObject;
        converted = this.plain(
          Object.fromEntries(
            Object.entries(base).filter(([k]) => ['title', 'description', 'externalDocs'].includes(k)),
          ),
          `${COMPONENTS}${escapeToken(name)}`,
          [],
        );
        converted['oneOf'] = union.variants.map((v) => ({ $ref: componentRef(this.variant(v.name)) }));
      } else {
        converted = this.withConst(name, this.baseForm(name, []));
      }
      this.output.set(name, converted);
    }
    return componentRef(name);
  }

  /** Convert a variant component (ensuring it exists) and return its name. */
  private variant(name: string): string {
    this.component(name);
    return name;
  }

  /** A variant's discriminator property as a `const` (and required), so types and validators narrow on it. */
  private withConst(name: string, schema: JsonObject): JsonObject {
    const c = this.consts.get(name);
    if (!c) return schema;
    return withConstProperty(schema, c.property, c.value);
  }

  /**
   * The own shape of component `name`: its `allOf` merged with the shapes of the components it extends,
   * without its discriminator. `stack`: the components being merged (a repeat is a circular allOf).
   */
  private baseForm(name: string, stack: string[]): JsonObject {
    const known = this.baseForms.get(name);
    if (known) return structuredClone(known);
    const source = this.sourceSchema(name);
    const converted = this.node(source, `${COMPONENTS}${escapeToken(name)}`, [...stack, name]);
    const form = isObject(converted) ? converted : { allOf: [converted] };
    this.baseForms.set(name, form);
    return structuredClone(form);
  }

  /**
   * Convert any schema node found at `pointer`. `stack`: components whose allOf is being merged.
   *
   * @example
   * converter.node({ type: 'string', nullable: true }, '/x', []); // { type: ['string', 'null'] }
   */
  node(schema: unknown, pointer: string, stack: string[] = []): JsonObject | boolean {
    if (typeof schema === 'boolean') return schema;
    if (!isObject(schema)) return {};
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const name = componentName(ref);
      const rest = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$ref'));
      if (name !== undefined && this.sourceSchema(name) !== undefined) {
        const out: JsonObject = { $ref: this.component(name) };
        // OpenAPI 3.1 allows keywords beside $ref (a description); they are kept.
        return Object.keys(rest).length ? { ...out, ...this.plain(rest, pointer, stack) } : out;
      }
      // A ref to somewhere else in the document (a path's schema): inline it.
      const target = ref.startsWith('#') ? getAt(this.doc.data, ref.slice(1)) : undefined;
      if (target === undefined) {
        this.problem('import-ref-unresolved', `${pointer}/$ref`, `$ref "${ref}" does not resolve in this document.`);
        return {};
      }
      if (stack.includes(ref)) {
        this.problem(
          'import-ref-cycle',
          `${pointer}/$ref`,
          `$ref "${ref}" refers back to itself outside components.schemas; move the schema to components.schemas.`,
        );
        return {};
      }
      return this.node(target, decodeURIComponent(ref.slice(1)), [...stack, ref]);
    }
    if (Array.isArray(schema['allOf']) && this.mergeable(schema)) return this.merge(schema, pointer, stack);
    return this.plain(schema, pointer, stack);
  }

  /** Can this allOf be flattened into one object schema? (Every part is an object shape, or a ref to one.) */
  private mergeable(schema: JsonObject): boolean {
    const parts = schema['allOf'] as unknown[];
    const own = Object.keys(schema).filter((k) => k !== 'allOf');
    if (!own.every((k) => MERGEABLE.has(k) || k.startsWith('x-'))) return false;
    return parts.every((part) => {
      if (!isObject(part)) return false;
      const name = componentName(part['$ref']);
      if (name !== undefined) {
        const target = this.sourceSchema(name);
        return isObject(target) && Object.keys(part).length === 1;
      }
      return Object.keys(part).every((k) => MERGEABLE.has(k) || k === 'allOf' || k.startsWith('x-'));
    });
  }

  /** Merge an allOf into one object schema: properties in order (later wins), `required` united. */
  private merge(schema: JsonObject, pointer: string, stack: string[]): JsonObject {
    const properties: JsonObject = {};
    const required: string[] = [];
    let description: unknown;
    let title: unknown;
    let additional: unknown;
    let examples: unknown[] | undefined;
    (schema['allOf'] as JsonObject[]).forEach((part, i) => {
      const at = `${pointer}/allOf/${i}`;
      const name = componentName(part['$ref']);
      let shape: JsonObject | boolean;
      if (name !== undefined) {
        if (stack.includes(name)) {
          this.problem(
            'import-allof-cycle',
            `${at}/$ref`,
            `Circular allOf: ${[...stack.slice(stack.indexOf(name)), name].join(' → ')}. A schema cannot extend itself; remove one of these allOf references.`,
          );
          return;
        }
        shape = this.baseForm(name, stack);
      } else {
        shape = this.node(part, at, stack);
        if (isObject(shape)) {
          if (shape['description'] !== undefined) description = shape['description'];
          if (shape['title'] !== undefined) title = shape['title'];
        }
      }
      if (!isObject(shape)) return;
      if (isObject(shape['properties'])) Object.assign(properties, shape['properties']);
      if (Array.isArray(shape['required']))
        for (const r of shape['required']) if (typeof r === 'string' && !required.includes(r)) required.push(r);
      if (shape['additionalProperties'] !== undefined) additional = shape['additionalProperties'];
      if (Array.isArray(shape['examples'])) examples = shape['examples'];
    });
    const own = this.plain(
      Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'allOf')),
      pointer,
      stack,
    ) as JsonObject;
    const out: JsonObject = {};
    if (own['title'] ?? title) out['title'] = own['title'] ?? title;
    if (own['description'] ?? description) out['description'] = own['description'] ?? description;
    if (own['$comment']) out['$comment'] = own['$comment'];
    out['type'] = 'object';
    if (required.length) out['required'] = required;
    out['properties'] = properties;
    if (additional !== undefined) out['additionalProperties'] = additional;
    const ownExamples = own['examples'] ?? examples;
    if (ownExamples !== undefined) out['examples'] = ownExamples;
    for (const [k, v] of Object.entries(own)) if (k.startsWith('x-')) out[k] = v;
    return out;
  }

  /** Convert the keywords of a schema without `$ref` (and without a mergeable allOf). */
  private plain(schema: JsonObject, pointer: string, stack: string[]): JsonObject {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
      if (isReplacedKeyword(key, value, this.openapi30)) continue;
      const at = `${pointer}/${escapeToken(key)}`;
      if ((ONE as readonly string[]).includes(key) && (isObject(value) || typeof value === 'boolean'))
        out[key] = this.node(value, at, stack);
      else if ((LIST as readonly string[]).includes(key) && Array.isArray(value))
        out[key] = value.map((v, i) => this.node(v, `${at}/${i}`, stack));
      else if ((MAP as readonly string[]).includes(key) && isObject(value))
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, this.node(v, `${at}/${escapeToken(k)}`, stack)]),
        );
      else out[key] = structuredClone(value);
    }
    finishKeywords(schema, out, this.openapi30);
    return out;
  }
}
