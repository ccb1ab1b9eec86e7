/** `drift --patch` for what travels outside the body: headers on the event's message, query parameters in its binding. */
import { child, messageNamed, propertyHost, resolve, where, type Located } from './patch-yaml.js';
import { propertiesOf, provenance, type Ctx, type Of } from './patch-context.js';

/** Add a string property to an object schema located at `at` (or create the schema under `key` of `owner`). */
function addStringProperty(ctx: Ctx, host: Located, name: string, note: string): boolean {
  if (!host.node.has('type') && !host.node.has('properties')) host.node.set('type', 'object');
  const map = propertiesOf(ctx, host);
  if (map.has(name)) return false;
  map.set(name, ctx.doc.createNode({ type: 'string', 'x-chathooks-notes': note }));
  return true;
}

/** The map under `key` of `owner`, resolved; created as `{ type: object }` when absent. */
function ensureSchema(ctx: Ctx, owner: Located, key: string): Located | undefined {
  if (!owner.node.has(key)) owner.node.set(key, ctx.doc.createNode({ type: 'object' }));
  return child(ctx.doc, owner, key);
}

/** Describe a header on the message of the event it was seen with (creating the message's `headers` schema). */
export function newHeader(ctx: Ctx, f: Of<'undocumented-header'>): void {
  const message =
    f.event === undefined ? undefined : (ctx.added.get(f.event)?.message ?? messageNamed(ctx.doc, f.event));
  if (!message) return void ctx.skipped.push(`header ${f.name}: seen on deliveries that name no event of the spec`);
  const headers = ensureSchema(ctx, message, 'headers');
  if (!headers) return void ctx.skipped.push(`header ${f.name}: the headers of ${f.event} are not a local schema`);
  const host = propertyHost(ctx.doc, headers, undefined);
  if (addStringProperty(ctx, host, f.name, provenance(ctx, f)))
    ctx.changes.push(`${f.event} header ${f.name}: described at ${where([...host.path, 'properties', f.name])}`);
}

/** Describe a query parameter in the HTTP binding of the event's operation (shared bindings: once for all). */
export function newQueryParameter(ctx: Ctx, f: Of<'undocumented-query-parameter'>): void {
  const operation = f.event === undefined ? undefined : operationOf(ctx, f.event);
  if (!operation) return void ctx.skipped.push(`query ${f.name}: seen on deliveries that name no event of the spec`);
  if (!operation.node.has('bindings')) operation.node.set('bindings', ctx.doc.createNode({}));
  const bindings = child(ctx.doc, operation, 'bindings');
  if (bindings && !bindings.node.has('http'))
    bindings.node.set('http', ctx.doc.createNode({ method: ctx.contract.transport.method, bindingVersion: '0.3.0' }));
  const http = bindings && child(ctx.doc, bindings, 'http');
  const query = http && ensureSchema(ctx, http, 'query');
  if (!query) return void ctx.skipped.push(`query ${f.name}: the query of ${f.event} is not a local schema`);
  const host = propertyHost(ctx.doc, query, undefined);
  if (addStringProperty(ctx, host, f.name, provenance(ctx, f)))
    ctx.changes.push(`${f.event} query ${f.name}: described at ${where([...host.path, 'properties', f.name])}`);
}

function operationOf(ctx: Ctx, event: string): Located | undefined {
  const known = ctx.contract.events.find((e) => e.name === event);
  const id = known?.operationId ?? ctx.added.get(event)?.operationId;
  return id === undefined
    ? undefined
    : resolve(ctx.doc, { node: ctx.doc.getIn(['operations', id], true), path: ['operations', id] });
}
