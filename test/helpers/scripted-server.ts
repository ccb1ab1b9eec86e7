/** A real server that answers each request per a script (status, delay, hang, reset, malformed) and records arrivals. */
import { listen } from './server.js';

export type Step = { status: number; body?: unknown; delayMs?: number } | 'hang' | 'reset' | 'malformed';

export interface Arrival {
  at: number;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export async function scriptedServer(script: Step[], fallback: Step = { status: 200, body: {} }) {
  const arrivals: Arrival[] = [];
  let active = 0;
  let maxActive = 0;
  const s = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      arrivals.push({
        at: performance.now(),
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const step = script[arrivals.length - 1] ?? fallback;
      active++;
      maxActive = Math.max(maxActive, active);
      const done = () => void active--;
      if (step === 'hang') {
        res.on('close', done);
        return;
      }
      if (step === 'reset') {
        done();
        req.socket.destroy();
        return;
      }
      if (step === 'malformed') {
        done();
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ActionStatus": OK');
        return;
      }
      setTimeout(() => {
        done();
        res.writeHead(step.status, { 'content-type': 'application/json' }).end(JSON.stringify(step.body ?? {}));
      }, step.delayMs ?? 0);
    });
  });
  return {
    ...s,
    arrivals,
    get maxActive() {
      return maxActive;
    },
  };
}

/** Gaps between consecutive arrivals, in ms. */
export const gaps = (arrivals: Arrival[]): number[] => arrivals.slice(1).map((a, i) => a.at - arrivals[i]!.at);
