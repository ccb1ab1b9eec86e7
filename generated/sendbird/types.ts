// generated from spec/sendbird.yaml by chathooks; do not edit

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
         * Receive a Sendbird Chat webhooks webhook
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
    "open_channel:create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An open channel was created. */
        post: operations["openChannelCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An open channel was removed. */
        post: operations["openChannelRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:enter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user entered an open channel. */
        post: operations["openChannelEnter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user exited an open channel. */
        post: operations["openChannelExit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:message_send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message was sent in an open channel. */
        post: operations["openChannelMessageSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:message_update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message in an open channel was updated. */
        post: operations["openChannelMessageUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:message_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message in an open channel was deleted. */
        post: operations["openChannelMessageDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group channel was created. Members invited at creation get `group_channel:join`, not `group_channel:invite`. */
        post: operations["groupChannelCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The channel's name, cover_url, custom_type, channel_type, data or access_code changed. */
        post: operations["groupChannelChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group channel was removed. */
        post: operations["groupChannelRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user invited others to a group channel. */
        post: operations["groupChannelInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:decline_invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An invited user declined the invitation to a group channel. */
        post: operations["groupChannelDeclineInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users joined a group channel (also sent for members added when the channel is created). */
        post: operations["groupChannelJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user left a group channel. */
        post: operations["groupChannelLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:message_send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message was sent in a group channel. */
        post: operations["groupChannelMessageSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:message_read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user has no more unread messages in a group channel. */
        post: operations["groupChannelMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:message_update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message in a group channel was updated. */
        post: operations["groupChannelMessageUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:message_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message in a group channel was deleted. */
        post: operations["groupChannelMessageDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:freeze_unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A group channel was frozen or unfrozen. */
        post: operations["groupChannelFreezeUnfreeze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:reaction_add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user added a reaction to a message in a group channel. */
        post: operations["groupChannelReactionAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:reaction_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user removed a reaction from a message in a group channel. */
        post: operations["groupChannelReactionDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user blocked another user. */
        post: operations["userBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user unblocked another user. */
        post: operations["userUnblock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "operators:register_by_operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An operator registered other users as operators of a channel from a client app. */
        post: operations["operatorsRegisterByOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "operators:unregister_by_operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An operator removed other users from the operators of a channel from a client app. */
        post: operations["operatorsUnregisterByOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message:report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user reported a message. */
        post: operations["messageReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user reported another user. */
        post: operations["userReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "open_channel:report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user reported an open channel. */
        post: operations["openChannelReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group_channel:report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user reported a group channel. */
        post: operations["groupChannelReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "alert:user_message_rate_limit_exceeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user sent messages faster than the application's rate limit allows. */
        post: operations["alertUserMessageRateLimitExceeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profanity_filter:replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Words of a message matched the profanity filter and were masked. */
        post: operations["profanityFilterReplace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profanity_filter:block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message matched the profanity filter and was blocked. */
        post: operations["profanityFilterBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profanity_filter:moderate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A sender who kept using profanity was muted, kicked or banned. */
        post: operations["profanityFilterModerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "image_moderation:block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An explicit image was detected and its message blocked. */
        post: operations["imageModerationBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "announcement:create_channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Channels were created to deliver an announcement. */
        post: operations["announcementCreateChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "announcement:send_messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An announcement's messages were sent. */
        post: operations["announcementSendMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:push_preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user changed their push notification preferences. */
        post: operations["userPushPreference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:push_channel_preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user changed their push notification preference for one channel. */
        post: operations["userPushChannelPreference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:device_token_register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A push device token was registered for a user. */
        post: operations["userDeviceTokenRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:device_token_unregister": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A push device token was unregistered for a user. */
        post: operations["userDeviceTokenUnregister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:mute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user was muted (Advanced Moderation). */
        post: operations["userMute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:ban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user was banned (Advanced Moderation). */
        post: operations["userBan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user:deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user was deactivated (Advanced Moderation). */
        post: operations["userDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profanity_filter:detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message matched the profanity filter (detection only). */
        post: operations["profanityFilterDetect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message:moderation_extension_triggered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message triggered an Advanced Moderation extension. */
        post: operations["messageModerationExtensionTriggered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Sendbird reads only the status code (200 OK); any body is accepted and ignored. */
        Ack: unknown;
        AlertUserMessageRateLimitExceeded: {
            /** @constant */
            category: "alert:user_message_rate_limit_exceeded";
            user: components["schemas"]["User"];
            app_id: components["schemas"]["AppId"];
        };
        AnnouncementCreateChannels: {
            /** @constant */
            category: "announcement:create_channels";
            app_id?: components["schemas"]["AppId"];
        };
        AnnouncementSendMessages: {
            /** @constant */
            category: "announcement:send_messages";
            app_id?: components["schemas"]["AppId"];
        };
        /**
         * @description The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).
         * @example 9BDF228D-8E32-43DE-88B7-969BA4CF4C40
         */
        AppId: string;
        /** @description The channel an event happened in. `cover_url` appears in some events (operators). */
        Channel: {
            name?: string;
            /** @example sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86 */
            channel_url: string;
            custom_type?: string;
            data?: string;
            is_distinct?: boolean;
            is_public?: boolean;
            /** @description A Supergroup channel (its events never carry `members`). */
            is_super?: boolean;
            is_ephemeral?: boolean;
            is_discoverable?: boolean;
            cover_url?: string;
        };
        /** @description One change of a `group_channel:changed` event (the old and the new value). */
        ChannelChange: {
            /** @description The changed field: name, cover_url, custom_type, channel_type, data or access_code. */
            key?: string;
            /** @description The value before. */
            old?: unknown;
            /** @description The value after. */
            new?: unknown;
        };
        GroupChannelChanged: {
            /** @constant */
            category: "group_channel:changed";
            /** @description The old and new values; a list of changes in the inferred shape, an object accepted too (not retrieved). */
            changes?: components["schemas"]["ChannelChange"][] | Record<string, unknown>;
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelCreate: {
            /** @constant */
            category: "group_channel:create";
            created_at: components["schemas"]["TimestampMs"];
            members?: components["schemas"]["Members"];
            inviter?: components["schemas"]["User"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        GroupChannelDeclineInvite: {
            /** @constant */
            category: "group_channel:decline_invite";
            /** @description The users who declined. */
            users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelFreezeUnfreeze: {
            /** @constant */
            category: "group_channel:freeze_unfreeze";
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelInvite: {
            /** @constant */
            category: "group_channel:invite";
            inviter?: components["schemas"]["User"];
            invitees?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelJoin: {
            /** @constant */
            category: "group_channel:join";
            /** @description The users who joined. */
            users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelLeave: {
            /** @constant */
            category: "group_channel:leave";
            /** @description The users who left. */
            users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelMessageDelete: {
            /** @constant */
            category: "group_channel:message_delete";
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel">;
        GroupChannelMessageRead: {
            /** @constant */
            category: "group_channel:message_read";
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            /** @description The users who now have no unread message in the channel. */
            read_updates: components["schemas"]["ReadUpdate"][];
            app_id: components["schemas"]["AppId"];
        };
        GroupChannelMessageSend: {
            /** @constant */
            category: "group_channel:message_send";
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel" | "app_id">;
        GroupChannelMessageUpdate: {
            /** @constant */
            category: "group_channel:message_update";
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel">;
        GroupChannelReactionAdd: {
            /** @constant */
            category: "group_channel:reaction_add";
            user?: components["schemas"]["User"];
            payload?: components["schemas"]["MessagePayload"];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelReactionDelete: {
            /** @constant */
            category: "group_channel:reaction_delete";
            user?: components["schemas"]["User"];
            payload?: components["schemas"]["MessagePayload"];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelRemove: {
            /** @constant */
            category: "group_channel:remove";
            removed_at?: components["schemas"]["TimestampMs"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        GroupChannelReport: {
            /** @constant */
            category: "group_channel:report";
            /** @description When the report was made. Seconds in `message:report`; the unit here was not retrieved, so seconds and milliseconds are both accepted. */
            created_at?: number;
            /**
             * @description Inferred `group_channel`.
             * @example group_channel
             */
            report_type: string;
            report_category?: components["schemas"]["ReportCategory"];
            reporting_user?: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        /** @description Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one. */
        Headers: {
            /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
            "x-sendbird-signature"?: string;
            /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
            "x-signature"?: string;
            /**
             * @description Sendbird's user agent.
             * @example SendBird
             */
            "user-agent"?: string;
            /**
             * @description Always JSON.
             * @example application/json
             */
            "content-type"?: string;
            /**
             * @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`.
             * @example true
             */
            "unicode-escaped"?: string;
        };
        ImageModerationBlock: {
            /** @constant */
            category: "image_moderation:block";
            blocked_at: components["schemas"]["TimestampMs"];
            sender: components["schemas"]["User"];
            channel: components["schemas"]["ModerationChannel"];
            /** @description The text of the message whose image was blocked. */
            message_text?: string;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A channel member as listed in `members` (only with "Include member information"; never for Supergroups). */
        Member: {
            is_active?: boolean;
            is_online?: boolean;
            /** @description Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean. */
            is_hidden?: number;
            /**
             * @description The member state; `joined` or `invited` in the docs.
             * @example joined
             * @example invited
             */
            state?: "joined" | "invited" | (string & {});
            /** @description In message events. */
            is_blocking_sender?: boolean;
            /** @description In message events. */
            is_blocked_by_sender?: boolean;
            unread_message_count?: number;
            total_unread_message_count?: number;
            channel_unread_message_count?: number;
            channel_mention_count?: number;
            push_enabled?: boolean;
            /**
             * @description The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.
             * @example default
             * @example true
             */
            push_trigger_option?: string | boolean;
            do_not_disturb?: boolean;
        } & components["schemas"]["User"];
        /** @description Present only when "Include member information" (`include_members`) is on, and never for Supergroups. */
        Members: components["schemas"]["Member"][];
        /**
         * @description `users` (the `mentioned_users`) or `channel` (everyone in the channel).
         * @enum {string}
         */
        MentionType: "users" | "channel";
        /** @description The fields every message event carries (message send, update and delete; profanity filter). */
        MessageEvent: {
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload?: components["schemas"]["MessagePayload"];
            channel?: components["schemas"]["Channel"];
            sdk?: components["schemas"]["Sdk"];
            message_events?: components["schemas"]["MessageEvents"];
            app_id?: components["schemas"]["AppId"];
        };
        /** @description What Sendbird did with the message (seen in real payloads; third-party typing). */
        MessageEvents: {
            send_push_notification?: string;
            update_unread_count?: boolean;
            update_mention_count?: boolean;
            update_last_message?: boolean;
        };
        MessageModerationExtensionTriggered: {
            /** @constant */
            category: "message:moderation_extension_triggered";
            channel?: components["schemas"]["ModerationChannel"];
        } & components["schemas"]["MessageEvent"];
        /**
         * @description The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields
         *     instead, whose names the reference did not retrieve (accepted as extra properties).
         */
        MessagePayload: {
            /** @example 238303376 */
            message_id: number;
            custom_type?: string;
            message?: string;
            data?: string;
            /** @description Auto-translations, language code to text. */
            translations?: {
                [key: string]: string;
            };
            created_at?: components["schemas"]["TimestampMs"];
        };
        MessageReport: {
            /** @constant */
            category: "message:report";
            /**
             * @description When the report was made, in Unix SECONDS (e.g. 1568791754) — unlike every other Sendbird timestamp, which is in milliseconds. Values of 12 digits or more are milliseconds and rejected.
             * @example 1568791754
             */
            created_at?: number;
            /** @constant */
            report_type: "message";
            report_category: components["schemas"]["ReportCategory"];
            reporting_user?: components["schemas"]["User"];
            offending_user?: components["schemas"]["User"];
            reported_message: components["schemas"]["ReportedMessage"];
            app_id?: components["schemas"]["AppId"];
        };
        /**
         * @description `MESG` a user text message, `FILE` a file message, `ADMM` an admin message.
         * @enum {string}
         */
        MessageType: "MESG" | "FILE" | "ADMM";
        /** @description A user's metadata, string keys to string values. */
        Metadata: {
            [key: string]: string;
        };
        /** @description The reduced channel that moderation events (profanity filter, image moderation) send. */
        ModerationChannel: {
            name?: string;
            channel_url: string;
            custom_type?: string;
            data?: string;
        };
        OpenChannelCreate: {
            /** @constant */
            category: "open_channel:create";
            created_at: components["schemas"]["TimestampMs"];
            operators?: components["schemas"]["User"][];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        OpenChannelEnter: {
            /** @constant */
            category: "open_channel:enter";
            user?: components["schemas"]["User"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        OpenChannelExit: {
            /** @constant */
            category: "open_channel:exit";
            user?: components["schemas"]["User"];
            channel: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        OpenChannelMessageDelete: {
            /** @constant */
            category: "open_channel:message_delete";
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel">;
        OpenChannelMessageSend: {
            /** @constant */
            category: "open_channel:message_send";
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel">;
        OpenChannelMessageUpdate: {
            /** @constant */
            category: "open_channel:message_update";
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel">;
        OpenChannelRemove: {
            /** @constant */
            category: "open_channel:remove";
            removed_at: components["schemas"]["TimestampMs"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        OpenChannelReport: {
            /** @constant */
            category: "open_channel:report";
            /** @description When the report was made. Seconds in `message:report`; the unit here was not retrieved, so seconds and milliseconds are both accepted. */
            created_at?: number;
            /**
             * @description Inferred `open_channel`.
             * @example open_channel
             */
            report_type: string;
            report_category?: components["schemas"]["ReportCategory"];
            reporting_user?: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        OperatorsRegisterByOperator: {
            /** @constant */
            category: "operators:register_by_operator";
            requested_at: components["schemas"]["TimestampMs"];
            requester: components["schemas"]["User"];
            /** @enum {string} */
            channel_type: "group_channel" | "open_channel";
            channel: components["schemas"]["Channel"];
            /** @description The users registered as operators. */
            operators: components["schemas"]["User"][];
            app_id: components["schemas"]["AppId"];
        };
        OperatorsUnregisterByOperator: {
            /** @constant */
            category: "operators:unregister_by_operator";
            requested_at: components["schemas"]["TimestampMs"];
            requester: components["schemas"]["User"];
            /** @enum {string} */
            channel_type: "group_channel" | "open_channel";
            channel: components["schemas"]["Channel"];
            /** @description The users no longer operators. */
            operators: components["schemas"]["User"][];
            app_id: components["schemas"]["AppId"];
        };
        ProfanityFilterBlock: {
            /** @constant */
            category: "profanity_filter:block";
            channel: components["schemas"]["ModerationChannel"];
        } & WithRequired<components["schemas"]["MessageEvent"], "channel">;
        ProfanityFilterDetect: {
            /** @constant */
            category: "profanity_filter:detect";
            channel?: components["schemas"]["ModerationChannel"];
        } & components["schemas"]["MessageEvent"];
        ProfanityFilterModerate: {
            /** @constant */
            category: "profanity_filter:moderate";
            moderated_at: components["schemas"]["TimestampMs"];
            /**
             * @description What was applied to the sender.
             * @enum {string}
             */
            moderation_action: "mute" | "kick" | "ban";
            sender: components["schemas"]["User"];
            channel?: components["schemas"]["ModerationChannel"];
            app_id?: components["schemas"]["AppId"];
        };
        ProfanityFilterReplace: {
            /** @constant */
            category: "profanity_filter:replace";
            /** @description The ORIGINAL text before masking (the masked message is in `payload.message`). */
            replaced_text: string;
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["ModerationChannel"];
            app_id: components["schemas"]["AppId"];
        } & WithRequired<components["schemas"]["MessageEvent"], "payload" | "channel" | "app_id">;
        ReadUpdate: {
            user_id: components["schemas"]["UserId"];
            read_ts?: components["schemas"]["TimestampMs"];
            channel_unread_message_count?: number;
            total_unread_message_count?: number;
        };
        /**
         * @description Why the user reported; `suspicious` in the docs, other values (`spam`, `harassing`, `inappropriate`) inferred. An open set.
         * @example suspicious
         * @example spam
         * @example harassing
         * @example inappropriate
         */
        ReportCategory: string;
        /** @description The message a `message:report` is about. */
        ReportedMessage: {
            sender?: components["schemas"]["User"];
            type?: components["schemas"]["MessageType"];
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            payload: components["schemas"]["MessagePayload"];
            channel?: components["schemas"]["Channel"];
        };
        /**
         * @description Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.
         * @example API
         * @example iOS
         * @example Android
         * @example JavaScript
         * @example .NET
         */
        Sdk: "iOS" | "Android" | "JavaScript" | ".NET" | "API" | (string & {});
        /**
         * @description Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).
         * @example 1540798555343
         */
        TimestampMs: number;
        /** @description A user (sender, inviter, blocker, reporting user, …). */
        User: {
            user_id: components["schemas"]["UserId"];
            nickname?: string;
            /** @description URL of the profile image; often empty. */
            profile_url?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        UserBan: {
            /** @constant */
            category: "user:ban";
            user?: components["schemas"]["User"];
            channel?: components["schemas"]["ModerationChannel"];
            app_id?: components["schemas"]["AppId"];
        };
        UserBlock: {
            /** @constant */
            category: "user:block";
            blocker: components["schemas"]["User"];
            blockee: components["schemas"]["User"];
            app_id: components["schemas"]["AppId"];
        };
        UserDeactivate: {
            /** @constant */
            category: "user:deactivate";
            user?: components["schemas"]["User"];
            app_id?: components["schemas"]["AppId"];
        };
        UserDeviceTokenRegister: {
            /** @constant */
            category: "user:device_token_register";
            user_id?: components["schemas"]["UserId"];
            app_id?: components["schemas"]["AppId"];
        };
        UserDeviceTokenUnregister: {
            /** @constant */
            category: "user:device_token_unregister";
            user_id?: components["schemas"]["UserId"];
            app_id?: components["schemas"]["AppId"];
        };
        /**
         * @description A Sendbird user id, chosen by your application.
         * @example Jeff
         */
        UserId: string;
        UserMute: {
            /** @constant */
            category: "user:mute";
            user?: components["schemas"]["User"];
            channel?: components["schemas"]["ModerationChannel"];
            app_id?: components["schemas"]["AppId"];
        };
        UserPushChannelPreference: {
            /** @constant */
            category: "user:push_channel_preference";
            user_id?: components["schemas"]["UserId"];
            channel?: components["schemas"]["Channel"];
            app_id?: components["schemas"]["AppId"];
        };
        UserPushPreference: {
            /** @constant */
            category: "user:push_preference";
            user_id: components["schemas"]["UserId"];
            app_id?: components["schemas"]["AppId"];
        };
        UserReport: {
            /** @constant */
            category: "user:report";
            /** @description When the report was made. Seconds in `message:report`; the unit here was not retrieved, so seconds and milliseconds are both accepted. */
            created_at?: number;
            /**
             * @description Inferred `user`.
             * @example user
             */
            report_type: string;
            report_category?: components["schemas"]["ReportCategory"];
            reporting_user?: components["schemas"]["User"];
            offending_user?: components["schemas"]["User"];
            app_id?: components["schemas"]["AppId"];
        };
        UserUnblock: {
            /** @constant */
            category: "user:unblock";
            unblocker: components["schemas"]["User"];
            unblockee: components["schemas"]["User"];
            app_id: components["schemas"]["AppId"];
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
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelCreate"] | components["schemas"]["OpenChannelRemove"] | components["schemas"]["OpenChannelEnter"] | components["schemas"]["OpenChannelExit"] | components["schemas"]["OpenChannelMessageSend"] | components["schemas"]["OpenChannelMessageUpdate"] | components["schemas"]["OpenChannelMessageDelete"] | components["schemas"]["GroupChannelCreate"] | components["schemas"]["GroupChannelChanged"] | components["schemas"]["GroupChannelRemove"] | components["schemas"]["GroupChannelInvite"] | components["schemas"]["GroupChannelDeclineInvite"] | components["schemas"]["GroupChannelJoin"] | components["schemas"]["GroupChannelLeave"] | components["schemas"]["GroupChannelMessageSend"] | components["schemas"]["GroupChannelMessageRead"] | components["schemas"]["GroupChannelMessageUpdate"] | components["schemas"]["GroupChannelMessageDelete"] | components["schemas"]["GroupChannelFreezeUnfreeze"] | components["schemas"]["GroupChannelReactionAdd"] | components["schemas"]["GroupChannelReactionDelete"] | components["schemas"]["UserBlock"] | components["schemas"]["UserUnblock"] | components["schemas"]["OperatorsRegisterByOperator"] | components["schemas"]["OperatorsUnregisterByOperator"] | components["schemas"]["MessageReport"] | components["schemas"]["UserReport"] | components["schemas"]["OpenChannelReport"] | components["schemas"]["GroupChannelReport"] | components["schemas"]["AlertUserMessageRateLimitExceeded"] | components["schemas"]["ProfanityFilterReplace"] | components["schemas"]["ProfanityFilterBlock"] | components["schemas"]["ProfanityFilterModerate"] | components["schemas"]["ImageModerationBlock"] | components["schemas"]["AnnouncementCreateChannels"] | components["schemas"]["AnnouncementSendMessages"] | components["schemas"]["UserPushPreference"] | components["schemas"]["UserPushChannelPreference"] | components["schemas"]["UserDeviceTokenRegister"] | components["schemas"]["UserDeviceTokenUnregister"] | components["schemas"]["UserMute"] | components["schemas"]["UserBan"] | components["schemas"]["UserDeactivate"] | components["schemas"]["ProfanityFilterDetect"] | components["schemas"]["MessageModerationExtensionTriggered"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
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
    openChannelCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelCreate"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelRemove"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelEnter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelEnter"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelExit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelExit"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelMessageSend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelMessageSend"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelMessageUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelMessageUpdate"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelMessageDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelMessageDelete"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelCreate"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelChanged: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelChanged"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelRemove"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelInvite"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelDeclineInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelDeclineInvite"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelJoin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelJoin"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelLeave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelLeave"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelMessageSend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelMessageSend"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelMessageRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelMessageRead"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelMessageUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelMessageUpdate"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelMessageDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelMessageDelete"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelFreezeUnfreeze: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelFreezeUnfreeze"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelReactionAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelReactionAdd"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelReactionDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelReactionDelete"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserBlock"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userUnblock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUnblock"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    operatorsRegisterByOperator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorsRegisterByOperator"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    operatorsUnregisterByOperator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorsUnregisterByOperator"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    messageReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageReport"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserReport"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    openChannelReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenChannelReport"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    groupChannelReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupChannelReport"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    alertUserMessageRateLimitExceeded: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertUserMessageRateLimitExceeded"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    profanityFilterReplace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfanityFilterReplace"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    profanityFilterBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfanityFilterBlock"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    profanityFilterModerate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfanityFilterModerate"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    imageModerationBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageModerationBlock"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    announcementCreateChannels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementCreateChannels"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    announcementSendMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementSendMessages"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userPushPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPushPreference"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userPushChannelPreference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPushChannelPreference"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userDeviceTokenRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeviceTokenRegister"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userDeviceTokenUnregister: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeviceTokenUnregister"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userMute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserMute"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userBan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserBan"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    userDeactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserDeactivate"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    profanityFilterDetect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfanityFilterDetect"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
    messageModerationExtensionTriggered: {
        parameters: {
            query?: never;
            header?: {
                /** @description Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token. */
                "x-sendbird-signature"?: string;
                /** @description Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial. */
                "x-signature"?: string;
                /** @description Sendbird's user agent. */
                "user-agent"?: string;
                /** @description Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\uXXXX`. */
                "unicode-escaped"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageModerationExtensionTriggered"];
            };
        };
        responses: {
            /** @description The answer Sendbird Chat webhooks expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ack"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};

// ---- readable names (chathooks) ----

/** `open_channel:create` (after-event): An open channel was created. */
export type OpenChannelCreate = components["schemas"]["OpenChannelCreate"];
/** `open_channel:remove` (after-event): An open channel was removed. */
export type OpenChannelRemove = components["schemas"]["OpenChannelRemove"];
/** `open_channel:enter` (after-event): A user entered an open channel. */
export type OpenChannelEnter = components["schemas"]["OpenChannelEnter"];
/** `open_channel:exit` (after-event): A user exited an open channel. */
export type OpenChannelExit = components["schemas"]["OpenChannelExit"];
/** `open_channel:message_send` (after-event): A message was sent in an open channel. */
export type OpenChannelMessageSend = components["schemas"]["OpenChannelMessageSend"];
/** `open_channel:message_update` (after-event): A message in an open channel was updated. */
export type OpenChannelMessageUpdate = components["schemas"]["OpenChannelMessageUpdate"];
/** `open_channel:message_delete` (after-event): A message in an open channel was deleted. */
export type OpenChannelMessageDelete = components["schemas"]["OpenChannelMessageDelete"];
/** `group_channel:create` (after-event): A group channel was created. Members invited at creation get `group_channel:join`, not `group_channel:invite`. */
export type GroupChannelCreate = components["schemas"]["GroupChannelCreate"];
/** `group_channel:changed` (after-event): The channel's name, cover_url, custom_type, channel_type, data or access_code changed. */
export type GroupChannelChanged = components["schemas"]["GroupChannelChanged"];
/** `group_channel:remove` (after-event): A group channel was removed. */
export type GroupChannelRemove = components["schemas"]["GroupChannelRemove"];
/** `group_channel:invite` (after-event): A user invited others to a group channel. */
export type GroupChannelInvite = components["schemas"]["GroupChannelInvite"];
/** `group_channel:decline_invite` (after-event): An invited user declined the invitation to a group channel. */
export type GroupChannelDeclineInvite = components["schemas"]["GroupChannelDeclineInvite"];
/** `group_channel:join` (after-event): Users joined a group channel (also sent for members added when the channel is created). */
export type GroupChannelJoin = components["schemas"]["GroupChannelJoin"];
/** `group_channel:leave` (after-event): A user left a group channel. */
export type GroupChannelLeave = components["schemas"]["GroupChannelLeave"];
/** `group_channel:message_send` (after-event): A message was sent in a group channel. */
export type GroupChannelMessageSend = components["schemas"]["GroupChannelMessageSend"];
/** `group_channel:message_read` (after-event): A user has no more unread messages in a group channel. */
export type GroupChannelMessageRead = components["schemas"]["GroupChannelMessageRead"];
/** `group_channel:message_update` (after-event): A message in a group channel was updated. */
export type GroupChannelMessageUpdate = components["schemas"]["GroupChannelMessageUpdate"];
/** `group_channel:message_delete` (after-event): A message in a group channel was deleted. */
export type GroupChannelMessageDelete = components["schemas"]["GroupChannelMessageDelete"];
/** `group_channel:freeze_unfreeze` (after-event): A group channel was frozen or unfrozen. */
export type GroupChannelFreezeUnfreeze = components["schemas"]["GroupChannelFreezeUnfreeze"];
/** `group_channel:reaction_add` (after-event): A user added a reaction to a message in a group channel. */
export type GroupChannelReactionAdd = components["schemas"]["GroupChannelReactionAdd"];
/** `group_channel:reaction_delete` (after-event): A user removed a reaction from a message in a group channel. */
export type GroupChannelReactionDelete = components["schemas"]["GroupChannelReactionDelete"];
/** `user:block` (after-event): A user blocked another user. */
export type UserBlock = components["schemas"]["UserBlock"];
/** `user:unblock` (after-event): A user unblocked another user. */
export type UserUnblock = components["schemas"]["UserUnblock"];
/** `operators:register_by_operator` (after-event): An operator registered other users as operators of a channel from a client app. */
export type OperatorsRegisterByOperator = components["schemas"]["OperatorsRegisterByOperator"];
/** `operators:unregister_by_operator` (after-event): An operator removed other users from the operators of a channel from a client app. */
export type OperatorsUnregisterByOperator = components["schemas"]["OperatorsUnregisterByOperator"];
/** `message:report` (notify-event): A user reported a message. */
export type MessageReport = components["schemas"]["MessageReport"];
/** `user:report` (notify-event): A user reported another user. */
export type UserReport = components["schemas"]["UserReport"];
/** `open_channel:report` (notify-event): A user reported an open channel. */
export type OpenChannelReport = components["schemas"]["OpenChannelReport"];
/** `group_channel:report` (notify-event): A user reported a group channel. */
export type GroupChannelReport = components["schemas"]["GroupChannelReport"];
/** `alert:user_message_rate_limit_exceeded` (notify-event): A user sent messages faster than the application's rate limit allows. */
export type AlertUserMessageRateLimitExceeded = components["schemas"]["AlertUserMessageRateLimitExceeded"];
/** `profanity_filter:replace` (after-event): Words of a message matched the profanity filter and were masked. */
export type ProfanityFilterReplace = components["schemas"]["ProfanityFilterReplace"];
/** `profanity_filter:block` (after-event): A message matched the profanity filter and was blocked. */
export type ProfanityFilterBlock = components["schemas"]["ProfanityFilterBlock"];
/** `profanity_filter:moderate` (after-event): A sender who kept using profanity was muted, kicked or banned. */
export type ProfanityFilterModerate = components["schemas"]["ProfanityFilterModerate"];
/** `image_moderation:block` (after-event): An explicit image was detected and its message blocked. */
export type ImageModerationBlock = components["schemas"]["ImageModerationBlock"];
/** `announcement:create_channels` (after-event): Channels were created to deliver an announcement. */
export type AnnouncementCreateChannels = components["schemas"]["AnnouncementCreateChannels"];
/** `announcement:send_messages` (after-event): An announcement's messages were sent. */
export type AnnouncementSendMessages = components["schemas"]["AnnouncementSendMessages"];
/** `user:push_preference` (after-event): A user changed their push notification preferences. */
export type UserPushPreference = components["schemas"]["UserPushPreference"];
/** `user:push_channel_preference` (after-event): A user changed their push notification preference for one channel. */
export type UserPushChannelPreference = components["schemas"]["UserPushChannelPreference"];
/** `user:device_token_register` (after-event): A push device token was registered for a user. */
export type UserDeviceTokenRegister = components["schemas"]["UserDeviceTokenRegister"];
/** `user:device_token_unregister` (after-event): A push device token was unregistered for a user. */
export type UserDeviceTokenUnregister = components["schemas"]["UserDeviceTokenUnregister"];
/** `user:mute` (after-event): A user was muted (Advanced Moderation). */
export type UserMute = components["schemas"]["UserMute"];
/** `user:ban` (after-event): A user was banned (Advanced Moderation). */
export type UserBan = components["schemas"]["UserBan"];
/** `user:deactivate` (after-event): A user was deactivated (Advanced Moderation). */
export type UserDeactivate = components["schemas"]["UserDeactivate"];
/** `profanity_filter:detect` (after-event): A message matched the profanity filter (detection only). */
export type ProfanityFilterDetect = components["schemas"]["ProfanityFilterDetect"];
/** `message:moderation_extension_triggered` (after-event): A message triggered an Advanced Moderation extension. */
export type MessageModerationExtensionTriggered = components["schemas"]["MessageModerationExtensionTriggered"];

/** What the receiver answers to `open_channel:create`. */
export type OpenChannelCreateReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:remove`. */
export type OpenChannelRemoveReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:enter`. */
export type OpenChannelEnterReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:exit`. */
export type OpenChannelExitReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:message_send`. */
export type OpenChannelMessageSendReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:message_update`. */
export type OpenChannelMessageUpdateReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:message_delete`. */
export type OpenChannelMessageDeleteReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:create`. */
export type GroupChannelCreateReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:changed`. */
export type GroupChannelChangedReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:remove`. */
export type GroupChannelRemoveReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:invite`. */
export type GroupChannelInviteReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:decline_invite`. */
export type GroupChannelDeclineInviteReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:join`. */
export type GroupChannelJoinReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:leave`. */
export type GroupChannelLeaveReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:message_send`. */
export type GroupChannelMessageSendReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:message_read`. */
export type GroupChannelMessageReadReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:message_update`. */
export type GroupChannelMessageUpdateReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:message_delete`. */
export type GroupChannelMessageDeleteReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:freeze_unfreeze`. */
export type GroupChannelFreezeUnfreezeReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:reaction_add`. */
export type GroupChannelReactionAddReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:reaction_delete`. */
export type GroupChannelReactionDeleteReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:block`. */
export type UserBlockReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:unblock`. */
export type UserUnblockReply = components["schemas"]["Ack"];
/** What the receiver answers to `operators:register_by_operator`. */
export type OperatorsRegisterByOperatorReply = components["schemas"]["Ack"];
/** What the receiver answers to `operators:unregister_by_operator`. */
export type OperatorsUnregisterByOperatorReply = components["schemas"]["Ack"];
/** What the receiver answers to `message:report`. */
export type MessageReportReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:report`. */
export type UserReportReply = components["schemas"]["Ack"];
/** What the receiver answers to `open_channel:report`. */
export type OpenChannelReportReply = components["schemas"]["Ack"];
/** What the receiver answers to `group_channel:report`. */
export type GroupChannelReportReply = components["schemas"]["Ack"];
/** What the receiver answers to `alert:user_message_rate_limit_exceeded`. */
export type AlertUserMessageRateLimitExceededReply = components["schemas"]["Ack"];
/** What the receiver answers to `profanity_filter:replace`. */
export type ProfanityFilterReplaceReply = components["schemas"]["Ack"];
/** What the receiver answers to `profanity_filter:block`. */
export type ProfanityFilterBlockReply = components["schemas"]["Ack"];
/** What the receiver answers to `profanity_filter:moderate`. */
export type ProfanityFilterModerateReply = components["schemas"]["Ack"];
/** What the receiver answers to `image_moderation:block`. */
export type ImageModerationBlockReply = components["schemas"]["Ack"];
/** What the receiver answers to `announcement:create_channels`. */
export type AnnouncementCreateChannelsReply = components["schemas"]["Ack"];
/** What the receiver answers to `announcement:send_messages`. */
export type AnnouncementSendMessagesReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:push_preference`. */
export type UserPushPreferenceReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:push_channel_preference`. */
export type UserPushChannelPreferenceReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:device_token_register`. */
export type UserDeviceTokenRegisterReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:device_token_unregister`. */
export type UserDeviceTokenUnregisterReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:mute`. */
export type UserMuteReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:ban`. */
export type UserBanReply = components["schemas"]["Ack"];
/** What the receiver answers to `user:deactivate`. */
export type UserDeactivateReply = components["schemas"]["Ack"];
/** What the receiver answers to `profanity_filter:detect`. */
export type ProfanityFilterDetectReply = components["schemas"]["Ack"];
/** What the receiver answers to `message:moderation_extension_triggered`. */
export type MessageModerationExtensionTriggeredReply = components["schemas"]["Ack"];

/** Every event of the contract, by its name on the wire. */
export interface EventMap {
  "open_channel:create": OpenChannelCreate;
  "open_channel:remove": OpenChannelRemove;
  "open_channel:enter": OpenChannelEnter;
  "open_channel:exit": OpenChannelExit;
  "open_channel:message_send": OpenChannelMessageSend;
  "open_channel:message_update": OpenChannelMessageUpdate;
  "open_channel:message_delete": OpenChannelMessageDelete;
  "group_channel:create": GroupChannelCreate;
  "group_channel:changed": GroupChannelChanged;
  "group_channel:remove": GroupChannelRemove;
  "group_channel:invite": GroupChannelInvite;
  "group_channel:decline_invite": GroupChannelDeclineInvite;
  "group_channel:join": GroupChannelJoin;
  "group_channel:leave": GroupChannelLeave;
  "group_channel:message_send": GroupChannelMessageSend;
  "group_channel:message_read": GroupChannelMessageRead;
  "group_channel:message_update": GroupChannelMessageUpdate;
  "group_channel:message_delete": GroupChannelMessageDelete;
  "group_channel:freeze_unfreeze": GroupChannelFreezeUnfreeze;
  "group_channel:reaction_add": GroupChannelReactionAdd;
  "group_channel:reaction_delete": GroupChannelReactionDelete;
  "user:block": UserBlock;
  "user:unblock": UserUnblock;
  "operators:register_by_operator": OperatorsRegisterByOperator;
  "operators:unregister_by_operator": OperatorsUnregisterByOperator;
  "message:report": MessageReport;
  "user:report": UserReport;
  "open_channel:report": OpenChannelReport;
  "group_channel:report": GroupChannelReport;
  "alert:user_message_rate_limit_exceeded": AlertUserMessageRateLimitExceeded;
  "profanity_filter:replace": ProfanityFilterReplace;
  "profanity_filter:block": ProfanityFilterBlock;
  "profanity_filter:moderate": ProfanityFilterModerate;
  "image_moderation:block": ImageModerationBlock;
  "announcement:create_channels": AnnouncementCreateChannels;
  "announcement:send_messages": AnnouncementSendMessages;
  "user:push_preference": UserPushPreference;
  "user:push_channel_preference": UserPushChannelPreference;
  "user:device_token_register": UserDeviceTokenRegister;
  "user:device_token_unregister": UserDeviceTokenUnregister;
  "user:mute": UserMute;
  "user:ban": UserBan;
  "user:deactivate": UserDeactivate;
  "profanity_filter:detect": ProfanityFilterDetect;
  "message:moderation_extension_triggered": MessageModerationExtensionTriggered;
}

/** The reply body each event expects. */
export interface ReplyMap {
  "open_channel:create": OpenChannelCreateReply;
  "open_channel:remove": OpenChannelRemoveReply;
  "open_channel:enter": OpenChannelEnterReply;
  "open_channel:exit": OpenChannelExitReply;
  "open_channel:message_send": OpenChannelMessageSendReply;
  "open_channel:message_update": OpenChannelMessageUpdateReply;
  "open_channel:message_delete": OpenChannelMessageDeleteReply;
  "group_channel:create": GroupChannelCreateReply;
  "group_channel:changed": GroupChannelChangedReply;
  "group_channel:remove": GroupChannelRemoveReply;
  "group_channel:invite": GroupChannelInviteReply;
  "group_channel:decline_invite": GroupChannelDeclineInviteReply;
  "group_channel:join": GroupChannelJoinReply;
  "group_channel:leave": GroupChannelLeaveReply;
  "group_channel:message_send": GroupChannelMessageSendReply;
  "group_channel:message_read": GroupChannelMessageReadReply;
  "group_channel:message_update": GroupChannelMessageUpdateReply;
  "group_channel:message_delete": GroupChannelMessageDeleteReply;
  "group_channel:freeze_unfreeze": GroupChannelFreezeUnfreezeReply;
  "group_channel:reaction_add": GroupChannelReactionAddReply;
  "group_channel:reaction_delete": GroupChannelReactionDeleteReply;
  "user:block": UserBlockReply;
  "user:unblock": UserUnblockReply;
  "operators:register_by_operator": OperatorsRegisterByOperatorReply;
  "operators:unregister_by_operator": OperatorsUnregisterByOperatorReply;
  "message:report": MessageReportReply;
  "user:report": UserReportReply;
  "open_channel:report": OpenChannelReportReply;
  "group_channel:report": GroupChannelReportReply;
  "alert:user_message_rate_limit_exceeded": AlertUserMessageRateLimitExceededReply;
  "profanity_filter:replace": ProfanityFilterReplaceReply;
  "profanity_filter:block": ProfanityFilterBlockReply;
  "profanity_filter:moderate": ProfanityFilterModerateReply;
  "image_moderation:block": ImageModerationBlockReply;
  "announcement:create_channels": AnnouncementCreateChannelsReply;
  "announcement:send_messages": AnnouncementSendMessagesReply;
  "user:push_preference": UserPushPreferenceReply;
  "user:push_channel_preference": UserPushChannelPreferenceReply;
  "user:device_token_register": UserDeviceTokenRegisterReply;
  "user:device_token_unregister": UserDeviceTokenUnregisterReply;
  "user:mute": UserMuteReply;
  "user:ban": UserBanReply;
  "user:deactivate": UserDeactivateReply;
  "profanity_filter:detect": ProfanityFilterDetectReply;
  "message:moderation_extension_triggered": MessageModerationExtensionTriggeredReply;
}

/** The name of any event of the contract. */
export type EventName = keyof EventMap;
