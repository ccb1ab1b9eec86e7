// generated from spec/sendbird.yaml by chathooks; do not edit
const __names = ["open_channel:create","open_channel:remove","open_channel:enter","open_channel:exit","open_channel:message_send","open_channel:message_update","open_channel:message_delete","group_channel:create","group_channel:changed","group_channel:remove","group_channel:invite","group_channel:decline_invite","group_channel:join","group_channel:leave","group_channel:message_send","group_channel:message_read","group_channel:message_update","group_channel:message_delete","group_channel:freeze_unfreeze","group_channel:reaction_add","group_channel:reaction_delete","user:block","user:unblock","operators:register_by_operator","operators:unregister_by_operator","message:report","user:report","open_channel:report","group_channel:report","alert:user_message_rate_limit_exceeded","profanity_filter:replace","profanity_filter:block","profanity_filter:moderate","image_moderation:block","announcement:create_channels","announcement:send_messages","user:push_preference","user:push_channel_preference","user:device_token_register","user:device_token_unregister","user:mute","user:ban","user:deactivate","profanity_filter:detect","message:moderation_extension_triggered"];
// Loaded on the first read of a strict validator, never at import (see strict-validators.cjs).
function __load() {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');
  if (!nodeModule) {
    throw new Error("The strict validators of sendbird load strict-validators.cjs with Node's require, which this runtime lacks. Generate with --emit ts for a bundler or a browser.");
  }
  return nodeModule.createRequire(import.meta.url)('./strict-validators.cjs');
}
let __loaded;
function __lazy(pick) {
  const map = Object.create(null);
  for (const name of __names) {
    Object.defineProperty(map, name, { enumerable: true, get: () => pick((__loaded ??= __load()))[name] });
  }
  return Object.freeze(map);
}

/** Strict validators of event payloads (the documented shape: closed objects and enums, documented-required fields), by event name. */
export const strictValidators = __lazy((m) => m.validators);

/** Strict validators of the reply each event expects, by event name. */
export const strictReplyValidators = __lazy((m) => m.replyValidators);
