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
