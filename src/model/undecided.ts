/**
 * Values `chathooks import` leaves for a person to decide: the signature scheme, the delivery policy and each
 * event's kind are facts the source documents do not state. The importer writes the placeholder `undecided`;
 * lint reports each one as an error with its place and the flag or edit that settles it.
 */
import { SCHEME_NAMES } from '../signing/registry.js';
import type { Reporter } from './reporter.js';

/** The placeholder the importer writes where a person must decide. */
export const UNDECIDED = 'undecided';

/**
 * Report `value` of extension `key` (at `pointer`) when it is the importer's placeholder; true when it was
 * (then the value's schema is not checked: the one problem is that it is undecided).
 *
 * @example
 * reportUndecided(reporter, 'x-chathooks-delivery', 'undecided', '/x-chathooks-delivery'); // true, one error
 */
export function reportUndecided(
  reporter: Reporter,
  key: string,
  value: unknown,
  pointer: string,
  event?: string,
): boolean {
  switch (key) {
    case 'x-chathooks-signature': {
      const scheme = value !== null && typeof value === 'object' ? (value as { scheme?: unknown }).scheme : undefined;
      if (scheme !== UNDECIDED) return false;
      reporter.error(
        'undecided-signature',
        `${pointer}/scheme`,
        `chathooks import left the signature scheme to decide: pass --signature <scheme>[,param=value…] to chathooks import, or edit x-chathooks-signature (scheme: one of ${SCHEME_NAMES.join(', ')}, with its parameters, source and confidence).`,
      );
      return true;
    }
    case 'x-chathooks-delivery':
      if (value !== UNDECIDED) return false;
      reporter.error(
        'undecided-delivery',
        pointer,
        'chathooks import left the delivery policy to decide: pass --delivery (e.g. timeoutMs=10000,retries=1000/2000,retryOn=timeout/network/non-2xx) to chathooks import, or edit x-chathooks-delivery: { timeoutMs, retries, retryOn } as the platform documents them, with source and confidence.',
      );
      return true;
    case 'x-chathooks-kind':
      if (value !== UNDECIDED) return false;
      reporter.error(
        'undecided-kind',
        pointer,
        `chathooks import left the kind of "${event ?? '?'}" to decide: pass --kind ${event ?? '<event>'}=<kind> (or --kind <kind> for every event) to chathooks import, or edit x-chathooks-kind: before (the reply can block or change the action), after (the reply is ignored) or notify.`,
      );
      return true;
    default:
      return false;
  }
}
