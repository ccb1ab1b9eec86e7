/** Platforms that sign nothing (GAIFE): there is nothing to add and nothing to check. */

/** @example sign() // {} */
export function sign(): Record<string, string> {
  return {};
}

/** @example verify() // never throws */
export function verify(): void {}
