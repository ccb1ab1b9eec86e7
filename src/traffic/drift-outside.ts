/**
 * Headers and query parameters the contract does not describe: what the event's headers and query schemas, the
 * signature scheme, the discriminator, the app id and the idempotency key name is documented; generic and
 * hop-by-hop HTTP headers are never drift.
 */
import { isObject } from '../model/json.js';
import type { Contract, EventContract, JsonSchema } from '../model/model.js';
import { getAt } from '../model/pointer.js';
import { schemeModule } from '../signing/registry.js';
import { type Delivery, type Findings, keepExample } from './drift-collect.js';

// Headers every HTTP client or proxy adds: not the platform's contract, never drift.
const GENERIC_HEADERS = new Set([
  'accept',
  'accept-charset',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'expect',
  'forwarded',
  'host',
  'keep-alive',
  'pragma',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'via',
  'x-real-ip',
  'x-request-id',
  'traceparent',
  'tracestate',
]);
const GENERIC_PREFIXES = ['x-forwarded-', 'proxy-'];

/**
 * Whether a header is one of the generic or hop-by-hop ones drift never reports.
 *
 * @example
 * isGenericHeader('X-Forwarded-For'); // true
 * isGenericHeader('x-sendbird-signature'); // false
 */
export function isGenericHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return GENERIC_HEADERS.has(lower) || GENERIC_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The property names a headers or query schema describes (lower-cased for headers), through its local `$ref`s and
 * `allOf`/`anyOf`/`oneOf` branches (the bundled form wraps a shared schema as `allOf: [{ $ref }]`).
 */
function describedNames(schema: JsonSchema | undefined, lower: boolean): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (!isObject(node) || depth > 32) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) visit(getAt(schema, ref.slice(1)), depth + 1);
    const props = node['properties'];
    if (isObject(props)) for (const n of Object.keys(props)) names.add(lower ? n.toLowerCase() : n);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const branch of list) visit(branch, depth + 1);
    }
  };
  visit(schema, 0);
  return names;
}

/** What the contract says travels outside the body, whatever the event: signature, discriminator, app id, key. */
function contractWide(contract: Contract): { headers: Set<string>; query: Set<string> } {
  const headers = new Set<string>();
  const query = new Set<string>();
  const add = (where: string, name: string) => (where === 'header' ? headers.add(name.toLowerCase()) : query.add(name));
  for (const p of schemeModule(contract.signature).bridgeParameters()) add(p.in, p.name);
  if (contract.discriminator && contract.discriminator.in !== 'body')
    add(contract.discriminator.in, contract.discriminator.name);
  if (contract.appId && contract.appId.in !== 'body') add(contract.appId.in, contract.appId.name);
  for (const ref of contract.idempotencyKey ?? []) {
    if (ref.startsWith('query:')) query.add(ref.slice('query:'.length));
    if (ref.startsWith('header:')) headers.add(ref.slice('header:'.length).toLowerCase());
  }
  return { headers, query };
}

/** The names documented outside the body. */
interface Described {
  headers: Set<string>;
  query: Set<string>;
}

/**
 * What a delivery of an event may carry outside its body, per event (computed once); a delivery of an unknown event
 * is judged against what any event of the contract may carry.
 *
 * @example
 * const described = outsideTheBody(tencent.contract);
 * described(stateChange).query.has('SdkAppid'); // true
 */
export function outsideTheBody(contract: Contract): (event: EventContract | undefined) => Described {
  const wide = contractWide(contract);
  const described = new Map<string, Described>();
  let anyEvent: Described | undefined;
  return (event) => {
    if (!event) {
      anyEvent ??= {
        headers: new Set([...wide.headers, ...contract.events.flatMap((e) => [...describedNames(e.headers, true)])]),
        query: new Set([...wide.query, ...contract.events.flatMap((e) => [...describedNames(e.query, false)])]),
      };
      return anyEvent;
    }
    let d = described.get(event.name);
    if (!d) {
      d = {
        headers: new Set([...wide.headers, ...describedNames(event.headers, true)]),
        query: new Set([...wide.query, ...describedNames(event.query, false)]),
      };
      described.set(event.name, d);
    }
    return d;
  };
}

/**
 * Note the headers and query parameters of a delivery the contract does not describe (generic and hop-by-hop
 * headers aside); values of redacted ones are never kept as examples.
 *
 * @example
 * checkOutsideBody(findings, delivery, 'State.StateChange', described(stateChange));
 */
export function checkOutsideBody(
  findings: Findings,
  d: Delivery,
  event: string | undefined,
  described: { headers: Set<string>; query: Set<string> },
): void {
  const redacted = new Set(d.recording.redacted ?? []);
  for (const [name, value] of d.headers) {
    if (described.headers.has(name) || isGenericHeader(name)) continue;
    const f = findings.note(`header\u0000${event ?? ''}\u0000${name}`, d.seen, (seen) => ({
      kind: 'undocumented-header',
      count: 1,
      firstSeen: seen,
      ...(event ? { event } : {}),
      name,
      examples: [] as string[],
    }));
    if (!redacted.has(name)) keepExample(f.examples, value);
  }
  for (const name of new Set(d.url.searchParams.keys())) {
    if (described.query.has(name)) continue;
    const f = findings.note(`query\u0000${event ?? ''}\u0000${name}`, d.seen, (seen) => ({
      kind: 'undocumented-query-parameter',
      count: 1,
      firstSeen: seen,
      ...(event ? { event } : {}),
      name,
      examples: [] as string[],
    }));
    if (!redacted.has(name)) keepExample(f.examples, d.url.searchParams.get(name) ?? '');
  }
}
