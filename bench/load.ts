/**
 * Load with autocannon from this process against a server in a child process (see receiver-server.ts): the
 * load tool and the server never share a process, and baseline and candidate get the same settings.
 */
import autocannon from 'autocannon';

export const CONNECTIONS = 50;
export const PIPELINING = 1;

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Requests completed. */
  total: number;
}

export async function load(url: string, body: string, headers: Record<string, string>, seconds = 5, connections = CONNECTIONS): Promise<LoadResult> {
  const result = await autocannon({ url, method: 'POST', body, headers, connections, duration: seconds, pipelining: PIPELINING });
  // autocannon reports the count too; the typing in autocannon.d.ts leaves it out.
  const total = (result as unknown as { requests: { total?: number } }).requests.total ?? result.requests.average * seconds;
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total };
}
