// generated from spec/protocol.yaml by chathooks; do not edit

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
         * Receive a Protocol webhooks webhook
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
    "contact.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new contact was created. */
        post: operations["contactCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An existing contact was updated. */
        post: operations["contactUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was successfully deleted.
         * @description The payload of delete events is not documented; chathooks requires only the object's `id`.
         */
        post: operations["contactDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new conversation was created. */
        post: operations["conversationCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An existing conversation was updated. */
        post: operations["conversationUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation was successfully deleted.
         * @description The payload of delete events is not documented; chathooks requires only the object's `id`.
         */
        post: operations["conversationDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new message was created. */
        post: operations["messageCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An existing message was updated. */
        post: operations["messageUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was successfully deleted.
         * @description The payload of delete events is not documented; chathooks requires only the object's `id`.
         */
        post: operations["messageDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new group was created. */
        post: operations["groupCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An existing group was updated. */
        post: operations["groupUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A group was successfully deleted.
         * @description The payload of delete events is not documented; chathooks requires only the object's `id`.
         */
        post: operations["groupDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "attachment.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new attachment was created. */
        post: operations["attachmentCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "attachment.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An existing attachment was updated. */
        post: operations["attachmentUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "attachment.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An attachment was successfully deleted.
         * @description The payload of delete events is not documented; chathooks requires only the object's `id`.
         */
        post: operations["attachmentDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Protocol reads only the status code (2xx); any body is accepted and ignored. */
        Ack: unknown;
        /** @description A file attached to a message. */
        Attachment: {
            id: components["schemas"]["Id"];
            message_id?: string;
            filename?: string;
            file_url?: string;
            /** @description MIME type, e.g. `application/pdf`. */
            file_type?: string;
            /** @description Size in bytes. */
            file_size?: number;
            created_at?: components["schemas"]["Timestamp"];
        };
        AttachmentCreated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "attachment.created";
            payload: components["schemas"]["Attachment"];
        };
        AttachmentDeleted: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "attachment.deleted";
            payload: components["schemas"]["DeletedObject"];
        };
        AttachmentUpdated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "attachment.updated";
            payload: components["schemas"]["Attachment"];
        };
        /** @description A contact in your Protocol contact list. */
        Contact: {
            id: components["schemas"]["Id"];
            /** @description The contact's unique username. */
            username?: string;
            /** @description The contact's phone number. */
            phone_number?: string;
            /** @description URL of the contact's avatar. */
            avatar_url?: string;
            /** @description The name shown in the app; defaults to the username. */
            display_name?: string | null;
            /** @description Id of the conversation with this contact. */
            conversation_id?: string;
            last_active_at?: components["schemas"]["NullableTimestamp"];
            created_at?: components["schemas"]["Timestamp"];
        };
        ContactCreated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "contact.created";
            payload: components["schemas"]["Contact"];
        };
        ContactDeleted: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "contact.deleted";
            payload: components["schemas"]["DeletedObject"];
        };
        ContactUpdated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "contact.updated";
            payload: components["schemas"]["Contact"];
        };
        /** @description A conversation with a contact or a group. */
        Conversation: {
            id: components["schemas"]["Id"];
            /** @description Id of the contact in a one-to-one conversation; null for group conversations. */
            contact_id?: string | null;
            /** @description Id of the group, for group conversations. */
            group_id?: string | null;
            /** @description Id of the pinned message, if any. */
            pinned_message_id?: string | null;
            is_pinned?: boolean;
            is_muted?: boolean;
            last_active_at?: components["schemas"]["NullableTimestamp"];
            last_opened_at?: components["schemas"]["NullableTimestamp"];
            created_at?: components["schemas"]["Timestamp"];
            archived_at?: components["schemas"]["NullableTimestamp"];
        };
        ConversationCreated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "conversation.created";
            payload: components["schemas"]["Conversation"];
        };
        ConversationDeleted: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "conversation.deleted";
            payload: components["schemas"]["DeletedObject"];
        };
        ConversationUpdated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "conversation.updated";
            payload: components["schemas"]["Conversation"];
        };
        /**
         * @description What Protocol sends for a deleted object is not documented; chathooks accepts the deleted object as it was
         *     or just its `{ "id": … }`, so the id is the only field required.
         */
        DeletedObject: {
            id: components["schemas"]["Id"];
        };
        /** @description A group of contacts sharing one conversation. */
        Group: {
            id: components["schemas"]["Id"];
            name?: string;
            description?: string | null;
            avatar_url?: string | null;
            conversation_id?: string;
            contacts?: components["schemas"]["Contact"][];
            created_at?: components["schemas"]["Timestamp"];
            archived_at?: components["schemas"]["NullableTimestamp"];
        };
        GroupCreated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "group.created";
            payload: components["schemas"]["Group"];
        };
        GroupDeleted: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "group.deleted";
            payload: components["schemas"]["DeletedObject"];
        };
        GroupUpdated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "group.updated";
            payload: components["schemas"]["Group"];
        };
        /** @description Headers Protocol adds to every webhook request (names are case-insensitive on the wire). */
        Headers: {
            /**
             * @description Always JSON.
             * @example application/json
             */
            "content-type"?: string;
            /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
            "x-protocol-signature": string;
        };
        /**
         * @description A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.
         * @example WAz8eIbvDR60rouK
         */
        Id: string;
        /** @description A message in a conversation. The embedded contact omits `display_name` and `conversation_id`. */
        Message: {
            id: components["schemas"]["Id"];
            conversation_id: string;
            contact?: components["schemas"]["Contact"];
            /** @description The message text. */
            message?: string;
            /** @description Reactions to the message. Protocol does not document the reaction object. */
            reactions?: unknown[];
            attachments?: components["schemas"]["Attachment"][];
            read_at?: components["schemas"]["NullableTimestamp"];
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["NullableTimestamp"];
        };
        MessageCreated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "message.created";
            payload: components["schemas"]["Message"];
        };
        MessageDeleted: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "message.deleted";
            payload: components["schemas"]["DeletedObject"];
        };
        MessageUpdated: {
            id: components["schemas"]["Id"];
            /** @constant */
            type: "message.updated";
            payload: components["schemas"]["Message"];
        };
        /** @description Unix time in seconds, or null when the moment has not happened (never active, not archived). */
        NullableTimestamp: number | null;
        /**
         * @description Unix time in seconds.
         * @example 705103200
         */
        Timestamp: number;
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
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreated"] | components["schemas"]["ContactUpdated"] | components["schemas"]["ContactDeleted"] | components["schemas"]["ConversationCreated"] | components["schemas"]["ConversationUpdated"] | components["schemas"]["ConversationDeleted"] | components["schemas"]["MessageCreated"] | components["schemas"]["MessageUpdated"] | components["schemas"]["MessageDeleted"] | components["schemas"]["GroupCreated"] | components["schemas"]["GroupUpdated"] | components["schemas"]["GroupDeleted"] | components["schemas"]["AttachmentCreated"] | components["schemas"]["AttachmentUpdated"] | components["schemas"]["AttachmentDeleted"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    contactCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    contactUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    contactDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDeleted"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    conversationCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    conversationUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationUpdated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    conversationDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationDeleted"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    messageCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    messageUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageUpdated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    messageDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDeleted"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    groupCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    groupUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    groupDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupDeleted"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    attachmentCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    attachmentUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentUpdated"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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
    attachmentDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key. */
                "x-protocol-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentDeleted"];
            };
        };
        responses: {
            /** @description The answer Protocol webhooks expects. */
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

/** `contact.created` (after-event): A new contact was created. */
export type ContactCreated = components["schemas"]["ContactCreated"];
/** `contact.updated` (after-event): An existing contact was updated. */
export type ContactUpdated = components["schemas"]["ContactUpdated"];
/** `contact.deleted` (after-event): A contact was successfully deleted. */
export type ContactDeleted = components["schemas"]["ContactDeleted"];
/** `conversation.created` (after-event): A new conversation was created. */
export type ConversationCreated = components["schemas"]["ConversationCreated"];
/** `conversation.updated` (after-event): An existing conversation was updated. */
export type ConversationUpdated = components["schemas"]["ConversationUpdated"];
/** `conversation.deleted` (after-event): A conversation was successfully deleted. */
export type ConversationDeleted = components["schemas"]["ConversationDeleted"];
/** `message.created` (after-event): A new message was created. */
export type MessageCreated = components["schemas"]["MessageCreated"];
/** `message.updated` (after-event): An existing message was updated. */
export type MessageUpdated = components["schemas"]["MessageUpdated"];
/** `message.deleted` (after-event): A message was successfully deleted. */
export type MessageDeleted = components["schemas"]["MessageDeleted"];
/** `group.created` (after-event): A new group was created. */
export type GroupCreated = components["schemas"]["GroupCreated"];
/** `group.updated` (after-event): An existing group was updated. */
export type GroupUpdated = components["schemas"]["GroupUpdated"];
/** `group.deleted` (after-event): A group was successfully deleted. */
export type GroupDeleted = components["schemas"]["GroupDeleted"];
/** `attachment.created` (after-event): A new attachment was created. */
export type AttachmentCreated = components["schemas"]["AttachmentCreated"];
/** `attachment.updated` (after-event): An existing attachment was updated. */
export type AttachmentUpdated = components["schemas"]["AttachmentUpdated"];
/** `attachment.deleted` (after-event): An attachment was successfully deleted. */
export type AttachmentDeleted = components["schemas"]["AttachmentDeleted"];

/** What the receiver answers to `contact.created`. */
export type ContactCreatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `contact.updated`. */
export type ContactUpdatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `contact.deleted`. */
export type ContactDeletedReply = components["schemas"]["Ack"];
/** What the receiver answers to `conversation.created`. */
export type ConversationCreatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `conversation.updated`. */
export type ConversationUpdatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `conversation.deleted`. */
export type ConversationDeletedReply = components["schemas"]["Ack"];
/** What the receiver answers to `message.created`. */
export type MessageCreatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `message.updated`. */
export type MessageUpdatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `message.deleted`. */
export type MessageDeletedReply = components["schemas"]["Ack"];
/** What the receiver answers to `group.created`. */
export type GroupCreatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `group.updated`. */
export type GroupUpdatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `group.deleted`. */
export type GroupDeletedReply = components["schemas"]["Ack"];
/** What the receiver answers to `attachment.created`. */
export type AttachmentCreatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `attachment.updated`. */
export type AttachmentUpdatedReply = components["schemas"]["Ack"];
/** What the receiver answers to `attachment.deleted`. */
export type AttachmentDeletedReply = components["schemas"]["Ack"];

/** Every event of the contract, by its name on the wire. */
export interface EventMap {
  "contact.created": ContactCreated;
  "contact.updated": ContactUpdated;
  "contact.deleted": ContactDeleted;
  "conversation.created": ConversationCreated;
  "conversation.updated": ConversationUpdated;
  "conversation.deleted": ConversationDeleted;
  "message.created": MessageCreated;
  "message.updated": MessageUpdated;
  "message.deleted": MessageDeleted;
  "group.created": GroupCreated;
  "group.updated": GroupUpdated;
  "group.deleted": GroupDeleted;
  "attachment.created": AttachmentCreated;
  "attachment.updated": AttachmentUpdated;
  "attachment.deleted": AttachmentDeleted;
}

/** The reply body each event expects. */
export interface ReplyMap {
  "contact.created": ContactCreatedReply;
  "contact.updated": ContactUpdatedReply;
  "contact.deleted": ContactDeletedReply;
  "conversation.created": ConversationCreatedReply;
  "conversation.updated": ConversationUpdatedReply;
  "conversation.deleted": ConversationDeletedReply;
  "message.created": MessageCreatedReply;
  "message.updated": MessageUpdatedReply;
  "message.deleted": MessageDeletedReply;
  "group.created": GroupCreatedReply;
  "group.updated": GroupUpdatedReply;
  "group.deleted": GroupDeletedReply;
  "attachment.created": AttachmentCreatedReply;
  "attachment.updated": AttachmentUpdatedReply;
  "attachment.deleted": AttachmentDeletedReply;
}

/** The name of any event of the contract. */
export type EventName = keyof EventMap;
