/** Names derived from platform event names, for TypeScript types and file names. */

/** `Group.CallbackAfterNewMemberJoin` → `GroupCallbackAfterNewMemberJoin`; `group_channel:message_send` → `GroupChannelMessageSend`. */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(joined) ? joined : `E${joined}`;
}

/** A portable file name for an event (`group_channel:message_send` → `group_channel-message_send`). */
export function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** Levenshtein distance, for "did you mean" suggestions (compare lower-cased strings for a case-blind one). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * " Did you mean "x"?" for a misspelt name: the candidate closest to `word` (case-blind), when it is close
 * enough to be a typo; '' otherwise.
 *
 * @example
 * didYouMean('timeoutMS', ['timeoutMs', 'retries']); // ' Did you mean "timeoutMs"?'
 */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const best = candidates
    .map((c) => ({ c, d: editDistance(c.toLowerCase(), word.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? ` Did you mean "${best.c}"?` : '';
}
