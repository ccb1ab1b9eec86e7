/**
 * The default of an exhaustive `switch` over a union: the compiler rejects the call while any member is
 * unhandled, so adding a member (a scenario step, a scheme) points at every switch that must learn it.
 */

/**
 * Mark a value the type system says cannot exist; throws if one arrives anyway (data from outside the types).
 *
 * @example
 * switch (step.kind) {
 *   case 'ok': return answer();
 *   // … every other kind …
 *   default: return assertNever(step);
 * }
 */
export function assertNever(value: never): never {
  const kind = (value as { kind?: unknown } | null)?.kind;
  throw new TypeError(
    `chathooks: unhandled case ${String(kind ?? value)}; this is a bug in chathooks, please report it.`,
  );
}
