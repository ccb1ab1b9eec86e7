// generated from spec/line.yaml by chathooks; do not edit

export interface paths {
    "/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a LINE Messaging API webhooks webhook
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
    message: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user sent a message (text, image, video, audio, file, location or sticker). */
        post: operations["message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    unsend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user unsent a message. */
        post: operations["unsend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    follow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Your LINE Official Account was added as a friend or unblocked. */
        post: operations["follow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    unfollow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Your LINE Official Account was blocked. */
        post: operations["unfollow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Your LINE Official Account joined a group chat or multi-person chat. */
        post: operations["join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    leave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Your LINE Official Account was removed from, or left, a group chat or multi-person chat. */
        post: operations["leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    memberJoined: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users joined a group chat or multi-person chat your LINE Official Account is in. */
        post: operations["memberJoined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    memberLeft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Users left a group chat or multi-person chat your LINE Official Account is in. */
        post: operations["memberLeft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    postback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user performed a postback action. */
        post: operations["postback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    videoPlayComplete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user finished watching a video message that had a trackingId. */
        post: operations["videoPlayComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    beacon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user entered a LINE Beacon's range. */
        post: operations["beacon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    accountLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user linked their LINE account with your service's account. */
        post: operations["accountLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    membership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A user joined, left or renewed a membership of your LINE Official Account. */
        post: operations["membership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    module: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A module channel was attached to or detached from a LINE Official Account. */
        post: operations["module"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    activated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The module channel became the Active Channel. */
        post: operations["activated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    deactivated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The module channel became the Standby Channel. */
        post: operations["deactivated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    botSuspended: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The LINE Official Account was suspended. */
        post: operations["botSuspended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    botResumed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The LINE Official Account returned from suspension. */
        post: operations["botResumed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    delivery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A LINE notification message was delivered to the user. */
        post: operations["delivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A user linked (or failed to link) their LINE account with your service's account. You can reply. */
        AccountLinkEvent: {
            /** @constant */
            type: "accountLink";
            replyToken?: components["schemas"]["ReplyToken"];
            link: components["schemas"]["LinkContent"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description LINE reads only the status code; any body (or none) is accepted and ignored. */
        Ack: unknown;
        /** @description The module channel became the Active Channel (Acquire Control API). */
        ActivatedEvent: {
            /** @constant */
            type: "activated";
            chatControl: components["schemas"]["ChatControl"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description A mention of the whole group (`@All`). */
        AllMentionee: {
            /** @constant */
            type: "all";
            /** @description Index of the mention's first character in `text` (from 0). */
            index: number;
            /** @description Length of the mention text: 4 for `@All`. */
            length: number;
        };
        AttachedModuleContent: {
            /** @constant */
            type: "attached";
            /** @description User ID of the bot of the LINE Official Account. */
            botId: string;
            /** @description Scopes the account's admin permitted. */
            scopes: string[];
        };
        AudioMessageContent: {
            /** @constant */
            type: "audio";
            id: components["schemas"]["MessageId"];
            /** @description Length of the audio in milliseconds. */
            duration?: number;
            contentProvider: components["schemas"]["ContentProvider"];
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        BeaconContent: {
            /** @description Hardware ID of the detected beacon. */
            hwid: string;
            /**
             * @description `enter`, `banner` (tapped the beacon banner) or `stay` (in range; at least 10 s apart).
             * @enum {string}
             */
            type: "enter" | "banner" | "stay";
            /** @description Device message of the beacon; only from devices that send one. */
            dm?: string;
        };
        /** @description A user entered a LINE Beacon's range (or tapped its banner, or stays in range). You can reply. */
        BeaconEvent: {
            /** @constant */
            type: "beacon";
            replyToken?: components["schemas"]["ReplyToken"];
            beacon: components["schemas"]["BeaconContent"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description The LINE Official Account returned from suspension (sent to module channels, never to the Primary Channel). */
        BotResumedEvent: {
            /** @constant */
            type: "botResumed";
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description The LINE Official Account was suspended (sent to module channels, never to the Primary Channel). */
        BotSuspendedEvent: {
            /** @constant */
            type: "botSuspended";
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description The request body: the user ID of the bot that should receive the events and an array of webhook event objects (S-L0 CallbackRequest, S-L1 Request body). */
        CallbackRequest: {
            /**
             * @description User ID of the bot that should receive the webhook events (`U` and 32 lower-case hex digits).
             * @example U53387d548170020e6cedef5f41d1e01d
             */
            destination: string;
            /** @description The webhook event objects; events of different users and types may share one request. LINE may send an empty array, without any event, to confirm communication: answer it 200. */
            events: components["schemas"]["Event"][];
        };
        ChatControl: {
            /** @description Until when the channel stays active (Unix milliseconds). */
            expireAt: number;
        };
        /** @description Who holds the media file. */
        ContentProvider: {
            /**
             * @description `line`: sent by a LINE user, get it with Get content. `external`: at `originalContentUrl`.
             * @enum {string}
             */
            type: "line" | "external";
            /**
             * Format: uri
             * @description URL of the file; only when `type` is `external`.
             */
            originalContentUrl?: string;
            /**
             * Format: uri
             * @description URL of the preview image; only when `type` is `external` (images and videos).
             */
            previewImageUrl?: string;
        };
        /** @description The module channel became the Standby Channel (Acquire or Release Control API). */
        DeactivatedEvent: {
            /** @constant */
            type: "deactivated";
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description How the event was delivered. */
        DeliveryContext: {
            /** @description `true` for a redelivered event (webhook redelivery on), `false` for the first delivery. */
            isRedelivery: boolean;
        };
        DetachedModuleContent: {
            /** @constant */
            type: "detached";
            /** @description User ID of the bot of the LINE Official Account. */
            botId: string;
            /**
             * @description Why: `bot_deleted` (all data of the account was deleted), the only documented value; webhook.yml makes it a closed enum, accepted here as any string.
             * @example bot_deleted
             */
            reason: "bot_deleted" | (string & {});
        };
        Emoji: {
            /** @description Index of the emoji's first character in `text` (from 0). */
            index: number;
            /** @description Length of the emoji string: 7 for `(hello)`. */
            length: number;
            /** @description Product ID of the LINE emoji set. */
            productId: string;
            /** @description ID of the emoji inside its set. */
            emojiId: string;
        };
        /** @description The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates. */
        Event: {
            /** @description The event type (`message`, `follow`, …). */
            type: string;
            source?: components["schemas"]["Source"];
            /**
             * @description When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.
             * @example 1462629479859
             */
            timestamp: number;
            mode: components["schemas"]["EventMode"];
            /**
             * @description Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.
             * @example 01FZ74A0TDDPYRVKNK77XKC3ZR
             */
            webhookEventId: string;
            deliveryContext: components["schemas"]["DeliveryContext"];
        };
        /**
         * @description Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.
         * @enum {string}
         */
        EventMode: "active" | "standby";
        FileMessageContent: {
            /** @constant */
            type: "file";
            id: components["schemas"]["MessageId"];
            /** @description File name. */
            fileName: string;
            /** @description File size in bytes. */
            fileSize: number;
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        FollowDetail: {
            /** @description `true`: unblocked; `false`: added as a friend. LINE does not guarantee its accuracy. */
            isUnblocked: boolean;
        };
        /** @description Your LINE Official Account was added as a friend or unblocked. You can reply. */
        FollowEvent: {
            /** @constant */
            type: "follow";
            replyToken?: components["schemas"]["ReplyToken"];
            follow?: components["schemas"]["FollowDetail"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description A group chat. */
        GroupSource: {
            /** @constant */
            type: "group";
            /**
             * @description Group ID of the source group chat.
             * @example Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e
             */
            groupId: string;
            /** @description ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users. */
            userId?: string;
        };
        /** @description Headers of every webhook request (names are case-insensitive; LINE may change their case without notice). */
        Headers: {
            /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
            "x-line-signature"?: string;
            /**
             * @description JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).
             * @example application/json; charset=utf-8
             */
            "content-type"?: string;
            /**
             * @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.
             * @example LineBotWebhook/2.0
             */
            "user-agent"?: string;
        };
        ImageMessageContent: {
            /** @constant */
            type: "image";
            id: components["schemas"]["MessageId"];
            contentProvider: components["schemas"]["ContentProvider"];
            imageSet?: components["schemas"]["ImageSet"];
            quoteToken?: components["schemas"]["QuoteToken"];
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        /** @description Only when several images were sent at once; each arrives as its own event, in no defined order. */
        ImageSet: {
            /** @description Image set ID. */
            id: string;
            /** @description This image's number in the set, from 1 (absent from LINE 11.15 or earlier for Android). */
            index?: number;
            /** @description How many images were sent at once (absent from LINE 11.15 or earlier for Android). */
            total?: number;
        };
        /** @description Your LINE Official Account joined a group chat (when invited) or a multi-person chat (at the first event after it was added). You can reply. */
        JoinEvent: {
            /** @constant */
            type: "join";
            replyToken?: components["schemas"]["ReplyToken"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        JoinedMembers: {
            /** @description Users who joined, as source user objects. */
            members: components["schemas"]["UserSource"][];
        };
        /** @description A user removed your LINE Official Account from a group chat, or it left a group or multi-person chat. */
        LeaveEvent: {
            /** @constant */
            type: "leave";
        } & WithRequired<components["schemas"]["Event"], "type">;
        LeftMembers: {
            /** @description Users who left, as source user objects. */
            members: components["schemas"]["UserSource"][];
        };
        LinkContent: {
            /**
             * @description `ok` or `failed` (for any reason, such as impersonation). On `failed` there is no `source` and no reply token.
             * @enum {string}
             */
            result: "ok" | "failed";
            /** @description The nonce you gave when verifying the user ID. */
            nonce: string;
        };
        LocationMessageContent: {
            /** @constant */
            type: "location";
            id: components["schemas"]["MessageId"];
            /** @description Title. */
            title?: string;
            /** @description Address. */
            address?: string;
            /** @description Latitude. */
            latitude: number;
            /** @description Longitude. */
            longitude: number;
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        /** @description Token to mark the message as read (webhook.yml; newer than the reference's samples). */
        MarkAsReadToken: string;
        /** @description Users joined a group or multi-person chat your LINE Official Account is in. You can reply. */
        MemberJoinedEvent: {
            /** @constant */
            type: "memberJoined";
            replyToken?: components["schemas"]["ReplyToken"];
            joined: components["schemas"]["JoinedMembers"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description Users left a group or multi-person chat your LINE Official Account is in. */
        MemberLeftEvent: {
            /** @constant */
            type: "memberLeft";
            left: components["schemas"]["LeftMembers"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description webhook.yml discriminates it into JoinedMembershipContent, LeftMembershipContent and RenewedMembershipContent, three branches of the same shape: one object here. */
        MembershipContent: {
            /**
             * @description `joined`, `left` or `renewed`.
             * @enum {string}
             */
            type: "joined" | "left" | "renewed";
            /** @description The membership the user joined, left or renewed. */
            membershipId: number;
        };
        /** @description A user joined, left or renewed a membership of your LINE Official Account. */
        MembershipEvent: {
            /** @constant */
            type: "membership";
            replyToken?: components["schemas"]["ReplyToken"];
            membership: components["schemas"]["MembershipContent"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description Mentions in `text`; only when it has any. */
        Mention: {
            /** @description One or more mentions (at most 20). */
            mentionees: components["schemas"]["Mentionee"][];
        };
        /** @description One mention, discriminated by `type` (S-L0 Mentionee mapping). */
        Mentionee: components["schemas"]["UserMentionee"] | components["schemas"]["AllMentionee"];
        /** @description The message, discriminated by `type` (text, image, video, audio, file, location, sticker). */
        MessageContent: components["schemas"]["TextMessageContent"] | components["schemas"]["ImageMessageContent"] | components["schemas"]["VideoMessageContent"] | components["schemas"]["AudioMessageContent"] | components["schemas"]["FileMessageContent"] | components["schemas"]["LocationMessageContent"] | components["schemas"]["StickerMessageContent"];
        /** @description A user sent a message. You can reply. */
        MessageEvent: {
            /** @constant */
            type: "message";
            replyToken?: components["schemas"]["ReplyToken"];
            message: components["schemas"]["MessageContent"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /**
         * @description Message ID (digits; get image, video, audio and file content with it).
         * @example 444573844083572737
         */
        MessageId: string;
        /** @description Attached or detached, by `type` (S-L0 ModuleContent mapping). */
        ModuleContent: components["schemas"]["AttachedModuleContent"] | components["schemas"]["DetachedModuleContent"];
        /** @description A module channel was attached to or detached from a LINE Official Account (module channels only). */
        ModuleEvent: {
            /** @constant */
            type: "module";
            module: components["schemas"]["ModuleContent"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        PnpDelivery: {
            /** @description The hashed phone number, or the `X-Line-Delivery-Tag` given when sending. */
            data: string;
        };
        /** @description A LINE notification message was delivered to the user and can be read. */
        PnpDeliveryCompletionEvent: {
            /** @constant */
            type: "delivery";
            delivery: components["schemas"]["PnpDelivery"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        PostbackContent: {
            /** @description The postback data of the action. */
            data: string;
            /** @description Datetime picker: `date`, `time` or `datetime` as chosen. Rich menu switch: `newRichMenuAliasId` and `status` (SUCCESS, RICHMENU_ALIAS_ID_NOTFOUND, RICHMENU_NOTFOUND, FAILED). */
            params?: {
                [key: string]: string;
            };
        };
        /** @description A user performed a postback action. You can reply. */
        PostbackEvent: {
            /** @constant */
            type: "postback";
            replyToken?: components["schemas"]["ReplyToken"];
            postback: components["schemas"]["PostbackContent"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description Token to quote this message in a reply. webhook.yml requires it on text, image, video and sticker messages; the reference's own overview sample omits it and deliveries before quote tokens existed (2023-09-14, S-L8) lack it, so it is accepted missing. */
        QuoteToken: string;
        /**
         * @description Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.
         * @example nHuyWiB7yP5Zw52FIkcQobQuGDXCTA
         */
        ReplyToken: string;
        /** @description A multi-person chat. */
        RoomSource: {
            /** @constant */
            type: "room";
            /**
             * @description Room ID of the source multi-person chat.
             * @example Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e
             */
            roomId: string;
            /** @description ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users. */
            userId?: string;
        };
        /** @description Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`. */
        Source: components["schemas"]["UserSource"] | components["schemas"]["GroupSource"] | components["schemas"]["RoomSource"];
        StickerMessageContent: {
            /** @constant */
            type: "sticker";
            id: components["schemas"]["MessageId"];
            /** @description Package ID. */
            packageId: string;
            /** @description Sticker ID. */
            stickerId: string;
            /**
             * @description STATIC, ANIMATION, SOUND, ANIMATION_SOUND, POPUP, POPUP_SOUND, CUSTOM, MESSAGE, NAME_TEXT or PER_STICKER_TEXT. webhook.yml makes it a required closed enum; the reference says LINE "may add new resource types without notice", so any string is accepted, and stickers sent before the property existed lack it.
             * @example STATIC
             * @example ANIMATION
             * @example MESSAGE
             */
            stickerResourceType?: "STATIC" | "ANIMATION" | "SOUND" | "ANIMATION_SOUND" | "POPUP" | "POPUP_SOUND" | "CUSTOM" | "MESSAGE" | "NAME_TEXT" | "PER_STICKER_TEXT" | (string & {});
            /** @description Up to 15 keywords describing the sticker, chosen at random per event (experimental). */
            keywords?: string[];
            /** @description Text the user typed; only for message stickers (at most 100 characters). */
            text?: string;
            quoteToken?: components["schemas"]["QuoteToken"];
            /** @description ID of the message this one quotes; only when it quotes one. */
            quotedMessageId?: string;
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        TextMessageContent: {
            /** @constant */
            type: "text";
            id: components["schemas"]["MessageId"];
            /** @description Message text. LINE emoji appear as `(hello)`-style strings (see `emojis`), mentions as `@name` (see `mention`). */
            text: string;
            /** @description LINE emoji in `text`; only when it has any (default emoji from LINE for Android are not listed). */
            emojis?: components["schemas"]["Emoji"][];
            mention?: components["schemas"]["Mention"];
            quoteToken?: components["schemas"]["QuoteToken"];
            /** @description ID of the message this one quotes; only when it quotes one. */
            quotedMessageId?: string;
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        /** @description Your LINE Official Account was blocked. */
        UnfollowEvent: {
            /** @constant */
            type: "unfollow";
        } & WithRequired<components["schemas"]["Event"], "type">;
        UnsendDetail: {
            /** @description ID of the unsent message. */
            messageId: string;
        };
        /** @description A user unsent a message (within 24 hours of sending it); delete your copies of it. */
        UnsendEvent: {
            /** @constant */
            type: "unsend";
            unsend: components["schemas"]["UnsendDetail"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description A mention of a user or a bot. */
        UserMentionee: {
            /** @constant */
            type: "user";
            /** @description Index of the mention's first character in `text` (from 0). */
            index: number;
            /** @description Length of the mention text: 8 for `@example`. */
            length: number;
            /** @description The mentioned user or bot; for a user, only with their consent to share their profile. */
            userId?: string;
            /** @description Whether the mention is of the bot that receives this webhook. */
            isSelf?: boolean;
        };
        /** @description A one-on-one chat with a user. */
        UserSource: {
            /** @constant */
            type: "user";
            /**
             * @description ID of the source user.
             * @example U4af4980629a0b1c2d3e4f5a6b7c8d9e0
             */
            userId?: string;
        };
        VideoMessageContent: {
            /** @constant */
            type: "video";
            id: components["schemas"]["MessageId"];
            /** @description Length of the video in milliseconds. */
            duration?: number;
            contentProvider: components["schemas"]["ContentProvider"];
            quoteToken?: components["schemas"]["QuoteToken"];
            markAsReadToken?: components["schemas"]["MarkAsReadToken"];
        };
        VideoPlayComplete: {
            /** @description The `trackingId` of the video message. */
            trackingId: string;
        };
        /** @description A user finished watching, at least once, a video message your account sent with a `trackingId`. You can reply. */
        VideoPlayCompleteEvent: {
            /** @constant */
            type: "videoPlayComplete";
            replyToken?: components["schemas"]["ReplyToken"];
            videoPlayComplete: components["schemas"]["VideoPlayComplete"];
        } & WithRequired<components["schemas"]["Event"], "type">;
        /** @description One delivery: the envelope, whose `/events` array carries the events, in order. */
        Batch: components["schemas"]["CallbackRequest"] & {
            events: (components["schemas"]["MessageEvent"] | components["schemas"]["UnsendEvent"] | components["schemas"]["FollowEvent"] | components["schemas"]["UnfollowEvent"] | components["schemas"]["JoinEvent"] | components["schemas"]["LeaveEvent"] | components["schemas"]["MemberJoinedEvent"] | components["schemas"]["MemberLeftEvent"] | components["schemas"]["PostbackEvent"] | components["schemas"]["VideoPlayCompleteEvent"] | components["schemas"]["BeaconEvent"] | components["schemas"]["AccountLinkEvent"] | components["schemas"]["MembershipEvent"] | components["schemas"]["ModuleEvent"] | components["schemas"]["ActivatedEvent"] | components["schemas"]["DeactivatedEvent"] | components["schemas"]["BotSuspendedEvent"] | components["schemas"]["BotResumedEvent"] | components["schemas"]["PnpDeliveryCompletionEvent"])[];
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
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Batch"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    message: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    unsend: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnsendEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    follow: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    unfollow: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnfollowEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    join: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    leave: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    memberJoined: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberJoinedEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    memberLeft: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberLeftEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    postback: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostbackEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    videoPlayComplete: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoPlayCompleteEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    beacon: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeaconEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    accountLink: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountLinkEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    membership: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    module: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModuleEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    activated: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivatedEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    deactivated: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivatedEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    botSuspended: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotSuspendedEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    botResumed: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotResumedEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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
    delivery: {
        parameters: {
            query?: never;
            header: {
                /** @description Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1). */
                "x-line-signature": string;
                /** @description `LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it. */
                "user-agent"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PnpDeliveryCompletionEvent"];
            };
        };
        responses: {
            /** @description The answer LINE Messaging API webhooks expects. */
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

/** `message` (after-event): A user sent a message (text, image, video, audio, file, location or sticker). */
export type Message = components["schemas"]["MessageEvent"];
/** `unsend` (after-event): A user unsent a message. */
export type Unsend = components["schemas"]["UnsendEvent"];
/** `follow` (after-event): Your LINE Official Account was added as a friend or unblocked. */
export type Follow = components["schemas"]["FollowEvent"];
/** `unfollow` (after-event): Your LINE Official Account was blocked. */
export type Unfollow = components["schemas"]["UnfollowEvent"];
/** `join` (after-event): Your LINE Official Account joined a group chat or multi-person chat. */
export type Join = components["schemas"]["JoinEvent"];
/** `leave` (after-event): Your LINE Official Account was removed from, or left, a group chat or multi-person chat. */
export type Leave = components["schemas"]["LeaveEvent"];
/** `memberJoined` (after-event): Users joined a group chat or multi-person chat your LINE Official Account is in. */
export type MemberJoined = components["schemas"]["MemberJoinedEvent"];
/** `memberLeft` (after-event): Users left a group chat or multi-person chat your LINE Official Account is in. */
export type MemberLeft = components["schemas"]["MemberLeftEvent"];
/** `postback` (after-event): A user performed a postback action. */
export type Postback = components["schemas"]["PostbackEvent"];
/** `videoPlayComplete` (after-event): A user finished watching a video message that had a trackingId. */
export type VideoPlayCompleteEvent2 = components["schemas"]["VideoPlayCompleteEvent"];
/** `beacon` (after-event): A user entered a LINE Beacon's range. */
export type Beacon = components["schemas"]["BeaconEvent"];
/** `accountLink` (after-event): A user linked their LINE account with your service's account. */
export type AccountLink = components["schemas"]["AccountLinkEvent"];
/** `membership` (after-event): A user joined, left or renewed a membership of your LINE Official Account. */
export type Membership = components["schemas"]["MembershipEvent"];
/** `module` (notify-event): A module channel was attached to or detached from a LINE Official Account. */
export type Module = components["schemas"]["ModuleEvent"];
/** `activated` (notify-event): The module channel became the Active Channel. */
export type Activated = components["schemas"]["ActivatedEvent"];
/** `deactivated` (notify-event): The module channel became the Standby Channel. */
export type Deactivated = components["schemas"]["DeactivatedEvent"];
/** `botSuspended` (notify-event): The LINE Official Account was suspended. */
export type BotSuspended = components["schemas"]["BotSuspendedEvent"];
/** `botResumed` (notify-event): The LINE Official Account returned from suspension. */
export type BotResumed = components["schemas"]["BotResumedEvent"];
/** `delivery` (notify-event): A LINE notification message was delivered to the user. */
export type Delivery = components["schemas"]["PnpDeliveryCompletionEvent"];

/** What the receiver answers to `message`. */
export type MessageReply = components["schemas"]["Ack"];
/** What the receiver answers to `unsend`. */
export type UnsendReply = components["schemas"]["Ack"];
/** What the receiver answers to `follow`. */
export type FollowReply = components["schemas"]["Ack"];
/** What the receiver answers to `unfollow`. */
export type UnfollowReply = components["schemas"]["Ack"];
/** What the receiver answers to `join`. */
export type JoinReply = components["schemas"]["Ack"];
/** What the receiver answers to `leave`. */
export type LeaveReply = components["schemas"]["Ack"];
/** What the receiver answers to `memberJoined`. */
export type MemberJoinedReply = components["schemas"]["Ack"];
/** What the receiver answers to `memberLeft`. */
export type MemberLeftReply = components["schemas"]["Ack"];
/** What the receiver answers to `postback`. */
export type PostbackReply = components["schemas"]["Ack"];
/** What the receiver answers to `videoPlayComplete`. */
export type VideoPlayCompleteEvent2Reply = components["schemas"]["Ack"];
/** What the receiver answers to `beacon`. */
export type BeaconReply = components["schemas"]["Ack"];
/** What the receiver answers to `accountLink`. */
export type AccountLinkReply = components["schemas"]["Ack"];
/** What the receiver answers to `membership`. */
export type MembershipReply = components["schemas"]["Ack"];
/** What the receiver answers to `module`. */
export type ModuleReply = components["schemas"]["Ack"];
/** What the receiver answers to `activated`. */
export type ActivatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `deactivated`. */
export type DeactivatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `botSuspended`. */
export type BotSuspendedReply = components["schemas"]["Ack"];
/** What the receiver answers to `botResumed`. */
export type BotResumedReply = components["schemas"]["Ack"];
/** What the receiver answers to `delivery`. */
export type DeliveryReply = components["schemas"]["Ack"];

/** Every event of the contract, by its name on the wire. */
export interface EventMap {
  "message": Message;
  "unsend": Unsend;
  "follow": Follow;
  "unfollow": Unfollow;
  "join": Join;
  "leave": Leave;
  "memberJoined": MemberJoined;
  "memberLeft": MemberLeft;
  "postback": Postback;
  "videoPlayComplete": VideoPlayCompleteEvent2;
  "beacon": Beacon;
  "accountLink": AccountLink;
  "membership": Membership;
  "module": Module;
  "activated": Activated;
  "deactivated": Deactivated;
  "botSuspended": BotSuspended;
  "botResumed": BotResumed;
  "delivery": Delivery;
}

/** The reply body each event expects. */
export interface ReplyMap {
  "message": MessageReply;
  "unsend": UnsendReply;
  "follow": FollowReply;
  "unfollow": UnfollowReply;
  "join": JoinReply;
  "leave": LeaveReply;
  "memberJoined": MemberJoinedReply;
  "memberLeft": MemberLeftReply;
  "postback": PostbackReply;
  "videoPlayComplete": VideoPlayCompleteEvent2Reply;
  "beacon": BeaconReply;
  "accountLink": AccountLinkReply;
  "membership": MembershipReply;
  "module": ModuleReply;
  "activated": ActivatedReply;
  "deactivated": DeactivatedReply;
  "botSuspended": BotSuspendedReply;
  "botResumed": BotResumedReply;
  "delivery": DeliveryReply;
}

/** The name of any event of the contract. */
export type EventName = keyof EventMap;

/** The body of one delivery as the spec describes it (its events as the envelope types them). */
export type BatchEnvelope = components["schemas"]["CallbackRequest"];

/** One item of a batch: any event of the contract; switch on its discriminator to narrow it. */
export type BatchItem = EventMap[EventName];

/** One delivery: the envelope whose `/events` array carries the contract's events, in order. */
export type Batch = Omit<BatchEnvelope, "events"> & { "events": BatchItem[] };
