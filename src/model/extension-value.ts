/**
 * Checks one `x-chathooks-*` value against its schema and reports each problem in the spec's terms; a key
 * the extension does not know gets "did you mean" (`timeoutMS` → `timeoutMs`) or the list of known keys.
 */
import type { ErrorObject } from 'ajv';
import { createAjv, toIssues } from './ajv.js';
import { didYouMean } from './naming.js';
import { getAt } from './pointer.js';
import type { Reporter } from './reporter.js';
import { isObject } from './json.js';

/**
 * Validate `value` (at `pointer`) against the extension schema of `key`; report every problem.
 *
 * @example
 * checkExtensionValue(reporter, 'x-chathooks-delivery', schema, { timeoutMS: 1000 }, '/x-chathooks-delivery');
 * // #/x-chathooks-delivery/timeoutMS x-chathooks-delivery/timeoutMS is not a known key. Did you mean "timeoutMs"?
 */
export function checkExtensionValue(
  reporter: Reporter,
  key: string,
  schema: object,
  value: unknown,
  pointer: string,
): void {
  const ajv = extensionAjv();
  const validate = ajv.getSchema(key) ?? ajv.compile({ $id: key, ...schema });
  if (validate(value)) return;
  const errors = validate.errors ?? [];
  // if/then schemas repeat errors for the failing branch: keep the most specific ones.
  const kept = errors.filter((e) => e.keyword !== 'if');
  const issues = toIssues(kept);
  kept.forEach((error, i) => {
    const issue = issues[i]!;
    const message =
      error.keyword === 'additionalProperties'
        ? `is not a known key.${unknownKeyHint(schema, error)}`
        : `${issue.message}.`;
    reporter.error('extension-invalid', pointer + issue.pointer, `${key}${issue.pointer} ${message}`);
  });
}

/** "Did you mean" from the keys the failing (sub)schema declares, else the list of them. */
function unknownKeyHint(schema: object, error: ErrorObject): string {
  const unknown = String((error.params as { additionalProperty?: unknown }).additionalProperty ?? '');
  const parent = getAt(schema, error.schemaPath.replace(/^#/, '').replace(/\/additionalProperties$/, ''));
  const properties = isObject(parent) && isObject(parent['properties']) ? Object.keys(parent['properties']) : [];
  if (properties.length === 0) return '';
  return didYouMean(unknown, properties) || ` Known keys: ${properties.join(', ')}.`;
}

let extAjv: ReturnType<typeof createAjv> | undefined;
/** A lenient Ajv for extension values (their schemas use if/then, which strict mode dislikes). */
function extensionAjv(): ReturnType<typeof createAjv> {
  if (!extAjv) {
    extAjv = createAjv();
    extAjv.opts.strict = false;
  }
  return extAjv;
}
