/** Choosing events by name or glob (`Group.*`, `*BeforeSend*`, `group_channel:message_?end`). */
import type { Contract, EventContract } from '../spec/model.js';

/** A bad `events` selection: names no event, with the closest names. */
export class SelectionError extends TypeError {
  override readonly name = 'SelectionError';
}

const hasWildcard = (pattern: string): boolean => /[*?]/.test(pattern);

/** A glob as a RegExp: `*` any run of characters, `?` one character, everything else literal. */
export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** Up to three event names close to `name`. */
export function closestEvents(contract: Contract, name: string): string[] {
  return contract.events
    .map((e) => ({ name: e.name, d: e.name.toLowerCase().includes(name.toLowerCase()) ? 0 : distance(name, e.name) }))
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
    const matches = hasWildcard(pattern) ? contract.events.filter((e) => globToRegExp(pattern).test(e.name)) : contract.events.filter((e) => e.name === pattern);
    if (matches.length === 0) {
      const near = closestEvents(contract, pattern.replace(/[*?]/g, ''));
      throw new SelectionError(`"${pattern}" matches no event of ${contract.title}${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : '.'}`);
    }
    for (const m of matches) chosen.add(m);
  }
  return contract.events.filter((e) => chosen.has(e));
}
