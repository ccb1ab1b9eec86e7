// generated from spec/sendbird.yaml by chathooks; do not edit
// source sha256:568bc946aaf2f4276286a922c1a74d3949bbe1ad8f8a233066bec4a7320a4bc7
import type { Contract } from 'chathooks';
import type { EventName } from './types.js';

export type * from './types.js';
export { validators, replyValidators, type Validator, type ValidationIssue } from './validators.js';
export { strictValidators, strictReplyValidators } from './strict-validators.js';
export { examples, replyExamples, type NamedExample } from './examples.js';

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
] as const satisfies readonly EventName[];
type MissingFromList = Exclude<EventName, (typeof eventNames)[number]>;
const listIsComplete: [MissingFromList] extends [never] ? true : MissingFromList = true;
void listIsComplete;

/** The Sendbird Chat webhooks contract: transport, discriminator, signature, delivery policy and every event. */
export const contract: Contract = {
  "id": "sendbird",
  "title": "Sendbird Chat webhooks",
  "version": "1.0.0",
  "description": "Sendbird posts one JSON object per event to the webhook URL of your application (Settings > Chat > Webhooks,\nor `PUT https://api-{application_id}.sendbird.com/v3/applications/settings/webhook`). The body names its\nevent in `category` (`group_channel:message_send`, `user:block`, …) and carries `app_id`.\nYou choose the categories in `enabled_events` (`[\"*\"]` = all, `[]` = none).\n\n`category` is an OPEN set: Sendbird's server keeps the authoritative list (`GET …/settings/webhook?\ndisplay_all_webhook_categories=true` returns `all_webhook_categories`) and adds categories over time, and\nhidden legacy keys exist (`group_channel:old_kick_out:join`, `group_channel:old_kick_out:invite`). This\ndocument describes the 36 core categories of the v3 event pages and the 9 newer ones found in the current\ndocs and the Advanced Moderation docs; a receiver should acknowledge (200) any category it does not know.\n\nEvery request carries `x-sendbird-signature` (and, from older stacks, the same value in `x-signature`): the\nlowercase hex HMAC-SHA256 of the raw request body keyed with the application's MASTER API token. Sendbird\nescapes `/` as `\\/` (and real captures carry `unicode-escaped: true`, presumably non-ASCII escaped as `\\uXXXX`), so\nverify the bytes as received.\n\nPayload options change the bodies: with \"Include member information\" (`include_members`, default off) the\nchannel events carry `members`; Supergroup channels never do. Timestamps are Unix milliseconds, except\n`message:report.created_at`, which is in seconds.\n\nSendbird waits 5 s for each request and sends the same POST up to 3 times until it gets 200 OK; a request\nnot received after 3 sends within 15 s is dropped. Answer 200 at once and do the work asynchronously.\n",
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
    "notes": "HMAC over the RAW body; bodies escape slashes as \\/ so never re-serialise. The overview documents `x-sendbird-signature` as a SHA-256 signature of the body made with the API token and says to use the master token; the construction HMAC-SHA256(master token, raw body), hex, is what every public implementation uses. The seed tutorial names only `x-signature`, which real captures carry as a legacy duplicate with the same value."
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
    "notes": "up to 3 sends within 15 s, then dropped. Sendbird waits 5 s per request and sends the same POST up to 3 times until it is answered; it documents no delay between sends, so both retries are modelled with delay 0 (each follows the 5 s timeout of the previous send). The tutorial adds that a 400 answer is retried too; 200 OK is the documented acknowledgement. The tutorial's \"retries the request three times\" is read as three sends in all, which matches the overview (\"up to 3 times\") and 3 x 5 s = 15 s."
  },
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelCreate": {
            "type": "object",
            "required": [
              "category",
              "created_at",
              "channel",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "open_channel:create"
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
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
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "with-operator",
          "payload": {
            "category": "open_channel:create",
            "created_at": 1540866408000,
            "operators": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                "metadata": {
                  "location": "Seoul"
                }
              }
            ],
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "An open channel created with one operator whose profile image URL is sent with escaped slashes on the wire."
        },
        {
          "name": "no-operators",
          "payload": {
            "category": "open_channel:create",
            "created_at": 1540866502117,
            "operators": [],
            "channel": {
              "name": "Announcements",
              "channel_url": "sendbird_open_channel_1355_b42f3e1d8a0c6e97d2b5f1a3c4e6d8f0a1b2c3d4",
              "custom_type": "notice",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "Created from the Platform API without operators."
        }
      ],
      "invalidExamples": [
        {
          "name": "created-at-iso",
          "reason": "`created_at` is Unix milliseconds (an integer), not an ISO date.",
          "pointer": "/created_at",
          "payload": {
            "category": "open_channel:create",
            "created_at": "2018-10-29T02:26:48Z",
            "operators": [],
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "documented",
      "title": "Open channel created",
      "summary": "An open channel was created.",
      "notes": "Shape confirmed by the open channel event page (category, created_at, operators, channel, app_id).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "OpenChannelRemove": {
            "type": "object",
            "required": [
              "category",
              "removed_at",
              "channel",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "open_channel:remove"
              },
              "removed_at": {
                "$ref": "#/$defs/TimestampMs"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
            ]
          }
        }
      },
      "examples": [
        {
          "name": "removed",
          "payload": {
            "category": "open_channel:remove",
            "removed_at": 1540866620345,
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-channel",
          "reason": "A remove event always names the removed channel.",
          "pointer": "/channel",
          "payload": {
            "category": "open_channel:remove",
            "removed_at": 1540866620345,
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "documented",
      "title": "Open channel removed",
      "summary": "An open channel was removed.",
      "notes": "Shape confirmed by the open channel event page (category, removed_at, channel, app_id).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelEnter": {
            "type": "object",
            "required": [
              "category",
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "user-entered",
          "payload": {
            "category": "open_channel:enter",
            "user": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-category",
          "reason": "A body labelled `open_channel:exit` is not an `open_channel:enter` event.",
          "pointer": "/category",
          "payload": {
            "category": "open_channel:exit",
            "user": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "const"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "inferred",
      "title": "User entered an open channel",
      "summary": "A user entered an open channel.",
      "notes": "The category is listed on the open channel page, but its payload was not retrieved. Built from the documented open channel events (channel, app_id) plus the user who entered as a User object (`user`, as in the alert event); only category and channel are required and extra properties are accepted.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelExit": {
            "type": "object",
            "required": [
              "category",
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "user-exited",
          "payload": {
            "category": "open_channel:exit",
            "user": {
              "user_id": "minji_kim",
              "nickname": "김민지",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "channel-without-url",
          "reason": "A channel is identified by its `channel_url`.",
          "pointer": "/channel/channel_url",
          "payload": {
            "category": "open_channel:exit",
            "user": {
              "user_id": "minji_kim",
              "nickname": "김민지",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "inferred",
      "title": "User exited an open channel",
      "summary": "A user exited an open channel.",
      "notes": "Payload not retrieved; built like `open_channel:enter` from the documented open channel events (user, channel, app_id). Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelMessageSend": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "payload",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "open_channel:message_send"
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "text",
          "payload": {
            "category": "open_channel:message_send",
            "sender": {
              "user_id": "minji_kim",
              "nickname": "김민지",
              "profile_url": "",
              "metadata": {}
            },
            "silent": false,
            "sender_ip_addr": "198.51.100.23",
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [],
            "type": "MESG",
            "payload": {
              "message_id": 238310544,
              "custom_type": "",
              "message": "안녕하세요",
              "translations": {},
              "created_at": 1540867015822,
              "data": ""
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "sdk": "iOS",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "A text message (MESG) in Korean (on the wire possibly as \\uXXXX escapes; see the `unicode-escaped` header)."
        },
        {
          "name": "file",
          "payload": {
            "category": "open_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "silent": false,
            "sender_ip_addr": "203.0.113.9",
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [],
            "type": "FILE",
            "payload": {
              "message_id": 238310601,
              "custom_type": "",
              "url": "https://file-us-1.sendbird.com/0f1e2d3c4b5a69788796a5b4c3d2e1f0.jpg",
              "name": "lobby-photo.jpg",
              "size": 48213,
              "translations": {},
              "created_at": 1540867102450,
              "data": ""
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "sdk": "Android",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "A file message (FILE); the file field names are not confirmed and shown for illustration."
        }
      ],
      "invalidExamples": [
        {
          "name": "message-id-string",
          "reason": "`payload.message_id` is an integer.",
          "pointer": "/payload/message_id",
          "payload": {
            "category": "open_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": "238310544",
              "custom_type": "",
              "message": "hello",
              "translations": {},
              "created_at": 1540867015822,
              "data": ""
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e"
            },
            "sdk": "API",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "inferred",
      "title": "Message sent in an open channel",
      "summary": "A message was sent in an open channel.",
      "notes": "Payload not retrieved; built from the documented `group_channel:message_send` (sender, type, payload, channel, sdk, …). Open channels have no members, so `members` is not expected. Only category, payload and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelMessageUpdate": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "payload",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "open_channel:message_update"
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "text-edited",
          "payload": {
            "category": "open_channel:message_update",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [],
            "type": "MESG",
            "payload": {
              "message_id": 238310544,
              "custom_type": "",
              "message": "See you all in the café at 3",
              "translations": {},
              "created_at": 1540867015822,
              "data": ""
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "sdk": "JavaScript",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-message-type",
          "reason": "`type` is MESG, FILE or ADMM.",
          "pointer": "/type",
          "payload": {
            "category": "open_channel:message_update",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "type": "TEXT",
            "payload": {
              "message_id": 238310544,
              "message": "See you at 3",
              "created_at": 1540867015822
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "enum"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "inferred",
      "title": "Message updated in an open channel",
      "summary": "A message in an open channel was updated.",
      "notes": "Payload not retrieved; built from the documented `group_channel:message_send`, with `payload` holding the message as updated. Only category, payload and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelMessageDelete": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "payload",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "open_channel:message_delete"
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
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
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": 238310544,
              "custom_type": "",
              "message": "hello",
              "translations": {},
              "created_at": 1540867015822,
              "data": ""
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "sdk": "API",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-payload",
          "reason": "A delete event names the deleted message in `payload`.",
          "pointer": "/payload",
          "payload": {
            "category": "open_channel:message_delete",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/open-channel",
      "confidence": "inferred",
      "title": "Message deleted in an open channel",
      "summary": "A message in an open channel was deleted.",
      "notes": "Payload not retrieved; built from the documented `group_channel:message_send`, with `payload` naming the deleted message. Only category, payload (with `message_id`) and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelCreate": {
            "type": "object",
            "required": [
              "category",
              "created_at",
              "channel",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:create"
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              },
              "members": {
                "$ref": "#/$defs/Members"
              },
              "inviter": {
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
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "with-members",
          "payload": {
            "category": "group_channel:create",
            "created_at": 1540868202137,
            "members": [
              {
                "user_id": "Jeff",
                "nickname": "Jeff",
                "profile_url": "",
                "is_active": true,
                "is_online": true,
                "is_hidden": 0,
                "state": "joined",
                "unread_message_count": 0,
                "total_unread_message_count": 0,
                "channel_unread_message_count": 0,
                "channel_mention_count": 0,
                "push_enabled": false,
                "push_trigger_option": "default",
                "do_not_disturb": false,
                "metadata": {}
              },
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                "is_active": true,
                "is_online": false,
                "is_hidden": 0,
                "state": "joined",
                "unread_message_count": 0,
                "total_unread_message_count": 3,
                "channel_unread_message_count": 0,
                "channel_mention_count": 0,
                "push_enabled": true,
                "push_trigger_option": "default",
                "do_not_disturb": false,
                "metadata": {
                  "location": "Seoul"
                }
              }
            ],
            "inviter": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
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
          "summary": "include_members on; the member's push_trigger_option is the documented string."
        },
        {
          "name": "supergroup-no-members",
          "payload": {
            "category": "group_channel:create",
            "created_at": 1540868311990,
            "inviter": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
              "metadata": {
                "location": "Seoul"
              }
            },
            "channel": {
              "name": "Fan club",
              "channel_url": "sendbird_group_channel_4821_7c2a9e5d13b04f6a8e2d1c9b7a5f3e1d0c8b6a42",
              "custom_type": "community",
              "is_distinct": false,
              "is_public": true,
              "is_super": true,
              "is_ephemeral": false,
              "is_discoverable": true,
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "A Supergroup channel; its events never carry `members`."
        }
      ],
      "invalidExamples": [
        {
          "name": "is-hidden-boolean",
          "reason": "`is_hidden` is an integer (0), not a boolean.",
          "pointer": "/members/0/is_hidden",
          "payload": {
            "category": "group_channel:create",
            "created_at": 1540868202137,
            "members": [
              {
                "user_id": "Jeff",
                "nickname": "Jeff",
                "profile_url": "",
                "is_active": true,
                "is_online": true,
                "is_hidden": false,
                "state": "joined",
                "push_trigger_option": "default"
              }
            ],
            "inviter": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "documented",
      "title": "Group channel created",
      "summary": "A group channel was created. Members invited at creation get `group_channel:join`, not `group_channel:invite`.",
      "notes": "Confirmed in part (category, created_at, members, inviter, channel, app_id). The reference expects `users` or `invitees` too but did not confirm them; they are accepted as extra properties. `members` only with \"Include member information\" and never for Supergroups, so it is never required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "ChannelChange": {
            "type": "object",
            "description": "One change of a `group_channel:changed` event (the old and the new value).",
            "properties": {
              "key": {
                "type": "string",
                "description": "The changed field: name, cover_url, custom_type, channel_type, data or access_code."
              },
              "old": {
                "description": "The value before."
              },
              "new": {
                "description": "The value after."
              }
            }
          },
          "GroupChannelChanged": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:changed"
              },
              "changes": {
                "type": [
                  "array",
                  "object"
                ],
                "description": "The old and new values; a list of changes in the inferred shape, an object accepted too (not retrieved).",
                "items": {
                  "$ref": "#/$defs/ChannelChange"
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "renamed",
          "payload": {
            "category": "group_channel:changed",
            "changes": [
              {
                "key": "name",
                "old": "Room",
                "new": "Weekend trip"
              }
            ],
            "channel": {
              "name": "Weekend trip",
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
          "name": "changes-as-text",
          "reason": "`changes` holds old/new values, not a sentence.",
          "pointer": "/changes",
          "payload": {
            "category": "group_channel:changed",
            "changes": "name changed",
            "channel": {
              "name": "Weekend trip",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Group channel changed",
      "summary": "The channel's name, cover_url, custom_type, channel_type, data or access_code changed.",
      "notes": "The event page says `changes` holds the old and new values; the payload itself was not retrieved. chathooks models `changes` as a list of `{key, old, new}` and also accepts an object, plus the documented channel, members and app_id. Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelRemove": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:remove"
              },
              "removed_at": {
                "$ref": "#/$defs/TimestampMs"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
            ]
          }
        }
      },
      "examples": [
        {
          "name": "removed",
          "payload": {
            "category": "group_channel:remove",
            "removed_at": 1540869930412,
            "channel": {
              "name": "Weekend trip",
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
          "name": "missing-channel",
          "reason": "A remove event always names the removed channel.",
          "pointer": "/channel",
          "payload": {
            "category": "group_channel:remove",
            "removed_at": 1540869930412,
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Group channel removed",
      "summary": "A group channel was removed.",
      "notes": "Payload not retrieved; built from the documented `open_channel:remove` (removed_at, channel, app_id). Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelInvite": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:invite"
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "one-invitee",
          "payload": {
            "category": "group_channel:invite",
            "inviter": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "invitees": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
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
          "name": "invitees-as-ids",
          "reason": "Invited users are user objects, not bare ids.",
          "pointer": "/invitees/0",
          "payload": {
            "category": "group_channel:invite",
            "inviter": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "invitees": [
              "user_8472"
            ],
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Users invited to a group channel",
      "summary": "A user invited others to a group channel.",
      "notes": "Payload not retrieved; built from the documented `group_channel:create` (inviter, members, channel, app_id) plus the invited users as `invitees` (named in the reference as likely, not confirmed). Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelDeclineInvite": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:decline_invite"
              },
              "users": {
                "type": "array",
                "description": "The users who declined.",
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "declined",
          "payload": {
            "category": "group_channel:decline_invite",
            "users": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
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
          "name": "user-without-id",
          "reason": "Every user object carries its `user_id`.",
          "pointer": "/users/0/user_id",
          "payload": {
            "category": "group_channel:decline_invite",
            "users": [
              {
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Invitation declined",
      "summary": "An invited user declined the invitation to a group channel.",
      "notes": "The event page says `users` are the users who declined; the rest of the payload was not retrieved and is built from the documented group channel events (members, channel, app_id). Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelJoin": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:join"
              },
              "users": {
                "type": "array",
                "description": "The users who joined.",
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "joined",
          "payload": {
            "category": "group_channel:join",
            "users": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
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
          "name": "joined-with-members",
          "payload": {
            "category": "group_channel:join",
            "users": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "members": [
              {
                "user_id": "Jeff",
                "nickname": "Jeff",
                "profile_url": "",
                "is_active": true,
                "is_online": false,
                "is_hidden": 0,
                "state": "joined",
                "push_enabled": true,
                "push_trigger_option": true,
                "do_not_disturb": false,
                "metadata": {}
              },
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "is_active": true,
                "is_online": true,
                "is_hidden": 0,
                "state": "joined",
                "push_enabled": true,
                "push_trigger_option": true,
                "do_not_disturb": false,
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
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
          "summary": "include_members on; a real-capture style member whose push_trigger_option is a boolean."
        }
      ],
      "invalidExamples": [
        {
          "name": "metadata-value-number",
          "reason": "User metadata maps strings to strings.",
          "pointer": "/users/0/metadata/age",
          "payload": {
            "category": "group_channel:join",
            "users": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {
                  "age": 31
                }
              }
            ],
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Users joined a group channel",
      "summary": "Users joined a group channel (also sent for members added when the channel is created).",
      "notes": "Payload not retrieved; built from the documented group channel events (members, channel, app_id) with the users who joined in `users`, as in `decline_invite`. Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelLeave": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:leave"
              },
              "users": {
                "type": "array",
                "description": "The users who left.",
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "left",
          "payload": {
            "category": "group_channel:leave",
            "users": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                "metadata": {
                  "location": "Seoul"
                }
              }
            ],
            "channel": {
              "name": "Room",
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
          "reason": "A body labelled `group_channel:join` is not a `group_channel:leave` event.",
          "pointer": "/category",
          "payload": {
            "category": "group_channel:join",
            "users": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "const"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Users left a group channel",
      "summary": "A user left a group channel.",
      "notes": "Payload not retrieved; built like `group_channel:join` (users, members, channel, app_id). Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelMessageSend": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "payload",
              "channel",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:message_send"
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
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
              "profile_url": "",
              "metadata": {}
            },
            "silent": false,
            "sender_ip_addr": "203.0.113.9",
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [],
            "members": [
              {
                "user_id": "Jeff",
                "nickname": "Jeff",
                "profile_url": "",
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
                "do_not_disturb": false,
                "metadata": {}
              }
            ],
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
              "name": "Room",
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
          "summary": "The documented sample (MESG) with include_members on, with realistic ids."
        },
        {
          "name": "captured-mention",
          "payload": {
            "category": "group_channel:message_send",
            "sender": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
              "metadata": {
                "location": "Seoul"
              }
            },
            "silent": false,
            "sender_ip_addr": "198.51.100.23",
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "members": [
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "is_active": true,
                "is_online": true,
                "is_hidden": 0,
                "state": "joined",
                "is_blocking_sender": false,
                "is_blocked_by_sender": false,
                "unread_message_count": 1,
                "total_unread_message_count": 4,
                "channel_unread_message_count": 2,
                "channel_mention_count": 1,
                "push_enabled": true,
                "push_trigger_option": true,
                "do_not_disturb": false,
                "metadata": {}
              }
            ],
            "type": "MESG",
            "payload": {
              "message_id": 238303377,
              "custom_type": "",
              "message": "@Chloé on se retrouve au café ?",
              "translations": {},
              "created_at": 1540798561020,
              "data": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "is_distinct": false,
              "is_public": false,
              "is_super": false,
              "is_ephemeral": false,
              "is_discoverable": false,
              "data": ""
            },
            "sdk": "JavaScript",
            "message_events": {
              "send_push_notification": "all",
              "update_unread_count": true,
              "update_mention_count": true,
              "update_last_message": true
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "As in a real capture; a mention in French, a member with boolean push_trigger_option, and message_events."
        },
        {
          "name": "file-no-members",
          "payload": {
            "category": "group_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
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
              "custom_type": "",
              "url": "https://file-us-1.sendbird.com/5d2c7e1a9b8f4c3e2a1d0f9e8b7c6a5d.pdf",
              "name": "itinerary.pdf",
              "size": 104857,
              "translations": {},
              "created_at": 1540798602511,
              "data": ""
            },
            "channel": {
              "name": "Room",
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
          "summary": "A file message (FILE) with include_members off; the file field names are illustrative."
        },
        {
          "name": "admin-message",
          "payload": {
            "category": "group_channel:message_send",
            "silent": false,
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [],
            "type": "ADMM",
            "payload": {
              "message_id": 238303412,
              "custom_type": "notice",
              "message": "The channel will be archived tomorrow.",
              "translations": {},
              "created_at": 1540798700000,
              "data": ""
            },
            "channel": {
              "name": "Room",
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
            "app_id": "9bdf228d-8e32-43de-88b7-969ba4cf4c40"
          },
          "summary": "An admin message (ADMM) sent through the Platform API; no sender."
        }
      ],
      "invalidExamples": [
        {
          "name": "mention-type-user",
          "reason": "`mention_type` is `users` or `channel`.",
          "pointer": "/mention_type",
          "payload": {
            "category": "group_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "mention_type": "user",
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
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "sdk": "API",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "enum"
        },
        {
          "name": "push-trigger-option-number",
          "reason": "`push_trigger_option` is a string (docs) or a boolean (real capture), never a number.",
          "pointer": "/members/0/push_trigger_option",
          "payload": {
            "category": "group_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "members": [
              {
                "user_id": "Jeff",
                "nickname": "Jeff",
                "profile_url": "",
                "is_hidden": 0,
                "state": "joined",
                "push_enabled": false,
                "push_trigger_option": 1
              }
            ],
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
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "sdk": "API",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        },
        {
          "name": "created-at-iso",
          "reason": "`payload.created_at` is Unix milliseconds, not an ISO date.",
          "pointer": "/payload/created_at",
          "payload": {
            "category": "group_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": 238303376,
              "custom_type": "",
              "message": "hello",
              "translations": {},
              "created_at": "2018-10-29T07:35:55.343Z",
              "data": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "sdk": "API",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        },
        {
          "name": "missing-channel",
          "reason": "A message event always names its channel.",
          "pointer": "/channel",
          "payload": {
            "category": "group_channel:message_send",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
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
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "documented",
      "title": "Message sent in a group channel",
      "summary": "A message was sent in a group channel.",
      "notes": "Shape confirmed by the docs sample (copied in S-Ssample) and a real captured request (S-Scomm). Where they differ chathooks accepts both: `push_trigger_option` is the string `default` in the docs and the boolean `true` in the capture; `app_id` is lower-case in the docs and upper-case in the capture. `message_events` comes from real payloads (third-party typing). `members` only with include_members and never for Supergroups; `sender` is not required because admin messages (ADMM) are sent by no user. FILE payloads carry file fields instead of `message`; their names were not retrieved and are shown here for illustration only.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelMessageRead": {
            "type": "object",
            "required": [
              "category",
              "read_updates",
              "channel",
              "app_id"
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
                "description": "The users who now have no unread message in the channel.",
                "items": {
                  "$ref": "#/$defs/ReadUpdate"
                }
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ReadUpdate": {
            "type": "object",
            "required": [
              "user_id"
            ],
            "properties": {
              "user_id": {
                "$ref": "#/$defs/UserId"
              },
              "read_ts": {
                "$ref": "#/$defs/TimestampMs"
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "read-no-members",
          "payload": {
            "category": "group_channel:message_read",
            "channel": {
              "name": "Room",
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
                "user_id": "user_8472",
                "read_ts": 1540798612003,
                "channel_unread_message_count": 0,
                "total_unread_message_count": 2
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        },
        {
          "name": "read-with-members",
          "payload": {
            "category": "group_channel:message_read",
            "members": [
              {
                "user_id": "Jeff",
                "nickname": "Jeff",
                "profile_url": "",
                "is_active": true,
                "is_online": false,
                "is_hidden": 0,
                "state": "joined",
                "unread_message_count": 0,
                "total_unread_message_count": 0,
                "channel_unread_message_count": 0,
                "channel_mention_count": 0,
                "push_enabled": false,
                "push_trigger_option": "default",
                "do_not_disturb": false,
                "metadata": {}
              },
              {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "is_active": true,
                "is_online": true,
                "is_hidden": 0,
                "state": "joined",
                "unread_message_count": 0,
                "total_unread_message_count": 2,
                "channel_unread_message_count": 0,
                "channel_mention_count": 0,
                "push_enabled": true,
                "push_trigger_option": "default",
                "do_not_disturb": false,
                "metadata": {}
              }
            ],
            "channel": {
              "name": "Room",
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
                "user_id": "user_8472",
                "read_ts": 1540798612003,
                "channel_unread_message_count": 0,
                "total_unread_message_count": 2
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "include_members on."
        }
      ],
      "invalidExamples": [
        {
          "name": "read-ts-iso",
          "reason": "`read_ts` is Unix milliseconds.",
          "pointer": "/read_updates/0/read_ts",
          "payload": {
            "category": "group_channel:message_read",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "read_updates": [
              {
                "user_id": "user_8472",
                "read_ts": "2018-10-29T07:36:52Z",
                "channel_unread_message_count": 0,
                "total_unread_message_count": 2
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        },
        {
          "name": "missing-read-updates",
          "reason": "A read event says who read, in `read_updates`.",
          "pointer": "/read_updates",
          "payload": {
            "category": "group_channel:message_read",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "documented",
      "title": "Messages read in a group channel",
      "summary": "A user has no more unread messages in a group channel.",
      "notes": "Shape confirmed by the docs sample (category, members, channel, read_updates, app_id). `members` only with include_members.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelMessageUpdate": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "payload",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:message_update"
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "text-edited",
          "payload": {
            "category": "group_channel:message_update",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "custom_type": "",
            "mention_type": "users",
            "mentioned_users": [],
            "type": "MESG",
            "payload": {
              "message_id": 238303376,
              "custom_type": "",
              "message": "hello everyone",
              "translations": {
                "ko": "여러분 안녕하세요"
              },
              "created_at": 1540798555343,
              "data": ""
            },
            "channel": {
              "name": "Room",
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
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "translation-not-text",
          "reason": "`translations` maps language codes to translated text.",
          "pointer": "/payload/translations/ko",
          "payload": {
            "category": "group_channel:message_update",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": 238303376,
              "message": "hello everyone",
              "translations": {
                "ko": {
                  "text": "여러분 안녕하세요"
                }
              },
              "created_at": 1540798555343
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Message updated in a group channel",
      "summary": "A message in a group channel was updated.",
      "notes": "Payload not retrieved; built from the documented `group_channel:message_send`, with `payload` holding the message as updated. Only category, payload and channel are required; `members` only with include_members.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelMessageDelete": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "payload",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:message_delete"
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
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
              "profile_url": "",
              "metadata": {}
            },
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
              "name": "Room",
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
          "name": "payload-without-message-id",
          "reason": "The deleted message is identified by `payload.message_id`.",
          "pointer": "/payload/message_id",
          "payload": {
            "category": "group_channel:message_delete",
            "sender": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "custom_type": "",
              "message": "hello",
              "created_at": 1540798555343
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Message deleted in a group channel",
      "summary": "A message in a group channel was deleted.",
      "notes": "Payload not retrieved; built from the documented `group_channel:message_send`, with `payload` naming the deleted message. Only category, payload (with `message_id`) and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelFreezeUnfreeze": {
            "type": "object",
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:freeze_unfreeze"
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "frozen",
          "payload": {
            "category": "group_channel:freeze_unfreeze",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "is_distinct": false,
              "is_public": false,
              "is_super": false,
              "is_ephemeral": false,
              "is_discoverable": false,
              "data": "",
              "freeze": true
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "empty-channel-url",
          "reason": "A channel url is never empty.",
          "pointer": "/channel/channel_url",
          "payload": {
            "category": "group_channel:freeze_unfreeze",
            "channel": {
              "name": "Room",
              "channel_url": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "minLength"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Group channel frozen or unfrozen",
      "summary": "A group channel was frozen or unfrozen.",
      "notes": "Payload not retrieved; built from the documented group channel events (members, channel, app_id). Where the new state is sent was not retrieved (the example shows a `freeze` flag on the channel, unconfirmed, accepted as an extra property). Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelReactionAdd": {
            "type": "object",
            "required": [
              "category",
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
              "payload": {
                "$ref": "#/$defs/MessagePayload"
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "reaction-added",
          "payload": {
            "category": "group_channel:reaction_add",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "payload": {
              "message_id": 238303376,
              "custom_type": "",
              "message": "hello",
              "translations": {},
              "created_at": 1540798555343,
              "data": ""
            },
            "channel": {
              "name": "Room",
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
          "name": "user-without-id",
          "reason": "The reacting user is a user object with its `user_id`.",
          "pointer": "/user/user_id",
          "payload": {
            "category": "group_channel:reaction_add",
            "user": {
              "nickname": "Chloé",
              "profile_url": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Reaction added",
      "summary": "A user added a reaction to a message in a group channel.",
      "notes": "Payload not retrieved; built from the documented message events: the reacting user (`user`), the message (`payload`), channel, members and app_id. The field carrying the reaction key was not retrieved and is accepted as an extra property. Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelReactionDelete": {
            "type": "object",
            "required": [
              "category",
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
              "payload": {
                "$ref": "#/$defs/MessagePayload"
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
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "reaction-removed",
          "payload": {
            "category": "group_channel:reaction_delete",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "payload": {
              "message_id": 238303376,
              "custom_type": "",
              "message": "hello",
              "translations": {},
              "created_at": 1540798555343,
              "data": ""
            },
            "channel": {
              "name": "Room",
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
          "reason": "A body labelled `group_channel:reaction_add` is not a `group_channel:reaction_delete` event.",
          "pointer": "/category",
          "payload": {
            "category": "group_channel:reaction_add",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "const"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/group-channel",
      "confidence": "inferred",
      "title": "Reaction removed",
      "summary": "A user removed a reaction from a message in a group channel.",
      "notes": "Payload not retrieved; built like `group_channel:reaction_add`. Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserBlock": {
            "type": "object",
            "required": [
              "category",
              "blocker",
              "blockee",
              "app_id"
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
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "blocked",
          "payload": {
            "category": "user:block",
            "blocker": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
              "metadata": {
                "location": "Seoul"
              }
            },
            "blockee": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-blockee",
          "reason": "A block event names the blocked user.",
          "pointer": "/blockee",
          "payload": {
            "category": "user:block",
            "blocker": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
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
      "title": "User blocked",
      "summary": "A user blocked another user.",
      "notes": "Shape confirmed by the user event page (category, blocker, blockee, app_id).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          },
          "UserUnblock": {
            "type": "object",
            "required": [
              "category",
              "unblocker",
              "unblockee",
              "app_id"
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
          "name": "unblocked",
          "payload": {
            "category": "user:unblock",
            "unblocker": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
              "metadata": {
                "location": "Seoul"
              }
            },
            "unblockee": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "user-id-number",
          "reason": "User ids are strings.",
          "pointer": "/unblockee/user_id",
          "payload": {
            "category": "user:unblock",
            "unblocker": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "",
              "metadata": {}
            },
            "unblockee": {
              "user_id": 8472,
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
      "confidence": "documented",
      "title": "User unblocked",
      "summary": "A user unblocked another user.",
      "notes": "Shape confirmed by the user event page (category, unblocker, unblockee, app_id).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OperatorsRegisterByOperator": {
            "type": "object",
            "required": [
              "category",
              "requested_at",
              "requester",
              "channel_type",
              "channel",
              "operators",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "operators:register_by_operator"
              },
              "requested_at": {
                "$ref": "#/$defs/TimestampMs"
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
                "description": "The users registered as operators.",
                "items": {
                  "$ref": "#/$defs/User"
                }
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "group-channel",
          "payload": {
            "category": "operators:register_by_operator",
            "requested_at": 1540870212544,
            "requester": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel_type": "group_channel",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "cover_url": "https://sendbird.com/main/img/cover/cover_08.jpg",
              "is_distinct": false,
              "is_public": false,
              "is_super": false,
              "is_ephemeral": false,
              "is_discoverable": false,
              "data": ""
            },
            "operators": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
                "metadata": {
                  "location": "Seoul"
                }
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        },
        {
          "name": "open-channel",
          "payload": {
            "category": "operators:register_by_operator",
            "requested_at": 1540870298120,
            "requester": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "",
              "metadata": {}
            },
            "channel_type": "open_channel",
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "cover_url": "",
              "data": ""
            },
            "operators": [
              {
                "user_id": "minji_kim",
                "nickname": "김민지",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "channel-type-short",
          "reason": "`channel_type` is `group_channel` or `open_channel`.",
          "pointer": "/channel_type",
          "payload": {
            "category": "operators:register_by_operator",
            "requested_at": 1540870212544,
            "requester": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel_type": "group",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "cover_url": ""
            },
            "operators": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "enum"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/operator",
      "confidence": "documented",
      "title": "Operators registered by an operator",
      "summary": "An operator registered other users as operators of a channel from a client app.",
      "notes": "Shape confirmed by the operator event page (category, requested_at, requester, channel_type, channel with cover_url, operators, app_id).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OperatorsUnregisterByOperator": {
            "type": "object",
            "required": [
              "category",
              "requested_at",
              "requester",
              "channel_type",
              "channel",
              "operators",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "operators:unregister_by_operator"
              },
              "requested_at": {
                "$ref": "#/$defs/TimestampMs"
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
                "description": "The users no longer operators.",
                "items": {
                  "$ref": "#/$defs/User"
                }
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "group-channel",
          "payload": {
            "category": "operators:unregister_by_operator",
            "requested_at": 1540871034778,
            "requester": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel_type": "group_channel",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "cover_url": "https://sendbird.com/main/img/cover/cover_08.jpg",
              "is_distinct": false,
              "is_public": false,
              "is_super": false,
              "is_ephemeral": false,
              "is_discoverable": false,
              "data": ""
            },
            "operators": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
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
          "name": "requested-at-iso",
          "reason": "`requested_at` is Unix milliseconds.",
          "pointer": "/requested_at",
          "payload": {
            "category": "operators:unregister_by_operator",
            "requested_at": "2018-10-30T03:43:54Z",
            "requester": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel_type": "group_channel",
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "operators": [
              {
                "user_id": "amelia.lopez",
                "nickname": "Amelia",
                "profile_url": "",
                "metadata": {}
              }
            ],
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/operator",
      "confidence": "documented",
      "title": "Operators unregistered by an operator",
      "summary": "An operator removed other users from the operators of a channel from a client app.",
      "notes": "Shape confirmed by the operator event page (same fields as `operators:register_by_operator`).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
          }
        ]
      }
    },
    {
      "name": "message:report",
      "operationId": "messageReport",
      "typeName": "MessageReport",
      "kind": "notify",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageReport": {
            "type": "object",
            "required": [
              "category",
              "report_type",
              "report_category",
              "reported_message"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "message:report"
              },
              "created_at": {
                "type": "integer",
                "minimum": 0,
                "maximum": 99999999999,
                "description": "When the report was made, in Unix SECONDS (e.g. 1568791754) — unlike every other Sendbird timestamp, which is in milliseconds. Values of 12 digits or more are milliseconds and rejected.",
                "examples": [
                  1568791754
                ]
              },
              "report_type": {
                "type": "string",
                "const": "message"
              },
              "report_category": {
                "$ref": "#/$defs/ReportCategory"
              },
              "reporting_user": {
                "$ref": "#/$defs/User"
              },
              "offending_user": {
                "$ref": "#/$defs/User"
              },
              "reported_message": {
                "$ref": "#/$defs/ReportedMessage"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ReportCategory": {
            "type": "string",
            "description": "Why the user reported; `suspicious` in the docs, other values (`spam`, `harassing`, `inappropriate`) inferred. An open set.",
            "examples": [
              "suspicious",
              "spam",
              "harassing",
              "inappropriate"
            ]
          },
          "ReportedMessage": {
            "type": "object",
            "description": "The message a `message:report` is about.",
            "required": [
              "payload"
            ],
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
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "suspicious-message",
          "payload": {
            "category": "message:report",
            "created_at": 1568791754,
            "report_type": "message",
            "report_category": "suspicious",
            "reporting_user": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
              "metadata": {
                "location": "Seoul"
              }
            },
            "offending_user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "reported_message": {
              "sender": {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              },
              "type": "MESG",
              "custom_type": "",
              "mention_type": "users",
              "mentioned_users": [],
              "payload": {
                "message_id": 312550871,
                "custom_type": "",
                "message": "Click here to claim your prize",
                "translations": {},
                "created_at": 1568791701223,
                "data": ""
              },
              "channel": {
                "name": "Room",
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
        },
        {
          "name": "spam-file",
          "payload": {
            "category": "message:report",
            "created_at": 1568792011,
            "report_type": "message",
            "report_category": "spam",
            "reporting_user": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "offending_user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "reported_message": {
              "sender": {
                "user_id": "user_8472",
                "nickname": "Chloé",
                "profile_url": "",
                "metadata": {}
              },
              "type": "FILE",
              "custom_type": "",
              "mention_type": "users",
              "mentioned_users": [],
              "payload": {
                "message_id": 312550902,
                "custom_type": "",
                "url": "https://file-us-1.sendbird.com/9a8b7c6d5e4f30211f2e3d4c5b6a7980.png",
                "name": "free-coins.png",
                "size": 20480,
                "translations": {},
                "created_at": 1568791950117,
                "data": ""
              },
              "channel": {
                "name": "Room",
                "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
              }
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "summary": "A reported file message; `spam` is an inferred report_category."
        }
      ],
      "invalidExamples": [
        {
          "name": "created-at-milliseconds",
          "reason": "`message:report.created_at` is in SECONDS; a millisecond value (13 digits) is not what Sendbird sends here.",
          "pointer": "/created_at",
          "payload": {
            "category": "message:report",
            "created_at": 1568791754000,
            "report_type": "message",
            "report_category": "suspicious",
            "reporting_user": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "",
              "metadata": {}
            },
            "offending_user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "reported_message": {
              "type": "MESG",
              "payload": {
                "message_id": 312550871,
                "message": "Click here to claim your prize",
                "created_at": 1568791701223
              }
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "maximum"
        },
        {
          "name": "created-at-iso",
          "reason": "`created_at` is an integer (Unix seconds), not an ISO date.",
          "pointer": "/created_at",
          "payload": {
            "category": "message:report",
            "created_at": "2019-09-18T07:29:14Z",
            "report_type": "message",
            "report_category": "suspicious",
            "reporting_user": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "",
              "metadata": {}
            },
            "offending_user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "reported_message": {
              "type": "MESG",
              "payload": {
                "message_id": 312550871,
                "message": "Click here to claim your prize",
                "created_at": 1568791701223
              }
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        },
        {
          "name": "report-type-user",
          "reason": "A `message:report` has `report_type` `message`.",
          "pointer": "/report_type",
          "payload": {
            "category": "message:report",
            "created_at": 1568791754,
            "report_type": "user",
            "report_category": "suspicious",
            "reporting_user": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "",
              "metadata": {}
            },
            "offending_user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "reported_message": {
              "type": "MESG",
              "payload": {
                "message_id": 312550871,
                "message": "Click here to claim your prize",
                "created_at": 1568791701223
              }
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "const"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
      "confidence": "documented",
      "title": "Message reported",
      "summary": "A user reported a message.",
      "notes": "Shape confirmed by the report event page. Its `created_at` is in Unix SECONDS (1568791754), unlike every other Sendbird timestamp (milliseconds, including `reported_message.payload.created_at`); normalise before comparing. `report_category` is `suspicious` in the docs; other values are inferred, so it is an open string. Kind `notify` (as for every report and alert category): the event asks someone to review, it does not report a change of the app's state.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
          }
        ]
      }
    },
    {
      "name": "user:report",
      "operationId": "userReport",
      "typeName": "UserReport",
      "kind": "notify",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ReportCategory": {
            "type": "string",
            "description": "Why the user reported; `suspicious` in the docs, other values (`spam`, `harassing`, `inappropriate`) inferred. An open set.",
            "examples": [
              "suspicious",
              "spam",
              "harassing",
              "inappropriate"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          },
          "UserReport": {
            "type": "object",
            "required": [
              "category",
              "report_type"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "user:report"
              },
              "created_at": {
                "type": "integer",
                "minimum": 0,
                "description": "When the report was made. Seconds in `message:report`; the unit here was not retrieved, so seconds and milliseconds are both accepted."
              },
              "report_type": {
                "type": "string",
                "description": "Inferred `user`.",
                "examples": [
                  "user"
                ]
              },
              "report_category": {
                "$ref": "#/$defs/ReportCategory"
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
          "name": "harassing-user",
          "payload": {
            "category": "user:report",
            "created_at": 1568793320,
            "report_type": "user",
            "report_category": "harassing",
            "reporting_user": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "https://sendbird.com/main/img/profiles/profile_05_512px.png",
              "metadata": {
                "location": "Seoul"
              }
            },
            "offending_user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "offending-user-as-id",
          "reason": "The offending user is a user object, not a bare id.",
          "pointer": "/offending_user",
          "payload": {
            "category": "user:report",
            "created_at": 1568793320,
            "report_type": "user",
            "report_category": "harassing",
            "reporting_user": {
              "user_id": "amelia.lopez",
              "nickname": "Amelia",
              "profile_url": "",
              "metadata": {}
            },
            "offending_user": "user_8472",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
      "confidence": "inferred",
      "title": "User reported",
      "summary": "A user reported another user.",
      "notes": "Payload not retrieved; built on the documented `message:report` pattern (created_at, report_type, report_category, reporting_user, offending_user, app_id). `report_type` is presumably `user` and kept an open string; the unit of `created_at` (seconds in `message:report`) is unconfirmed here, so any integer is accepted. Only category and report_type are required. Kind `notify`, as for every report category.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
          }
        ]
      }
    },
    {
      "name": "open_channel:report",
      "operationId": "openChannelReport",
      "typeName": "OpenChannelReport",
      "kind": "notify",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "OpenChannelReport": {
            "type": "object",
            "required": [
              "category",
              "report_type"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "open_channel:report"
              },
              "created_at": {
                "type": "integer",
                "minimum": 0,
                "description": "When the report was made. Seconds in `message:report`; the unit here was not retrieved, so seconds and milliseconds are both accepted."
              },
              "report_type": {
                "type": "string",
                "description": "Inferred `open_channel`.",
                "examples": [
                  "open_channel"
                ]
              },
              "report_category": {
                "$ref": "#/$defs/ReportCategory"
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
          "ReportCategory": {
            "type": "string",
            "description": "Why the user reported; `suspicious` in the docs, other values (`spam`, `harassing`, `inappropriate`) inferred. An open set.",
            "examples": [
              "suspicious",
              "spam",
              "harassing",
              "inappropriate"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "inappropriate-channel",
          "payload": {
            "category": "open_channel:report",
            "created_at": 1568794002,
            "report_type": "open_channel",
            "report_category": "inappropriate",
            "reporting_user": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "created-at-iso",
          "reason": "`created_at` is an integer Unix time, not an ISO date.",
          "pointer": "/created_at",
          "payload": {
            "category": "open_channel:report",
            "created_at": "2019-09-18T08:06:42Z",
            "report_type": "open_channel",
            "report_category": "inappropriate",
            "reporting_user": {
              "user_id": "Jeff",
              "nickname": "Jeff",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
      "confidence": "inferred",
      "title": "Open channel reported",
      "summary": "A user reported an open channel.",
      "notes": "Payload not retrieved; built on the documented `message:report` pattern with the reported channel in `channel`. `report_type` is presumably `open_channel`; the unit of `created_at` is unconfirmed (seconds in `message:report`). Only category and report_type are required. Kind `notify`, as for every report category.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
          }
        ]
      }
    },
    {
      "name": "group_channel:report",
      "operationId": "groupChannelReport",
      "typeName": "GroupChannelReport",
      "kind": "notify",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "GroupChannelReport": {
            "type": "object",
            "required": [
              "category",
              "report_type"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "group_channel:report"
              },
              "created_at": {
                "type": "integer",
                "minimum": 0,
                "description": "When the report was made. Seconds in `message:report`; the unit here was not retrieved, so seconds and milliseconds are both accepted."
              },
              "report_type": {
                "type": "string",
                "description": "Inferred `group_channel`.",
                "examples": [
                  "group_channel"
                ]
              },
              "report_category": {
                "$ref": "#/$defs/ReportCategory"
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
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ReportCategory": {
            "type": "string",
            "description": "Why the user reported; `suspicious` in the docs, other values (`spam`, `harassing`, `inappropriate`) inferred. An open set.",
            "examples": [
              "suspicious",
              "spam",
              "harassing",
              "inappropriate"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "spam-channel",
          "payload": {
            "category": "group_channel:report",
            "created_at": 1568794187,
            "report_type": "group_channel",
            "report_category": "spam",
            "reporting_user": {
              "user_id": "minji_kim",
              "nickname": "김민지",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Free coins",
              "channel_url": "sendbird_group_channel_9034_e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e",
              "custom_type": "",
              "is_distinct": false,
              "is_public": true,
              "is_super": false,
              "is_ephemeral": false,
              "is_discoverable": true,
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-category",
          "reason": "A body labelled `open_channel:report` is not a `group_channel:report` event.",
          "pointer": "/category",
          "payload": {
            "category": "open_channel:report",
            "created_at": 1568794187,
            "report_type": "group_channel",
            "report_category": "spam",
            "reporting_user": {
              "user_id": "minji_kim",
              "nickname": "김민지",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Free coins",
              "channel_url": "sendbird_group_channel_9034_e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "const"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/report",
      "confidence": "inferred",
      "title": "Group channel reported",
      "summary": "A user reported a group channel.",
      "notes": "Payload not retrieved; built on the documented `message:report` pattern with the reported channel in `channel`. `report_type` is presumably `group_channel`; the unit of `created_at` is unconfirmed (seconds in `message:report`). Only category and report_type are required. Kind `notify`, as for every report category.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
          }
        ]
      }
    },
    {
      "name": "alert:user_message_rate_limit_exceeded",
      "operationId": "alertUserMessageRateLimitExceeded",
      "typeName": "AlertUserMessageRateLimitExceeded",
      "kind": "notify",
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
            "required": [
              "category",
              "user",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "alert:user_message_rate_limit_exceeded"
              },
              "user": {
                "$ref": "#/$defs/User"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "AppId": {
            "type": "string",
            "minLength": 1,
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "rate-limited",
          "payload": {
            "category": "alert:user_message_rate_limit_exceeded",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-user",
          "reason": "The alert names the user who exceeded the limit.",
          "pointer": "/user",
          "payload": {
            "category": "alert:user_message_rate_limit_exceeded",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/alert",
      "confidence": "documented",
      "title": "User message rate limit exceeded",
      "summary": "A user sent messages faster than the application's rate limit allows.",
      "notes": "Confirmed in part (category, user, app_id); the other fields of the alert were not retrieved and are accepted as extra properties. Kind `notify`: an alarm for the operator, like the report categories.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
              }
            }
          },
          "ProfanityFilterReplace": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "replaced_text",
              "payload",
              "channel",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "profanity_filter:replace"
              },
              "replaced_text": {
                "type": "string",
                "description": "The ORIGINAL text before masking (the masked message is in `payload.message`)."
              },
              "payload": {
                "$ref": "#/$defs/MessagePayload"
              },
              "channel": {
                "$ref": "#/$defs/ModerationChannel"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "masked",
          "payload": {
            "category": "profanity_filter:replace",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "custom_type": "",
            "type": "MESG",
            "replaced_text": "what the hell",
            "payload": {
              "message_id": 238304001,
              "custom_type": "",
              "message": "what the ****",
              "translations": {},
              "created_at": 1540799012230,
              "data": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "data": ""
            },
            "sdk": "Android",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-replaced-text",
          "reason": "A replace event carries the original text in `replaced_text`.",
          "pointer": "/replaced_text",
          "payload": {
            "category": "profanity_filter:replace",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": 238304001,
              "message": "what the ****",
              "created_at": 1540799012230
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "sdk": "Android",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/profanity-filter",
      "confidence": "documented",
      "title": "Profanity replaced",
      "summary": "Words of a message matched the profanity filter and were masked.",
      "notes": "Shape confirmed by the profanity filter page (category, sender, members, custom_type, type, replaced_text, payload, channel, sdk, app_id). Mind the naming: `replaced_text` holds the ORIGINAL text and `payload.message` the masked one. The channel is the reduced moderation channel.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
              }
            }
          },
          "ProfanityFilterBlock": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category",
              "channel"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "profanity_filter:block"
              },
              "channel": {
                "$ref": "#/$defs/ModerationChannel"
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "blocked",
          "payload": {
            "category": "profanity_filter:block",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "custom_type": "",
            "type": "MESG",
            "payload": {
              "message_id": 238304020,
              "custom_type": "",
              "message": "you are a ****",
              "translations": {},
              "created_at": 1540799100412,
              "data": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "data": ""
            },
            "sdk": "iOS",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-channel",
          "reason": "A moderation event names the channel the message was sent to.",
          "pointer": "/channel",
          "payload": {
            "category": "profanity_filter:block",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": 238304020,
              "message": "you are a ****",
              "created_at": 1540799100412
            },
            "sdk": "iOS",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/profanity-filter",
      "confidence": "inferred",
      "title": "Message blocked by the profanity filter",
      "summary": "A message matched the profanity filter and was blocked.",
      "notes": "Payload not retrieved; built from the documented `profanity_filter:replace` (sender, type, payload, reduced channel, sdk, app_id) without `replaced_text`. Only category and channel are required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
              }
            }
          },
          "ProfanityFilterModerate": {
            "type": "object",
            "required": [
              "category",
              "moderated_at",
              "moderation_action",
              "sender"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "profanity_filter:moderate"
              },
              "moderated_at": {
                "$ref": "#/$defs/TimestampMs"
              },
              "moderation_action": {
                "type": "string",
                "enum": [
                  "mute",
                  "kick",
                  "ban"
                ],
                "description": "What was applied to the sender."
              },
              "sender": {
                "$ref": "#/$defs/User"
              },
              "channel": {
                "$ref": "#/$defs/ModerationChannel"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "muted",
          "payload": {
            "category": "profanity_filter:moderate",
            "moderated_at": 1540799160871,
            "moderation_action": "mute",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        },
        {
          "name": "banned",
          "payload": {
            "category": "profanity_filter:moderate",
            "moderated_at": 1540799420003,
            "moderation_action": "ban",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-action",
          "reason": "`moderation_action` is `mute`, `kick` or `ban`.",
          "pointer": "/moderation_action",
          "payload": {
            "category": "profanity_filter:moderate",
            "moderated_at": 1540799160871,
            "moderation_action": "warn",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "enum"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/profanity-filter",
      "confidence": "documented",
      "title": "Sender moderated by the profanity filter",
      "summary": "A sender who kept using profanity was muted, kicked or banned.",
      "notes": "Confirmed in part (category, moderated_at, moderation_action mute/kick/ban, sender); the channel (reduced, as in the other moderation events) and app_id are expected but not required, and other fields are accepted.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "ImageModerationBlock": {
            "type": "object",
            "required": [
              "category",
              "blocked_at",
              "sender",
              "channel",
              "app_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "image_moderation:block"
              },
              "blocked_at": {
                "$ref": "#/$defs/TimestampMs"
              },
              "sender": {
                "$ref": "#/$defs/User"
              },
              "channel": {
                "$ref": "#/$defs/ModerationChannel"
              },
              "message_text": {
                "type": "string",
                "description": "The text of the message whose image was blocked."
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
              }
            }
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "blocked",
          "payload": {
            "category": "image_moderation:block",
            "blocked_at": 1540799533018,
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
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
          "name": "blocked-at-iso",
          "reason": "`blocked_at` is Unix milliseconds.",
          "pointer": "/blocked_at",
          "payload": {
            "category": "image_moderation:block",
            "blocked_at": "2018-10-29T07:52:13Z",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "message_text": "look at this",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/image-moderation",
      "confidence": "documented",
      "title": "Image blocked",
      "summary": "An explicit image was detected and its message blocked.",
      "notes": "Shape confirmed by the image moderation page (category, blocked_at, sender, channel, message_text, app_id); the channel is the reduced moderation channel.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "announcement:create_channels"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "AppId": {
            "type": "string",
            "minLength": 1,
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "envelope-only",
          "payload": {
            "category": "announcement:create_channels",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "app-id-number",
          "reason": "`app_id` is a string.",
          "pointer": "/app_id",
          "payload": {
            "category": "announcement:create_channels",
            "app_id": 2117
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/announcement",
      "confidence": "inferred",
      "title": "Announcement channels created",
      "summary": "Channels were created to deliver an announcement.",
      "notes": "The category is listed on the announcement page but its payload was not retrieved and no sibling documents it; chathooks requires only `category` and describes `app_id`, accepting every other property. The example shows only those two fields.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "announcement:send_messages"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "AppId": {
            "type": "string",
            "minLength": 1,
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "envelope-only",
          "payload": {
            "category": "announcement:send_messages",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-category",
          "reason": "Every Sendbird webhook body names its category.",
          "pointer": "/category",
          "payload": {
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/announcement",
      "confidence": "inferred",
      "title": "Announcement sent",
      "summary": "An announcement's messages were sent.",
      "notes": "The category is listed on the announcement page but its payload was not retrieved; chathooks requires only `category` and describes `app_id`, accepting every other property.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          },
          "UserPushPreference": {
            "type": "object",
            "required": [
              "category",
              "user_id"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "user:push_preference"
              },
              "user_id": {
                "$ref": "#/$defs/UserId"
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
          "name": "changed",
          "payload": {
            "category": "user:push_preference",
            "user_id": "amelia.lopez",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-user-id",
          "reason": "The event names the user whose preference changed.",
          "pointer": "/user_id",
          "payload": {
            "category": "user:push_preference",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
      "confidence": "documented",
      "title": "Push preference changed",
      "summary": "A user changed their push notification preferences.",
      "notes": "The reference lists this category among the newer ones whose payloads were not retrieved, yet also confirms part of it (category, user_id). chathooks follows the confirmed part: it requires category and user_id, describes app_id, and asserts nothing else (the preference fields are accepted as extra properties).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          },
          "UserPushChannelPreference": {
            "type": "object",
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "user:push_channel_preference"
              },
              "user_id": {
                "$ref": "#/$defs/UserId"
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
          "name": "channel-muted",
          "payload": {
            "category": "user:push_channel_preference",
            "user_id": "amelia.lopez",
            "channel": {
              "name": "Room",
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
          "name": "user-id-number",
          "reason": "User ids are strings.",
          "pointer": "/user_id",
          "payload": {
            "category": "user:push_channel_preference",
            "user_id": 8472,
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
      "confidence": "inferred",
      "title": "Channel push preference changed",
      "summary": "A user changed their push notification preference for one channel.",
      "notes": "Listed on the user page; payload not retrieved. Built from `user:push_preference` (user_id) plus the channel; only category is required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "UserDeviceTokenRegister": {
            "type": "object",
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "user:device_token_register"
              },
              "user_id": {
                "$ref": "#/$defs/UserId"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "registered",
          "payload": {
            "category": "user:device_token_register",
            "user_id": "minji_kim",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-category",
          "reason": "A body labelled `user:device_token_unregister` is not a `user:device_token_register` event.",
          "pointer": "/category",
          "payload": {
            "category": "user:device_token_unregister",
            "user_id": "minji_kim",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "const"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
      "confidence": "inferred",
      "title": "Device token registered",
      "summary": "A push device token was registered for a user.",
      "notes": "Found on a copy of the docs' user event page (staging copy at snbrd.pleasework.dev); payload not retrieved. Built from `user:push_preference` (user_id, app_id); only category is required and the token fields are accepted as extra properties.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "UserDeviceTokenUnregister": {
            "type": "object",
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "user:device_token_unregister"
              },
              "user_id": {
                "$ref": "#/$defs/UserId"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "unregistered",
          "payload": {
            "category": "user:device_token_unregister",
            "user_id": "minji_kim",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "empty-app-id",
          "reason": "The application id is never empty.",
          "pointer": "/app_id",
          "payload": {
            "category": "user:device_token_unregister",
            "user_id": "minji_kim",
            "app_id": ""
          },
          "keyword": "minLength"
        }
      ],
      "source": "https://sendbird.com/docs/chat/v3/platform-api/webhook/events/user",
      "confidence": "inferred",
      "title": "Device token unregistered",
      "summary": "A push device token was unregistered for a user.",
      "notes": "Found on a copy of the docs' user event page (staging copy at snbrd.pleasework.dev); payload not retrieved. Built like `user:device_token_register`; only category is required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
        "user",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          },
          "UserMute": {
            "type": "object",
            "required": [
              "category"
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
                "$ref": "#/$defs/ModerationChannel"
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
          "name": "muted",
          "payload": {
            "category": "user:mute",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "user-without-id",
          "reason": "The muted user is a user object with its `user_id`.",
          "pointer": "/user/user_id",
          "payload": {
            "category": "user:mute",
            "user": {
              "nickname": "Chloé",
              "profile_url": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "required"
        }
      ],
      "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
      "confidence": "inferred",
      "title": "User muted",
      "summary": "A user was muted (Advanced Moderation).",
      "notes": "Listed by the Advanced Moderation webhooks page; payload not retrieved. Built from the documented moderation events: the user as a User object (`user`), the reduced channel, app_id. Only category is required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
        "user",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserBan": {
            "type": "object",
            "required": [
              "category"
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
                "$ref": "#/$defs/ModerationChannel"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "banned",
          "payload": {
            "category": "user:ban",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": "sendbird_open_channel_1354_9d7c1e0b4ea6a10c97a6ab4c1f2ae8a4e0f63c1e",
              "custom_type": "",
              "data": ""
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "channel-url-number",
          "reason": "Channel urls are strings.",
          "pointer": "/channel/channel_url",
          "payload": {
            "category": "user:ban",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "channel": {
              "name": "Lobby",
              "channel_url": 1354
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
      "confidence": "inferred",
      "title": "User banned",
      "summary": "A user was banned (Advanced Moderation).",
      "notes": "Listed by the Advanced Moderation webhooks page; payload not retrieved. Built like `user:mute` (user, reduced channel, app_id). Only category is required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
        "user",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserDeactivate": {
            "type": "object",
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "user:deactivate"
              },
              "user": {
                "$ref": "#/$defs/User"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "deactivated",
          "payload": {
            "category": "user:deactivate",
            "user": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "user-as-id",
          "reason": "The deactivated user is a user object, not a bare id.",
          "pointer": "/user",
          "payload": {
            "category": "user:deactivate",
            "user": "user_8472",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
      "confidence": "inferred",
      "title": "User deactivated",
      "summary": "A user was deactivated (Advanced Moderation).",
      "notes": "Listed by the Advanced Moderation webhooks page; payload not retrieved. Built like `user:mute` without a channel (user, app_id). Only category is required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
        "profanity_filter",
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
              }
            }
          },
          "ProfanityFilterDetect": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "profanity_filter:detect"
              },
              "channel": {
                "$ref": "#/$defs/ModerationChannel"
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "detected",
          "payload": {
            "category": "profanity_filter:detect",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "custom_type": "",
            "type": "MESG",
            "payload": {
              "message_id": 238304100,
              "custom_type": "",
              "message": "damn it",
              "translations": {},
              "created_at": 1540799701554,
              "data": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "data": ""
            },
            "sdk": "JavaScript",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "message-id-string",
          "reason": "`payload.message_id` is an integer.",
          "pointer": "/payload/message_id",
          "payload": {
            "category": "profanity_filter:detect",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "type": "MESG",
            "payload": {
              "message_id": "238304100",
              "message": "damn it",
              "created_at": 1540799701554
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "type"
        }
      ],
      "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
      "confidence": "inferred",
      "title": "Profanity detected",
      "summary": "A message matched the profanity filter (detection only).",
      "notes": "Listed by the Advanced Moderation webhooks page and the profanity filter page; payload not retrieved. Built from the documented `profanity_filter:replace` (sender, type, payload, reduced channel, sdk, app_id). Only category is required. Kind `after` like the other profanity filter categories (only report and alert categories are `notify`).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
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
            "description": "The Sendbird application id, a UUID (upper-case in real captures, lower-case in the docs).",
            "examples": [
              "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
            ]
          },
          "Channel": {
            "type": "object",
            "description": "The channel an event happened in. `cover_url` appears in some events (operators).",
            "required": [
              "channel_url"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "channel_url": {
                "type": "string",
                "minLength": 1,
                "examples": [
                  "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
                ]
              },
              "custom_type": {
                "type": "string"
              },
              "data": {
                "type": "string"
              },
              "is_distinct": {
                "type": "boolean"
              },
              "is_public": {
                "type": "boolean"
              },
              "is_super": {
                "type": "boolean",
                "description": "A Supergroup channel (its events never carry `members`)."
              },
              "is_ephemeral": {
                "type": "boolean"
              },
              "is_discoverable": {
                "type": "boolean"
              },
              "cover_url": {
                "type": "string"
              }
            }
          },
          "Member": {
            "type": "object",
            "description": "A channel member as listed in `members` (only with \"Include member information\"; never for Supergroups).",
            "allOf": [
              {
                "$ref": "#/$defs/User"
              }
            ],
            "properties": {
              "is_active": {
                "type": "boolean"
              },
              "is_online": {
                "type": "boolean"
              },
              "is_hidden": {
                "type": "integer",
                "minimum": 0,
                "description": "Whether the member has hidden the channel, as an INTEGER (`0`), not a boolean."
              },
              "state": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "joined",
                  "invited"
                ],
                "description": "The member state; `joined` or `invited` in the docs.",
                "examples": [
                  "joined",
                  "invited"
                ]
              },
              "is_blocking_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "is_blocked_by_sender": {
                "type": "boolean",
                "description": "In message events."
              },
              "unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "total_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_unread_message_count": {
                "type": "integer",
                "minimum": 0
              },
              "channel_mention_count": {
                "type": "integer",
                "minimum": 0
              },
              "push_enabled": {
                "type": "boolean"
              },
              "push_trigger_option": {
                "type": [
                  "string",
                  "boolean"
                ],
                "description": "The docs show a string (`default`); a real capture shows a boolean (`true`). Both are accepted.",
                "examples": [
                  "default",
                  true
                ]
              },
              "do_not_disturb": {
                "type": "boolean"
              }
            }
          },
          "Members": {
            "type": "array",
            "description": "Present only when \"Include member information\" (`include_members`) is on, and never for Supergroups.",
            "items": {
              "$ref": "#/$defs/Member"
            }
          },
          "MentionType": {
            "type": "string",
            "description": "`users` (the `mentioned_users`) or `channel` (everyone in the channel).",
            "enum": [
              "users",
              "channel"
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "The fields every message event carries (message send, update and delete; profanity filter).",
            "properties": {
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
                "$ref": "#/$defs/Sdk"
              },
              "message_events": {
                "$ref": "#/$defs/MessageEvents"
              },
              "app_id": {
                "$ref": "#/$defs/AppId"
              }
            }
          },
          "MessageEvents": {
            "type": "object",
            "description": "What Sendbird did with the message (seen in real payloads; third-party typing).",
            "properties": {
              "send_push_notification": {
                "type": "string"
              },
              "update_unread_count": {
                "type": "boolean"
              },
              "update_mention_count": {
                "type": "boolean"
              },
              "update_last_message": {
                "type": "boolean"
              }
            }
          },
          "MessageModerationExtensionTriggered": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/$defs/MessageEvent"
              }
            ],
            "required": [
              "category"
            ],
            "properties": {
              "category": {
                "type": "string",
                "const": "message:moderation_extension_triggered"
              },
              "channel": {
                "$ref": "#/$defs/ModerationChannel"
              }
            }
          },
          "MessagePayload": {
            "type": "object",
            "description": "The message itself (`payload`). Text and admin messages carry `message`; file messages carry file fields\ninstead, whose names the reference did not retrieve (accepted as extra properties).\n",
            "required": [
              "message_id"
            ],
            "properties": {
              "message_id": {
                "type": "integer",
                "minimum": 0,
                "examples": [
                  238303376
                ]
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
                "type": "object",
                "description": "Auto-translations, language code to text.",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "created_at": {
                "$ref": "#/$defs/TimestampMs"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "`MESG` a user text message, `FILE` a file message, `ADMM` an admin message.",
            "enum": [
              "MESG",
              "FILE",
              "ADMM"
            ]
          },
          "Metadata": {
            "type": "object",
            "description": "A user's metadata, string keys to string values.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "ModerationChannel": {
            "type": "object",
            "description": "The reduced channel that moderation events (profanity filter, image moderation) send.",
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
              }
            }
          },
          "Sdk": {
            "type": "string",
            "x-chathooks-open-enum": [
              "iOS",
              "Android",
              "JavaScript",
              ".NET",
              "API"
            ],
            "description": "Where the message was sent from. An open set; known values `iOS`, `Android`, `JavaScript`, `.NET`, `API`.",
            "examples": [
              "API",
              "iOS",
              "Android",
              "JavaScript",
              ".NET"
            ]
          },
          "TimestampMs": {
            "type": "integer",
            "minimum": 0,
            "description": "Unix time in milliseconds (every Sendbird webhook timestamp except `message:report.created_at`).",
            "examples": [
              1540798555343
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
                "$ref": "#/$defs/UserId"
              },
              "nickname": {
                "type": "string"
              },
              "profile_url": {
                "type": "string",
                "description": "URL of the profile image; often empty."
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              }
            }
          },
          "UserId": {
            "type": "string",
            "description": "A Sendbird user id, chosen by your application.",
            "examples": [
              "Jeff"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "triggered",
          "payload": {
            "category": "message:moderation_extension_triggered",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "custom_type": "",
            "type": "MESG",
            "payload": {
              "message_id": 238304188,
              "custom_type": "",
              "message": "call me at 010-1234-5678",
              "translations": {},
              "created_at": 1540799822906,
              "data": ""
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86",
              "custom_type": "",
              "data": ""
            },
            "sdk": "iOS",
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-message-type",
          "reason": "`type` is MESG, FILE or ADMM.",
          "pointer": "/type",
          "payload": {
            "category": "message:moderation_extension_triggered",
            "sender": {
              "user_id": "user_8472",
              "nickname": "Chloé",
              "profile_url": "",
              "metadata": {}
            },
            "type": "TEXT",
            "payload": {
              "message_id": 238304188,
              "message": "call me at 010-1234-5678",
              "created_at": 1540799822906
            },
            "channel": {
              "name": "Room",
              "channel_url": "sendbird_group_channel_2117_0b1f04c4ec5e0c2ee6c3ea6b3f0dd4f0c5d7ff86"
            },
            "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
          },
          "keyword": "enum"
        }
      ],
      "source": "https://docs.sendbird.com/docs/advanced-moderation/guide/v1/webhooks",
      "confidence": "inferred",
      "title": "Moderation extension triggered",
      "summary": "A message triggered an Advanced Moderation extension.",
      "notes": "Listed by the Advanced Moderation webhooks page (whose list was cut off after it; more categories may exist); payload not retrieved. Built from the documented message events (sender, type, payload, reduced channel, sdk, app_id); which extension fired is accepted as an extra property. Only category is required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Sendbird adds to every webhook request (names are case-insensitive on the wire). The signature comes in `x-sendbird-signature` (the platform docs) or `x-signature` (the only header the tutorial names; a legacy duplicate in real captures): either one is enough, so the schema requires neither and signature verification (x-chathooks-signature, with legacyHeaders) demands one.",
            "properties": {
              "x-sendbird-signature": {
                "type": "string",
                "description": "Hex HMAC-SHA256 of the raw request body, keyed with the application's master API token.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "x-signature": {
                "type": "string",
                "description": "Legacy duplicate of `x-sendbird-signature` (same value), seen in real captures and named by the tutorial.",
                "pattern": "^[0-9a-fA-F]{64}$"
              },
              "user-agent": {
                "type": "string",
                "description": "Sendbird's user agent.",
                "examples": [
                  "SendBird"
                ]
              },
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "unicode-escaped": {
                "type": "string",
                "description": "Seen in real captures (`true`); presumably the body escapes non-ASCII characters as `\\uXXXX`.",
                "examples": [
                  "true"
                ]
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
              "description": "Sendbird reads only the status code (200 OK); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object (an empty body does as well)."
          }
        ]
      }
    }
  ]
};

export default contract;
