/** Tiny benchmark helpers: median of several timed runs after a warm-up, and ratio printing. */

export interface Measure {
  name: string;
  nsPerOp: number;
  opsPerSec: number;
}

/** Median ns/op of `runs` batches of `iterations` calls, after `warmup` calls. */
export function measure(
  name: string,
  fn: () => unknown,
  { iterations = 100_000, runs = 5, warmup = 20_000 } = {},
): Measure {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = fn();
    samples.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  samples.sort((a, b) => a - b);
  const nsPerOp = samples[Math.floor(samples.length / 2)]!;
  return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp };
}

export function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join(' ');
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
