/**
 * Lint check of the schema extensions (`x-chathooks-open-enum`, `x-chathooks-documented-required`): each value
 * has its extension's shape and fits the schema it sits on (open-enum values of the schema's type, beside no
 * `enum`; documented-required names among its properties); an unknown `x-chathooks-*` key on a schema is a typo.
 */
import { checkExtensionValue } from './extension-value.js';
import { SCHEMA_EXTENSIONS } from './extensions.js';
import { isObject, type JsonObject } from './json.js';
import { didYouMean } from './naming.js';
import { escapeToken } from './pointer.js';
import type { Reporter } from './reporter.js';
import { walkSchema } from './schema.js';
import { DOCUMENTED_REQUIRED, OPEN_ENUM } from './strict.js';

/** Keys whose values are schemas wherever they appear in an AsyncAPI document outside `components.schemas`. */
const SCHEMA_SLOTS = new Set(['payload', 'headers']);
/** Keys whose values are data: nothing inside is a schema. */
const DATA_KEYS = new Set(['examples', 'example', 'const', 'enum', 'default', 'x-chathooks-invalid-examples']);

/**
 * Report every malformed or misplaced schema extension of the document, at its place.
 *
 * @example
 * checkSchemaExtensions(doc, reporter);
 * // #/components/schemas/Info/properties/Action/x-chathooks-open-enum x-chathooks-open-enum must be array. [extension-invalid]
 */
export function checkSchemaExtensions(document: JsonObject, reporter: Reporter): void {
  for (const { schema, pointer } of schemasOf(document)) {
    walkSchema(schema, (node, at) => checkNode(node, `${pointer}${at}`, reporter), '');
  }
}

/** The root schemas of the document: each component schema, each message's payload and headers. */
function schemasOf(document: JsonObject): { schema: unknown; pointer: string }[] {
  const out: { schema: unknown; pointer: string }[] = [];
  const components = isObject(document['components']) ? document['components'] : {};
  if (isObject(components['schemas'])) {
    for (const [name, schema] of Object.entries(components['schemas']))
      out.push({ schema, pointer: `/components/schemas/${escapeToken(name)}` });
  }
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYS.has(key) || (pointer === '/components' && key === 'schemas')) continue;
      const at = `${pointer}/${escapeToken(key)}`;
      if (SCHEMA_SLOTS.has(key) && isObject(value)) out.push({ schema: value, pointer: at });
      else visit(value, at);
    }
  };
  visit(document, '');
  return out;
}

function checkNode(node: JsonObject, pointer: string, reporter: Reporter): void {
  const known = Object.keys(SCHEMA_EXTENSIONS);
  for (const key of Object.keys(node)) {
    if (!key.startsWith('x-chathooks-')) continue;
    const at = `${pointer}/${escapeToken(key)}`;
    const schema = SCHEMA_EXTENSIONS[key];
    if (!schema) {
      reporter.error(
        'extension-unknown',
        at,
        `Unknown extension ${key} on a schema.${didYouMean(key, known) || ` Known: ${known.join(', ')}.`}`,
      );
      continue;
    }
    const before = reporter.errorCount;
    checkExtensionValue(reporter, key, schema, node[key], at);
    if (reporter.errorCount > before) continue;
    if (key === OPEN_ENUM) checkOpenEnum(node, node[key] as (string | number)[], at, reporter);
    else if (key === DOCUMENTED_REQUIRED) checkDocumentedRequired(node, node[key] as string[], at, reporter);
  }
}

function checkOpenEnum(node: JsonObject, values: (string | number)[], pointer: string, reporter: Reporter): void {
  if ('enum' in node || 'const' in node) {
    reporter.error(
      'open-enum-closed',
      pointer,
      `${OPEN_ENUM} beside ${'enum' in node ? 'enum' : 'const'}: the values are closed already. Remove one: ${OPEN_ENUM} keeps the validator open and only documents the values.`,
    );
    return;
  }
  const types = Array.isArray(node['type']) ? (node['type'] as unknown[]) : [node['type']];
  values.forEach((value, i) => {
    const fits =
      typeof value === 'string'
        ? types.includes('string')
        : types.includes('number') || (types.includes('integer') && Number.isInteger(value));
    if (!fits) {
      reporter.error(
        'open-enum-type',
        `${pointer}/${i}`,
        `${OPEN_ENUM} value ${JSON.stringify(value)} does not fit the schema's type ${JSON.stringify(node['type'] ?? 'any')}; give the field a type (string, number or integer) and values of it.`,
      );
    }
  });
}

function checkDocumentedRequired(node: JsonObject, names: string[], pointer: string, reporter: Reporter): void {
  const properties = isObject(node['properties']) ? Object.keys(node['properties']) : [];
  const required = Array.isArray(node['required']) ? node['required'] : [];
  names.forEach((name, i) => {
    if (!properties.includes(name)) {
      reporter.error(
        'documented-required-unknown',
        `${pointer}/${i}`,
        `${DOCUMENTED_REQUIRED} names "${name}", which is not among this schema's properties.${didYouMean(name, properties) || ' Declare it under properties first.'}`,
      );
    } else if (required.includes(name)) {
      reporter.warn(
        'documented-required-redundant',
        `${pointer}/${i}`,
        `"${name}" is in required already; ${DOCUMENTED_REQUIRED} lists only fields the tolerant reading leaves optional.`,
      );
    }
  });
}
