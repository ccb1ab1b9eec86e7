/**
 * The decisions a source document does not make and a person must: the signature scheme, the delivery policy,
 * each event's kind. Given as flags they are checked against the extension schemas lint uses; left out, the
 * spec gets the `undecided` placeholder, which lint reports with where and how to settle it.
 */
import { checkExtensionValue } from '../model/extension-value.js';
import { ROOT_EXTENSIONS } from '../model/extensions.js';
import { OptionError } from '../model/errors.js';
import { isObject, type JsonObject } from '../model/json.js';
import { EVENT_KINDS, type EventKind } from '../model/model.js';
import { didYouMean } from '../model/naming.js';
import { Reporter } from '../model/reporter.js';
import { SCHEME_NAMES, SCHEMES } from '../signing/registry.js';

export interface Decisions {
  /** `x-chathooks-signature`, or undefined: undecided. */
  signature?: JsonObject;
  /** `x-chathooks-delivery`, or undefined: undecided. */
  delivery?: JsonObject;
  /** Kinds given for every event (`all`) and per event name. */
  kinds: { all?: EventKind; byEvent: Map<string, EventKind> };
}

/** Check a value against an extension's schema; an OptionError naming the flag on the first problem. */
function check(flag: string, key: string, value: unknown): void {
  const reporter = new Reporter(flag, undefined);
  checkExtensionValue(reporter, key, ROOT_EXTENSIONS[key]!, value, '');
  if (reporter.problems.length)
    throw new OptionError(`${flag}: ${reporter.problems.map((p) => p.message.replace(`${key}/`, '')).join('; ')}`);
}

/** `a=1,b=x` → entries; a value may itself contain `=`. */
function pairs(flag: string, text: string): [string, string][] {
  return text
    .split(',')
    .filter((p) => p.trim() !== '')
    .map((part) => {
      const at = part.indexOf('=');
      if (at <= 0) throw new OptionError(`${flag}: "${part}" is not key=value.`);
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    });
}

/**
 * `--signature <scheme>[,param=value…]`, e.g. `line` or `hmac-sha256,header=x-sig,encoding=hex`.
 *
 * @example
 * parseSignature('hmac-sha256,header=x-sig,encoding=hex'); // { scheme: 'hmac-sha256', header: 'x-sig', encoding: 'hex' }
 */
export function parseSignature(text: string): JsonObject {
  const [scheme = '', ...rest] = text.split(',');
  if (!Object.hasOwn(SCHEMES, scheme))
    throw new OptionError(
      `--signature: unknown scheme "${scheme}".${didYouMean(scheme, SCHEME_NAMES) || ''} Schemes: ${SCHEME_NAMES.join(', ')}.`,
    );
  const properties = SCHEMES[scheme as keyof typeof SCHEMES].parameters.properties as Record<string, { type?: string }>;
  const value: JsonObject = { scheme };
  for (const [key, raw] of pairs('--signature', rest.join(','))) {
    value[key] = properties[key]?.type === 'integer' || properties[key]?.type === 'number' ? Number(raw) : raw;
  }
  check('--signature', 'x-chathooks-signature', value);
  return value;
}

const LIST_KEYS = new Set(['retries', 'retryOn', 'success']);

function deliveryValue(key: string, raw: string): unknown {
  if (LIST_KEYS.has(key)) {
    if (key === 'success' && raw === '2xx') return raw;
    return raw === '' ? [] : raw.split('/').map((v) => (/^\d+$/.test(v) ? Number(v) : v));
  }
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/**
 * `--delivery` as JSON (`{"timeoutMs":10000,"retries":[],"retryOn":[]}`) or `key=value` pairs, lists
 * separated by `/`, nested keys dotted: `timeoutMs=10000,retries=1000/2000,retryOn=timeout/non-2xx,rateLimit.perMinute=100`.
 *
 * @example
 * parseDelivery('timeoutMs=5000,retries=,retryOn='); // { timeoutMs: 5000, retries: [], retryOn: [] }
 */
export function parseDelivery(text: string): JsonObject {
  let value: JsonObject;
  if (text.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isObject(parsed)) throw new Error('not an object');
      value = parsed;
    } catch (error) {
      throw new OptionError(`--delivery: not a JSON object (${(error as Error).message}).`);
    }
  } else {
    value = {};
    for (const [key, raw] of pairs('--delivery', text)) {
      const [head = '', sub] = key.split('.', 2);
      if (sub !== undefined) {
        const nested = (isObject(value[head]) ? value[head] : (value[head] = {})) as JsonObject;
        nested[sub] = deliveryValue(sub, raw);
      } else value[head] = deliveryValue(head, raw);
    }
  }
  check('--delivery', 'x-chathooks-delivery', value);
  return value;
}

/**
 * `--kind after` (every event), `--kind message=after,follow=notify`, or both (per event wins).
 *
 * @example
 * parseKinds(['after', 'join=notify']); // { all: 'after', byEvent: Map { 'join' => 'notify' } }
 */
export function parseKinds(values: readonly string[]): Decisions['kinds'] {
  const kinds: Decisions['kinds'] = { byEvent: new Map() };
  const asKind = (raw: string, what: string): EventKind => {
    if ((EVENT_KINDS as readonly string[]).includes(raw)) return raw as EventKind;
    throw new OptionError(`--kind: "${raw}" for ${what} is not a kind; use ${EVENT_KINDS.join(', ')}.`);
  };
  for (const part of values
    .flatMap((v) => v.split(','))
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.lastIndexOf('=');
    if (at < 0) kinds.all = asKind(part, 'every event');
    else kinds.byEvent.set(part.slice(0, at), asKind(part.slice(at + 1), `"${part.slice(0, at)}"`));
  }
  return kinds;
}

/**
 * The kind of `event`: given for it, given for all, or undefined (undecided).
 *
 * @example
 * kindOf(parseKinds(['after']), 'follow'); // 'after'
 */
export function kindOf(kinds: Decisions['kinds'], event: string): EventKind | undefined {
  return kinds.byEvent.get(event) ?? kinds.all;
}

/**
 * Every `--kind` event name must be an imported event (an OptionError with "did you mean" otherwise).
 *
 * @example
 * checkKindNames(parseKinds(['folow=after']), ['follow']); // throws: the import has no event "folow". Did you mean "follow"?
 */
export function checkKindNames(kinds: Decisions['kinds'], events: readonly string[]): void {
  for (const name of kinds.byEvent.keys()) {
    if (!events.includes(name))
      throw new OptionError(
        `--kind: the import has no event "${name}".${didYouMean(name, events) || ` Its events: ${events.join(', ')}.`}`,
      );
  }
}
