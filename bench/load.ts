/** Load from this process with autocannon (the tool of ../shared/reference/packages.md), one signed body. */
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(url: string, body: string, headers: Record<string, string>, seconds = 5, connections = 50): Promise<LoadResult> {
  const result = await autocannon({ url, method: 'POST', body, headers, connections, duration: seconds, pipelining: 1 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}
