// generated from spec/tencent-chat.yaml by chathooks; do not edit

export interface paths {
    "/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a Tencent Cloud Chat webhooks webhook
         * @description The receiver endpoint of this contract: every event is posted here.
         */
        post: operations["receiveWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "State.StateChange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user logged in, logged out or was disconnected. */
        post: operations["stateStateChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Profile.CallbackPortraitSet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user updated their profile. */
        post: operations["profileCallbackPortraitSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Sns.CallbackPrevFriendAdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a friend request is processed. */
        post: operations["snsCallbackPrevFriendAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Sns.CallbackPrevFriendResponse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a response to a friend request is processed. */
        post: operations["snsCallbackPrevFriendResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Sns.CallbackFriendAdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Friends were added. */
        post: operations["snsCallbackFriendAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Sns.CallbackFriendDelete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Friends were deleted. */
        post: operations["snsCallbackFriendDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Sns.CallbackBlackListAdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users were added to a blocklist. */
        post: operations["snsCallbackBlackListAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Sns.CallbackBlackListDelete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users were removed from a blocklist. */
        post: operations["snsCallbackBlackListDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Follow.CallbackAfterFollowAdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user followed others. */
        post: operations["followCallbackAfterFollowAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Follow.CallbackAfterFollowDelete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user unfollowed others. */
        post: operations["followCallbackAfterFollowDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "C2C.CallbackBeforeSendMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a one-to-one message is delivered. */
        post: operations["c2CCallbackBeforeSendMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "C2C.CallbackAfterSendMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-to-one message was sent (even if delivery failed). */
        post: operations["c2CCallbackAfterSendMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "C2C.CallbackAfterMsgReport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user read one-to-one messages. */
        post: operations["c2CCallbackAfterMsgReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "C2C.CallbackAfterMsgWithDraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-to-one message was recalled. */
        post: operations["c2CCallbackAfterMsgWithDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackBeforeCreateGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a group is created. */
        post: operations["groupCallbackBeforeCreateGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterCreateGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group was created. */
        post: operations["groupCallbackAfterCreateGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackBeforeApplyJoinGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a user applies to join a group. */
        post: operations["groupCallbackBeforeApplyJoinGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackBeforeInviteJoinGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before members are invited into a group. */
        post: operations["groupCallbackBeforeInviteJoinGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterNewMemberJoin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Members joined a group. */
        post: operations["groupCallbackAfterNewMemberJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterMemberExit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Members left or were removed from a group. */
        post: operations["groupCallbackAfterMemberExit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackBeforeSendMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a group message is delivered. */
        post: operations["groupCallbackBeforeSendMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterSendMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group message was sent. */
        post: operations["groupCallbackAfterSendMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterGroupFull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group reached its member limit. */
        post: operations["groupCallbackAfterGroupFull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterGroupDestroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group was disbanded. */
        post: operations["groupCallbackAfterGroupDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterGroupInfoChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group’s name, introduction, notification, face URL or custom fields changed. */
        post: operations["groupCallbackAfterGroupInfoChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackOnMemberStateChange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An audio-video group member went online or offline. */
        post: operations["groupCallbackOnMemberStateChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackSendMsgException": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group message failed to send. */
        post: operations["groupCallbackSendMsgException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackBeforeCreateTopic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before a topic is created in a community. */
        post: operations["groupCallbackBeforeCreateTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterCreateTopic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A topic was created. */
        post: operations["groupCallbackAfterCreateTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterTopicDestroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Topics were deleted. */
        post: operations["groupCallbackAfterTopicDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterTopicInfoChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A topic’s profile changed. */
        post: operations["groupCallbackAfterTopicInfoChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterMemberFieldChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member’s role or name card changed. */
        post: operations["groupCallbackAfterMemberFieldChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterGroupAttrChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Group custom attributes changed. */
        post: operations["groupCallbackAfterGroupAttrChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterReadReceipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Group message read receipts changed. */
        post: operations["groupCallbackAfterReadReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterChangeGroupOwner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Group ownership was transferred. */
        post: operations["groupCallbackAfterChangeGroupOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackOnDailyGroupQuotaAlarm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The app neared its daily quota of new groups. */
        post: operations["groupCallbackOnDailyGroupQuotaAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterRecallMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Group messages were recalled. */
        post: operations["groupCallbackAfterRecallMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "C2C.CallbackAfterC2CMsgExtension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extensions of a one-to-one message changed. */
        post: operations["c2CCallbackAfterC2CMsgExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Group.CallbackAfterGroupMsgExtension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extensions of a group message changed. */
        post: operations["groupCallbackAfterGroupMsgExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackBeforeCreateOfficialAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before an official account is created. */
        post: operations["officialAccountCallbackBeforeCreateOfficialAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterCreateOfficialAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An official account was created. */
        post: operations["officialAccountCallbackAfterCreateOfficialAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterOfficialAccountInfoChanged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An official account’s profile changed. */
        post: operations["officialAccountCallbackAfterOfficialAccountInfoChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterOfficialAccountDestroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An official account was destroyed. */
        post: operations["officialAccountCallbackAfterOfficialAccountDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackBeforeAddSubscriber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before users subscribe to an official account. */
        post: operations["officialAccountCallbackBeforeAddSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterAddSubscriber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users subscribed to an official account. */
        post: operations["officialAccountCallbackAfterAddSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterOfficialAccountFull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An official account reached its subscriber limit. */
        post: operations["officialAccountCallbackAfterOfficialAccountFull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterDeleteSubscriber": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users unsubscribed from an official account. */
        post: operations["officialAccountCallbackAfterDeleteSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackBeforeSendMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before an official account message is delivered. */
        post: operations["officialAccountCallbackBeforeSendMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterSendMsg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An official account message was sent. */
        post: operations["officialAccountCallbackAfterSendMsg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "OfficialAccount.CallbackAfterMsgWithDraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An official account message was recalled. */
        post: operations["officialAccountCallbackAfterMsgWithDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Bot.OnC2CMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user sent a one-to-one message to a bot. */
        post: operations["botOnC2CMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Bot.OnGroupMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bot was @-mentioned in a group. */
        post: operations["botOnGroupMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Chatbot.OnC2CSignalMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A client sent a custom signal to a smart chatbot. */
        post: operations["chatbotOnC2CSignalMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ContentCallback.ResultNotify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The result of asynchronous content moderation. */
        post: operations["contentCallbackResultNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Alert.RequestOverLimit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A REST API exceeded its frequency limit. */
        post: operations["alertRequestOverLimit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Push.OfflinePush": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The result of an offline push. */
        post: operations["pushOfflinePush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Push.AllMemberPush": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The result of an all-member push task. */
        post: operations["pushAllMemberPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A REST API exceeded its frequency limit. */
        AlertRequestOverLimit: {
            /** @constant */
            CallbackCommand: "Alert.RequestOverLimit";
            ServiceName: string;
            Command: string;
            Request?: number;
            Limit?: number;
        };
        /** @description A user sent a one-to-one message to a bot. */
        BotOnC2CMessage: {
            /** @constant */
            CallbackCommand: "Bot.OnC2CMessage";
            From_Account: string;
            To_Account: string;
            MsgSeq?: number;
            MsgRandom?: number;
            /** @description Unix seconds. */
            MsgTime?: number;
            /** @description "{MsgSeq}_{MsgRandom}_{MsgTime}". */
            MsgKey?: string;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description A bot was @-mentioned in a group. */
        BotOnGroupMessage: {
            /** @constant */
            CallbackCommand: "Bot.OnGroupMessage";
            GroupId: string;
            Type?: string;
            From_Account?: string;
            Operator_Account?: string;
            Random?: number;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
            /** @description Only in topic-enabled communities. */
            TopicId?: string;
            EventTime?: components["schemas"]["EventTime"];
            MsgSeq?: number;
            MsgTime?: number;
            /** @description Named AtRobotAccount in the SDK; the doc may spell AtRobots_Account. */
            AtRobotAccount?: string[];
        };
        /** @description Extensions of a one-to-one message changed. */
        C2CCallbackAfterC2CMsgExtension: {
            /** @constant */
            CallbackCommand: "C2C.CallbackAfterC2CMsgExtension";
            From_Account?: string;
            To_Account?: string;
            MsgKey: string;
            /** @description 1 set, 2 delete, 3 clear. */
            OperateType: 1 | 2 | 3 | (number & {});
            ExtensionList?: {
                Key: string;
                /** @description Empty on delete. */
                Value?: string;
                Seq?: number;
            }[];
            Seq?: number;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A user read one-to-one messages. */
        C2CCallbackAfterMsgReport: {
            /** @constant */
            CallbackCommand: "C2C.CallbackAfterMsgReport";
            Report_Account: string;
            Peer_Account: string;
            /** @description Unix seconds. */
            LastReadTime?: number;
            UnreadMsgNum?: number;
        };
        /** @description A one-to-one message was recalled. */
        C2CCallbackAfterMsgWithDraw: {
            /** @constant */
            CallbackCommand: "C2C.CallbackAfterMsgWithDraw";
            From_Account: string;
            To_Account: string;
            MsgKey: string;
            UnreadMsgNum?: number;
        };
        /** @description A one-to-one message was sent (even if delivery failed). */
        C2CCallbackAfterSendMsg: {
            /** @constant */
            CallbackCommand: "C2C.CallbackAfterSendMsg";
            From_Account: string;
            To_Account: string;
            MsgSeq?: number;
            MsgRandom?: number;
            /** @description Unix seconds. */
            MsgTime?: number;
            /** @description "{MsgSeq}_{MsgRandom}_{MsgTime}". */
            MsgKey?: string;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
            /** @description 0 ok, else an error code. */
            SendMsgResult?: number;
            ErrorInfo?: string;
            /** @description The receiver’s unread total; -1 when the send failed. */
            UnreadMsgNum?: number;
        };
        /** @description Before a one-to-one message is delivered. */
        C2CCallbackBeforeSendMsg: {
            /** @constant */
            CallbackCommand: "C2C.CallbackBeforeSendMsg";
            From_Account: string;
            To_Account: string;
            MsgSeq?: number;
            MsgRandom?: number;
            /** @description Unix seconds. */
            MsgTime?: number;
            /** @description "{MsgSeq}_{MsgRandom}_{MsgTime}". */
            MsgKey?: string;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description Before a one-to-one message is delivered. */
        C2CSendMsgReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 allow (optionally with a replacement MsgBody/CloudCustomData); 1 forbid (the sender gets 20006); 2 drop silently (the sender sees success); 120001–130000 forbid with a custom code passed to the client with ErrorInfo. */
            ErrorCode: number | 0 | 1 | 2;
            ErrorInfo: string;
            MsgBody?: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description A client sent a custom signal to a smart chatbot. */
        ChatbotOnC2CSignalMessage: {
            /** @constant */
            CallbackCommand: "Chatbot.OnC2CSignalMessage";
            From_Account: string;
            To_Account: string;
            MsgSeq?: number;
            MsgRandom?: number;
            MsgKey?: string;
            EventTime?: components["schemas"]["EventTime"];
            Data?: string;
        };
        /** @description The chatbot signalling answer. */
        ChatbotSignalReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            ErrorCode: number;
            ErrorInfo: string;
            /** @description The data sent back to the client. */
            RspData?: string;
        };
        /** @description The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback. */
        CommonReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            ErrorCode: number;
            ErrorInfo: string;
        };
        /** @description The result of asynchronous content moderation. */
        ContentCallbackResultNotify: {
            Scene?: string;
            From_Account?: string;
            ContactItem?: Record<string, unknown>;
            ContentType?: string;
            TextContent?: string[];
            FileURL?: string;
            MsgID?: string;
            CtxcbResult: number;
            CtxcbRequestId?: string;
            CtxcbKeywords?: string[];
            CtxcbSuggestion?: string;
            CtxcbLabel?: string;
            CloudCustomData?: string;
        };
        /** @description Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted. */
        EventTime: number | string;
        /** @description A user followed others. */
        FollowCallbackAfterFollowAdd: {
            /** @constant */
            CallbackCommand: "Follow.CallbackAfterFollowAdd";
            From_Account: string;
            FollowList: {
                To_Account: string;
            }[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A user unfollowed others. */
        FollowCallbackAfterFollowDelete: {
            /** @constant */
            CallbackCommand: "Follow.CallbackAfterFollowDelete";
            From_Account: string;
            /** @description A list of accounts (unlike FollowList in FollowAdd). */
            To_Account: string[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Before a friend request or response is processed. The reference (providers.md §Sns.CallbackPrevFriendAdd, Tencent doc 43468/43467) lists every reply field as required, ResultItem included; ErrorCode is any integer. */
        FriendBeforeReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 processed; any other value is an app failure (ignored by default); use 38000–39000 for custom failure codes. */
            ErrorCode: number;
            ErrorInfo: string;
            /** @description The decision per friend, one item per To_Account of the request. */
            ResultItem: {
                To_Account: string;
                /** @description 0 allow; any other value refuses; use 38000–39000 to refuse with a custom code. */
                ResultCode: number;
                ResultInfo: string;
            }[];
        };
        /** @description Before a group or topic is created or joined. */
        GroupBeforeReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 allow; 1 refuse (the caller gets 10016); 10100–10200 refuse with a custom code. */
            ErrorCode: number | 0 | 1;
            ErrorInfo: string;
        };
        /** @description Group ownership was transferred. */
        GroupCallbackAfterChangeGroupOwner: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterChangeGroupOwner";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Operator_Account?: string;
            OldOwner_Account?: string;
            NewOwner_Account: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A group was created. */
        GroupCallbackAfterCreateGroup: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterCreateGroup";
            GroupId: string;
            Operator_Account?: string;
            Owner_Account?: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Name?: string;
            MemberList?: components["schemas"]["MemberAccount"][];
            /** @description Group custom fields (only when enabled). */
            UserDefinedDataList?: components["schemas"]["UserDefinedDataItem"][];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A topic was created. */
        GroupCallbackAfterCreateTopic: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterCreateTopic";
            GroupId: string;
            TopicId: string;
            Operator_Account?: string;
            Owner_Account?: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Name?: string;
            /** @description Group custom fields (only when enabled). */
            UserDefinedDataList?: components["schemas"]["UserDefinedDataItem"][];
        };
        /** @description Group custom attributes changed. */
        GroupCallbackAfterGroupAttrChanged: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterGroupAttrChanged";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Operator_Account?: string;
            /**
             * @example set
             * @example modify
             * @example clear
             * @example delete
             */
            OptionType?: "set" | "modify" | "clear" | "delete" | (string & {});
            /** @description Lower-case key/value, unlike every other Tencent field. */
            GroupAttr?: {
                key?: string;
                value?: string;
            }[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A group was disbanded. */
        GroupCallbackAfterGroupDestroyed: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterGroupDestroyed";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Owner_Account?: string;
            Name?: string;
            /** @description Omitted for Community groups. */
            MemberList?: components["schemas"]["MemberAccount"][];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A group reached its member limit. */
        GroupCallbackAfterGroupFull: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterGroupFull";
            GroupId: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A group’s name, introduction, notification, face URL or custom fields changed. */
        GroupCallbackAfterGroupInfoChanged: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterGroupInfoChanged";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Operator_Account?: string;
            Name?: string;
            Introduction?: string;
            Notification?: string;
            FaceUrl?: string;
            /** @description Group custom fields (only when enabled). */
            UserDefinedDataList?: components["schemas"]["UserDefinedDataItem"][];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Extensions of a group message changed. */
        GroupCallbackAfterGroupMsgExtension: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterGroupMsgExtension";
            GroupId: string;
            MsgSeq: number;
            /** @description 1 set, 2 delete, 3 clear. */
            OperateType: 1 | 2 | 3 | (number & {});
            ExtensionList?: {
                Key: string;
                /** @description Empty on delete. */
                Value?: string;
                Seq?: number;
            }[];
            Seq?: number;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Members left or were removed from a group. */
        GroupCallbackAfterMemberExit: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterMemberExit";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            /**
             * @example Kicked
             * @example Quit
             */
            ExitType?: "Kicked" | "Quit" | (string & {});
            Operator_Account?: string;
            ExitMemberList: components["schemas"]["MemberAccount"][];
            EventTime?: components["schemas"]["EventTime"];
        };
        GroupCallbackAfterMemberFieldChanged: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterMemberFieldChanged";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Operator_Account?: string;
            Member_Account?: string;
            Modified_Account?: string;
            /**
             * @example Admin
             * @example Member
             */
            Role?: "Admin" | "Member" | (string & {});
            NameCard?: string;
            EventTime?: components["schemas"]["EventTime"];
        } & ({
            Member_Account: string;
        } | {
            Modified_Account: string;
        });
        /** @description Members joined a group. */
        GroupCallbackAfterNewMemberJoin: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterNewMemberJoin";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            /**
             * @example Apply
             * @example Invited
             */
            JoinType?: "Apply" | "Invited" | (string & {});
            Operator_Account?: string;
            NewMemberList: components["schemas"]["MemberAccount"][];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Group message read receipts changed. */
        GroupCallbackAfterReadReceipt: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterReadReceipt";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            GroupMsgReceiptList: {
                MsgSeq?: number;
                ReadNum?: number;
                UnreadNum?: number;
                ReadReceiptMembers?: components["schemas"]["MemberAccount"][];
            }[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Group messages were recalled. */
        GroupCallbackAfterRecallMsg: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterRecallMsg";
            Operator_Account?: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            GroupId: string;
            MsgSeqList: {
                MsgSeq: number;
            }[];
            TopicId?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A group message was sent. */
        GroupCallbackAfterSendMsg: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterSendMsg";
            GroupId: string;
            Type?: string;
            From_Account: string;
            Operator_Account?: string;
            Random?: number;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
            /** @description Only in topic-enabled communities. */
            TopicId?: string;
            EventTime?: components["schemas"]["EventTime"];
            MsgSeq?: number;
            /** @description Unix seconds. */
            MsgTime?: number;
            /** @description Newer zh docs only. */
            MsgId?: string;
            /** @description Newer zh docs only: @-mentions (1 = @all). */
            GroupAtInfo?: {
                /** @enum {integer} */
                GroupAtAllFlag?: 0 | 1;
                GroupAt_Account?: string;
            }[];
        };
        /** @description Topics were deleted. */
        GroupCallbackAfterTopicDestroyed: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterTopicDestroyed";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            /** @description Typed String in the table; it is a list. */
            TopicIdList: string[];
        };
        /** @description A topic’s profile changed. */
        GroupCallbackAfterTopicInfoChanged: {
            /** @constant */
            CallbackCommand: "Group.CallbackAfterTopicInfoChanged";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Operator_Account?: string;
            Name?: string;
            Introduction?: string;
            Notification?: string;
            FaceUrl?: string;
        };
        /** @description Before a user applies to join a group. */
        GroupCallbackBeforeApplyJoinGroup: {
            /** @constant */
            CallbackCommand: "Group.CallbackBeforeApplyJoinGroup";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Requestor_Account: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Before a group is created. */
        GroupCallbackBeforeCreateGroup: {
            /** @constant */
            CallbackCommand: "Group.CallbackBeforeCreateGroup";
            Operator_Account: string;
            Owner_Account?: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Name?: string;
            /** @description Groups of this type the user created already. */
            CreateGroupNum?: number;
            MemberList?: components["schemas"]["MemberAccount"][];
            /** @description SDK only: counts per group type. */
            CreatedGroupNum?: Record<string, unknown>;
            /** @description SDK only, e.g. DisableInvite. */
            InviteOption?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Before a topic is created in a community. */
        GroupCallbackBeforeCreateTopic: {
            /** @constant */
            CallbackCommand: "Group.CallbackBeforeCreateTopic";
            Operator_Account: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Name?: string;
        };
        /** @description Before members are invited into a group. */
        GroupCallbackBeforeInviteJoinGroup: {
            /** @constant */
            CallbackCommand: "Group.CallbackBeforeInviteJoinGroup";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            Operator_Account?: string;
            DestinationMembers: components["schemas"]["MemberAccount"][];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Before a group message is delivered. */
        GroupCallbackBeforeSendMsg: {
            /** @constant */
            CallbackCommand: "Group.CallbackBeforeSendMsg";
            GroupId: string;
            Type?: string;
            From_Account: string;
            Operator_Account?: string;
            Random?: number;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
            /** @description Only in topic-enabled communities. */
            TopicId?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description The app neared its daily quota of new groups. */
        GroupCallbackOnDailyGroupQuotaAlarm: {
            /** @constant */
            CallbackCommand: "Group.CallbackOnDailyGroupQuotaAlarm";
            QuotaUsed: number;
            Quota: number;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description An audio-video group member went online or offline. */
        GroupCallbackOnMemberStateChange: {
            /** @constant */
            CallbackCommand: "Group.CallbackOnMemberStateChange";
            GroupId: string;
            /**
             * @description Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.
             * @example Public
             * @example Private
             * @example ChatRoom
             * @example AVChatRoom
             * @example Community
             */
            Type?: "Public" | "Private" | "ChatRoom" | "AVChatRoom" | "Community" | "Work" | "Meeting" | "Live" | (string & {});
            /**
             * @example Online
             * @example Offline
             */
            EventType?: "Online" | "Offline" | (string & {});
            MemberList: components["schemas"]["MemberAccount"][];
        };
        /** @description A group message failed to send. */
        GroupCallbackSendMsgException: {
            /** @constant */
            CallbackCommand: "Group.CallbackSendMsgException";
            GroupId: string;
            Type?: string;
            From_Account?: string;
            Operator_Account?: string;
            Random?: number;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody?: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
            /** @description Only in topic-enabled communities. */
            TopicId?: string;
            EventTime?: components["schemas"]["EventTime"];
            ErrorCode: number;
            ErrorInfo?: string;
        };
        /** @description Before a group message is delivered. */
        GroupSendMsgReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 allow (optionally rewritten); 1 forbid (the caller gets 10016); 2 drop silently; 10100–10200 forbid with a custom code. */
            ErrorCode: number | 0 | 1 | 2;
            ErrorInfo: string;
            MsgBody?: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description Before members are invited into a group. */
        InviteJoinGroupReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 continue; 1 refuse all; 10100–10200 refuse with a custom code. */
            ErrorCode: number | 0 | 1;
            ErrorInfo: string;
            /** @description Refuse only these invitees. */
            RefusedMembers_Account?: string[];
        };
        MemberAccount: {
            Member_Account: string;
        };
        /** @description The message body: a list of elements. */
        MsgBody: components["schemas"]["MsgElement"][];
        /** @description One message element, discriminated by MsgType. */
        MsgElement: components["schemas"]["TIMTextElem"] | components["schemas"]["TIMLocationElem"] | components["schemas"]["TIMFaceElem"] | components["schemas"]["TIMCustomElem"] | components["schemas"]["TIMSoundElem"] | components["schemas"]["TIMImageElem"] | components["schemas"]["TIMFileElem"] | components["schemas"]["TIMVideoFileElem"] | components["schemas"]["TIMRelayElem"];
        /** @description Before an official account is created or subscribed to (third-party SDK contract). */
        OfficialAccountBeforeReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 allow; 1 refuse. */
            ErrorCode: number | 0 | 1;
            ErrorInfo: string;
        };
        /** @description Users subscribed to an official account. */
        OfficialAccountCallbackAfterAddSubscriber: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterAddSubscriber";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
            SubscribeAccountList?: {
                Subscriber_Account: string;
            }[];
        };
        /** @description An official account was created. */
        OfficialAccountCallbackAfterCreateOfficialAccount: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterCreateOfficialAccount";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Users unsubscribed from an official account. */
        OfficialAccountCallbackAfterDeleteSubscriber: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterDeleteSubscriber";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
            SubscribeAccountList?: {
                Subscriber_Account: string;
            }[];
        };
        /** @description An official account message was recalled. */
        OfficialAccountCallbackAfterMsgWithDraw: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterMsgWithDraw";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
            WithdrawMsgList?: {
                MsgKey: string;
            }[];
        };
        /** @description An official account was destroyed. */
        OfficialAccountCallbackAfterOfficialAccountDestroyed: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterOfficialAccountDestroyed";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description An official account reached its subscriber limit. */
        OfficialAccountCallbackAfterOfficialAccountFull: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterOfficialAccountFull";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description An official account’s profile changed. */
        OfficialAccountCallbackAfterOfficialAccountInfoChanged: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterOfficialAccountInfoChanged";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description An official account message was sent. */
        OfficialAccountCallbackAfterSendMsg: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackAfterSendMsg";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
            From_Account?: string;
            MsgKey?: string;
            /** @description Unix seconds. */
            MsgTime?: number;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description Before users subscribe to an official account. */
        OfficialAccountCallbackBeforeAddSubscriber: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackBeforeAddSubscriber";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
            SubscribeAccountList?: {
                Subscriber_Account: string;
            }[];
        };
        /** @description Before an official account is created. */
        OfficialAccountCallbackBeforeCreateOfficialAccount: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackBeforeCreateOfficialAccount";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account?: string;
            Operator_Account: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Before an official account message is delivered. */
        OfficialAccountCallbackBeforeSendMsg: {
            /** @constant */
            CallbackCommand: "OfficialAccount.CallbackBeforeSendMsg";
            /** @description e.g. @TOA#_2J4SZEAEL */
            Official_Account: string;
            Operator_Account?: string;
            Owner_Account?: string;
            Name?: string;
            Introduction?: string;
            FaceUrl?: string;
            Organization?: string;
            EventTime?: components["schemas"]["EventTime"];
            From_Account?: string;
            MsgKey?: string;
            /** @description Unix seconds. */
            MsgTime?: number;
            /** @enum {integer} */
            OnlineOnlyFlag?: 0 | 1;
            MsgBody: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description Before an official account message is delivered. */
        OfficialAccountSendMsgReply: {
            /** @enum {string} */
            ActionStatus: "OK" | "FAIL";
            /** @description 0 allow (optionally rewritten); 1 forbid. Refusal ranges are not documented. */
            ErrorCode: number | 0 | 1;
            ErrorInfo: string;
            MsgBody?: components["schemas"]["MsgBody"];
            CloudCustomData?: string;
        };
        /** @description A user updated their profile. */
        ProfileCallbackPortraitSet: {
            /** @constant */
            CallbackCommand: "Profile.CallbackPortraitSet";
            Operator_Account?: string;
            From_Account: string;
            ProfileItem?: {
                /**
                 * @example Tag_Profile_IM_Nick
                 * @example Tag_Profile_Custom_Level
                 */
                Tag: string;
                Value?: string | number;
            }[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description The result of an all-member push task. */
        PushAllMemberPush: {
            /** @constant */
            CallbackCommand: "Push.AllMemberPush";
            EventType?: number;
            TaskId: string;
            TaskTime?: number;
            EventTime?: components["schemas"]["EventTime"];
            To_Account?: string;
            PushPlatform?: number;
            PushStage?: number;
            ErrCode?: number;
            ErrInfo?: string;
        };
        /** @description The result of an offline push. */
        PushOfflinePush: {
            /** @constant */
            CallbackCommand: "Push.OfflinePush";
            EventType?: number;
            EventTime?: components["schemas"]["EventTime"];
            From_Account?: string;
            To_Account: string;
            PushPlatform?: number;
            PushStage?: number;
            MsgKey?: string;
            /** @description Capital ID here (GroupId elsewhere). */
            GroupID?: string;
            MsgSeq?: number;
            MsgRandom?: number;
            MsgTime?: number;
            ErrCode?: number;
            ErrInfo?: string;
        };
        /** @description Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype. */
        Query: {
            /** @description The app id (exactly this casing); check it equals yours. */
            SdkAppid: string;
            /** @description The command; repeated in the body. */
            CallbackCommand: string;
            /**
             * @description Lower-case name; `json` (docs vary in case).
             * @example json
             * @example JSON
             */
            contenttype?: "json" | "JSON" | (string & {});
            /** @example 127.0.0.1 */
            ClientIP?: string;
            /**
             * @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.
             * @example RESTAPI
             * @example Web
             * @example Android
             * @example iOS
             * @example IOS
             * @example Windows
             * @example macOS
             * @example Mac
             * @example iPad
             * @example IPad
             * @example Unknown
             */
            OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
            /** @description hex(sha256(token + RequestTime)). */
            Sign?: string;
            /** @description Unix seconds. */
            RequestTime?: string;
        };
        /** @description Users were added to a blocklist. */
        SnsCallbackBlackListAdd: {
            /** @constant */
            CallbackCommand: "Sns.CallbackBlackListAdd";
            PairList: {
                From_Account: string;
                To_Account: string;
            }[];
        };
        /** @description Users were removed from a blocklist. */
        SnsCallbackBlackListDelete: {
            /** @constant */
            CallbackCommand: "Sns.CallbackBlackListDelete";
            PairList: {
                From_Account: string;
                To_Account: string;
            }[];
        };
        /** @description Friends were added. */
        SnsCallbackFriendAdd: {
            /** @constant */
            CallbackCommand: "Sns.CallbackFriendAdd";
            PairList: {
                From_Account: string;
                To_Account: string;
                Initiator_Account?: string;
            }[];
            /**
             * @example friend_add
             * @example FriendAdd
             * @example friend_response
             * @example FriendResponse
             */
            ClientCmd?: "friend_add" | "FriendAdd" | "friend_response" | "FriendResponse" | (string & {});
            Admin_Account?: string;
            /** @enum {integer} */
            ForceFlag?: 0 | 1;
        };
        /** @description Friends were deleted. */
        SnsCallbackFriendDelete: {
            /** @constant */
            CallbackCommand: "Sns.CallbackFriendDelete";
            PairList: {
                From_Account: string;
                To_Account: string;
            }[];
        };
        /** @description Before a friend request is processed. */
        SnsCallbackPrevFriendAdd: {
            /** @constant */
            CallbackCommand: "Sns.CallbackPrevFriendAdd";
            Requester_Account?: string;
            From_Account: string;
            FriendItem: {
                To_Account: string;
                Remark?: string;
                GroupName?: string;
                AddSource?: string;
                AddWording?: string;
            }[];
            /**
             * @example Add_Type_Single
             * @example Add_Type_Both
             */
            AddType?: "Add_Type_Single" | "Add_Type_Both" | (string & {});
            /** @enum {integer} */
            ForceAddFlags?: 0 | 1;
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Before a response to a friend request is processed. */
        SnsCallbackPrevFriendResponse: {
            /** @constant */
            CallbackCommand: "Sns.CallbackPrevFriendResponse";
            Requester_Account?: string;
            From_Account: string;
            ResponseFriendItem: {
                To_Account: string;
                Remark?: string;
                TagName?: string;
                /**
                 * @example Response_Action_AgreeAndAdd
                 * @example Response_Action_Agree
                 * @example Response_Action_Reject
                 */
                ResponseAction?: "Response_Action_AgreeAndAdd" | "Response_Action_Agree" | "Response_Action_Reject" | (string & {});
            }[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description A user logged in, logged out or was disconnected. */
        StateStateChange: {
            /** @constant */
            CallbackCommand: "State.StateChange";
            Info: {
                /**
                 * @description Login (TCP up), Logout (TCP closed), Disconnect (network lost).
                 * @example Login
                 * @example Logout
                 * @example Disconnect
                 */
                Action: "Login" | "Logout" | "Disconnect" | (string & {});
                To_Account: string;
                /** @description Register (Login), Unregister (Logout), LinkClose or TimeOut (Disconnect; 400 s heartbeat timeout). */
                Reason?: "Register" | "Unregister" | "LinkClose" | "TimeOut" | (string & {});
            };
            /** @description Only when a login kicked other devices off. */
            KickedDevice?: {
                /** @description iOS, Android, Web, Windows, iPad, Mac, Linux (and the IOS/macOS/IPad spellings). */
                Platform?: "iOS" | "IOS" | "Android" | "Web" | "Windows" | "iPad" | "Mac" | "Linux" | (string & {});
            }[];
            EventTime?: components["schemas"]["EventTime"];
        };
        /** @description Custom message (at most one per message). */
        TIMCustomElem: {
            /** @constant */
            MsgType: "TIMCustomElem";
            MsgContent: {
                Data?: string;
                Desc?: string;
                Ext?: string;
                Sound?: string;
            };
        };
        /** @description Emoji. */
        TIMFaceElem: {
            /** @constant */
            MsgType: "TIMFaceElem";
            MsgContent: {
                Index: number;
                Data?: string;
            };
        };
        /** @description File; old SDKs send no Url or Download_Flag. */
        TIMFileElem: {
            /** @constant */
            MsgType: "TIMFileElem";
            MsgContent: {
                Url?: string;
                UUID?: string;
                FileSize?: number;
                FileName?: string;
                Download_Flag?: number;
            };
        };
        /** @description Image. */
        TIMImageElem: {
            /** @constant */
            MsgType: "TIMImageElem";
            MsgContent: {
                UUID?: string;
                /** @description JPG 1, GIF 2, PNG 3, BMP 4, other 255. */
                ImageFormat?: 1 | 2 | 3 | 4 | 255 | (number & {});
                ImageInfoArray?: {
                    /** @description 1 original, 2 large, 3 thumbnail. */
                    Type?: 1 | 2 | 3 | (number & {});
                    Size?: number;
                    Width?: number;
                    Height?: number;
                    URL?: string;
                }[];
            };
        };
        /** @description Location. */
        TIMLocationElem: {
            /** @constant */
            MsgType: "TIMLocationElem";
            MsgContent: {
                Desc?: string;
                Latitude: number;
                Longitude: number;
            };
        };
        /** @description Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1. */
        TIMRelayElem: {
            /** @constant */
            MsgType: "TIMRelayElem";
            MsgContent: {
                Title?: string;
                MsgNum?: number;
                CompatibleText?: string;
                AbstractList?: string[];
                MsgList?: {
                    From_Account?: string;
                    To_Account?: string;
                    GroupId?: string;
                    MsgSeq?: number;
                    MsgRandom?: number;
                    MsgTimeStamp?: number;
                    MsgBody?: components["schemas"]["MsgBody"];
                    CloudCustomData?: string;
                }[];
                /** @description Instead of MsgList when the combined message exceeds 12 KB. */
                JsonMsgKey?: string;
            };
        };
        /** @description Voice; SDK 2.x/3.x send only UUID, Size and Second. */
        TIMSoundElem: {
            /** @constant */
            MsgType: "TIMSoundElem";
            MsgContent: {
                Url?: string;
                UUID?: string;
                Size?: number;
                Second?: number;
                Download_Flag?: number;
            };
        };
        /** @description Text. */
        TIMTextElem: {
            /** @constant */
            MsgType: "TIMTextElem";
            MsgContent: {
                Text: string;
            };
        };
        /** @description Video; old SDKs send no URLs or download flags. */
        TIMVideoFileElem: {
            /** @constant */
            MsgType: "TIMVideoFileElem";
            MsgContent: {
                VideoUrl?: string;
                VideoUUID?: string;
                VideoFormat?: string;
                ThumbUrl?: string;
                ThumbUUID?: string;
                ThumbFormat?: string;
                VideoSize?: number;
                VideoSecond?: number;
                VideoDownloadFlag?: number;
                ThumbSize?: number;
                ThumbWidth?: number;
                ThumbHeight?: number;
                ThumbDownloadFlag?: number;
            };
        };
        UserDefinedDataItem: {
            Key: string;
            /** @description Documented as a string; SDKs type it loosely. */
            Value?: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    receiveWebhook: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateStateChange"] | components["schemas"]["ProfileCallbackPortraitSet"] | components["schemas"]["SnsCallbackPrevFriendAdd"] | components["schemas"]["SnsCallbackPrevFriendResponse"] | components["schemas"]["SnsCallbackFriendAdd"] | components["schemas"]["SnsCallbackFriendDelete"] | components["schemas"]["SnsCallbackBlackListAdd"] | components["schemas"]["SnsCallbackBlackListDelete"] | components["schemas"]["FollowCallbackAfterFollowAdd"] | components["schemas"]["FollowCallbackAfterFollowDelete"] | components["schemas"]["C2CCallbackBeforeSendMsg"] | components["schemas"]["C2CCallbackAfterSendMsg"] | components["schemas"]["C2CCallbackAfterMsgReport"] | components["schemas"]["C2CCallbackAfterMsgWithDraw"] | components["schemas"]["GroupCallbackBeforeCreateGroup"] | components["schemas"]["GroupCallbackAfterCreateGroup"] | components["schemas"]["GroupCallbackBeforeApplyJoinGroup"] | components["schemas"]["GroupCallbackBeforeInviteJoinGroup"] | components["schemas"]["GroupCallbackAfterNewMemberJoin"] | components["schemas"]["GroupCallbackAfterMemberExit"] | components["schemas"]["GroupCallbackBeforeSendMsg"] | components["schemas"]["GroupCallbackAfterSendMsg"] | components["schemas"]["GroupCallbackAfterGroupFull"] | components["schemas"]["GroupCallbackAfterGroupDestroyed"] | components["schemas"]["GroupCallbackAfterGroupInfoChanged"] | components["schemas"]["GroupCallbackOnMemberStateChange"] | components["schemas"]["GroupCallbackSendMsgException"] | components["schemas"]["GroupCallbackBeforeCreateTopic"] | components["schemas"]["GroupCallbackAfterCreateTopic"] | components["schemas"]["GroupCallbackAfterTopicDestroyed"] | components["schemas"]["GroupCallbackAfterTopicInfoChanged"] | components["schemas"]["GroupCallbackAfterMemberFieldChanged"] | components["schemas"]["GroupCallbackAfterGroupAttrChanged"] | components["schemas"]["GroupCallbackAfterReadReceipt"] | components["schemas"]["GroupCallbackAfterChangeGroupOwner"] | components["schemas"]["GroupCallbackOnDailyGroupQuotaAlarm"] | components["schemas"]["GroupCallbackAfterRecallMsg"] | components["schemas"]["C2CCallbackAfterC2CMsgExtension"] | components["schemas"]["GroupCallbackAfterGroupMsgExtension"] | components["schemas"]["OfficialAccountCallbackBeforeCreateOfficialAccount"] | components["schemas"]["OfficialAccountCallbackAfterCreateOfficialAccount"] | components["schemas"]["OfficialAccountCallbackAfterOfficialAccountInfoChanged"] | components["schemas"]["OfficialAccountCallbackAfterOfficialAccountDestroyed"] | components["schemas"]["OfficialAccountCallbackBeforeAddSubscriber"] | components["schemas"]["OfficialAccountCallbackAfterAddSubscriber"] | components["schemas"]["OfficialAccountCallbackAfterOfficialAccountFull"] | components["schemas"]["OfficialAccountCallbackAfterDeleteSubscriber"] | components["schemas"]["OfficialAccountCallbackBeforeSendMsg"] | components["schemas"]["OfficialAccountCallbackAfterSendMsg"] | components["schemas"]["OfficialAccountCallbackAfterMsgWithDraw"] | components["schemas"]["BotOnC2CMessage"] | components["schemas"]["BotOnGroupMessage"] | components["schemas"]["ChatbotOnC2CSignalMessage"] | components["schemas"]["ContentCallbackResultNotify"] | components["schemas"]["AlertRequestOverLimit"] | components["schemas"]["PushOfflinePush"] | components["schemas"]["PushAllMemberPush"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"] | components["schemas"]["FriendBeforeReply"] | components["schemas"]["C2CSendMsgReply"] | components["schemas"]["GroupBeforeReply"] | components["schemas"]["InviteJoinGroupReply"] | components["schemas"]["GroupSendMsgReply"] | components["schemas"]["OfficialAccountBeforeReply"] | components["schemas"]["OfficialAccountSendMsgReply"] | components["schemas"]["ChatbotSignalReply"];
                };
            };
            /** @description The request is not a valid webhook of this contract. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                    };
                };
            };
        };
    };
    stateStateChange: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateStateChange"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    profileCallbackPortraitSet: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileCallbackPortraitSet"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    snsCallbackPrevFriendAdd: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnsCallbackPrevFriendAdd"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendBeforeReply"];
                };
            };
        };
    };
    snsCallbackPrevFriendResponse: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnsCallbackPrevFriendResponse"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendBeforeReply"];
                };
            };
        };
    };
    snsCallbackFriendAdd: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnsCallbackFriendAdd"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    snsCallbackFriendDelete: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnsCallbackFriendDelete"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    snsCallbackBlackListAdd: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnsCallbackBlackListAdd"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    snsCallbackBlackListDelete: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnsCallbackBlackListDelete"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    followCallbackAfterFollowAdd: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowCallbackAfterFollowAdd"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    followCallbackAfterFollowDelete: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowCallbackAfterFollowDelete"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    c2CCallbackBeforeSendMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["C2CCallbackBeforeSendMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["C2CSendMsgReply"];
                };
            };
        };
    };
    c2CCallbackAfterSendMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["C2CCallbackAfterSendMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    c2CCallbackAfterMsgReport: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["C2CCallbackAfterMsgReport"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    c2CCallbackAfterMsgWithDraw: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["C2CCallbackAfterMsgWithDraw"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackBeforeCreateGroup: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackBeforeCreateGroup"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupBeforeReply"];
                };
            };
        };
    };
    groupCallbackAfterCreateGroup: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterCreateGroup"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackBeforeApplyJoinGroup: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackBeforeApplyJoinGroup"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupBeforeReply"];
                };
            };
        };
    };
    groupCallbackBeforeInviteJoinGroup: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackBeforeInviteJoinGroup"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteJoinGroupReply"];
                };
            };
        };
    };
    groupCallbackAfterNewMemberJoin: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterNewMemberJoin"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterMemberExit: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterMemberExit"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackBeforeSendMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackBeforeSendMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupSendMsgReply"];
                };
            };
        };
    };
    groupCallbackAfterSendMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterSendMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterGroupFull: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterGroupFull"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterGroupDestroyed: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterGroupDestroyed"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterGroupInfoChanged: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterGroupInfoChanged"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackOnMemberStateChange: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackOnMemberStateChange"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackSendMsgException: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackSendMsgException"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackBeforeCreateTopic: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackBeforeCreateTopic"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupBeforeReply"];
                };
            };
        };
    };
    groupCallbackAfterCreateTopic: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterCreateTopic"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterTopicDestroyed: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterTopicDestroyed"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterTopicInfoChanged: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterTopicInfoChanged"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterMemberFieldChanged: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterMemberFieldChanged"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterGroupAttrChanged: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterGroupAttrChanged"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterReadReceipt: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterReadReceipt"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterChangeGroupOwner: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterChangeGroupOwner"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackOnDailyGroupQuotaAlarm: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackOnDailyGroupQuotaAlarm"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterRecallMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterRecallMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    c2CCallbackAfterC2CMsgExtension: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["C2CCallbackAfterC2CMsgExtension"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    groupCallbackAfterGroupMsgExtension: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCallbackAfterGroupMsgExtension"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackBeforeCreateOfficialAccount: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackBeforeCreateOfficialAccount"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialAccountBeforeReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterCreateOfficialAccount: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterCreateOfficialAccount"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterOfficialAccountInfoChanged: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterOfficialAccountInfoChanged"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterOfficialAccountDestroyed: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterOfficialAccountDestroyed"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackBeforeAddSubscriber: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackBeforeAddSubscriber"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialAccountBeforeReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterAddSubscriber: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterAddSubscriber"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterOfficialAccountFull: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterOfficialAccountFull"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterDeleteSubscriber: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterDeleteSubscriber"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackBeforeSendMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackBeforeSendMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialAccountSendMsgReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterSendMsg: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterSendMsg"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    officialAccountCallbackAfterMsgWithDraw: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialAccountCallbackAfterMsgWithDraw"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    botOnC2CMessage: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotOnC2CMessage"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    botOnGroupMessage: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotOnGroupMessage"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    chatbotOnC2CSignalMessage: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatbotOnC2CSignalMessage"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatbotSignalReply"];
                };
            };
        };
    };
    contentCallbackResultNotify: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentCallbackResultNotify"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    alertRequestOverLimit: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRequestOverLimit"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    pushOfflinePush: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushOfflinePush"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
    pushAllMemberPush: {
        parameters: {
            query: {
                /** @description The app id (exactly this casing); check it equals yours. */
                SdkAppid: string;
                /** @description The command; repeated in the body. */
                CallbackCommand: string;
                /** @description Lower-case name; `json` (docs vary in case). */
                contenttype?: "json" | "JSON" | (string & {});
                ClientIP?: string;
                /** @description RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted. */
                OptPlatform?: "RESTAPI" | "Web" | "Android" | "iOS" | "IOS" | "Windows" | "macOS" | "Mac" | "iPad" | "Unknown" | (string & {});
                /** @description hex(sha256(token + RequestTime)). */
                Sign?: string;
                /** @description Unix seconds. */
                RequestTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushAllMemberPush"];
            };
        };
        responses: {
            /** @description The answer Tencent Cloud Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommonReply"];
                };
            };
        };
    };
}

// ---- readable names (chathooks) ----

/** `State.StateChange` (after-event): A user logged in, logged out or was disconnected. */
export type StateStateChange = components["schemas"]["StateStateChange"];
/** `Profile.CallbackPortraitSet` (after-event): A user updated their profile. */
export type ProfileCallbackPortraitSet = components["schemas"]["ProfileCallbackPortraitSet"];
/** `Sns.CallbackPrevFriendAdd` (before-event): Before a friend request is processed. */
export type SnsCallbackPrevFriendAdd = components["schemas"]["SnsCallbackPrevFriendAdd"];
/** `Sns.CallbackPrevFriendResponse` (before-event): Before a response to a friend request is processed. */
export type SnsCallbackPrevFriendResponse = components["schemas"]["SnsCallbackPrevFriendResponse"];
/** `Sns.CallbackFriendAdd` (after-event): Friends were added. */
export type SnsCallbackFriendAdd = components["schemas"]["SnsCallbackFriendAdd"];
/** `Sns.CallbackFriendDelete` (after-event): Friends were deleted. */
export type SnsCallbackFriendDelete = components["schemas"]["SnsCallbackFriendDelete"];
/** `Sns.CallbackBlackListAdd` (after-event): Users were added to a blocklist. */
export type SnsCallbackBlackListAdd = components["schemas"]["SnsCallbackBlackListAdd"];
/** `Sns.CallbackBlackListDelete` (after-event): Users were removed from a blocklist. */
export type SnsCallbackBlackListDelete = components["schemas"]["SnsCallbackBlackListDelete"];
/** `Follow.CallbackAfterFollowAdd` (after-event): A user followed others. */
export type FollowCallbackAfterFollowAdd = components["schemas"]["FollowCallbackAfterFollowAdd"];
/** `Follow.CallbackAfterFollowDelete` (after-event): A user unfollowed others. */
export type FollowCallbackAfterFollowDelete = components["schemas"]["FollowCallbackAfterFollowDelete"];
/** `C2C.CallbackBeforeSendMsg` (before-event): Before a one-to-one message is delivered. */
export type C2CCallbackBeforeSendMsg = components["schemas"]["C2CCallbackBeforeSendMsg"];
/** `C2C.CallbackAfterSendMsg` (after-event): A one-to-one message was sent (even if delivery failed). */
export type C2CCallbackAfterSendMsg = components["schemas"]["C2CCallbackAfterSendMsg"];
/** `C2C.CallbackAfterMsgReport` (after-event): A user read one-to-one messages. */
export type C2CCallbackAfterMsgReport = components["schemas"]["C2CCallbackAfterMsgReport"];
/** `C2C.CallbackAfterMsgWithDraw` (after-event): A one-to-one message was recalled. */
export type C2CCallbackAfterMsgWithDraw = components["schemas"]["C2CCallbackAfterMsgWithDraw"];
/** `Group.CallbackBeforeCreateGroup` (before-event): Before a group is created. */
export type GroupCallbackBeforeCreateGroup = components["schemas"]["GroupCallbackBeforeCreateGroup"];
/** `Group.CallbackAfterCreateGroup` (after-event): A group was created. */
export type GroupCallbackAfterCreateGroup = components["schemas"]["GroupCallbackAfterCreateGroup"];
/** `Group.CallbackBeforeApplyJoinGroup` (before-event): Before a user applies to join a group. */
export type GroupCallbackBeforeApplyJoinGroup = components["schemas"]["GroupCallbackBeforeApplyJoinGroup"];
/** `Group.CallbackBeforeInviteJoinGroup` (before-event): Before members are invited into a group. */
export type GroupCallbackBeforeInviteJoinGroup = components["schemas"]["GroupCallbackBeforeInviteJoinGroup"];
/** `Group.CallbackAfterNewMemberJoin` (after-event): Members joined a group. */
export type GroupCallbackAfterNewMemberJoin = components["schemas"]["GroupCallbackAfterNewMemberJoin"];
/** `Group.CallbackAfterMemberExit` (after-event): Members left or were removed from a group. */
export type GroupCallbackAfterMemberExit = components["schemas"]["GroupCallbackAfterMemberExit"];
/** `Group.CallbackBeforeSendMsg` (before-event): Before a group message is delivered. */
export type GroupCallbackBeforeSendMsg = components["schemas"]["GroupCallbackBeforeSendMsg"];
/** `Group.CallbackAfterSendMsg` (after-event): A group message was sent. */
export type GroupCallbackAfterSendMsg = components["schemas"]["GroupCallbackAfterSendMsg"];
/** `Group.CallbackAfterGroupFull` (after-event): A group reached its member limit. */
export type GroupCallbackAfterGroupFull = components["schemas"]["GroupCallbackAfterGroupFull"];
/** `Group.CallbackAfterGroupDestroyed` (after-event): A group was disbanded. */
export type GroupCallbackAfterGroupDestroyed = components["schemas"]["GroupCallbackAfterGroupDestroyed"];
/** `Group.CallbackAfterGroupInfoChanged` (after-event): A group’s name, introduction, notification, face URL or custom fields changed. */
export type GroupCallbackAfterGroupInfoChanged = components["schemas"]["GroupCallbackAfterGroupInfoChanged"];
/** `Group.CallbackOnMemberStateChange` (after-event): An audio-video group member went online or offline. */
export type GroupCallbackOnMemberStateChange = components["schemas"]["GroupCallbackOnMemberStateChange"];
/** `Group.CallbackSendMsgException` (after-event): A group message failed to send. */
export type GroupCallbackSendMsgException = components["schemas"]["GroupCallbackSendMsgException"];
/** `Group.CallbackBeforeCreateTopic` (before-event): Before a topic is created in a community. */
export type GroupCallbackBeforeCreateTopic = components["schemas"]["GroupCallbackBeforeCreateTopic"];
/** `Group.CallbackAfterCreateTopic` (after-event): A topic was created. */
export type GroupCallbackAfterCreateTopic = components["schemas"]["GroupCallbackAfterCreateTopic"];
/** `Group.CallbackAfterTopicDestroyed` (after-event): Topics were deleted. */
export type GroupCallbackAfterTopicDestroyed = components["schemas"]["GroupCallbackAfterTopicDestroyed"];
/** `Group.CallbackAfterTopicInfoChanged` (after-event): A topic’s profile changed. */
export type GroupCallbackAfterTopicInfoChanged = components["schemas"]["GroupCallbackAfterTopicInfoChanged"];
/** `Group.CallbackAfterMemberFieldChanged` (after-event): A member’s role or name card changed. */
export type GroupCallbackAfterMemberFieldChanged = components["schemas"]["GroupCallbackAfterMemberFieldChanged"];
/** `Group.CallbackAfterGroupAttrChanged` (after-event): Group custom attributes changed. */
export type GroupCallbackAfterGroupAttrChanged = components["schemas"]["GroupCallbackAfterGroupAttrChanged"];
/** `Group.CallbackAfterReadReceipt` (after-event): Group message read receipts changed. */
export type GroupCallbackAfterReadReceipt = components["schemas"]["GroupCallbackAfterReadReceipt"];
/** `Group.CallbackAfterChangeGroupOwner` (after-event): Group ownership was transferred. */
export type GroupCallbackAfterChangeGroupOwner = components["schemas"]["GroupCallbackAfterChangeGroupOwner"];
/** `Group.CallbackOnDailyGroupQuotaAlarm` (notify-event): The app neared its daily quota of new groups. */
export type GroupCallbackOnDailyGroupQuotaAlarm = components["schemas"]["GroupCallbackOnDailyGroupQuotaAlarm"];
/** `Group.CallbackAfterRecallMsg` (after-event): Group messages were recalled. */
export type GroupCallbackAfterRecallMsg = components["schemas"]["GroupCallbackAfterRecallMsg"];
/** `C2C.CallbackAfterC2CMsgExtension` (after-event): Extensions of a one-to-one message changed. */
export type C2CCallbackAfterC2CMsgExtension = components["schemas"]["C2CCallbackAfterC2CMsgExtension"];
/** `Group.CallbackAfterGroupMsgExtension` (after-event): Extensions of a group message changed. */
export type GroupCallbackAfterGroupMsgExtension = components["schemas"]["GroupCallbackAfterGroupMsgExtension"];
/** `OfficialAccount.CallbackBeforeCreateOfficialAccount` (before-event): Before an official account is created. */
export type OfficialAccountCallbackBeforeCreateOfficialAccount = components["schemas"]["OfficialAccountCallbackBeforeCreateOfficialAccount"];
/** `OfficialAccount.CallbackAfterCreateOfficialAccount` (after-event): An official account was created. */
export type OfficialAccountCallbackAfterCreateOfficialAccount = components["schemas"]["OfficialAccountCallbackAfterCreateOfficialAccount"];
/** `OfficialAccount.CallbackAfterOfficialAccountInfoChanged` (after-event): An official account’s profile changed. */
export type OfficialAccountCallbackAfterOfficialAccountInfoChanged = components["schemas"]["OfficialAccountCallbackAfterOfficialAccountInfoChanged"];
/** `OfficialAccount.CallbackAfterOfficialAccountDestroyed` (after-event): An official account was destroyed. */
export type OfficialAccountCallbackAfterOfficialAccountDestroyed = components["schemas"]["OfficialAccountCallbackAfterOfficialAccountDestroyed"];
/** `OfficialAccount.CallbackBeforeAddSubscriber` (before-event): Before users subscribe to an official account. */
export type OfficialAccountCallbackBeforeAddSubscriber = components["schemas"]["OfficialAccountCallbackBeforeAddSubscriber"];
/** `OfficialAccount.CallbackAfterAddSubscriber` (after-event): Users subscribed to an official account. */
export type OfficialAccountCallbackAfterAddSubscriber = components["schemas"]["OfficialAccountCallbackAfterAddSubscriber"];
/** `OfficialAccount.CallbackAfterOfficialAccountFull` (after-event): An official account reached its subscriber limit. */
export type OfficialAccountCallbackAfterOfficialAccountFull = components["schemas"]["OfficialAccountCallbackAfterOfficialAccountFull"];
/** `OfficialAccount.CallbackAfterDeleteSubscriber` (after-event): Users unsubscribed from an official account. */
export type OfficialAccountCallbackAfterDeleteSubscriber = components["schemas"]["OfficialAccountCallbackAfterDeleteSubscriber"];
/** `OfficialAccount.CallbackBeforeSendMsg` (before-event): Before an official account message is delivered. */
export type OfficialAccountCallbackBeforeSendMsg = components["schemas"]["OfficialAccountCallbackBeforeSendMsg"];
/** `OfficialAccount.CallbackAfterSendMsg` (after-event): An official account message was sent. */
export type OfficialAccountCallbackAfterSendMsg = components["schemas"]["OfficialAccountCallbackAfterSendMsg"];
/** `OfficialAccount.CallbackAfterMsgWithDraw` (after-event): An official account message was recalled. */
export type OfficialAccountCallbackAfterMsgWithDraw = components["schemas"]["OfficialAccountCallbackAfterMsgWithDraw"];
/** `Bot.OnC2CMessage` (after-event): A user sent a one-to-one message to a bot. */
export type BotOnC2CMessage = components["schemas"]["BotOnC2CMessage"];
/** `Bot.OnGroupMessage` (after-event): A bot was @-mentioned in a group. */
export type BotOnGroupMessage = components["schemas"]["BotOnGroupMessage"];
/** `Chatbot.OnC2CSignalMessage` (before-event): A client sent a custom signal to a smart chatbot. */
export type ChatbotOnC2CSignalMessage = components["schemas"]["ChatbotOnC2CSignalMessage"];
/** `ContentCallback.ResultNotify` (notify-event): The result of asynchronous content moderation. */
export type ContentCallbackResultNotify = components["schemas"]["ContentCallbackResultNotify"];
/** `Alert.RequestOverLimit` (notify-event): A REST API exceeded its frequency limit. */
export type AlertRequestOverLimit = components["schemas"]["AlertRequestOverLimit"];
/** `Push.OfflinePush` (notify-event): The result of an offline push. */
export type PushOfflinePush = components["schemas"]["PushOfflinePush"];
/** `Push.AllMemberPush` (notify-event): The result of an all-member push task. */
export type PushAllMemberPush = components["schemas"]["PushAllMemberPush"];

/** What the receiver answers to `State.StateChange`. */
export type StateStateChangeReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Profile.CallbackPortraitSet`. */
export type ProfileCallbackPortraitSetReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Sns.CallbackPrevFriendAdd`. */
export type SnsCallbackPrevFriendAddReply = components["schemas"]["FriendBeforeReply"];
/** What the receiver answers to `Sns.CallbackPrevFriendResponse`. */
export type SnsCallbackPrevFriendResponseReply = components["schemas"]["FriendBeforeReply"];
/** What the receiver answers to `Sns.CallbackFriendAdd`. */
export type SnsCallbackFriendAddReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Sns.CallbackFriendDelete`. */
export type SnsCallbackFriendDeleteReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Sns.CallbackBlackListAdd`. */
export type SnsCallbackBlackListAddReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Sns.CallbackBlackListDelete`. */
export type SnsCallbackBlackListDeleteReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Follow.CallbackAfterFollowAdd`. */
export type FollowCallbackAfterFollowAddReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Follow.CallbackAfterFollowDelete`. */
export type FollowCallbackAfterFollowDeleteReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `C2C.CallbackBeforeSendMsg`. */
export type C2CCallbackBeforeSendMsgReply = components["schemas"]["C2CSendMsgReply"];
/** What the receiver answers to `C2C.CallbackAfterSendMsg`. */
export type C2CCallbackAfterSendMsgReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `C2C.CallbackAfterMsgReport`. */
export type C2CCallbackAfterMsgReportReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `C2C.CallbackAfterMsgWithDraw`. */
export type C2CCallbackAfterMsgWithDrawReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackBeforeCreateGroup`. */
export type GroupCallbackBeforeCreateGroupReply = components["schemas"]["GroupBeforeReply"];
/** What the receiver answers to `Group.CallbackAfterCreateGroup`. */
export type GroupCallbackAfterCreateGroupReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackBeforeApplyJoinGroup`. */
export type GroupCallbackBeforeApplyJoinGroupReply = components["schemas"]["GroupBeforeReply"];
/** What the receiver answers to `Group.CallbackBeforeInviteJoinGroup`. */
export type GroupCallbackBeforeInviteJoinGroupReply = components["schemas"]["InviteJoinGroupReply"];
/** What the receiver answers to `Group.CallbackAfterNewMemberJoin`. */
export type GroupCallbackAfterNewMemberJoinReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterMemberExit`. */
export type GroupCallbackAfterMemberExitReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackBeforeSendMsg`. */
export type GroupCallbackBeforeSendMsgReply = components["schemas"]["GroupSendMsgReply"];
/** What the receiver answers to `Group.CallbackAfterSendMsg`. */
export type GroupCallbackAfterSendMsgReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterGroupFull`. */
export type GroupCallbackAfterGroupFullReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterGroupDestroyed`. */
export type GroupCallbackAfterGroupDestroyedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterGroupInfoChanged`. */
export type GroupCallbackAfterGroupInfoChangedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackOnMemberStateChange`. */
export type GroupCallbackOnMemberStateChangeReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackSendMsgException`. */
export type GroupCallbackSendMsgExceptionReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackBeforeCreateTopic`. */
export type GroupCallbackBeforeCreateTopicReply = components["schemas"]["GroupBeforeReply"];
/** What the receiver answers to `Group.CallbackAfterCreateTopic`. */
export type GroupCallbackAfterCreateTopicReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterTopicDestroyed`. */
export type GroupCallbackAfterTopicDestroyedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterTopicInfoChanged`. */
export type GroupCallbackAfterTopicInfoChangedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterMemberFieldChanged`. */
export type GroupCallbackAfterMemberFieldChangedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterGroupAttrChanged`. */
export type GroupCallbackAfterGroupAttrChangedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterReadReceipt`. */
export type GroupCallbackAfterReadReceiptReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterChangeGroupOwner`. */
export type GroupCallbackAfterChangeGroupOwnerReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackOnDailyGroupQuotaAlarm`. */
export type GroupCallbackOnDailyGroupQuotaAlarmReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterRecallMsg`. */
export type GroupCallbackAfterRecallMsgReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `C2C.CallbackAfterC2CMsgExtension`. */
export type C2CCallbackAfterC2CMsgExtensionReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Group.CallbackAfterGroupMsgExtension`. */
export type GroupCallbackAfterGroupMsgExtensionReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackBeforeCreateOfficialAccount`. */
export type OfficialAccountCallbackBeforeCreateOfficialAccountReply = components["schemas"]["OfficialAccountBeforeReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterCreateOfficialAccount`. */
export type OfficialAccountCallbackAfterCreateOfficialAccountReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterOfficialAccountInfoChanged`. */
export type OfficialAccountCallbackAfterOfficialAccountInfoChangedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterOfficialAccountDestroyed`. */
export type OfficialAccountCallbackAfterOfficialAccountDestroyedReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackBeforeAddSubscriber`. */
export type OfficialAccountCallbackBeforeAddSubscriberReply = components["schemas"]["OfficialAccountBeforeReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterAddSubscriber`. */
export type OfficialAccountCallbackAfterAddSubscriberReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterOfficialAccountFull`. */
export type OfficialAccountCallbackAfterOfficialAccountFullReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterDeleteSubscriber`. */
export type OfficialAccountCallbackAfterDeleteSubscriberReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackBeforeSendMsg`. */
export type OfficialAccountCallbackBeforeSendMsgReply = components["schemas"]["OfficialAccountSendMsgReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterSendMsg`. */
export type OfficialAccountCallbackAfterSendMsgReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `OfficialAccount.CallbackAfterMsgWithDraw`. */
export type OfficialAccountCallbackAfterMsgWithDrawReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Bot.OnC2CMessage`. */
export type BotOnC2CMessageReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Bot.OnGroupMessage`. */
export type BotOnGroupMessageReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Chatbot.OnC2CSignalMessage`. */
export type ChatbotOnC2CSignalMessageReply = components["schemas"]["ChatbotSignalReply"];
/** What the receiver answers to `ContentCallback.ResultNotify`. */
export type ContentCallbackResultNotifyReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Alert.RequestOverLimit`. */
export type AlertRequestOverLimitReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Push.OfflinePush`. */
export type PushOfflinePushReply = components["schemas"]["CommonReply"];
/** What the receiver answers to `Push.AllMemberPush`. */
export type PushAllMemberPushReply = components["schemas"]["CommonReply"];

/** Every event of the contract, by its name on the wire. */
export interface EventMap {
  "State.StateChange": StateStateChange;
  "Profile.CallbackPortraitSet": ProfileCallbackPortraitSet;
  "Sns.CallbackPrevFriendAdd": SnsCallbackPrevFriendAdd;
  "Sns.CallbackPrevFriendResponse": SnsCallbackPrevFriendResponse;
  "Sns.CallbackFriendAdd": SnsCallbackFriendAdd;
  "Sns.CallbackFriendDelete": SnsCallbackFriendDelete;
  "Sns.CallbackBlackListAdd": SnsCallbackBlackListAdd;
  "Sns.CallbackBlackListDelete": SnsCallbackBlackListDelete;
  "Follow.CallbackAfterFollowAdd": FollowCallbackAfterFollowAdd;
  "Follow.CallbackAfterFollowDelete": FollowCallbackAfterFollowDelete;
  "C2C.CallbackBeforeSendMsg": C2CCallbackBeforeSendMsg;
  "C2C.CallbackAfterSendMsg": C2CCallbackAfterSendMsg;
  "C2C.CallbackAfterMsgReport": C2CCallbackAfterMsgReport;
  "C2C.CallbackAfterMsgWithDraw": C2CCallbackAfterMsgWithDraw;
  "Group.CallbackBeforeCreateGroup": GroupCallbackBeforeCreateGroup;
  "Group.CallbackAfterCreateGroup": GroupCallbackAfterCreateGroup;
  "Group.CallbackBeforeApplyJoinGroup": GroupCallbackBeforeApplyJoinGroup;
  "Group.CallbackBeforeInviteJoinGroup": GroupCallbackBeforeInviteJoinGroup;
  "Group.CallbackAfterNewMemberJoin": GroupCallbackAfterNewMemberJoin;
  "Group.CallbackAfterMemberExit": GroupCallbackAfterMemberExit;
  "Group.CallbackBeforeSendMsg": GroupCallbackBeforeSendMsg;
  "Group.CallbackAfterSendMsg": GroupCallbackAfterSendMsg;
  "Group.CallbackAfterGroupFull": GroupCallbackAfterGroupFull;
  "Group.CallbackAfterGroupDestroyed": GroupCallbackAfterGroupDestroyed;
  "Group.CallbackAfterGroupInfoChanged": GroupCallbackAfterGroupInfoChanged;
  "Group.CallbackOnMemberStateChange": GroupCallbackOnMemberStateChange;
  "Group.CallbackSendMsgException": GroupCallbackSendMsgException;
  "Group.CallbackBeforeCreateTopic": GroupCallbackBeforeCreateTopic;
  "Group.CallbackAfterCreateTopic": GroupCallbackAfterCreateTopic;
  "Group.CallbackAfterTopicDestroyed": GroupCallbackAfterTopicDestroyed;
  "Group.CallbackAfterTopicInfoChanged": GroupCallbackAfterTopicInfoChanged;
  "Group.CallbackAfterMemberFieldChanged": GroupCallbackAfterMemberFieldChanged;
  "Group.CallbackAfterGroupAttrChanged": GroupCallbackAfterGroupAttrChanged;
  "Group.CallbackAfterReadReceipt": GroupCallbackAfterReadReceipt;
  "Group.CallbackAfterChangeGroupOwner": GroupCallbackAfterChangeGroupOwner;
  "Group.CallbackOnDailyGroupQuotaAlarm": GroupCallbackOnDailyGroupQuotaAlarm;
  "Group.CallbackAfterRecallMsg": GroupCallbackAfterRecallMsg;
  "C2C.CallbackAfterC2CMsgExtension": C2CCallbackAfterC2CMsgExtension;
  "Group.CallbackAfterGroupMsgExtension": GroupCallbackAfterGroupMsgExtension;
  "OfficialAccount.CallbackBeforeCreateOfficialAccount": OfficialAccountCallbackBeforeCreateOfficialAccount;
  "OfficialAccount.CallbackAfterCreateOfficialAccount": OfficialAccountCallbackAfterCreateOfficialAccount;
  "OfficialAccount.CallbackAfterOfficialAccountInfoChanged": OfficialAccountCallbackAfterOfficialAccountInfoChanged;
  "OfficialAccount.CallbackAfterOfficialAccountDestroyed": OfficialAccountCallbackAfterOfficialAccountDestroyed;
  "OfficialAccount.CallbackBeforeAddSubscriber": OfficialAccountCallbackBeforeAddSubscriber;
  "OfficialAccount.CallbackAfterAddSubscriber": OfficialAccountCallbackAfterAddSubscriber;
  "OfficialAccount.CallbackAfterOfficialAccountFull": OfficialAccountCallbackAfterOfficialAccountFull;
  "OfficialAccount.CallbackAfterDeleteSubscriber": OfficialAccountCallbackAfterDeleteSubscriber;
  "OfficialAccount.CallbackBeforeSendMsg": OfficialAccountCallbackBeforeSendMsg;
  "OfficialAccount.CallbackAfterSendMsg": OfficialAccountCallbackAfterSendMsg;
  "OfficialAccount.CallbackAfterMsgWithDraw": OfficialAccountCallbackAfterMsgWithDraw;
  "Bot.OnC2CMessage": BotOnC2CMessage;
  "Bot.OnGroupMessage": BotOnGroupMessage;
  "Chatbot.OnC2CSignalMessage": ChatbotOnC2CSignalMessage;
  "ContentCallback.ResultNotify": ContentCallbackResultNotify;
  "Alert.RequestOverLimit": AlertRequestOverLimit;
  "Push.OfflinePush": PushOfflinePush;
  "Push.AllMemberPush": PushAllMemberPush;
}

/** The reply body each event expects. */
export interface ReplyMap {
  "State.StateChange": StateStateChangeReply;
  "Profile.CallbackPortraitSet": ProfileCallbackPortraitSetReply;
  "Sns.CallbackPrevFriendAdd": SnsCallbackPrevFriendAddReply;
  "Sns.CallbackPrevFriendResponse": SnsCallbackPrevFriendResponseReply;
  "Sns.CallbackFriendAdd": SnsCallbackFriendAddReply;
  "Sns.CallbackFriendDelete": SnsCallbackFriendDeleteReply;
  "Sns.CallbackBlackListAdd": SnsCallbackBlackListAddReply;
  "Sns.CallbackBlackListDelete": SnsCallbackBlackListDeleteReply;
  "Follow.CallbackAfterFollowAdd": FollowCallbackAfterFollowAddReply;
  "Follow.CallbackAfterFollowDelete": FollowCallbackAfterFollowDeleteReply;
  "C2C.CallbackBeforeSendMsg": C2CCallbackBeforeSendMsgReply;
  "C2C.CallbackAfterSendMsg": C2CCallbackAfterSendMsgReply;
  "C2C.CallbackAfterMsgReport": C2CCallbackAfterMsgReportReply;
  "C2C.CallbackAfterMsgWithDraw": C2CCallbackAfterMsgWithDrawReply;
  "Group.CallbackBeforeCreateGroup": GroupCallbackBeforeCreateGroupReply;
  "Group.CallbackAfterCreateGroup": GroupCallbackAfterCreateGroupReply;
  "Group.CallbackBeforeApplyJoinGroup": GroupCallbackBeforeApplyJoinGroupReply;
  "Group.CallbackBeforeInviteJoinGroup": GroupCallbackBeforeInviteJoinGroupReply;
  "Group.CallbackAfterNewMemberJoin": GroupCallbackAfterNewMemberJoinReply;
  "Group.CallbackAfterMemberExit": GroupCallbackAfterMemberExitReply;
  "Group.CallbackBeforeSendMsg": GroupCallbackBeforeSendMsgReply;
  "Group.CallbackAfterSendMsg": GroupCallbackAfterSendMsgReply;
  "Group.CallbackAfterGroupFull": GroupCallbackAfterGroupFullReply;
  "Group.CallbackAfterGroupDestroyed": GroupCallbackAfterGroupDestroyedReply;
  "Group.CallbackAfterGroupInfoChanged": GroupCallbackAfterGroupInfoChangedReply;
  "Group.CallbackOnMemberStateChange": GroupCallbackOnMemberStateChangeReply;
  "Group.CallbackSendMsgException": GroupCallbackSendMsgExceptionReply;
  "Group.CallbackBeforeCreateTopic": GroupCallbackBeforeCreateTopicReply;
  "Group.CallbackAfterCreateTopic": GroupCallbackAfterCreateTopicReply;
  "Group.CallbackAfterTopicDestroyed": GroupCallbackAfterTopicDestroyedReply;
  "Group.CallbackAfterTopicInfoChanged": GroupCallbackAfterTopicInfoChangedReply;
  "Group.CallbackAfterMemberFieldChanged": GroupCallbackAfterMemberFieldChangedReply;
  "Group.CallbackAfterGroupAttrChanged": GroupCallbackAfterGroupAttrChangedReply;
  "Group.CallbackAfterReadReceipt": GroupCallbackAfterReadReceiptReply;
  "Group.CallbackAfterChangeGroupOwner": GroupCallbackAfterChangeGroupOwnerReply;
  "Group.CallbackOnDailyGroupQuotaAlarm": GroupCallbackOnDailyGroupQuotaAlarmReply;
  "Group.CallbackAfterRecallMsg": GroupCallbackAfterRecallMsgReply;
  "C2C.CallbackAfterC2CMsgExtension": C2CCallbackAfterC2CMsgExtensionReply;
  "Group.CallbackAfterGroupMsgExtension": GroupCallbackAfterGroupMsgExtensionReply;
  "OfficialAccount.CallbackBeforeCreateOfficialAccount": OfficialAccountCallbackBeforeCreateOfficialAccountReply;
  "OfficialAccount.CallbackAfterCreateOfficialAccount": OfficialAccountCallbackAfterCreateOfficialAccountReply;
  "OfficialAccount.CallbackAfterOfficialAccountInfoChanged": OfficialAccountCallbackAfterOfficialAccountInfoChangedReply;
  "OfficialAccount.CallbackAfterOfficialAccountDestroyed": OfficialAccountCallbackAfterOfficialAccountDestroyedReply;
  "OfficialAccount.CallbackBeforeAddSubscriber": OfficialAccountCallbackBeforeAddSubscriberReply;
  "OfficialAccount.CallbackAfterAddSubscriber": OfficialAccountCallbackAfterAddSubscriberReply;
  "OfficialAccount.CallbackAfterOfficialAccountFull": OfficialAccountCallbackAfterOfficialAccountFullReply;
  "OfficialAccount.CallbackAfterDeleteSubscriber": OfficialAccountCallbackAfterDeleteSubscriberReply;
  "OfficialAccount.CallbackBeforeSendMsg": OfficialAccountCallbackBeforeSendMsgReply;
  "OfficialAccount.CallbackAfterSendMsg": OfficialAccountCallbackAfterSendMsgReply;
  "OfficialAccount.CallbackAfterMsgWithDraw": OfficialAccountCallbackAfterMsgWithDrawReply;
  "Bot.OnC2CMessage": BotOnC2CMessageReply;
  "Bot.OnGroupMessage": BotOnGroupMessageReply;
  "Chatbot.OnC2CSignalMessage": ChatbotOnC2CSignalMessageReply;
  "ContentCallback.ResultNotify": ContentCallbackResultNotifyReply;
  "Alert.RequestOverLimit": AlertRequestOverLimitReply;
  "Push.OfflinePush": PushOfflinePushReply;
  "Push.AllMemberPush": PushAllMemberPushReply;
}

/** The name of any event of the contract. */
export type EventName = keyof EventMap;
