/**
 * How far a sender's waits may stray from its policy before the provider contract calls them wrong, and the
 * stall watch that lets those margins follow the machine's load: every time in the mock's record is taken by
 * this process, so a stall here (a busy CPU, a long garbage collection) can make two of them look closer or
 * further apart than the sender made them.
 */

/** Extra margins, in real ms, on top of the proportional ones: `soon` before the expected time, `late` after. */
export interface Tolerance {
  soon: number;
  late: number;
}

/** Default extra margins: 5 ms early (clock granularity: two whole-millisecond stamps), 100 ms late (timers fire late under load). */
export const DEFAULT_TOLERANCE: Readonly<Tolerance> = { soon: 5, late: 100 };
/** A wait may come this share of itself early (timers never fire early; this covers transit and rounding)… */
export const SOON_SHARE = 0.1;
/** …and this share of itself late (a sender's timers and start-up run on the same busy machine). */
export const LATE_SHARE = 0.5;

/**
 * Normalise a tolerance option: one number for both directions, or each direction on its own.
 *
 * @example
 * toleranceOf(undefined); // { soon: 5, late: 100 }
 * toleranceOf(50); // { soon: 50, late: 50 }
 * toleranceOf({ late: 400 }); // { soon: 5, late: 400 }
 */
export function toleranceOf(option: number | Partial<Tolerance> | undefined): Tolerance {
  const t = typeof option === 'number' ? { soon: option, late: option } : { ...DEFAULT_TOLERANCE, ...option };
  for (const [side, value] of Object.entries(t)) {
    if (!(value >= 0) || !Number.isFinite(value))
      throw new TypeError(`runProviderContract: toleranceMs.${side} must be a number of ms ≥ 0, got ${value}.`);
  }
  return t;
}

/** The stall allowance is this many times the phase's worst stall of this process (see `outside`). */
export const STALL_FACTOR = 2;
/** Stalls excuse at most this share of a wait coming early, so a sender at half its backoff or less always fails. */
export const SOON_STALL_SHARE = 0.4;

/**
 * Whether `actual` real ms is too soon or too late for `expected` real ms. `stallMs` is what the machine's
 * load takes of the margins: the sender is a process on the same machine, held up like this one but unseen
 * by us; a held-up process fires a timer late, and also early by up to the hold-up (Node counts a new timer
 * from the loop's last clock reading). `seenLateMs`: how late this process may have stamped the wait's start
 * (a give-up it got to after a stall), which shortens the wait as measured by as much.
 *
 * @example
 * outside(2, 40, DEFAULT_TOLERANCE, 0); // 'soon': a 40 ms backoff may come from 31 ms
 * outside(120, 40, DEFAULT_TOLERANCE, 0); // undefined: up to 160 ms is in time
 */
export function outside(
  actual: number,
  expected: number,
  tolerance: Tolerance,
  stallMs: number,
  seenLateMs = 0,
): 'soon' | 'late' | undefined {
  if (
    actual <
    expected - (expected * SOON_SHARE + tolerance.soon + Math.min(stallMs, expected * SOON_STALL_SHARE) + seenLateMs)
  )
    return 'soon';
  if (actual > expected + (expected * LATE_SHARE + tolerance.late + stallMs)) return 'late';
  return undefined;
}

/** The stalls of this process's event loop while it runs (see `watchStalls`). */
export interface StallWatch {
  /** The longest stall that overlapped [fromMs, toMs] (epoch ms), 0 when the loop ran freely. */
  during(fromMs: number, toMs: number): number;
  stop(): void;
}

/** How often the watch looks; a stall shorter than this is within the `soon` tolerance anyway. */
const TICK_MS = 5;
/** Stalls kept (oldest dropped): a few minutes of a badly loaded machine, a few KiB. */
const MAX_STALLS = 4096;

/**
 * Watch this process's event loop for stalls: a timer due every 5 ms that fires late means nothing here ran
 * meanwhile, so a time stamped in that window (an arrival, an answer) may be late by as much.
 *
 * @example
 * const stalls = watchStalls();
 * // … run a phase …
 * const stall = stalls.during(Date.parse(d.answeredAt), Date.parse(next.at));
 * stalls.stop();
 */
export function watchStalls(): StallWatch {
  const stalls: { from: number; to: number }[] = [];
  let due = Date.now() + TICK_MS;
  let timer: NodeJS.Timeout;
  const tick = (): void => {
    const now = Date.now();
    // Late by more than a tick: the loop (or the whole process) was held from the last tick to now.
    if (now - due > TICK_MS) {
      if (stalls.length >= MAX_STALLS) stalls.shift();
      stalls.push({ from: due - TICK_MS, to: now });
    }
    due = now + TICK_MS;
    timer = setTimeout(tick, TICK_MS).unref();
  };
  timer = setTimeout(tick, TICK_MS).unref();
  return {
    during(fromMs, toMs) {
      let worst = 0;
      // The window reaches one tick further each way: a stall is only seen when the next tick runs.
      for (const s of stalls)
        if (s.to >= fromMs - TICK_MS && s.from <= toMs + TICK_MS) worst = Math.max(worst, s.to - s.from);
      return worst;
    },
    stop: () => clearTimeout(timer),
  };
}
