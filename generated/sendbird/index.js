// generated from spec/sendbird.yaml by chathooks; do not edit
export { validators, replyValidators } from './validators.js';
export { examples, replyExamples } from './examples.js';
/** Every event name, in spec order; `EventName` and this list cannot drift apart. */
export const eventNames = [
    "open_channel:create",
    "open_channel:remove",
    "open_channel:enter",
    "open_channel:exit",
    "open_channel:message_send",
    "open_channel:message_update",
    "open_channel:message_delete",
    "group_channel:create",
    "group_channel:changed",
    "group_channel:remove",
    "group_channel:invite",
    "group_channel:decline_invite",
    "group_channel:join",
    "group_channel:leave",
    "group_channel:message_send",
    "group_channel:message_read",
    "group_channel:message_update",
    "group_channel:message_delete",
    "group_channel:freeze_unfreeze",
    "group_channel:reaction_add",
    "group_channel:reaction_delete",
    "user:block",
    "user:unblock",
    "operators:register_by_operator",
    "operators:unregister_by_operator",
    "message:report",
    "user:report",
    "open_channel:report",
    "group_channel:report",
    "alert:user_message_rate_limit_exceeded",
    "profanity_filter:replace",
    "profanity_filter:block",
    "profanity_filter:moderate",
    "image_moderation:block",
    "announcement:create_channels",
    "announcement:send_messages",
    "user:push_preference",
    "user:push_channel_preference",
    "user:device_token_register",
    "user:device_token_unregister",
    "user:mute",
    "user:ban",
    "user:deactivate",
    "profanity_filter:detect",
    "message:moderation_extension_triggered"
];
const listIsComplete = true;
void listIsComplete;
/** The Sendbird Chat webhooks contract: transport, discriminator, signature, delivery policy and every event. */
export const contract = {
    "id": "sendbird",
    "title": "Sendbird Chat webhooks",
    "version": "3.0.0",
    "description": "Sendbird posts a JSON body to the webhook URL of the application for every subscribed event category (`enabled_events`; `[\"*\"]` for all).\nThe body names its event in `category`. The set of categories is **open**: Sendbird adds categories server-side (`all_webhook_categories`) and hides legacy ones, so a receiver should acknowledge categories it does not know.\n\nEvery request is signed: `x-sendbird-signature` (and the legacy `x-signature`, same value) is the hex HMAC-SHA256 of the raw body keyed with the **master** API token. Bodies escape slashes (`\\/`), so verify the bytes as received.\n\nSendbird waits 5 s for a 200 and sends the same request up to three times (15 s in all) before dropping it; answer at once and work asynchronously. The reply body is ignored. Timestamps are milliseconds, except `message:report.created_at` (seconds). `members` appear only with \"Include member information\" on, never for Supergroups.",
    "source": "spec/sendbird.yaml",
    "eventSet": "open",
    "signature": {
        "scheme": "hmac-sha256",
        "header": "x-sendbird-signature",
        "legacyHeaders": [
            "x-signature"
        ],
        "encoding": "hex",
        "secret": "Your master API token (secondary tokens do not match)",
        "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/webhook-overview",
        "confidence": "documented",
        "notes": "HMAC-SHA256 over the RAW body; bodies escape slashes as \\/ so never verify re-serialised JSON. The seed tutorial names only x-signature; the docs name x-sendbird-signature; captures carry both."
    },
    "delivery": {
        "timeoutMs": 5000,
        "retries": [
            0,
            0
        ],
        "retryOn": [
            "timeout",
            "network",
            "non-2xx"
        ],
        "success": [
            200
        ],
        "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/webhook-overview",
        "confidence": "documented",
        "notes": "Up to 3 sends within 15 s, then dropped (\"if a 400 error is returned, Sendbird will try to resend\"); Sendbird documents no delay between sends, so retries follow at once."
    },
    "idempotencyKey": [
        "/payload/message_id",
        "/channel/channel_url",
        "/created_at",
        "/removed_at",
        "/blocked_at",
        "/moderated_at",
        "/requested_at",
        "/read_updates"
    ],
    "discriminator": {
        "in": "body",
        "name": "category"
    },
    "transport": {
        "method": "POST",
        "contentType": "application/json",
        "path": "/webhook"
    },
    "events": [
        {
            "name": "open_channel:create",
            "operationId": "openChannelCreate",
            "typeName": "OpenChannelCreate",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelCreate"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OpenChannelCreate": {
                        "type": "object",
                        "description": "An open channel was created.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:create"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the channel was created (unix time in milliseconds)."
                            },
                            "operators": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "lobby",
                    "payload": {
                        "category": "open_channel:create",
                        "created_at": 1540866408000,
                        "operators": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            }
                        ],
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:create` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "created_at": 1540866408000,
                        "operators": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            }
                        ],
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:create names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:create",
                        "created_at": 1540866408000,
                        "operators": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "documented",
            "title": "An open channel was created",
            "summary": "An open channel was created.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:remove",
            "operationId": "openChannelRemove",
            "typeName": "OpenChannelRemove",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelRemove"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OpenChannelRemove": {
                        "type": "object",
                        "description": "An open channel was removed.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:remove"
                            },
                            "removed_at": {
                                "type": "integer",
                                "description": "When the channel was removed (unix time in milliseconds)."
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "removed",
                    "payload": {
                        "category": "open_channel:remove",
                        "removed_at": 1540866608000,
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:remove` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "removed_at": 1540866608000,
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:remove names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:remove",
                        "removed_at": 1540866608000,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "documented",
            "title": "An open channel was removed",
            "summary": "An open channel was removed.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:enter",
            "operationId": "openChannelEnter",
            "typeName": "OpenChannelEnter",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelEnter"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OpenChannelEnter": {
                        "type": "object",
                        "description": "A user entered an open channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:enter"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "entered_at": {
                                "type": "integer",
                                "description": "When it happened (unix time in milliseconds)."
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "enter",
                    "payload": {
                        "category": "open_channel:enter",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "entered_at": 1540866500000,
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:enter` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "entered_at": 1540866500000,
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:enter names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:enter",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "entered_at": 1540866500000,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "inferred",
            "title": "A user entered an open channel",
            "summary": "A user entered an open channel.",
            "notes": "Payload not retrieved; modelled on group_channel:join (the user, a timestamp, the channel). `entered_at` is inferred.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:exit",
            "operationId": "openChannelExit",
            "typeName": "OpenChannelExit",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelExit"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OpenChannelExit": {
                        "type": "object",
                        "description": "A user exited an open channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:exit"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "exited_at": {
                                "type": "integer",
                                "description": "When it happened (unix time in milliseconds)."
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "exit",
                    "payload": {
                        "category": "open_channel:exit",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "exited_at": 1540866500000,
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:exit` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "exited_at": 1540866500000,
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:exit names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:exit",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "exited_at": 1540866500000,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "inferred",
            "title": "A user exited an open channel",
            "summary": "A user exited an open channel.",
            "notes": "Payload not retrieved; modelled on group_channel:join (the user, a timestamp, the channel). `exited_at` is inferred.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:message_send",
            "operationId": "openChannelMessageSend",
            "typeName": "OpenChannelMessageSend",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelMessageSend"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "OpenChannelMessageSend": {
                        "type": "object",
                        "description": "A message was sent in an open channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:message_send"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "text",
                    "payload": {
                        "category": "open_channel:message_send",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                },
                {
                    "name": "file",
                    "payload": {
                        "category": "open_channel:message_send",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "FILE",
                        "payload": {
                            "message_id": 238303390,
                            "custom_type": "invoice",
                            "url": "https://file-us-1.sendbird.com/9bdf228d/invoice-2018-10.pdf",
                            "name": "invoice-2018-10.pdf",
                            "type": "application/pdf",
                            "size": 21352,
                            "created_at": 1540798601342,
                            "data": ""
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:message_send` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:message_send names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:message_send",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "inferred",
            "title": "A message was sent in an open channel",
            "summary": "A message was sent in an open channel.",
            "notes": "Payload not retrieved; modelled on group_channel:message_send without members (open channels have none).",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:message_update",
            "operationId": "openChannelMessageUpdate",
            "typeName": "OpenChannelMessageUpdate",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelMessageUpdate"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "OpenChannelMessageUpdate": {
                        "type": "object",
                        "description": "A message was updated in an open channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:message_update"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "edited",
                    "payload": {
                        "category": "open_channel:message_update",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello (edited)",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:message_update` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello (edited)",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:message_update names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:message_update",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello (edited)",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "inferred",
            "title": "A message was updated in an open channel",
            "summary": "A message was updated in an open channel.",
            "notes": "Payload not retrieved; modelled on message_send.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:message_delete",
            "operationId": "openChannelMessageDelete",
            "typeName": "OpenChannelMessageDelete",
            "kind": "after",
            "tags": [
                "open_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelMessageDelete"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "OpenChannelMessageDelete": {
                        "type": "object",
                        "description": "A message was deleted in an open channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:message_delete"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "deleted",
                    "payload": {
                        "category": "open_channel:message_delete",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "created_at": 1540798555343
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:message_delete` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "created_at": 1540798555343
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every open_channel:message_delete names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "open_channel:message_delete",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "created_at": 1540798555343
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
            "confidence": "inferred",
            "title": "A message was deleted in an open channel",
            "summary": "A message was deleted in an open channel.",
            "notes": "Payload not retrieved; modelled on message_send; the payload carries at least the message id.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:create",
            "operationId": "groupChannelCreate",
            "typeName": "GroupChannelCreate",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelCreate"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelCreate": {
                        "type": "object",
                        "description": "A group channel was created.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:create"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the channel was created (unix time in milliseconds)."
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "inviter": {
                                "$ref": "#/$defs/User"
                            },
                            "users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "with-members",
                    "payload": {
                        "category": "group_channel:create",
                        "created_at": 1540866408000,
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            },
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                },
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "invited",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": true,
                                "do_not_disturb": false
                            }
                        ],
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "summary": "include_members on."
                },
                {
                    "name": "without-members",
                    "payload": {
                        "category": "group_channel:create",
                        "created_at": 1540866408000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "summary": "include_members off (the default)."
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:create` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "created_at": 1540866408000,
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            },
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                },
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "invited",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": true,
                                "do_not_disturb": false
                            }
                        ],
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:create names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:create",
                        "created_at": 1540866408000,
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            },
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                },
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "invited",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": true,
                                "do_not_disturb": false
                            }
                        ],
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "documented",
            "title": "A group channel was created",
            "summary": "A group channel was created.",
            "notes": "Members invited at creation get group_channel:join, not invite. `users` is inferred.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:changed",
            "operationId": "groupChannelChanged",
            "typeName": "GroupChannelChanged",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelChanged"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelChanged": {
                        "type": "object",
                        "description": "A group channel’s name, cover, custom type, channel type, data or access code changed.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:changed"
                            },
                            "changed_at": {
                                "type": "integer",
                                "description": "When it changed (unix time in milliseconds)."
                            },
                            "changes": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "key": {
                                            "type": "string"
                                        },
                                        "old": {},
                                        "new": {}
                                    }
                                }
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "renamed",
                    "payload": {
                        "category": "group_channel:changed",
                        "changed_at": 1540866900000,
                        "changes": [
                            {
                                "key": "name",
                                "old": "Orion",
                                "new": "Project Orion"
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:changed` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "changed_at": 1540866900000,
                        "changes": [
                            {
                                "key": "name",
                                "old": "Orion",
                                "new": "Project Orion"
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:changed names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:changed",
                        "changed_at": 1540866900000,
                        "changes": [
                            {
                                "key": "name",
                                "old": "Orion",
                                "new": "Project Orion"
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A group channel’s name, cover, custom type, channel type, data or access code changed",
            "summary": "A group channel’s name, cover, custom type, channel type, data or access code changed.",
            "notes": "Payload not retrieved; the docs say `changes` lists old and new values.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:remove",
            "operationId": "groupChannelRemove",
            "typeName": "GroupChannelRemove",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelRemove"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelRemove": {
                        "type": "object",
                        "description": "A group channel was removed.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:remove"
                            },
                            "removed_at": {
                                "type": "integer",
                                "description": "When the channel was removed (unix time in milliseconds)."
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "removed",
                    "payload": {
                        "category": "group_channel:remove",
                        "removed_at": 1540867000000,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:remove` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "removed_at": 1540867000000,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:remove names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:remove",
                        "removed_at": 1540867000000,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A group channel was removed",
            "summary": "A group channel was removed.",
            "notes": "Payload not retrieved; modelled on open_channel:remove.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:invite",
            "operationId": "groupChannelInvite",
            "typeName": "GroupChannelInvite",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelInvite"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelInvite": {
                        "type": "object",
                        "description": "A user invited others to a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:invite"
                            },
                            "invited_at": {
                                "type": "integer",
                                "description": "When the invitation was sent (unix time in milliseconds)."
                            },
                            "inviter": {
                                "$ref": "#/$defs/User"
                            },
                            "invitees": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "invite",
                    "payload": {
                        "category": "group_channel:invite",
                        "invited_at": 1540867100000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "invitees": [
                            {
                                "user_id": "leo.garcia",
                                "nickname": "Léo García",
                                "profile_url": "",
                                "metadata": {}
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:invite` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "invited_at": 1540867100000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "invitees": [
                            {
                                "user_id": "leo.garcia",
                                "nickname": "Léo García",
                                "profile_url": "",
                                "metadata": {}
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:invite names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:invite",
                        "invited_at": 1540867100000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "invitees": [
                            {
                                "user_id": "leo.garcia",
                                "nickname": "Léo García",
                                "profile_url": "",
                                "metadata": {}
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A user invited others to a group channel",
            "summary": "A user invited others to a group channel.",
            "notes": "Payload not retrieved; modelled on group_channel:create (inviter, invitees, members).",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:decline_invite",
            "operationId": "groupChannelDeclineInvite",
            "typeName": "GroupChannelDeclineInvite",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelDeclineInvite"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelDeclineInvite": {
                        "type": "object",
                        "description": "An invitee declined the invitation.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:decline_invite"
                            },
                            "declined_at": {
                                "type": "integer",
                                "description": "When the invitation was declined (unix time in milliseconds)."
                            },
                            "inviter": {
                                "$ref": "#/$defs/User"
                            },
                            "users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "declined",
                    "payload": {
                        "category": "group_channel:decline_invite",
                        "declined_at": 1540867200000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "users": [
                            {
                                "user_id": "leo.garcia",
                                "nickname": "Léo García",
                                "profile_url": "",
                                "metadata": {}
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:decline_invite` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "declined_at": 1540867200000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "users": [
                            {
                                "user_id": "leo.garcia",
                                "nickname": "Léo García",
                                "profile_url": "",
                                "metadata": {}
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:decline_invite names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:decline_invite",
                        "declined_at": 1540867200000,
                        "inviter": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "users": [
                            {
                                "user_id": "leo.garcia",
                                "nickname": "Léo García",
                                "profile_url": "",
                                "metadata": {}
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "An invitee declined the invitation",
            "summary": "An invitee declined the invitation.",
            "notes": "Payload not retrieved; `users` are the decliners per the docs.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:join",
            "operationId": "groupChannelJoin",
            "typeName": "GroupChannelJoin",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelJoin"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelJoin": {
                        "type": "object",
                        "description": "Users joined a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:join"
                            },
                            "joined_at": {
                                "type": "integer",
                                "description": "When it happened (unix time in milliseconds)."
                            },
                            "users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "join",
                    "payload": {
                        "category": "group_channel:join",
                        "joined_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                },
                {
                    "name": "join-with-members",
                    "payload": {
                        "category": "group_channel:join",
                        "joined_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "all",
                                "do_not_disturb": false
                            },
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                },
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:join` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "joined_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:join names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:join",
                        "joined_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "Users joined a group channel",
            "summary": "Users joined a group channel.",
            "notes": "Payload not retrieved; modelled on group_channel:create (users, members, channel).",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:leave",
            "operationId": "groupChannelLeave",
            "typeName": "GroupChannelLeave",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelLeave"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelLeave": {
                        "type": "object",
                        "description": "Users left a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:leave"
                            },
                            "left_at": {
                                "type": "integer",
                                "description": "When it happened (unix time in milliseconds)."
                            },
                            "users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "leave",
                    "payload": {
                        "category": "group_channel:leave",
                        "left_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                },
                {
                    "name": "leave-with-members",
                    "payload": {
                        "category": "group_channel:leave",
                        "left_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "all",
                                "do_not_disturb": false
                            },
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                },
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:leave` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "left_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:leave names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:leave",
                        "left_at": 1540867300000,
                        "users": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "Users left a group channel",
            "summary": "Users left a group channel.",
            "notes": "Payload not retrieved; modelled on group_channel:create (users, members, channel).",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:message_send",
            "operationId": "groupChannelMessageSend",
            "typeName": "GroupChannelMessageSend",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelMessageSend"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelMessageSend": {
                        "type": "object",
                        "description": "A message was sent in a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:message_send"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "text-with-members",
                    "payload": {
                        "category": "group_channel:message_send",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            }
                        ]
                    },
                    "summary": "The documented sample (include_members on)."
                },
                {
                    "name": "text-korean-no-members",
                    "payload": {
                        "category": "group_channel:message_send",
                        "sender": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            }
                        ],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303377,
                            "custom_type": "",
                            "message": "안녕하세요, café ☕",
                            "translations": {
                                "en": "Hello, café ☕"
                            },
                            "created_at": 1540798561220,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "iOS",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "summary": "Non-ASCII text, include_members off."
                },
                {
                    "name": "file",
                    "payload": {
                        "category": "group_channel:message_send",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "FILE",
                        "payload": {
                            "message_id": 238303390,
                            "custom_type": "invoice",
                            "url": "https://file-us-1.sendbird.com/9bdf228d/invoice-2018-10.pdf",
                            "name": "invoice-2018-10.pdf",
                            "type": "application/pdf",
                            "size": 21352,
                            "created_at": 1540798601342,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "Android",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": true,
                                "do_not_disturb": false
                            },
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                },
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 1,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            }
                        ]
                    },
                    "summary": "A file message."
                },
                {
                    "name": "admin",
                    "payload": {
                        "category": "group_channel:message_send",
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "ADMM",
                        "payload": {
                            "message_id": 238303401,
                            "custom_type": "notice",
                            "message": "This channel will be archived on Friday.",
                            "translations": {},
                            "created_at": 1540798702001,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "summary": "An admin message sent through the Platform API."
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:message_send` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": 0,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            }
                        ]
                    },
                    "keyword": "const"
                },
                {
                    "name": "is-hidden-boolean",
                    "reason": "`is_hidden` is an integer flag (0/1), never a boolean.",
                    "pointer": "/members/0/is_hidden",
                    "payload": {
                        "category": "group_channel:message_send",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "members": [
                            {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {},
                                "is_active": true,
                                "is_online": false,
                                "is_hidden": false,
                                "state": "joined",
                                "is_blocking_sender": false,
                                "is_blocked_by_sender": false,
                                "unread_message_count": 0,
                                "total_unread_message_count": 0,
                                "channel_unread_message_count": 0,
                                "channel_mention_count": 0,
                                "push_enabled": false,
                                "push_trigger_option": "default",
                                "do_not_disturb": false
                            }
                        ]
                    },
                    "keyword": "type"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "documented",
            "title": "A message was sent in a group channel",
            "summary": "A message was sent in a group channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:message_read",
            "operationId": "groupChannelMessageRead",
            "typeName": "GroupChannelMessageRead",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelMessageRead"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelMessageRead": {
                        "type": "object",
                        "description": "A user has no more unread messages in a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "read_updates"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:message_read"
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "read_updates": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": [
                                        "user_id"
                                    ],
                                    "properties": {
                                        "user_id": {
                                            "type": "string"
                                        },
                                        "read_ts": {
                                            "type": "integer",
                                            "description": "When the user read (unix time in milliseconds)."
                                        },
                                        "channel_unread_message_count": {
                                            "type": "integer"
                                        },
                                        "total_unread_message_count": {
                                            "type": "integer"
                                        }
                                    }
                                }
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "read",
                    "payload": {
                        "category": "group_channel:message_read",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "read_updates": [
                            {
                                "user_id": "mina_kim",
                                "read_ts": 1540869000000,
                                "channel_unread_message_count": 0,
                                "total_unread_message_count": 2
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:message_read` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "read_updates": [
                            {
                                "user_id": "mina_kim",
                                "read_ts": 1540869000000,
                                "channel_unread_message_count": 0,
                                "total_unread_message_count": 2
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:message_read names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:message_read",
                        "read_updates": [
                            {
                                "user_id": "mina_kim",
                                "read_ts": 1540869000000,
                                "channel_unread_message_count": 0,
                                "total_unread_message_count": 2
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "documented",
            "title": "A user has no more unread messages in a group channel",
            "summary": "A user has no more unread messages in a group channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:message_update",
            "operationId": "groupChannelMessageUpdate",
            "typeName": "GroupChannelMessageUpdate",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelMessageUpdate"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelMessageUpdate": {
                        "type": "object",
                        "description": "A message was updated in a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:message_update"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "edited",
                    "payload": {
                        "category": "group_channel:message_update",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello, everyone",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:message_update` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello, everyone",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:message_update names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:message_update",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello, everyone",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A message was updated in a group channel",
            "summary": "A message was updated in a group channel.",
            "notes": "Payload not retrieved; modelled on message_send.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:message_delete",
            "operationId": "groupChannelMessageDelete",
            "typeName": "GroupChannelMessageDelete",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelMessageDelete"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelMessageDelete": {
                        "type": "object",
                        "description": "A message was deleted in a group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:message_delete"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "deleted",
                    "payload": {
                        "category": "group_channel:message_delete",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "created_at": 1540798555343
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:message_delete` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "created_at": 1540798555343
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:message_delete names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:message_delete",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "created_at": 1540798555343
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A message was deleted in a group channel",
            "summary": "A message was deleted in a group channel.",
            "notes": "Payload not retrieved; modelled on message_send; the payload carries at least the message id.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:freeze_unfreeze",
            "operationId": "groupChannelFreezeUnfreeze",
            "typeName": "GroupChannelFreezeUnfreeze",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelFreezeUnfreeze"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelFreezeUnfreeze": {
                        "type": "object",
                        "description": "A group channel was frozen or unfrozen.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:freeze_unfreeze"
                            },
                            "freeze": {
                                "type": "boolean"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "frozen",
                    "payload": {
                        "category": "group_channel:freeze_unfreeze",
                        "freeze": true,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                },
                {
                    "name": "unfrozen",
                    "payload": {
                        "category": "group_channel:freeze_unfreeze",
                        "freeze": false,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:freeze_unfreeze` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "freeze": true,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:freeze_unfreeze names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:freeze_unfreeze",
                        "freeze": true,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A group channel was frozen or unfrozen",
            "summary": "A group channel was frozen or unfrozen.",
            "notes": "Payload not retrieved; `freeze` is inferred from the Platform API’s freeze call.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:reaction_add",
            "operationId": "groupChannelReactionAdd",
            "typeName": "GroupChannelReactionAdd",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelReactionAdd"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelReactionAdd": {
                        "type": "object",
                        "description": "A reaction was added to a message.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:reaction_add"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "reaction": {
                                "type": "object",
                                "properties": {
                                    "key": {
                                        "type": "string"
                                    },
                                    "updated_at": {
                                        "type": "integer",
                                        "description": "When the reaction changed (unix time in milliseconds)."
                                    }
                                }
                            },
                            "message_id": {
                                "type": "integer"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "add",
                    "payload": {
                        "category": "group_channel:reaction_add",
                        "user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "reaction": {
                            "key": "thumbs_up",
                            "updated_at": 1540869100000
                        },
                        "message_id": 238303376,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:reaction_add` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "reaction": {
                            "key": "thumbs_up",
                            "updated_at": 1540869100000
                        },
                        "message_id": 238303376,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:reaction_add names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:reaction_add",
                        "user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "reaction": {
                            "key": "thumbs_up",
                            "updated_at": 1540869100000
                        },
                        "message_id": 238303376,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A reaction was added to a message",
            "summary": "A reaction was added to a message.",
            "notes": "Payload not retrieved; the user, the reaction key and the message are inferred from the reactions API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:reaction_delete",
            "operationId": "groupChannelReactionDelete",
            "typeName": "GroupChannelReactionDelete",
            "kind": "after",
            "tags": [
                "group_channel"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelReactionDelete"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelReactionDelete": {
                        "type": "object",
                        "description": "A reaction was removed from a message.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:reaction_delete"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "reaction": {
                                "type": "object",
                                "properties": {
                                    "key": {
                                        "type": "string"
                                    },
                                    "updated_at": {
                                        "type": "integer",
                                        "description": "When the reaction changed (unix time in milliseconds)."
                                    }
                                }
                            },
                            "message_id": {
                                "type": "integer"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "delete",
                    "payload": {
                        "category": "group_channel:reaction_delete",
                        "user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "reaction": {
                            "key": "thumbs_up",
                            "updated_at": 1540869100000
                        },
                        "message_id": 238303376,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:reaction_delete` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "reaction": {
                            "key": "thumbs_up",
                            "updated_at": 1540869100000
                        },
                        "message_id": 238303376,
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every group_channel:reaction_delete names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "group_channel:reaction_delete",
                        "user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "reaction": {
                            "key": "thumbs_up",
                            "updated_at": 1540869100000
                        },
                        "message_id": 238303376,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
            "confidence": "inferred",
            "title": "A reaction was removed from a message",
            "summary": "A reaction was removed from a message.",
            "notes": "Payload not retrieved; the user, the reaction key and the message are inferred from the reactions API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:block",
            "operationId": "userBlock",
            "typeName": "UserBlock",
            "kind": "after",
            "tags": [
                "user"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserBlock"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    },
                    "UserBlock": {
                        "type": "object",
                        "description": "A user blocked another.",
                        "required": [
                            "category",
                            "app_id",
                            "blocker",
                            "blockee"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:block"
                            },
                            "blocker": {
                                "$ref": "#/$defs/User"
                            },
                            "blockee": {
                                "$ref": "#/$defs/User"
                            },
                            "blocked_at": {
                                "type": "integer",
                                "description": "When (unix time in milliseconds)."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "block",
                    "payload": {
                        "category": "user:block",
                        "blocker": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "blockee": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:block` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "blocker": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "blockee": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-blocker",
                    "reason": "Every user:block names its blocker.",
                    "pointer": "/blocker",
                    "payload": {
                        "category": "user:block",
                        "blockee": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
            "confidence": "documented",
            "title": "A user blocked another",
            "summary": "A user blocked another.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:unblock",
            "operationId": "userUnblock",
            "typeName": "UserUnblock",
            "kind": "after",
            "tags": [
                "user"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserUnblock"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    },
                    "UserUnblock": {
                        "type": "object",
                        "description": "A user unblocked another.",
                        "required": [
                            "category",
                            "app_id",
                            "unblocker",
                            "unblockee"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:unblock"
                            },
                            "unblocker": {
                                "$ref": "#/$defs/User"
                            },
                            "unblockee": {
                                "$ref": "#/$defs/User"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "unblock",
                    "payload": {
                        "category": "user:unblock",
                        "unblocker": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "unblockee": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:unblock` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "unblocker": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "unblockee": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-unblocker",
                    "reason": "Every user:unblock names its unblocker.",
                    "pointer": "/unblocker",
                    "payload": {
                        "category": "user:unblock",
                        "unblockee": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
            "confidence": "documented",
            "title": "A user unblocked another",
            "summary": "A user unblocked another.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "operators:register_by_operator",
            "operationId": "operatorsRegisterByOperator",
            "typeName": "OperatorsRegisterByOperator",
            "kind": "after",
            "tags": [
                "operators"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OperatorsRegisterByOperator"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OperatorsRegisterByOperator": {
                        "type": "object",
                        "description": "Operators were registered by another operator’s client.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "operators"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "operators:register_by_operator"
                            },
                            "requested_at": {
                                "type": "integer",
                                "description": "When it was requested (unix time in milliseconds)."
                            },
                            "requester": {
                                "$ref": "#/$defs/User"
                            },
                            "channel_type": {
                                "type": "string",
                                "enum": [
                                    "group_channel",
                                    "open_channel"
                                ]
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "operators": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "register",
                    "payload": {
                        "category": "operators:register_by_operator",
                        "requested_at": 1540870000000,
                        "requester": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel_type": "group_channel",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": "",
                            "cover_url": "https://static.sendbird.com/sample/cover/cover_11.jpg"
                        },
                        "operators": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `operators:register_by_operator` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "operators:unknown",
                        "requested_at": 1540870000000,
                        "requester": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel_type": "group_channel",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": "",
                            "cover_url": "https://static.sendbird.com/sample/cover/cover_11.jpg"
                        },
                        "operators": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every operators:register_by_operator names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "operators:register_by_operator",
                        "requested_at": 1540870000000,
                        "requester": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel_type": "group_channel",
                        "operators": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/operator",
            "confidence": "documented",
            "title": "Operators were registered by another operator’s client",
            "summary": "Operators were registered by another operator’s client.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "operators:unregister_by_operator",
            "operationId": "operatorsUnregisterByOperator",
            "typeName": "OperatorsUnregisterByOperator",
            "kind": "after",
            "tags": [
                "operators"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OperatorsUnregisterByOperator"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OperatorsUnregisterByOperator": {
                        "type": "object",
                        "description": "Operators were unregistered by another operator’s client.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "operators"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "operators:unregister_by_operator"
                            },
                            "requested_at": {
                                "type": "integer",
                                "description": "When it was requested (unix time in milliseconds)."
                            },
                            "requester": {
                                "$ref": "#/$defs/User"
                            },
                            "channel_type": {
                                "type": "string",
                                "enum": [
                                    "group_channel",
                                    "open_channel"
                                ]
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "operators": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "unregister",
                    "payload": {
                        "category": "operators:unregister_by_operator",
                        "requested_at": 1540870000000,
                        "requester": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel_type": "group_channel",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": "",
                            "cover_url": "https://static.sendbird.com/sample/cover/cover_11.jpg"
                        },
                        "operators": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `operators:unregister_by_operator` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "operators:unknown",
                        "requested_at": 1540870000000,
                        "requester": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel_type": "group_channel",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": "",
                            "cover_url": "https://static.sendbird.com/sample/cover/cover_11.jpg"
                        },
                        "operators": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every operators:unregister_by_operator names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "operators:unregister_by_operator",
                        "requested_at": 1540870000000,
                        "requester": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel_type": "group_channel",
                        "operators": [
                            {
                                "user_id": "mina_kim",
                                "nickname": "Mina Kim",
                                "profile_url": "",
                                "metadata": {
                                    "location": "Seoul"
                                }
                            }
                        ],
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/operator",
            "confidence": "documented",
            "title": "Operators were unregistered by another operator’s client",
            "summary": "Operators were unregistered by another operator’s client.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "message:report",
            "operationId": "messageReport",
            "typeName": "MessageReport",
            "kind": "after",
            "tags": [
                "report"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/MessageReport"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageReport": {
                        "type": "object",
                        "description": "A user reported a message.",
                        "required": [
                            "category",
                            "app_id",
                            "reported_message"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "message:report"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps)."
                            },
                            "report_type": {
                                "type": "string"
                            },
                            "report_category": {
                                "type": "string",
                                "description": "suspicious, spam, harassing, inappropriate (only suspicious is documented).",
                                "examples": [
                                    "suspicious"
                                ]
                            },
                            "reporting_user": {
                                "$ref": "#/$defs/User"
                            },
                            "offending_user": {
                                "$ref": "#/$defs/User"
                            },
                            "reported_message": {
                                "type": "object",
                                "properties": {
                                    "sender": {
                                        "$ref": "#/$defs/User"
                                    },
                                    "type": {
                                        "$ref": "#/$defs/MessageType"
                                    },
                                    "custom_type": {
                                        "type": "string"
                                    },
                                    "mention_type": {
                                        "$ref": "#/$defs/MentionType"
                                    },
                                    "mentioned_users": {
                                        "type": "array",
                                        "items": {
                                            "$ref": "#/$defs/User"
                                        }
                                    },
                                    "payload": {
                                        "$ref": "#/$defs/MessagePayload"
                                    },
                                    "channel": {
                                        "$ref": "#/$defs/Channel"
                                    }
                                }
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "suspicious",
                    "payload": {
                        "category": "message:report",
                        "created_at": 1568791754,
                        "report_type": "message",
                        "report_category": "suspicious",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "offending_user": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "reported_message": {
                            "sender": {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            },
                            "type": "MESG",
                            "custom_type": "",
                            "mention_type": "users",
                            "mentioned_users": [],
                            "payload": {
                                "message_id": 238303376,
                                "custom_type": "",
                                "message": "hello",
                                "translations": {},
                                "created_at": 1540798555343,
                                "data": ""
                            },
                            "channel": {
                                "name": "Project Orion",
                                "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                                "custom_type": "",
                                "is_distinct": false,
                                "is_public": false,
                                "is_super": false,
                                "is_ephemeral": false,
                                "is_discoverable": false,
                                "data": ""
                            }
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `message:report` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "message:unknown",
                        "created_at": 1568791754,
                        "report_type": "message",
                        "report_category": "suspicious",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "offending_user": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "reported_message": {
                            "sender": {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            },
                            "type": "MESG",
                            "custom_type": "",
                            "mention_type": "users",
                            "mentioned_users": [],
                            "payload": {
                                "message_id": 238303376,
                                "custom_type": "",
                                "message": "hello",
                                "translations": {},
                                "created_at": 1540798555343,
                                "data": ""
                            },
                            "channel": {
                                "name": "Project Orion",
                                "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                                "custom_type": "",
                                "is_distinct": false,
                                "is_public": false,
                                "is_super": false,
                                "is_ephemeral": false,
                                "is_discoverable": false,
                                "data": ""
                            }
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "created-at-iso",
                    "reason": "Report timestamps are unix seconds, not ISO strings.",
                    "pointer": "/created_at",
                    "payload": {
                        "category": "message:report",
                        "created_at": "2019-09-18T07:29:14Z",
                        "report_type": "message",
                        "report_category": "suspicious",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "offending_user": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "reported_message": {
                            "sender": {
                                "user_id": "Jeff",
                                "nickname": "Jeff",
                                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                                "metadata": {}
                            },
                            "type": "MESG",
                            "custom_type": "",
                            "mention_type": "users",
                            "mentioned_users": [],
                            "payload": {
                                "message_id": 238303376,
                                "custom_type": "",
                                "message": "hello",
                                "translations": {},
                                "created_at": 1540798555343,
                                "data": ""
                            },
                            "channel": {
                                "name": "Project Orion",
                                "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                                "custom_type": "",
                                "is_distinct": false,
                                "is_public": false,
                                "is_super": false,
                                "is_ephemeral": false,
                                "is_discoverable": false,
                                "data": ""
                            }
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "type"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
            "confidence": "documented",
            "title": "A user reported a message",
            "summary": "A user reported a message.",
            "notes": "`created_at` is in seconds (1568791754), unlike every other Sendbird timestamp.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:report",
            "operationId": "userReport",
            "typeName": "UserReport",
            "kind": "after",
            "tags": [
                "report"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserReport"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    },
                    "UserReport": {
                        "type": "object",
                        "description": "A user reported another user.",
                        "required": [
                            "category",
                            "app_id",
                            "offending_user"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:report"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps)."
                            },
                            "report_type": {
                                "type": "string"
                            },
                            "report_category": {
                                "type": "string",
                                "description": "suspicious, spam, harassing, inappropriate (only suspicious is documented).",
                                "examples": [
                                    "suspicious"
                                ]
                            },
                            "reporting_user": {
                                "$ref": "#/$defs/User"
                            },
                            "offending_user": {
                                "$ref": "#/$defs/User"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "spam",
                    "payload": {
                        "category": "user:report",
                        "created_at": 1568791800,
                        "report_type": "user",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "offending_user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:report` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "created_at": 1568791800,
                        "report_type": "user",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "offending_user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "created-at-iso",
                    "reason": "Report timestamps are unix seconds, not ISO strings.",
                    "pointer": "/created_at",
                    "payload": {
                        "category": "user:report",
                        "created_at": "2019-09-18T07:29:14Z",
                        "report_type": "user",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "offending_user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "type"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
            "confidence": "inferred",
            "title": "A user reported another user",
            "summary": "A user reported another user.",
            "notes": "Payload not retrieved; modelled on message:report (created_at in seconds) with the reported user or channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "open_channel:report",
            "operationId": "openChannelReport",
            "typeName": "OpenChannelReport",
            "kind": "after",
            "tags": [
                "report"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/OpenChannelReport"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "OpenChannelReport": {
                        "type": "object",
                        "description": "A user reported an open channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "open_channel:report"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps)."
                            },
                            "report_type": {
                                "type": "string"
                            },
                            "report_category": {
                                "type": "string",
                                "description": "suspicious, spam, harassing, inappropriate (only suspicious is documented).",
                                "examples": [
                                    "suspicious"
                                ]
                            },
                            "reporting_user": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "spam",
                    "payload": {
                        "category": "open_channel:report",
                        "created_at": 1568791800,
                        "report_type": "open_channel",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `open_channel:report` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "open_channel:unknown",
                        "created_at": 1568791800,
                        "report_type": "open_channel",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "created-at-iso",
                    "reason": "Report timestamps are unix seconds, not ISO strings.",
                    "pointer": "/created_at",
                    "payload": {
                        "category": "open_channel:report",
                        "created_at": "2019-09-18T07:29:14Z",
                        "report_type": "open_channel",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "channel": {
                            "name": "Lobby",
                            "channel_url": "sendbird_open_channel_7_3ac6e2e9c9b8f1d0a4e5b6c7d8e9f0a1b2c3d4e5",
                            "custom_type": "lobby",
                            "data": "",
                            "is_distinct": false,
                            "is_public": true,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": true
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "type"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
            "confidence": "inferred",
            "title": "A user reported an open channel",
            "summary": "A user reported an open channel.",
            "notes": "Payload not retrieved; modelled on message:report (created_at in seconds) with the reported user or channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "group_channel:report",
            "operationId": "groupChannelReport",
            "typeName": "GroupChannelReport",
            "kind": "after",
            "tags": [
                "report"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/GroupChannelReport"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "GroupChannelReport": {
                        "type": "object",
                        "description": "A user reported an group channel.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "group_channel:report"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When it was reported, in unix SECONDS (not milliseconds like other Sendbird timestamps)."
                            },
                            "report_type": {
                                "type": "string"
                            },
                            "report_category": {
                                "type": "string",
                                "description": "suspicious, spam, harassing, inappropriate (only suspicious is documented).",
                                "examples": [
                                    "suspicious"
                                ]
                            },
                            "reporting_user": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "spam",
                    "payload": {
                        "category": "group_channel:report",
                        "created_at": 1568791800,
                        "report_type": "group_channel",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `group_channel:report` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "group_channel:unknown",
                        "created_at": 1568791800,
                        "report_type": "group_channel",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "created-at-iso",
                    "reason": "Report timestamps are unix seconds, not ISO strings.",
                    "pointer": "/created_at",
                    "payload": {
                        "category": "group_channel:report",
                        "created_at": "2019-09-18T07:29:14Z",
                        "report_type": "group_channel",
                        "report_category": "spam",
                        "reporting_user": {
                            "user_id": "mina_kim",
                            "nickname": "Mina Kim",
                            "profile_url": "",
                            "metadata": {
                                "location": "Seoul"
                            }
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "type"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
            "confidence": "inferred",
            "title": "A user reported an group channel",
            "summary": "A user reported an group channel.",
            "notes": "Payload not retrieved; modelled on message:report (created_at in seconds) with the reported user or channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "alert:user_message_rate_limit_exceeded",
            "operationId": "alertUserMessageRateLimitExceeded",
            "typeName": "AlertUserMessageRateLimitExceeded",
            "kind": "after",
            "tags": [
                "alert"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/AlertUserMessageRateLimitExceeded"
                    }
                ],
                "$defs": {
                    "AlertUserMessageRateLimitExceeded": {
                        "type": "object",
                        "description": "A user exceeded the message rate limit.",
                        "required": [
                            "category",
                            "app_id",
                            "user"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "alert:user_message_rate_limit_exceeded"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "exceeded",
                    "payload": {
                        "category": "alert:user_message_rate_limit_exceeded",
                        "user": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `alert:user_message_rate_limit_exceeded` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "alert:unknown",
                        "user": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user",
                    "reason": "Every alert:user_message_rate_limit_exceeded names its user.",
                    "pointer": "/user",
                    "payload": {
                        "category": "alert:user_message_rate_limit_exceeded",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/alert",
            "confidence": "documented",
            "title": "A user exceeded the message rate limit",
            "summary": "A user exceeded the message rate limit.",
            "notes": "Only `user` is confirmed; the channel is inferred.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "profanity_filter:replace",
            "operationId": "profanityFilterReplace",
            "typeName": "ProfanityFilterReplace",
            "kind": "after",
            "tags": [
                "profanity_filter"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/ProfanityFilterReplace"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "ProfanityFilterReplace": {
                        "type": "object",
                        "description": "Words in a message were masked by the profanity filter.",
                        "required": [
                            "category",
                            "app_id",
                            "channel",
                            "payload"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "profanity_filter:replace"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "replaced_text": {
                                "type": "string",
                                "description": "The original text, before masking."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "masked",
                    "payload": {
                        "category": "profanity_filter:replace",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "what the ****",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "replaced_text": "what the heck"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `profanity_filter:replace` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "profanity_filter:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "what the ****",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "replaced_text": "what the heck"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every profanity_filter:replace names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "profanity_filter:replace",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "what the ****",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "replaced_text": "what the heck"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/profanity-filter",
            "confidence": "documented",
            "title": "Words in a message were masked by the profanity filter",
            "summary": "Words in a message were masked by the profanity filter.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "profanity_filter:block",
            "operationId": "profanityFilterBlock",
            "typeName": "ProfanityFilterBlock",
            "kind": "after",
            "tags": [
                "profanity_filter"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/ProfanityFilterBlock"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "ProfanityFilterBlock": {
                        "type": "object",
                        "description": "A message was blocked by the profanity filter.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "profanity_filter:block"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "blocked",
                    "payload": {
                        "category": "profanity_filter:block",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 0,
                            "custom_type": "",
                            "message": "blocked words",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `profanity_filter:block` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "profanity_filter:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 0,
                            "custom_type": "",
                            "message": "blocked words",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every profanity_filter:block names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "profanity_filter:block",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 0,
                            "custom_type": "",
                            "message": "blocked words",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/profanity-filter",
            "confidence": "inferred",
            "title": "A message was blocked by the profanity filter",
            "summary": "A message was blocked by the profanity filter.",
            "notes": "Payload not retrieved; modelled on profanity_filter:replace.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "profanity_filter:moderate",
            "operationId": "profanityFilterModerate",
            "typeName": "ProfanityFilterModerate",
            "kind": "after",
            "tags": [
                "profanity_filter"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/ProfanityFilterModerate"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "ProfanityFilterModerate": {
                        "type": "object",
                        "description": "A user was muted, kicked or banned by the profanity filter.",
                        "required": [
                            "category",
                            "app_id",
                            "moderation_action"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "profanity_filter:moderate"
                            },
                            "moderated_at": {
                                "type": "integer",
                                "description": "When the action was taken (unix time in milliseconds)."
                            },
                            "moderation_action": {
                                "type": "string",
                                "description": "mute, kick or ban.",
                                "examples": [
                                    "mute",
                                    "kick",
                                    "ban"
                                ]
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "muted",
                    "payload": {
                        "category": "profanity_filter:moderate",
                        "moderated_at": 1540871000000,
                        "moderation_action": "mute",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `profanity_filter:moderate` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "profanity_filter:unknown",
                        "moderated_at": 1540871000000,
                        "moderation_action": "mute",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-moderation-action",
                    "reason": "Every profanity_filter:moderate names its moderation action.",
                    "pointer": "/moderation_action",
                    "payload": {
                        "category": "profanity_filter:moderate",
                        "moderated_at": 1540871000000,
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/profanity-filter",
            "confidence": "documented",
            "title": "A user was muted, kicked or banned by the profanity filter",
            "summary": "A user was muted, kicked or banned by the profanity filter.",
            "notes": "moderated_at, moderation_action and sender are confirmed; the rest is inferred.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "image_moderation:block",
            "operationId": "imageModerationBlock",
            "typeName": "ImageModerationBlock",
            "kind": "after",
            "tags": [
                "image_moderation"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/ImageModerationBlock"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "ImageModerationBlock": {
                        "type": "object",
                        "description": "An explicit image was blocked.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "image_moderation:block"
                            },
                            "blocked_at": {
                                "type": "integer",
                                "description": "When it was blocked (unix time in milliseconds)."
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "message_text": {
                                "type": "string"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "blocked",
                    "payload": {
                        "category": "image_moderation:block",
                        "blocked_at": 1540872000000,
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "data": ""
                        },
                        "message_text": "look at this",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `image_moderation:block` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "image_moderation:unknown",
                        "blocked_at": 1540872000000,
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "data": ""
                        },
                        "message_text": "look at this",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every image_moderation:block names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "image_moderation:block",
                        "blocked_at": 1540872000000,
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "message_text": "look at this",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/image-moderation",
            "confidence": "documented",
            "title": "An explicit image was blocked",
            "summary": "An explicit image was blocked.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "announcement:create_channels",
            "operationId": "announcementCreateChannels",
            "typeName": "AnnouncementCreateChannels",
            "kind": "after",
            "tags": [
                "announcement"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/AnnouncementCreateChannels"
                    }
                ],
                "$defs": {
                    "AnnouncementCreateChannels": {
                        "type": "object",
                        "description": "Channels were created for an announcement.",
                        "required": [
                            "category",
                            "app_id",
                            "announcement"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "announcement:create_channels"
                            },
                            "announcement": {
                                "type": "object",
                                "properties": {
                                    "unique_id": {
                                        "type": "string"
                                    },
                                    "announcement_group": {
                                        "type": "string"
                                    },
                                    "status": {
                                        "type": "string"
                                    }
                                }
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    }
                }
            },
            "examples": [
                {
                    "name": "create_channels",
                    "payload": {
                        "category": "announcement:create_channels",
                        "announcement": {
                            "unique_id": "a0d1b2c3-spring-sale",
                            "announcement_group": "marketing",
                            "status": "completed"
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `announcement:create_channels` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "announcement:unknown",
                        "announcement": {
                            "unique_id": "a0d1b2c3-spring-sale",
                            "announcement_group": "marketing",
                            "status": "completed"
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-announcement",
                    "reason": "Every announcement:create_channels names its announcement.",
                    "pointer": "/announcement",
                    "payload": {
                        "category": "announcement:create_channels",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/announcement",
            "confidence": "inferred",
            "title": "Channels were created for an announcement",
            "summary": "Channels were created for an announcement.",
            "notes": "Payload not retrieved; `announcement` with its unique id is inferred from the announcements API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "announcement:send_messages",
            "operationId": "announcementSendMessages",
            "typeName": "AnnouncementSendMessages",
            "kind": "after",
            "tags": [
                "announcement"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/AnnouncementSendMessages"
                    }
                ],
                "$defs": {
                    "AnnouncementSendMessages": {
                        "type": "object",
                        "description": "An announcement was sent.",
                        "required": [
                            "category",
                            "app_id",
                            "announcement"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "announcement:send_messages"
                            },
                            "announcement": {
                                "type": "object",
                                "properties": {
                                    "unique_id": {
                                        "type": "string"
                                    },
                                    "announcement_group": {
                                        "type": "string"
                                    },
                                    "status": {
                                        "type": "string"
                                    }
                                }
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    }
                }
            },
            "examples": [
                {
                    "name": "send_messages",
                    "payload": {
                        "category": "announcement:send_messages",
                        "announcement": {
                            "unique_id": "a0d1b2c3-spring-sale",
                            "announcement_group": "marketing",
                            "status": "completed"
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `announcement:send_messages` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "announcement:unknown",
                        "announcement": {
                            "unique_id": "a0d1b2c3-spring-sale",
                            "announcement_group": "marketing",
                            "status": "completed"
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-announcement",
                    "reason": "Every announcement:send_messages names its announcement.",
                    "pointer": "/announcement",
                    "payload": {
                        "category": "announcement:send_messages",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/announcement",
            "confidence": "inferred",
            "title": "An announcement was sent",
            "summary": "An announcement was sent.",
            "notes": "Payload not retrieved; `announcement` with its unique id is inferred from the announcements API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:push_preference",
            "operationId": "userPushPreference",
            "typeName": "UserPushPreference",
            "kind": "after",
            "tags": [
                "user"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserPushPreference"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "UserPushPreference": {
                        "type": "object",
                        "description": "A user changed their push preferences.",
                        "required": [
                            "category",
                            "app_id",
                            "user_id"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:push_preference"
                            },
                            "user_id": {
                                "type": "string"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ]
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            },
                            "snooze_enabled": {
                                "type": "boolean"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "mentions-only",
                    "payload": {
                        "category": "user:push_preference",
                        "user_id": "mina_kim",
                        "push_trigger_option": "mention_only",
                        "do_not_disturb": false,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:push_preference` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user_id": "mina_kim",
                        "push_trigger_option": "mention_only",
                        "do_not_disturb": false,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user-id",
                    "reason": "Every user:push_preference names its user id.",
                    "pointer": "/user_id",
                    "payload": {
                        "category": "user:push_preference",
                        "push_trigger_option": "mention_only",
                        "do_not_disturb": false,
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
            "confidence": "documented",
            "title": "A user changed their push preferences",
            "summary": "A user changed their push preferences.",
            "notes": "Only `user_id` is confirmed; the preference fields are inferred from the push preference API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:push_channel_preference",
            "operationId": "userPushChannelPreference",
            "typeName": "UserPushChannelPreference",
            "kind": "after",
            "tags": [
                "user"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserPushChannelPreference"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "UserPushChannelPreference": {
                        "type": "object",
                        "description": "A user changed the push preference of one channel.",
                        "required": [
                            "category",
                            "app_id",
                            "user_id"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:push_channel_preference"
                            },
                            "user_id": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ]
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "off",
                    "payload": {
                        "category": "user:push_channel_preference",
                        "user_id": "mina_kim",
                        "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                        "push_trigger_option": "off",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:push_channel_preference` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user_id": "mina_kim",
                        "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                        "push_trigger_option": "off",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user-id",
                    "reason": "Every user:push_channel_preference names its user id.",
                    "pointer": "/user_id",
                    "payload": {
                        "category": "user:push_channel_preference",
                        "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                        "push_trigger_option": "off",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
            "confidence": "inferred",
            "title": "A user changed the push preference of one channel",
            "summary": "A user changed the push preference of one channel.",
            "notes": "Payload not retrieved; modelled on user:push_preference with the channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:device_token_register",
            "operationId": "userDeviceTokenRegister",
            "typeName": "UserDeviceTokenRegister",
            "kind": "after",
            "tags": [
                "user"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserDeviceTokenRegister"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "UserDeviceTokenRegister": {
                        "type": "object",
                        "description": "A device token was registered.",
                        "required": [
                            "category",
                            "app_id",
                            "user_id"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:device_token_register"
                            },
                            "user_id": {
                                "type": "string"
                            },
                            "token_type": {
                                "type": "string",
                                "examples": [
                                    "gcm",
                                    "apns",
                                    "apns_voip",
                                    "huawei"
                                ]
                            },
                            "device_token": {
                                "type": "string"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "register",
                    "payload": {
                        "category": "user:device_token_register",
                        "user_id": "leo.garcia",
                        "token_type": "apns",
                        "device_token": "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:device_token_register` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user_id": "leo.garcia",
                        "token_type": "apns",
                        "device_token": "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user-id",
                    "reason": "Every user:device_token_register names its user id.",
                    "pointer": "/user_id",
                    "payload": {
                        "category": "user:device_token_register",
                        "token_type": "apns",
                        "device_token": "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
            "confidence": "inferred",
            "title": "A device token was registered",
            "summary": "A device token was registered.",
            "notes": "Payload not retrieved; fields inferred from the push token API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:device_token_unregister",
            "operationId": "userDeviceTokenUnregister",
            "typeName": "UserDeviceTokenUnregister",
            "kind": "after",
            "tags": [
                "user"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserDeviceTokenUnregister"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "UserDeviceTokenUnregister": {
                        "type": "object",
                        "description": "A device token was unregistered.",
                        "required": [
                            "category",
                            "app_id",
                            "user_id"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:device_token_unregister"
                            },
                            "user_id": {
                                "type": "string"
                            },
                            "token_type": {
                                "type": "string",
                                "examples": [
                                    "gcm",
                                    "apns",
                                    "apns_voip",
                                    "huawei"
                                ]
                            },
                            "device_token": {
                                "type": "string"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "unregister",
                    "payload": {
                        "category": "user:device_token_unregister",
                        "user_id": "leo.garcia",
                        "token_type": "apns",
                        "device_token": "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:device_token_unregister` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user_id": "leo.garcia",
                        "token_type": "apns",
                        "device_token": "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user-id",
                    "reason": "Every user:device_token_unregister names its user id.",
                    "pointer": "/user_id",
                    "payload": {
                        "category": "user:device_token_unregister",
                        "token_type": "apns",
                        "device_token": "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
            "confidence": "inferred",
            "title": "A device token was unregistered",
            "summary": "A device token was unregistered.",
            "notes": "Payload not retrieved; fields inferred from the push token API.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:mute",
            "operationId": "userMute",
            "typeName": "UserMute",
            "kind": "after",
            "tags": [
                "moderation"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserMute"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    },
                    "UserMute": {
                        "type": "object",
                        "description": "A user was muted (Advanced Moderation).",
                        "required": [
                            "category",
                            "app_id",
                            "user"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:mute"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "mute",
                    "payload": {
                        "category": "user:mute",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:mute` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user",
                    "reason": "Every user:mute names its user.",
                    "pointer": "/user",
                    "payload": {
                        "category": "user:mute",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
            "confidence": "inferred",
            "title": "A user was muted (Advanced Moderation)",
            "summary": "A user was muted (Advanced Moderation).",
            "notes": "Listed by the Advanced Moderation docs; payload not retrieved: the user and, where it applies, the channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:ban",
            "operationId": "userBan",
            "typeName": "UserBan",
            "kind": "after",
            "tags": [
                "moderation"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserBan"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    },
                    "UserBan": {
                        "type": "object",
                        "description": "A user was banned (Advanced Moderation).",
                        "required": [
                            "category",
                            "app_id",
                            "user"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:ban"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "ban",
                    "payload": {
                        "category": "user:ban",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:ban` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user",
                    "reason": "Every user:ban names its user.",
                    "pointer": "/user",
                    "payload": {
                        "category": "user:ban",
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
            "confidence": "inferred",
            "title": "A user was banned (Advanced Moderation)",
            "summary": "A user was banned (Advanced Moderation).",
            "notes": "Listed by the Advanced Moderation docs; payload not retrieved: the user and, where it applies, the channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "user:deactivate",
            "operationId": "userDeactivate",
            "typeName": "UserDeactivate",
            "kind": "after",
            "tags": [
                "moderation"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/UserDeactivate"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    },
                    "UserDeactivate": {
                        "type": "object",
                        "description": "A user was deactivated (Advanced Moderation).",
                        "required": [
                            "category",
                            "app_id",
                            "user"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "user:deactivate"
                            },
                            "user": {
                                "$ref": "#/$defs/User"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "deactivate",
                    "payload": {
                        "category": "user:deactivate",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `user:deactivate` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "user:unknown",
                        "user": {
                            "user_id": "leo.garcia",
                            "nickname": "Léo García",
                            "profile_url": "",
                            "metadata": {}
                        },
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-user",
                    "reason": "Every user:deactivate names its user.",
                    "pointer": "/user",
                    "payload": {
                        "category": "user:deactivate",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
            "confidence": "inferred",
            "title": "A user was deactivated (Advanced Moderation)",
            "summary": "A user was deactivated (Advanced Moderation).",
            "notes": "Listed by the Advanced Moderation docs; payload not retrieved: the user and, where it applies, the channel.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "profanity_filter:detect",
            "operationId": "profanityFilterDetect",
            "typeName": "ProfanityFilterDetect",
            "kind": "after",
            "tags": [
                "moderation"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/ProfanityFilterDetect"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "ProfanityFilterDetect": {
                        "type": "object",
                        "description": "The profanity filter detected words without acting on them.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "profanity_filter:detect"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "detected",
                    "payload": {
                        "category": "profanity_filter:detect",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "darn it",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `profanity_filter:detect` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "profanity_filter:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "darn it",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every profanity_filter:detect names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "profanity_filter:detect",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "darn it",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
            "confidence": "inferred",
            "title": "The profanity filter detected words without acting on them",
            "summary": "The profanity filter detected words without acting on them.",
            "notes": "Payload not retrieved; modelled on profanity_filter:replace.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        },
        {
            "name": "message:moderation_extension_triggered",
            "operationId": "messageModerationExtensionTriggered",
            "typeName": "MessageModerationExtensionTriggered",
            "kind": "after",
            "tags": [
                "moderation"
            ],
            "payload": {
                "allOf": [
                    {
                        "$ref": "#/$defs/MessageModerationExtensionTriggered"
                    }
                ],
                "$defs": {
                    "AppId": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The application id, a UUID (upper case in captures, lower case in the docs).",
                        "examples": [
                            "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
                        ]
                    },
                    "Channel": {
                        "type": "object",
                        "description": "The channel. Moderation events send a reduced channel (name, channel_url, custom_type, data).",
                        "required": [
                            "channel_url"
                        ],
                        "properties": {
                            "name": {
                                "type": "string"
                            },
                            "channel_url": {
                                "type": "string",
                                "minLength": 1
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "cover_url": {
                                "type": "string"
                            },
                            "is_distinct": {
                                "type": "boolean"
                            },
                            "is_public": {
                                "type": "boolean"
                            },
                            "is_super": {
                                "type": "boolean"
                            },
                            "is_ephemeral": {
                                "type": "boolean"
                            },
                            "is_discoverable": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Member": {
                        "type": "object",
                        "description": "A channel member, present in `members` only when \"Include member information\" (include_members) is on, and never for Supergroups.",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object"
                            },
                            "is_active": {
                                "type": "boolean"
                            },
                            "is_online": {
                                "type": "boolean"
                            },
                            "is_hidden": {
                                "type": "integer",
                                "description": "An integer flag (0 or 1), not a boolean."
                            },
                            "state": {
                                "type": "string",
                                "description": "Membership state: `joined` or `invited`.",
                                "examples": [
                                    "joined",
                                    "invited"
                                ]
                            },
                            "is_blocking_sender": {
                                "type": "boolean"
                            },
                            "is_blocked_by_sender": {
                                "type": "boolean"
                            },
                            "unread_message_count": {
                                "type": "integer"
                            },
                            "total_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_unread_message_count": {
                                "type": "integer"
                            },
                            "channel_mention_count": {
                                "type": "integer"
                            },
                            "push_enabled": {
                                "type": "boolean"
                            },
                            "push_trigger_option": {
                                "type": [
                                    "string",
                                    "boolean"
                                ],
                                "description": "Documented as a string (`default`, `all`, `mention_only`, `off`); a real capture shows a boolean. Both are accepted."
                            },
                            "do_not_disturb": {
                                "type": "boolean"
                            }
                        }
                    },
                    "Members": {
                        "type": "array",
                        "description": "Only with include_members on; never for Supergroups.",
                        "items": {
                            "$ref": "#/$defs/Member"
                        }
                    },
                    "MentionType": {
                        "type": "string",
                        "enum": [
                            "users",
                            "channel"
                        ]
                    },
                    "MessageModerationExtensionTriggered": {
                        "type": "object",
                        "description": "A moderation extension rule was triggered by a message.",
                        "required": [
                            "category",
                            "app_id",
                            "channel"
                        ],
                        "properties": {
                            "category": {
                                "type": "string",
                                "const": "message:moderation_extension_triggered"
                            },
                            "sender": {
                                "$ref": "#/$defs/User"
                            },
                            "silent": {
                                "type": "boolean"
                            },
                            "sender_ip_addr": {
                                "type": "string"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "mention_type": {
                                "$ref": "#/$defs/MentionType"
                            },
                            "mentioned_users": {
                                "type": "array",
                                "items": {
                                    "$ref": "#/$defs/User"
                                }
                            },
                            "members": {
                                "$ref": "#/$defs/Members"
                            },
                            "type": {
                                "$ref": "#/$defs/MessageType"
                            },
                            "payload": {
                                "$ref": "#/$defs/MessagePayload"
                            },
                            "channel": {
                                "$ref": "#/$defs/Channel"
                            },
                            "sdk": {
                                "type": "string",
                                "description": "The sending SDK: iOS, Android, JavaScript, .NET, API, …"
                            },
                            "message_events": {
                                "type": "object",
                                "description": "Seen in real payloads: send_push_notification, update_unread_count, update_mention_count, update_last_message."
                            },
                            "rule": {
                                "type": "object"
                            },
                            "app_id": {
                                "$ref": "#/$defs/AppId"
                            }
                        }
                    },
                    "MessagePayload": {
                        "type": "object",
                        "description": "The message. Text and admin messages carry `message`; file messages carry `url`, `name`, `type` and `size` instead (inferred from Sendbird file messages).",
                        "required": [
                            "message_id"
                        ],
                        "properties": {
                            "message_id": {
                                "type": "integer"
                            },
                            "custom_type": {
                                "type": "string"
                            },
                            "message": {
                                "type": "string"
                            },
                            "data": {
                                "type": "string"
                            },
                            "translations": {
                                "type": "object"
                            },
                            "created_at": {
                                "type": "integer",
                                "description": "When the message was created (unix time in milliseconds)."
                            },
                            "url": {
                                "type": "string"
                            },
                            "name": {
                                "type": "string"
                            },
                            "type": {
                                "type": "string"
                            },
                            "size": {
                                "type": "integer"
                            }
                        }
                    },
                    "MessageType": {
                        "type": "string",
                        "description": "MESG (text), FILE (file), ADMM (admin message).",
                        "enum": [
                            "MESG",
                            "FILE",
                            "ADMM"
                        ]
                    },
                    "User": {
                        "type": "object",
                        "description": "A user (sender, inviter, blocker, reporting user, …).",
                        "required": [
                            "user_id"
                        ],
                        "properties": {
                            "user_id": {
                                "type": "string"
                            },
                            "nickname": {
                                "type": "string"
                            },
                            "profile_url": {
                                "type": "string"
                            },
                            "metadata": {
                                "type": "object",
                                "description": "String key-value pairs set by the app."
                            }
                        }
                    }
                }
            },
            "examples": [
                {
                    "name": "triggered",
                    "payload": {
                        "category": "message:moderation_extension_triggered",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "rule": {
                            "id": "link-filter",
                            "action": "block"
                        }
                    }
                }
            ],
            "invalidExamples": [
                {
                    "name": "wrong-category",
                    "reason": "`category` must be exactly `message:moderation_extension_triggered` for this event.",
                    "pointer": "/category",
                    "payload": {
                        "category": "message:unknown",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "channel": {
                            "name": "Project Orion",
                            "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
                            "custom_type": "",
                            "is_distinct": false,
                            "is_public": false,
                            "is_super": false,
                            "is_ephemeral": false,
                            "is_discoverable": false,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "rule": {
                            "id": "link-filter",
                            "action": "block"
                        }
                    },
                    "keyword": "const"
                },
                {
                    "name": "missing-channel",
                    "reason": "Every message:moderation_extension_triggered names its channel.",
                    "pointer": "/channel",
                    "payload": {
                        "category": "message:moderation_extension_triggered",
                        "sender": {
                            "user_id": "Jeff",
                            "nickname": "Jeff",
                            "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                            "metadata": {}
                        },
                        "silent": false,
                        "sender_ip_addr": "203.0.113.9",
                        "custom_type": "",
                        "mention_type": "users",
                        "mentioned_users": [],
                        "type": "MESG",
                        "payload": {
                            "message_id": 238303376,
                            "custom_type": "",
                            "message": "hello",
                            "translations": {},
                            "created_at": 1540798555343,
                            "data": ""
                        },
                        "sdk": "API",
                        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40",
                        "rule": {
                            "id": "link-filter",
                            "action": "block"
                        }
                    },
                    "keyword": "required"
                }
            ],
            "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
            "confidence": "inferred",
            "title": "A moderation extension rule was triggered by a message",
            "summary": "A moderation extension rule was triggered by a message.",
            "notes": "Payload not retrieved; modelled on message events.",
            "headers": {
                "allOf": [
                    {
                        "$ref": "#/$defs/Headers"
                    }
                ],
                "$defs": {
                    "Headers": {
                        "type": "object",
                        "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire).",
                        "required": [
                            "x-sendbird-signature"
                        ],
                        "properties": {
                            "x-sendbird-signature": {
                                "type": "string",
                                "pattern": "^[0-9a-fA-F]{64}$",
                                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with the master API token."
                            },
                            "x-signature": {
                                "type": "string",
                                "description": "Legacy header with the same value (the seed tutorial names only this one)."
                            },
                            "user-agent": {
                                "type": "string",
                                "examples": [
                                    "SendBird"
                                ]
                            },
                            "content-type": {
                                "type": "string",
                                "examples": [
                                    "application/json"
                                ]
                            },
                            "unicode-escaped": {
                                "type": "string",
                                "description": "Seen in real captures (\"true\"): non-ASCII text and slashes are escaped in the body."
                            }
                        }
                    }
                }
            },
            "reply": {
                "status": 200,
                "schema": {
                    "allOf": [
                        {
                            "$ref": "#/$defs/Ack"
                        }
                    ],
                    "$defs": {
                        "Ack": {
                            "description": "Sendbird reads only the status code (200); any body is accepted and ignored."
                        }
                    }
                },
                "examples": [
                    {
                        "name": "ok",
                        "payload": {},
                        "summary": "An empty JSON object."
                    }
                ]
            }
        }
    ]
};
export default contract;
