// generated from spec/tencent-chat.yaml by chathooks; do not edit
const __names = ["State.StateChange","Profile.CallbackPortraitSet","Sns.CallbackPrevFriendAdd","Sns.CallbackPrevFriendResponse","Sns.CallbackFriendAdd","Sns.CallbackFriendDelete","Sns.CallbackBlackListAdd","Sns.CallbackBlackListDelete","Follow.CallbackAfterFollowAdd","Follow.CallbackAfterFollowDelete","C2C.CallbackBeforeSendMsg","C2C.CallbackAfterSendMsg","C2C.CallbackAfterMsgReport","C2C.CallbackAfterMsgWithDraw","Group.CallbackBeforeCreateGroup","Group.CallbackAfterCreateGroup","Group.CallbackBeforeApplyJoinGroup","Group.CallbackBeforeInviteJoinGroup","Group.CallbackAfterNewMemberJoin","Group.CallbackAfterMemberExit","Group.CallbackBeforeSendMsg","Group.CallbackAfterSendMsg","Group.CallbackAfterGroupFull","Group.CallbackAfterGroupDestroyed","Group.CallbackAfterGroupInfoChanged","Group.CallbackOnMemberStateChange","Group.CallbackSendMsgException","Group.CallbackBeforeCreateTopic","Group.CallbackAfterCreateTopic","Group.CallbackAfterTopicDestroyed","Group.CallbackAfterTopicInfoChanged","Group.CallbackAfterMemberFieldChanged","Group.CallbackAfterGroupAttrChanged","Group.CallbackAfterReadReceipt","Group.CallbackAfterChangeGroupOwner","Group.CallbackOnDailyGroupQuotaAlarm","Group.CallbackAfterRecallMsg","C2C.CallbackAfterC2CMsgExtension","Group.CallbackAfterGroupMsgExtension","OfficialAccount.CallbackBeforeCreateOfficialAccount","OfficialAccount.CallbackAfterCreateOfficialAccount","OfficialAccount.CallbackAfterOfficialAccountInfoChanged","OfficialAccount.CallbackAfterOfficialAccountDestroyed","OfficialAccount.CallbackBeforeAddSubscriber","OfficialAccount.CallbackAfterAddSubscriber","OfficialAccount.CallbackAfterOfficialAccountFull","OfficialAccount.CallbackAfterDeleteSubscriber","OfficialAccount.CallbackBeforeSendMsg","OfficialAccount.CallbackAfterSendMsg","OfficialAccount.CallbackAfterMsgWithDraw","Bot.OnC2CMessage","Bot.OnGroupMessage","Chatbot.OnC2CSignalMessage","ContentCallback.ResultNotify","Alert.RequestOverLimit","Push.OfflinePush","Push.AllMemberPush"];
// Loaded on the first read of a strict validator, never at import (see strict-validators.cjs).
function __load() {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');
  if (!nodeModule) {
    throw new Error("The strict validators of tencent-chat load strict-validators.cjs with Node's require, which this runtime lacks. Generate with --emit ts for a bundler or a browser.");
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
