/** Choosing events by name or glob (`Group.*`, `*BeforeSend*`, `group_channel:message_?end`). */
import { OptionError } from '../model/errors.js';
import type { Contract, EventContract } from '../model/model.js';
import { editDistance } from '../model/naming.js';

/** A bad `events` selection: names no event, with the closest names. */
export class SelectionError extends OptionError {
  override readonly name = 'SelectionError';
}

const hasWildcard = (pattern: string): boolean => /[*?]/.test(pattern);

/** A glob as a RegExp: `*` any run of characters, `?` one character, everything else literal. */
export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Up to three event names close to `name`. */
export function closestEvents(contract: Contract, name: string): string[] {
  return contract.events
    .map((e) => ({
      name: e.name,
      d: e.name.toLowerCase().includes(name.toLowerCase()) ? 0 : editDistance(name.toLowerCase(), e.name.toLowerCase()),
    }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((e) => e.name);
}

/**
 * The events a selection names, in spec order; every pattern must match at least one event.
 *
 * @example
 * selectEvents(tencent, ['Group.CallbackBefore*', 'C2C.CallbackAfterSendMsg']);
 */
export function selectEvents(contract: Contract, patterns: readonly string[] | undefined): EventContract[] {
  if (!patterns || patterns.length === 0) return [...contract.events];
  const chosen = new Set<EventContract>();
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern) continue;
    const matches = hasWildcard(pattern)
      ? contract.events.filter((e) => globToRegExp(pattern).test(e.name))
      : contract.events.filter((e) => e.name === pattern);
    if (matches.length === 0) {
      const near = closestEvents(contract, pattern.replace(/[*?]/g, ''));
      throw new SelectionError(
        `"${pattern}" matches no event of ${contract.title}${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : '.'}`,
      );
    }
    for (const m of matches) chosen.add(m);
  }
  return contract.events.filter((e) => chosen.has(e));
}
