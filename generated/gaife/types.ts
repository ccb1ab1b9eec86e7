// generated from spec/gaife.yaml by chathooks; do not edit

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
         * Receive a GAIFE message webhooks webhook
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
        /**
         * A message was created or processed in a conversation with a callback_url.
         * @description Sent for every message of the conversation: the user's input, system messages and bot answers, and again
         *     when a message's status changes (RECEIVED → PROCESSED or FAILED).
         */
        post: operations["message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description GAIFE reads only the status code (2xx); any body is accepted and ignored. */
        Ack: unknown;
        /**
         * @description Communication channel of the message.
         * @enum {string}
         */
        Channel: "API" | "WHATSAPP" | "SMS" | "api" | "whatsapp" | "sms";
        /**
         * @description Kind of content. The webhook guide documents upper case; the send-message API returns the same values in
         *     lower case, so both spellings are accepted.
         * @enum {string}
         */
        ContentType: "TEXT" | "IMAGE" | "VIDEO" | "DOCUMENT" | "AUDIO" | "text" | "image" | "video" | "document" | "audio";
        Headers: {
            /** @example application/json */
            "content-type"?: string;
        };
        /** @description The message. */
        MessageData: {
            /** @description Message id (a UUID; deduplicate on it together with `status`). */
            id: string;
            /** @description The message text, or a media URL or description for media messages. */
            content: string;
            content_type: components["schemas"]["ContentType"];
            /** @description Present only for media messages. */
            filename?: string;
            type: components["schemas"]["MessageType"];
            channel: components["schemas"]["Channel"];
            status: components["schemas"]["Status"];
            metadata?: components["schemas"]["Metadata"];
            /** @description Id or name of the creator. Absent from GAIFE's own test payloads. */
            created_by?: string;
            /** @description Id or name of the last modifier. Absent from GAIFE's own test payloads. */
            updated_by?: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description Who produced the message. Upper case per the webhook guide; lower case as the message API returns it.
         * @enum {string}
         */
        MessageType: "USER_INPUT" | "SYSTEM" | "BOT" | "user_input" | "system" | "bot";
        MessageWebhook: {
            /**
             * @description The conversation. Documented as a UUID; the conversations API returns 32 hex digits without hyphens
             *     (`550e8400e29b41d4a716446655440000`), so any non-empty string is accepted.
             */
            conversation_id: string;
            data: components["schemas"]["MessageData"];
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * @description Custom metadata (≤ 4 KB): any JSON object. The webhook guide (S-G0) says only "Object, optional,
         *     custom metadata for the message". The keys below are the ones a sibling page (S-G2) shows on workflow
         *     and ticket messages; they are listed so that docs and types name them, but none is required and none
         *     is typed, because the guide allows any value (`{"ticket_id": 4521}` as well as `"4521"`).
         */
        Metadata: {
            /** @description Workflow instance id (S-G2: a string such as "789"). */
            workflow_instance_id?: unknown;
            /** @description S-G2: RUNNING, PAUSED, COMPLETED, FAILED, CANCELLED or TERMINATED. */
            workflow_instance_status?: unknown;
            /** @description Ticket id (S-G2); any JSON value. */
            ticket_id?: unknown;
            /** @description S-G2: EXECUTED, ERRORED, CANCELLED or REJECTED. */
            task_instance_status?: unknown;
            /** @description Progress of the workflow (S-G2: a number). */
            workflow_progress?: unknown;
            /** @description The task that failed (S-G2). */
            failed_task_id?: unknown;
            /** @description The workflow's error message (S-G2). */
            exception_message?: unknown;
            /** @description Name of the workflow (S-G2). */
            workflow_name?: unknown;
            /** @description Name of the task (S-G2). */
            task_name?: unknown;
            /** @description Whether the output is a file stored in S3 (S-G2: a boolean). */
            from_s3?: unknown;
            /** @description The file output (S-G2: `{ s3_url, output_type }`). */
            output?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Processing status; a message is delivered again when it changes.
         * @enum {string}
         */
        Status: "RECEIVED" | "PROCESSED" | "FAILED" | "received" | "processed" | "failed";
        /**
         * @description ISO-8601 date-time, e.g. `2024-03-21T10:00:00Z` (`timestamp` has milliseconds). GAIFE's own test payload
         *     generator sends naive local times without a zone (`2024-03-21T10:00:00.123456`), so the zone is optional.
         * @example 2024-03-21T10:00:00Z
         */
        Timestamp: string;
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageWebhook"];
            };
        };
        responses: {
            /** @description The answer GAIFE message webhooks expects. */
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageWebhook"];
            };
        };
        responses: {
            /** @description The answer GAIFE message webhooks expects. */
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

/** `message` (after-event): A message was created or processed in a conversation with a callback_url. */
export type Message = components["schemas"]["MessageWebhook"];

/** What the receiver answers to `message`. */
export type MessageReply = components["schemas"]["Ack"];

/** Every event of the contract, by its name on the wire. */
export interface EventMap {
  "message": Message;
}

/** The reply body each event expects. */
export interface ReplyMap {
  "message": MessageReply;
}

/** The name of any event of the contract. */
export type EventName = keyof EventMap;
