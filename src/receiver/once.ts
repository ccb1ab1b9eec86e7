/**
 * Each delivery's handler runs once, however many copies arrive and however close together: a delivery is claimed
 * before its handler runs, copies in this process wait for the first's answer, copies elsewhere (a shared store's
 * `claim`) look again until it is stored; a failed run releases the claim so the platform's retry runs it again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ClaimResult, SeenStore, StoredReply } from './idempotency.js';
import type { WebhookResponse } from './types.js';

/** A handler's answer, and whether it is the delivery's answer to remember (a failure is not: the retry runs again). */
export interface Outcome {
  response: WebhookResponse;
  remembered: boolean;
}

type Work = () => Outcome | Promise<Outcome>;

/** How long a copy of a delivery claimed elsewhere waits between looks at the store, at first and at most. */
const CLAIM_POLL_MS = { first: 20, max: 500 };
/** A claim outlives the handler's timeout by this much, so it lapses by itself only when its holder died. */
export const CLAIM_MARGIN_MS = 5_000;

/** A promise, or any thenable a store or handler returns (awaited like `await` would). */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Runs work once per store key. Synchronous all the way (a synchronous store and handler) it answers in the same
 * tick; otherwise the run is registered before anything is awaited, so a copy arriving meanwhile finds it.
 *
 * @example
 * const once = new OncePerDelivery(new MemorySeenStore(), 10_000);
 * once.run(seenKey(ctx.deliveryId), () => dispatch(), () => ({ response: failureReply, remembered: false }));
 */
export class OncePerDelivery {
  /** Deliveries whose handler is running, by store key: copies arriving meanwhile wait for its answer. */
  readonly #inflight = new Map<string, Promise<Outcome>>();
  constructor(
    readonly store: SeenStore,
    /** How long a claim lives: the handler's timeout plus `CLAIM_MARGIN_MS`. */
    readonly claimTtlMs: number,
  ) {}

  /** The answer for the delivery under `key`: a stored or in-flight one (marked duplicate), else `work`'s. `giveUp`: the answer after waiting out another process's claim. */
  run(key: string, work: Work, giveUp: () => Outcome): WebhookResponse | Promise<WebhookResponse> {
    const out = this.outcome(key, work, giveUp);
    return out instanceof Promise ? out.then((o) => o.response) : out.response;
  }

  /**
   * `run` with the whole outcome: whether the answer is a remembered (successful) one, which a batch needs to
   * decide whether to go on with its next event.
   */
  outcome(key: string, work: Work, giveUp: () => Outcome): Outcome | Promise<Outcome> {
    const running = this.#inflight.get(key);
    // A copy of a delivery being handled in this process: the first's answer, not a second run.
    if (running) return running.then((first) => ({ response: copyOf(first), remembered: first.remembered }));
    const out = this.#claim(key, work, giveUp);
    if (!(out instanceof Promise)) return out;
    this.#inflight.set(key, out);
    const done = (): void => void this.#inflight.delete(key);
    out.then(done, done);
    return out;
  }

  /** Run unless the store has the answer (or another process is running it): claim, run, remember or release. */
  #claim(key: string, work: Work, giveUp: () => Outcome): Outcome | Promise<Outcome> {
    const { store } = this;
    if (!store.claim) {
      const seen = store.get(key);
      if (isThenable(seen))
        return Promise.resolve(seen).then((s) => (s ? stored(s) : this.#runAndKeep(key, work, false)));
      return seen ? stored(seen) : this.#runAndKeep(key, work, false);
    }
    const claim = store.claim(key, this.claimTtlMs);
    const since = Date.now();
    if (isThenable(claim)) return Promise.resolve(claim).then((c) => this.#onClaim(c, key, work, giveUp, since));
    return this.#onClaim(claim, key, work, giveUp, since);
  }

  #onClaim(
    claim: ClaimResult,
    key: string,
    work: Work,
    giveUp: () => Outcome,
    since: number,
  ): Outcome | Promise<Outcome> {
    switch (claim.state) {
      case 'done':
        return stored(claim.reply);
      case 'claimed':
        return this.#runAndKeep(key, work, true);
      case 'busy':
        return this.#awaitClaim(key, work, giveUp, since);
    }
  }

  /**
   * Another process holds the claim: look again, more slowly each time, until its answer is stored, or its claim is
   * released (a failed handler: run it here) or lapses; past the claim's lifetime, `giveUp`.
   */
  async #awaitClaim(key: string, work: Work, giveUp: () => Outcome, since: number): Promise<Outcome> {
    for (
      let wait = CLAIM_POLL_MS.first;
      Date.now() - since <= this.claimTtlMs;
      wait = Math.min(wait * 2, CLAIM_POLL_MS.max)
    ) {
      await sleep(wait);
      const claim = await this.store.claim!(key, this.claimTtlMs);
      if (claim.state !== 'busy') return this.#onClaim(claim, key, work, giveUp, since);
    }
    return giveUp();
  }

  /** Run the work; remember a good answer, release the claim after a failure so the retry is processed. */
  #runAndKeep(key: string, work: Work, claimed: boolean): Outcome | Promise<Outcome> {
    const { store } = this;
    const keep = (o: Outcome): Outcome | Promise<Outcome> => {
      let kept: unknown;
      try {
        kept = o.remembered ? store.set(key, toStored(o.response)) : claimed ? store.release!(key) : undefined;
      } catch (error) {
        return this.#storeFailed(error, key, claimed);
      }
      return isThenable(kept)
        ? Promise.resolve(kept).then(
            () => o,
            (error: unknown) => this.#storeFailed(error, key, claimed),
          )
        : o;
    };
    const out = work();
    return out instanceof Promise ? out.then(keep) : keep(out);
  }

  /** A store that fails to remember: let go of the claim (best effort) and fail the request. */
  #storeFailed(error: unknown, key: string, claimed: boolean): never {
    if (claimed) {
      try {
        void Promise.resolve(this.store.release!(key)).catch(() => undefined);
      } catch {
        // The claim lapses after its ttl.
      }
    }
    throw error;
  }
}

/** A stored answer, replayed to a copy. */
function stored(seen: StoredReply): Outcome {
  return { response: duplicate(seen), remembered: true };
}

function duplicate(seen: StoredReply): WebhookResponse {
  return {
    status: seen.status,
    headers: { 'content-type': seen.contentType, 'x-chathooks-duplicate': 'true' },
    body: seen.body,
  };
}

function toStored(response: WebhookResponse): StoredReply {
  return {
    status: response.status,
    body: response.body,
    contentType: response.headers['content-type'] ?? 'application/json',
  };
}

/** What a copy that waited for the first gets: its answer (marked duplicate when it was remembered), with its own headers. */
function copyOf(first: Outcome): WebhookResponse {
  const { status, headers, body } = first.response;
  return { status, headers: first.remembered ? { ...headers, 'x-chathooks-duplicate': 'true' } : { ...headers }, body };
}
