/**
 * The delivery clock: real time by default; `timeScale` compresses the platform's documented waits
 * (GAIFE's 4 s + 8 s + 10 s backoff, 30 s timeouts) so a test runs the real schedule in milliseconds.
 */
import { OptionError } from '../model/errors.js';
export interface Clock {
  /** Milliseconds on the platform's time line. */
  now(): number;
  /** Wait `ms` of platform time. */
  sleep(ms: number): Promise<void>;
  /** Real milliseconds for `ms` of platform time (for timeouts). */
  real(ms: number): number;
}

/** A clock whose platform time runs `1 / timeScale` times faster than real time (timeScale 0.01: 4 s take 40 ms). */
export function scaledClock(timeScale = 1): Clock {
  if (!(timeScale > 0)) throw new OptionError(`timeScale must be a positive number, got ${timeScale}.`);
  const origin = performance.now();
  const realOrigin = Date.now();
  return {
    now: () => realOrigin + (performance.now() - origin) / timeScale,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms * timeScale))),
    real: (ms) => Math.max(1, Math.round(ms * timeScale)),
  };
}
