/**
 * The requests a server is answering, so that shutting down can wait for them: once closing, every answer
 * carries `connection: close` (node then ends its socket), requests parked by the `timeout` scenario are
 * dropped, since they never finish, and `drain()` resolves when the last answer has gone out.
 */
import type { ServerResponse } from 'node:http';

export class InFlight {
  readonly #active = new Set<ServerResponse>();
  readonly #parked = new Set<ServerResponse>();
  #closing = false;
  #drained: (() => void) | undefined;

  get closing(): boolean {
    return this.#closing;
  }

  get size(): number {
    return this.#active.size;
  }

  /**
   * Follow a response until its connection closes or it has been sent.
   *
   * @example
   * inFlight.track(res); // in the request handler, first thing
   */
  track(res: ServerResponse): void {
    this.#active.add(res);
    if (this.#closing) res.setHeader('connection', 'close');
    res.once('close', () => {
      this.#active.delete(res);
      this.#parked.delete(res);
      if (this.#closing && this.#active.size === 0) this.#drained?.();
    });
  }

  /**
   * A response that will never be sent (the `timeout` scenario): shutting down drops it at once.
   *
   * @example
   * inFlight.park(res);
   */
  park(res: ServerResponse): void {
    if (this.#closing) res.destroy();
    else this.#parked.add(res);
  }

  /**
   * Start closing; resolves once every tracked response is done.
   *
   * @example
   * await inFlight.drain();
   */
  drain(): Promise<void> {
    this.#closing = true;
    for (const res of this.#active) if (!res.headersSent) res.setHeader('connection', 'close');
    for (const res of this.#parked) res.destroy();
    return new Promise((resolve) => {
      this.#drained = resolve;
      if (this.#active.size === 0) resolve();
    });
  }
}
