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
        /** A message was updated in an open channel. */
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
        /** A message was deleted in an open channel. */
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
        /** A group channel was created. */
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
        /** A group channel’s name, cover, custom type, channel type, data or access code changed. */
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
        /** An invitee declined the invitation. */
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
        /** Users joined a group channel. */
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
        /** Users left a group channel. */
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
        /** A message was updated in a group channel. */
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
        /** A message was deleted in a group channel. */
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
        /** A reaction was added to a message. */
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
        /** A reaction was removed from a message. */
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
        /** A user blocked another. */
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
        /** A user unblocked another. */
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
        /** Operators were registered by another operator’s client. */
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
        /** Operators were unregistered by another operator’s client. */
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
        /** A user reported an group channel. */
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
        /** A user exceeded the message rate limit. */
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
        /** Words in a message were masked by the profanity filter. */
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
        /** A message was blocked by the profanity filter. */
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
        /** A user was muted, kicked or banned by the profanity filter. */
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
        /** An explicit image was blocked. */
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
        /** Channels were created for an announcement. */
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
        /** An announcement was sent. */
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
        /** A user changed their push preferences. */
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
        /** A user changed the push preference of one channel. */
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
        /** A device token was registered. */
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
        /** A device token was unregistered. */
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
        /** The profanity filter detected words without acting on them. */
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
        /** A moderation extension rule was triggered by a message. */
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
        /** @description Sendbird reads only the status code (200); any body is accepted and ignored. */
        Ack: unknown;
        /** @description A user exceeded the message rate limit. */
        AlertUserMessageRateLimitExceeded: {
            /** @constant */
            category: "alert:user_message_rate_limit_exceeded";
            user: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Channels were created for an announcement. */
        AnnouncementCreateChannels: {
            /** @constant */
            category: "announcement:create_channels";
            announcement: {
                unique_id?: string;
                announcement_group?: string;
                status?: string;
            };
            app_id: components["schemas"]["AppId"];
        };
        /** @description An announcement was sent. */
        AnnouncementSendMessages: {
            /** @constant */
            category: "announcement:send_messages";
            announcement: {
                unique_id?: string;
                announcement_group?: string;
                status?: string;
            };
            app_id: components["schemas"]["AppId"];
        };
        /**
         * @description The application id, a UUID (upper case in captures, lower case in the docs).
         * @example 9BDF228D-8E32-43DE-88B7-969BA4CF4C40
         */
        AppId: string;
        /** @description The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data). */
        Channel: {
            name?: string;
            channel_url: string;
            custom_type?: string;
            data?: string;
            cover_url?: string;
            is_distinct?: boolean;
            is_public?: boolean;
            is_super?: boolean;
            is_ephemeral?: boolean;
            is_discoverable?: boolean;
        };
        /** @description A group channel’s name, cover, custom type, channel type, data or access code changed. */
        GroupChannelChanged: {
            /** @constant */
            category: "group_channel:changed";
            /** @description When it changed (unix time in milliseconds). */
            changed_at?: number;
            changes?: {
                key?: string;
                old?: unknown;
                new?: unknown;
            }[];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A group channel was created. */
        GroupChannelCreate: {
            /** @constant */
            category: "group_channel:create";
            /** @description When the channel was created (unix time in milliseconds). */
            created_at?: number;
            members?: components["schemas"]["Members"];
            inviter?: components["schemas"]["User"];
            users?: components["schemas"]["User"][];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description An invitee declined the invitation. */
        GroupChannelDeclineInvite: {
            /** @constant */
            category: "group_channel:decline_invite";
            /** @description When the invitation was declined (unix time in milliseconds). */
            declined_at?: number;
            inviter?: components["schemas"]["User"];
            users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A group channel was frozen or unfrozen. */
        GroupChannelFreezeUnfreeze: {
            /** @constant */
            category: "group_channel:freeze_unfreeze";
            freeze?: boolean;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user invited others to a group channel. */
        GroupChannelInvite: {
            /** @constant */
            category: "group_channel:invite";
            /** @description When the invitation was sent (unix time in milliseconds). */
            invited_at?: number;
            inviter?: components["schemas"]["User"];
            invitees?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Users joined a group channel. */
        GroupChannelJoin: {
            /** @constant */
            category: "group_channel:join";
            /** @description When it happened (unix time in milliseconds). */
            joined_at?: number;
            users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Users left a group channel. */
        GroupChannelLeave: {
            /** @constant */
            category: "group_channel:leave";
            /** @description When it happened (unix time in milliseconds). */
            left_at?: number;
            users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was deleted in a group channel. */
        GroupChannelMessageDelete: {
            /** @constant */
            category: "group_channel:message_delete";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user has no more unread messages in a group channel. */
        GroupChannelMessageRead: {
            /** @constant */
            category: "group_channel:message_read";
            members?: components["schemas"]["Members"];
            channel: components["schemas"]["Channel"];
            read_updates: {
                user_id: string;
                /** @description When the user read (unix time in milliseconds). */
                read_ts?: number;
                channel_unread_message_count?: number;
                total_unread_message_count?: number;
            }[];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was sent in a group channel. */
        GroupChannelMessageSend: {
            /** @constant */
            category: "group_channel:message_send";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was updated in a group channel. */
        GroupChannelMessageUpdate: {
            /** @constant */
            category: "group_channel:message_update";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A reaction was added to a message. */
        GroupChannelReactionAdd: {
            /** @constant */
            category: "group_channel:reaction_add";
            user?: components["schemas"]["User"];
            reaction?: {
                key?: string;
                /** @description When the reaction changed (unix time in milliseconds). */
                updated_at?: number;
            };
            message_id?: number;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A reaction was removed from a message. */
        GroupChannelReactionDelete: {
            /** @constant */
            category: "group_channel:reaction_delete";
            user?: components["schemas"]["User"];
            reaction?: {
                key?: string;
                /** @description When the reaction changed (unix time in milliseconds). */
                updated_at?: number;
            };
            message_id?: number;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A group channel was removed. */
        GroupChannelRemove: {
            /** @constant */
            category: "group_channel:remove";
            /** @description When the channel was removed (unix time in milliseconds). */
            removed_at?: number;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user reported an group channel. */
        GroupChannelReport: {
            /** @constant */
            category: "group_channel:report";
            /** @description When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps). */
            created_at?: number;
            report_type?: string;
            /**
             * @description suspicious, spam, harassing, inappropriate (only suspicious is documented).
             * @example suspicious
             */
            report_category?: string;
            reporting_user?: components["schemas"]["User"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). */
        Headers: {
            /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
            "x-sendbird-signature": string;
            /** @description Legacy header with the same value (the seed tutorial names only this one). */
            "x-signature"?: string;
            /** @example SendBird */
            "user-agent"?: string;
            /** @example application/json */
            "content-type"?: string;
            /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
            "unicode-escaped"?: string;
        };
        /** @description An explicit image was blocked. */
        ImageModerationBlock: {
            /** @constant */
            category: "image_moderation:block";
            /** @description When it was blocked (unix time in milliseconds). */
            blocked_at?: number;
            sender?: components["schemas"]["User"];
            channel: components["schemas"]["Channel"];
            message_text?: string;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A channel member, present in `members` only when "Include member information" (include_members) is on, and never for Supergroups. */
        Member: {
            user_id: string;
            nickname?: string;
            profile_url?: string;
            metadata?: Record<string, unknown>;
            is_active?: boolean;
            is_online?: boolean;
            /** @description An integer flag (0 or 1), not a boolean. */
            is_hidden?: number;
            /**
             * @description Membership state: `joined` or `invited`.
             * @example joined
             * @example invited
             */
            state?: string;
            is_blocking_sender?: boolean;
            is_blocked_by_sender?: boolean;
            unread_message_count?: number;
            total_unread_message_count?: number;
            channel_unread_message_count?: number;
            channel_mention_count?: number;
            push_enabled?: boolean;
            /** @description Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted. */
            push_trigger_option?: string | boolean;
            do_not_disturb?: boolean;
        };
        /** @description Only with include_members on; never for Supergroups. */
        Members: components["schemas"]["Member"][];
        /** @enum {string} */
        MentionType: "users" | "channel";
        /** @description A moderation extension rule was triggered by a message. */
        MessageModerationExtensionTriggered: {
            /** @constant */
            category: "message:moderation_extension_triggered";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload?: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            rule?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages). */
        MessagePayload: {
            message_id: number;
            custom_type?: string;
            message?: string;
            data?: string;
            translations?: Record<string, unknown>;
            /** @description When the message was created (unix time in milliseconds). */
            created_at?: number;
            url?: string;
            name?: string;
            type?: string;
            size?: number;
        };
        /** @description A user reported a message. */
        MessageReport: {
            /** @constant */
            category: "message:report";
            /** @description When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps). */
            created_at?: number;
            report_type?: string;
            /**
             * @description suspicious, spam, harassing, inappropriate (only suspicious is documented).
             * @example suspicious
             */
            report_category?: string;
            reporting_user?: components["schemas"]["User"];
            offending_user?: components["schemas"]["User"];
            reported_message: {
                sender?: components["schemas"]["User"];
                type?: components["schemas"]["MessageType"];
                custom_type?: string;
                mention_type?: components["schemas"]["MentionType"];
                mentioned_users?: components["schemas"]["User"][];
                payload?: components["schemas"]["MessagePayload"];
                channel?: components["schemas"]["Channel"];
            };
            channel?: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /**
         * @description MESG (text), FILE (file), ADMM (admin message).
         * @enum {string}
         */
        MessageType: "MESG" | "FILE" | "ADMM";
        /** @description An open channel was created. */
        OpenChannelCreate: {
            /** @constant */
            category: "open_channel:create";
            /** @description When the channel was created (unix time in milliseconds). */
            created_at?: number;
            operators?: components["schemas"]["User"][];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user entered an open channel. */
        OpenChannelEnter: {
            /** @constant */
            category: "open_channel:enter";
            user?: components["schemas"]["User"];
            /** @description When it happened (unix time in milliseconds). */
            entered_at?: number;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user exited an open channel. */
        OpenChannelExit: {
            /** @constant */
            category: "open_channel:exit";
            user?: components["schemas"]["User"];
            /** @description When it happened (unix time in milliseconds). */
            exited_at?: number;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was deleted in an open channel. */
        OpenChannelMessageDelete: {
            /** @constant */
            category: "open_channel:message_delete";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was sent in an open channel. */
        OpenChannelMessageSend: {
            /** @constant */
            category: "open_channel:message_send";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was updated in an open channel. */
        OpenChannelMessageUpdate: {
            /** @constant */
            category: "open_channel:message_update";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description An open channel was removed. */
        OpenChannelRemove: {
            /** @constant */
            category: "open_channel:remove";
            /** @description When the channel was removed (unix time in milliseconds). */
            removed_at?: number;
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user reported an open channel. */
        OpenChannelReport: {
            /** @constant */
            category: "open_channel:report";
            /** @description When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps). */
            created_at?: number;
            report_type?: string;
            /**
             * @description suspicious, spam, harassing, inappropriate (only suspicious is documented).
             * @example suspicious
             */
            report_category?: string;
            reporting_user?: components["schemas"]["User"];
            channel: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Operators were registered by another operator’s client. */
        OperatorsRegisterByOperator: {
            /** @constant */
            category: "operators:register_by_operator";
            /** @description When it was requested (unix time in milliseconds). */
            requested_at?: number;
            requester?: components["schemas"]["User"];
            /** @enum {string} */
            channel_type?: "group_channel" | "open_channel";
            channel: components["schemas"]["Channel"];
            operators: components["schemas"]["User"][];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Operators were unregistered by another operator’s client. */
        OperatorsUnregisterByOperator: {
            /** @constant */
            category: "operators:unregister_by_operator";
            /** @description When it was requested (unix time in milliseconds). */
            requested_at?: number;
            requester?: components["schemas"]["User"];
            /** @enum {string} */
            channel_type?: "group_channel" | "open_channel";
            channel: components["schemas"]["Channel"];
            operators: components["schemas"]["User"][];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A message was blocked by the profanity filter. */
        ProfanityFilterBlock: {
            /** @constant */
            category: "profanity_filter:block";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload?: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description The profanity filter detected words without acting on them. */
        ProfanityFilterDetect: {
            /** @constant */
            category: "profanity_filter:detect";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload?: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user was muted, kicked or banned by the profanity filter. */
        ProfanityFilterModerate: {
            /** @constant */
            category: "profanity_filter:moderate";
            /** @description When the action was taken (unix time in milliseconds). */
            moderated_at?: number;
            /**
             * @description mute, kick or ban.
             * @example mute
             * @example kick
             * @example ban
             */
            moderation_action: string;
            sender?: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description Words in a message were masked by the profanity filter. */
        ProfanityFilterReplace: {
            /** @constant */
            category: "profanity_filter:replace";
            sender?: components["schemas"]["User"];
            silent?: boolean;
            sender_ip_addr?: string;
            custom_type?: string;
            mention_type?: components["schemas"]["MentionType"];
            mentioned_users?: components["schemas"]["User"][];
            members?: components["schemas"]["Members"];
            type?: components["schemas"]["MessageType"];
            payload: components["schemas"]["MessagePayload"];
            channel: components["schemas"]["Channel"];
            /** @description The sending SDK: iOS, Android, JavaScript, .NET, API, … */
            sdk?: string;
            /** @description Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message. */
            message_events?: Record<string, unknown>;
            /** @description The original text, before masking. */
            replaced_text?: string;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user (sender, inviter, blocker, reporting user, …). */
        User: {
            user_id: string;
            nickname?: string;
            profile_url?: string;
            /** @description String key-value pairs set by the app. */
            metadata?: Record<string, unknown>;
        };
        /** @description A user was banned (Advanced Moderation). */
        UserBan: {
            /** @constant */
            category: "user:ban";
            user: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user blocked another. */
        UserBlock: {
            /** @constant */
            category: "user:block";
            blocker: components["schemas"]["User"];
            blockee: components["schemas"]["User"];
            /** @description When (unix time in milliseconds). */
            blocked_at?: number;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user was deactivated (Advanced Moderation). */
        UserDeactivate: {
            /** @constant */
            category: "user:deactivate";
            user: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A device token was registered. */
        UserDeviceTokenRegister: {
            /** @constant */
            category: "user:device_token_register";
            user_id: string;
            /**
             * @example gcm
             * @example apns
             * @example apns_voip
             * @example huawei
             */
            token_type?: string;
            device_token?: string;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A device token was unregistered. */
        UserDeviceTokenUnregister: {
            /** @constant */
            category: "user:device_token_unregister";
            user_id: string;
            /**
             * @example gcm
             * @example apns
             * @example apns_voip
             * @example huawei
             */
            token_type?: string;
            device_token?: string;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user was muted (Advanced Moderation). */
        UserMute: {
            /** @constant */
            category: "user:mute";
            user: components["schemas"]["User"];
            channel?: components["schemas"]["Channel"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user changed the push preference of one channel. */
        UserPushChannelPreference: {
            /** @constant */
            category: "user:push_channel_preference";
            user_id: string;
            channel_url?: string;
            push_trigger_option?: string | boolean;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user changed their push preferences. */
        UserPushPreference: {
            /** @constant */
            category: "user:push_preference";
            user_id: string;
            push_trigger_option?: string | boolean;
            do_not_disturb?: boolean;
            snooze_enabled?: boolean;
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user reported another user. */
        UserReport: {
            /** @constant */
            category: "user:report";
            /** @description When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps). */
            created_at?: number;
            report_type?: string;
            /**
             * @description suspicious, spam, harassing, inappropriate (only suspicious is documented).
             * @example suspicious
             */
            report_category?: string;
            reporting_user?: components["schemas"]["User"];
            offending_user: components["schemas"]["User"];
            app_id: components["schemas"]["AppId"];
        };
        /** @description A user unblocked another. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token. */
                "x-sendbird-signature": string;
                /** @description Legacy header with the same value (the seed tutorial names only this one). */
                "x-signature"?: string;
                "user-agent"?: string;
                /** @description Seen in real captures ("true"): non-ASCII text and slashes are escaped in the body. */
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
/** `open_channel:message_update` (after-event): A message was updated in an open channel. */
export type OpenChannelMessageUpdate = components["schemas"]["OpenChannelMessageUpdate"];
/** `open_channel:message_delete` (after-event): A message was deleted in an open channel. */
export type OpenChannelMessageDelete = components["schemas"]["OpenChannelMessageDelete"];
/** `group_channel:create` (after-event): A group channel was created. */
export type GroupChannelCreate = components["schemas"]["GroupChannelCreate"];
/** `group_channel:changed` (after-event): A group channel’s name, cover, custom type, channel type, data or access code changed. */
export type GroupChannelChanged = components["schemas"]["GroupChannelChanged"];
/** `group_channel:remove` (after-event): A group channel was removed. */
export type GroupChannelRemove = components["schemas"]["GroupChannelRemove"];
/** `group_channel:invite` (after-event): A user invited others to a group channel. */
export type GroupChannelInvite = components["schemas"]["GroupChannelInvite"];
/** `group_channel:decline_invite` (after-event): An invitee declined the invitation. */
export type GroupChannelDeclineInvite = components["schemas"]["GroupChannelDeclineInvite"];
/** `group_channel:join` (after-event): Users joined a group channel. */
export type GroupChannelJoin = components["schemas"]["GroupChannelJoin"];
/** `group_channel:leave` (after-event): Users left a group channel. */
export type GroupChannelLeave = components["schemas"]["GroupChannelLeave"];
/** `group_channel:message_send` (after-event): A message was sent in a group channel. */
export type GroupChannelMessageSend = components["schemas"]["GroupChannelMessageSend"];
/** `group_channel:message_read` (after-event): A user has no more unread messages in a group channel. */
export type GroupChannelMessageRead = components["schemas"]["GroupChannelMessageRead"];
/** `group_channel:message_update` (after-event): A message was updated in a group channel. */
export type GroupChannelMessageUpdate = components["schemas"]["GroupChannelMessageUpdate"];
/** `group_channel:message_delete` (after-event): A message was deleted in a group channel. */
export type GroupChannelMessageDelete = components["schemas"]["GroupChannelMessageDelete"];
/** `group_channel:freeze_unfreeze` (after-event): A group channel was frozen or unfrozen. */
export type GroupChannelFreezeUnfreeze = components["schemas"]["GroupChannelFreezeUnfreeze"];
/** `group_channel:reaction_add` (after-event): A reaction was added to a message. */
export type GroupChannelReactionAdd = components["schemas"]["GroupChannelReactionAdd"];
/** `group_channel:reaction_delete` (after-event): A reaction was removed from a message. */
export type GroupChannelReactionDelete = components["schemas"]["GroupChannelReactionDelete"];
/** `user:block` (after-event): A user blocked another. */
export type UserBlock = components["schemas"]["UserBlock"];
/** `user:unblock` (after-event): A user unblocked another. */
export type UserUnblock = components["schemas"]["UserUnblock"];
/** `operators:register_by_operator` (after-event): Operators were registered by another operator’s client. */
export type OperatorsRegisterByOperator = components["schemas"]["OperatorsRegisterByOperator"];
/** `operators:unregister_by_operator` (after-event): Operators were unregistered by another operator’s client. */
export type OperatorsUnregisterByOperator = components["schemas"]["OperatorsUnregisterByOperator"];
/** `message:report` (after-event): A user reported a message. */
export type MessageReport = components["schemas"]["MessageReport"];
/** `user:report` (after-event): A user reported another user. */
export type UserReport = components["schemas"]["UserReport"];
/** `open_channel:report` (after-event): A user reported an open channel. */
export type OpenChannelReport = components["schemas"]["OpenChannelReport"];
/** `group_channel:report` (after-event): A user reported an group channel. */
export type GroupChannelReport = components["schemas"]["GroupChannelReport"];
/** `alert:user_message_rate_limit_exceeded` (after-event): A user exceeded the message rate limit. */
export type AlertUserMessageRateLimitExceeded = components["schemas"]["AlertUserMessageRateLimitExceeded"];
/** `profanity_filter:replace` (after-event): Words in a message were masked by the profanity filter. */
export type ProfanityFilterReplace = components["schemas"]["ProfanityFilterReplace"];
/** `profanity_filter:block` (after-event): A message was blocked by the profanity filter. */
export type ProfanityFilterBlock = components["schemas"]["ProfanityFilterBlock"];
/** `profanity_filter:moderate` (after-event): A user was muted, kicked or banned by the profanity filter. */
export type ProfanityFilterModerate = components["schemas"]["ProfanityFilterModerate"];
/** `image_moderation:block` (after-event): An explicit image was blocked. */
export type ImageModerationBlock = components["schemas"]["ImageModerationBlock"];
/** `announcement:create_channels` (after-event): Channels were created for an announcement. */
export type AnnouncementCreateChannels = components["schemas"]["AnnouncementCreateChannels"];
/** `announcement:send_messages` (after-event): An announcement was sent. */
export type AnnouncementSendMessages = components["schemas"]["AnnouncementSendMessages"];
/** `user:push_preference` (after-event): A user changed their push preferences. */
export type UserPushPreference = components["schemas"]["UserPushPreference"];
/** `user:push_channel_preference` (after-event): A user changed the push preference of one channel. */
export type UserPushChannelPreference = components["schemas"]["UserPushChannelPreference"];
/** `user:device_token_register` (after-event): A device token was registered. */
export type UserDeviceTokenRegister = components["schemas"]["UserDeviceTokenRegister"];
/** `user:device_token_unregister` (after-event): A device token was unregistered. */
export type UserDeviceTokenUnregister = components["schemas"]["UserDeviceTokenUnregister"];
/** `user:mute` (after-event): A user was muted (Advanced Moderation). */
export type UserMute = components["schemas"]["UserMute"];
/** `user:ban` (after-event): A user was banned (Advanced Moderation). */
export type UserBan = components["schemas"]["UserBan"];
/** `user:deactivate` (after-event): A user was deactivated (Advanced Moderation). */
export type UserDeactivate = components["schemas"]["UserDeactivate"];
/** `profanity_filter:detect` (after-event): The profanity filter detected words without acting on them. */
export type ProfanityFilterDetect = components["schemas"]["ProfanityFilterDetect"];
/** `message:moderation_extension_triggered` (after-event): A moderation extension rule was triggered by a message. */
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
