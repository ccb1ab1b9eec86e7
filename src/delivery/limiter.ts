/**
 * A platform's rate limits on one endpoint (GAIFE: 10 concurrent, 100 per minute): a concurrency gate and
 * a sliding one-minute window, both on the delivery clock so tests can compress time.
 */
import type { Clock } from './clock.js';

export interface RateLimit {
  concurrency?: number;
  perMinute?: number;
}

export class EndpointLimiter {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #starts: number[] = [];
  constructor(
    readonly limit: RateLimit,
    readonly clock: Clock,
  ) {}

  /** Wait for a slot; the returned function frees it. */
  async acquire(): Promise<() => void> {
    const max = this.limit.concurrency ?? Infinity;
    while (this.#active >= max) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#active++;
    if (this.limit.perMinute !== undefined) await this.#window(this.limit.perMinute);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      this.#waiting.shift()?.();
    };
  }

  async #window(perMinute: number): Promise<void> {
    const minute = 60_000;
    for (;;) {
      const now = this.clock.now();
      while (this.#starts.length && now - this.#starts[0]! >= minute) this.#starts.shift();
      if (this.#starts.length < perMinute) {
        this.#starts.push(now);
        return;
      }
      await this.clock.sleep(minute - (now - this.#starts[0]!));
    }
  }

  get active(): number {
    return this.#active;
  }
}
