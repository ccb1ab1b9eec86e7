/**
 * `GET /__chathooks/deliveries` a page at a time: `?after=<seq>&limit=<n>`, the next page named in a
 * `Link: <…>; rel="next"` header, the body still the JSON array it always was, written in chunks as the
 * client reads so that no reply is ever one giant string.
 */
import type { ServerResponse } from 'node:http';
import type { RecordedDelivery } from './core.js';

/** Deliveries per page when `limit` is not given, and the most one page may ask for. */
export const DELIVERIES_PAGE = Object.freeze({ defaultLimit: 1_000, maxLimit: 10_000 });

/** Characters gathered before a write: large enough to be cheap, small enough to bound memory. */
const CHUNK_CHARS = 64 * 1024;

export interface DeliveriesQuery {
  contract?: string;
  event?: string;
  /** Only deliveries with a greater `seq` (0: from the first). */
  after: number;
  limit: number;
}

function integerParam(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number | string {
  const text = params.get(name);
  if (text === null) return fallback;
  const value = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max))
    return `?${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(text.slice(0, 40))}.`;
  return value;
}

/**
 * The page a query string asks for, or a message saying what is wrong with it.
 *
 * @example
 * deliveriesQuery(new URLSearchParams('after=120&limit=50')); // { after: 120, limit: 50 }
 */
export function deliveriesQuery(params: URLSearchParams): DeliveriesQuery | string {
  const after = integerParam(params, 'after', 0, Number.MAX_SAFE_INTEGER, 0);
  if (typeof after === 'string') return after;
  const limit = integerParam(params, 'limit', 1, DELIVERIES_PAGE.maxLimit, DELIVERIES_PAGE.defaultLimit);
  if (typeof limit === 'string') return limit;
  const contract = params.get('contract');
  const event = params.get('event');
  return { after, limit, ...(contract ? { contract } : {}), ...(event ? { event } : {}) };
}

/** The relative URL of the page after `page`. */
export function nextPageUrl(path: string, query: DeliveriesQuery, page: readonly RecordedDelivery[]): string {
  const params = new URLSearchParams();
  if (query.contract) params.set('contract', query.contract);
  if (query.event) params.set('event', query.event);
  params.set('after', String(page.at(-1)!.seq));
  params.set('limit', String(query.limit));
  return `${path}?${params}`;
}

/**
 * Write a JSON array of deliveries in chunks, waiting for the client to read each (a client that stops reading
 * is closed by the server's idle timeout).
 *
 * @example
 * await writeDeliveries(res, page, { link: '</__chathooks/deliveries?after=1000&limit=1000>; rel="next"' });
 */
export async function writeDeliveries(
  res: ServerResponse,
  page: readonly RecordedDelivery[],
  headers: Record<string, string>,
): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  let chunk = '[';
  for (let i = 0; i < page.length; i++) {
    chunk += (i ? ',' : '') + JSON.stringify(page[i]);
    if (chunk.length < CHUNK_CHARS) continue;
    const flowing = res.write(chunk);
    chunk = '';
    if (!flowing) await drained(res);
    if (res.destroyed) return;
  }
  res.end(`${chunk}]`);
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
