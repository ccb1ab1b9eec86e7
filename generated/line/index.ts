// generated from spec/line.yaml by chathooks; do not edit
// source sha256:5492ac8d16a875cd3b920b5935123ea889f5a765f9df945e176d3910770027d5
import type { Contract } from 'chathooks';
import type { EventName } from './types.js';

export type * from './types.js';
export { validators, replyValidators, batchValidator, type Validator, type ValidationIssue } from './validators.js';
export { strictValidators, strictReplyValidators } from './strict-validators.js';
export { examples, replyExamples, batchEnvelope, inBatch, type NamedExample } from './examples.js';

/** Every event name, in spec order; `EventName` and this list cannot drift apart. */
export const eventNames = [
  "message",
  "unsend",
  "follow",
  "unfollow",
  "join",
  "leave",
  "memberJoined",
  "memberLeft",
  "postback",
  "videoPlayComplete",
  "beacon",
  "accountLink",
  "membership",
  "module",
  "activated",
  "deactivated",
  "botSuspended",
  "botResumed",
  "delivery"
] as const satisfies readonly EventName[];
type MissingFromList = Exclude<EventName, (typeof eventNames)[number]>;
const listIsComplete: [MissingFromList] extends [never] ? true : MissingFromList = true;
void listIsComplete;

/** The LINE Messaging API webhooks contract: transport, discriminator, signature, delivery policy and every event. */
export const contract: Contract = {
  "id": "line",
  "title": "LINE Messaging API webhooks",
  "version": "1.0.0",
  "description": "The LINE Platform posts to your bot server's webhook URL whenever something happens to your LINE Official\nAccount: a user sends a message or unsends one, adds or blocks the account, the account joins or leaves a group\nchat, a user taps a postback action, enters a beacon's range, links an account, joins a membership; module\nchannels and LINE notification messages have events of their own.\n\nOne POST carries a BATCH: `{ \"destination\": \"<bot user id>\", \"events\": [ ... ] }`. Each event has its own\n`type`, `timestamp`, `mode`, `webhookEventId` (a ULID) and `deliveryContext.isRedelivery`; a single POST may\nmix events of different users and types. An empty `events` array is LINE checking that the endpoint answers\n(the console's Verify button, `POST /v2/bot/channel/webhook/test`): answer it 200 like any delivery.\n\nEvery request carries `x-line-signature`: the base64 HMAC-SHA256 of the raw request body keyed with the\nchannel secret. It has no timestamp, so de-duplicate on `webhookEventId`.\n\nAnswer 200 (any body) within 2 seconds, and process the events asynchronously. With \"Webhook redelivery\"\nswitched on (off by default), a delivery that got no 2xx is sent again a number of times LINE does not\ndisclose: the events are the same (same `webhookEventId` and reply token) except `isRedelivery: true`, may\narrive out of order, and may arrive more than once even without a failure.\n\nImported from line/line-openapi webhook.yml @ 6e4c2a2a1b7b059ea3920456d4f88d03fd8ef0bb and completed by hand\nfrom LINE's documentation (see the header of spec/line.yaml for the list of sources).\n",
  "source": "spec/line.yaml",
  "eventSet": "open",
  "signature": {
    "scheme": "line",
    "secret": "The channel secret (LINE Developers Console, Basic settings tab; not the channel access token)",
    "source": "https://developers.line.biz/en/reference/messaging-api/#signature-validation",
    "confidence": "documented",
    "notes": "HMAC-SHA256 over the raw request body with the channel secret, base64-encoded, in `x-line-signature` (S-L1, S-L5). Header names may change case without notice (the reference shows X-Line-Signature becoming x-line-signature): read them case-insensitively. LINE does not disclose its IP addresses and recommends the signature instead of an allow-list. The signature covers no timestamp: a captured request replays, so de-duplicate on webhookEventId. Deliveries of LINE notification messages are verified with the same channel secret (S-L7; with LINE Chat Plus, the Switcher Secret)."
  },
  "delivery": {
    "timeoutMs": 2000,
    "retries": [],
    "retryOn": [
      "timeout",
      "network",
      "non-2xx"
    ],
    "success": "2xx",
    "source": "https://developers.line.biz/en/docs/messaging-api/check-webhook-error-statistics/",
    "confidence": "documented",
    "notes": "Timeout: a webhook not answered within 2 seconds is counted as `request_timeout` (S-L3), and LINE notes that the bot server may still have received it. Success: S-L2 and S-L3 say any 2xx; the reference's Response section (S-L1) says \"must return status code 200\", and an older version of the error notification page says \"other than status code 200\": sources disagree, 200 satisfies both, and chathooks accepts any 2xx. Retries: none by default. Webhook redelivery is off unless switched on in the console (S-L2); when on, a delivery that got no 2xx is re-sent \"for a pre-defined number of times with a time interval\" that LINE does not disclose, may be force-disabled, and is stopped after \"a certain period\" without an answer (error notification page). No schedule is documented, so none is modelled: `retries` is empty. Redelivered events carry `deliveryContext.isRedelivery: true`; events may also arrive twice without a failure (\"network routing problem\", S-L2). LINE may suspend webhooks to a bot server that fails for a long time (S-L2)."
  },
  "idempotencyKey": [
    "/webhookEventId"
  ],
  "discriminator": {
    "in": "body",
    "name": "type"
  },
  "transport": {
    "method": "POST",
    "contentType": "application/json",
    "path": "/callback"
  },
  "batch": {
    "items": "/events",
    "envelope": {
      "allOf": [
        {
          "$ref": "#/$defs/CallbackRequest"
        }
      ],
      "$defs": {
        "CallbackRequest": {
          "type": "object",
          "description": "The request body: the user ID of the bot that should receive the events and an array of webhook event objects (S-L0 CallbackRequest, S-L1 Request body).",
          "required": [
            "destination",
            "events"
          ],
          "properties": {
            "destination": {
              "type": "string",
              "description": "User ID of the bot that should receive the webhook events (`U` and 32 lower-case hex digits).",
              "pattern": "^U[0-9a-f]{32}$",
              "examples": [
                "U53387d548170020e6cedef5f41d1e01d"
              ]
            },
            "events": {
              "type": "array",
              "description": "The webhook event objects; events of different users and types may share one request. LINE may send an empty array, without any event, to confirm communication: answer it 200.",
              "items": {
                "$ref": "#/$defs/Event"
              }
            }
          }
        },
        "DeliveryContext": {
          "type": "object",
          "description": "How the event was delivered.",
          "required": [
            "isRedelivery"
          ],
          "properties": {
            "isRedelivery": {
              "type": "boolean",
              "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
            }
          }
        },
        "Event": {
          "type": "object",
          "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
          "required": [
            "type",
            "timestamp",
            "mode",
            "webhookEventId",
            "deliveryContext"
          ],
          "properties": {
            "type": {
              "type": "string",
              "description": "The event type (`message`, `follow`, …)."
            },
            "source": {
              "$ref": "#/$defs/Source"
            },
            "timestamp": {
              "type": "integer",
              "minimum": 0,
              "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
              "examples": [
                1462629479859
              ]
            },
            "mode": {
              "$ref": "#/$defs/EventMode"
            },
            "webhookEventId": {
              "type": "string",
              "minLength": 1,
              "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
              "examples": [
                "01FZ74A0TDDPYRVKNK77XKC3ZR"
              ]
            },
            "deliveryContext": {
              "$ref": "#/$defs/DeliveryContext"
            }
          }
        },
        "EventMode": {
          "type": "string",
          "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
          "enum": [
            "active",
            "standby"
          ]
        },
        "GroupSource": {
          "type": "object",
          "description": "A group chat.",
          "required": [
            "type",
            "groupId"
          ],
          "properties": {
            "type": {
              "type": "string",
              "const": "group"
            },
            "groupId": {
              "type": "string",
              "description": "Group ID of the source group chat.",
              "examples": [
                "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
              ]
            },
            "userId": {
              "type": "string",
              "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
            }
          }
        },
        "RoomSource": {
          "type": "object",
          "description": "A multi-person chat.",
          "required": [
            "type",
            "roomId"
          ],
          "properties": {
            "type": {
              "type": "string",
              "const": "room"
            },
            "roomId": {
              "type": "string",
              "description": "Room ID of the source multi-person chat.",
              "examples": [
                "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
              ]
            },
            "userId": {
              "type": "string",
              "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
            }
          }
        },
        "Source": {
          "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
          "oneOf": [
            {
              "$ref": "#/$defs/UserSource"
            },
            {
              "$ref": "#/$defs/GroupSource"
            },
            {
              "$ref": "#/$defs/RoomSource"
            }
          ]
        },
        "UserSource": {
          "type": "object",
          "description": "A one-on-one chat with a user.",
          "required": [
            "type"
          ],
          "properties": {
            "type": {
              "type": "string",
              "const": "user"
            },
            "userId": {
              "type": "string",
              "description": "ID of the source user.",
              "examples": [
                "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
              ]
            }
          }
        }
      }
    },
    "empty": "verification",
    "example": {
      "destination": "U53387d548170020e6cedef5f41d1e01d",
      "events": []
    }
  },
  "events": [
    {
      "name": "message",
      "operationId": "message",
      "typeName": "Message",
      "kind": "after",
      "tags": [
        "chat"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MessageEvent"
          }
        ],
        "$defs": {
          "AllMentionee": {
            "type": "object",
            "description": "A mention of the whole group (`@All`).",
            "required": [
              "type",
              "index",
              "length"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "all"
              },
              "index": {
                "type": "integer",
                "minimum": 0,
                "description": "Index of the mention's first character in `text` (from 0)."
              },
              "length": {
                "type": "integer",
                "minimum": 0,
                "description": "Length of the mention text: 4 for `@All`."
              }
            }
          },
          "AudioMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "contentProvider"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "audio"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "duration": {
                "type": "integer",
                "minimum": 0,
                "description": "Length of the audio in milliseconds."
              },
              "contentProvider": {
                "$ref": "#/$defs/ContentProvider"
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          },
          "ContentProvider": {
            "type": "object",
            "description": "Who holds the media file.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "`line`: sent by a LINE user, get it with Get content. `external`: at `originalContentUrl`.",
                "enum": [
                  "line",
                  "external"
                ]
              },
              "originalContentUrl": {
                "type": "string",
                "format": "uri",
                "description": "URL of the file; only when `type` is `external`."
              },
              "previewImageUrl": {
                "type": "string",
                "format": "uri",
                "description": "URL of the preview image; only when `type` is `external` (images and videos)."
              }
            }
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Emoji": {
            "type": "object",
            "required": [
              "index",
              "length",
              "productId",
              "emojiId"
            ],
            "properties": {
              "index": {
                "type": "integer",
                "minimum": 0,
                "description": "Index of the emoji's first character in `text` (from 0)."
              },
              "length": {
                "type": "integer",
                "minimum": 0,
                "description": "Length of the emoji string: 7 for `(hello)`."
              },
              "productId": {
                "type": "string",
                "description": "Product ID of the LINE emoji set."
              },
              "emojiId": {
                "type": "string",
                "description": "ID of the emoji inside its set."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "FileMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "fileName",
              "fileSize"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "file"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "fileName": {
                "type": "string",
                "description": "File name."
              },
              "fileSize": {
                "type": "integer",
                "minimum": 0,
                "description": "File size in bytes."
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "ImageMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "contentProvider"
            ],
            "x-chathooks-documented-required": [
              "quoteToken"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "image"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "contentProvider": {
                "$ref": "#/$defs/ContentProvider"
              },
              "imageSet": {
                "$ref": "#/$defs/ImageSet"
              },
              "quoteToken": {
                "$ref": "#/$defs/QuoteToken"
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          },
          "ImageSet": {
            "type": "object",
            "description": "Only when several images were sent at once; each arrives as its own event, in no defined order.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Image set ID."
              },
              "index": {
                "type": "integer",
                "minimum": 1,
                "description": "This image's number in the set, from 1 (absent from LINE 11.15 or earlier for Android)."
              },
              "total": {
                "type": "integer",
                "minimum": 1,
                "description": "How many images were sent at once (absent from LINE 11.15 or earlier for Android)."
              }
            }
          },
          "LocationMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "latitude",
              "longitude"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "location"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "title": {
                "type": "string",
                "description": "Title."
              },
              "address": {
                "type": "string",
                "description": "Address."
              },
              "latitude": {
                "type": "number",
                "description": "Latitude."
              },
              "longitude": {
                "type": "number",
                "description": "Longitude."
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          },
          "MarkAsReadToken": {
            "type": "string",
            "description": "Token to mark the message as read (webhook.yml; newer than the reference's samples)."
          },
          "Mention": {
            "type": "object",
            "description": "Mentions in `text`; only when it has any.",
            "required": [
              "mentionees"
            ],
            "properties": {
              "mentionees": {
                "type": "array",
                "description": "One or more mentions (at most 20).",
                "items": {
                  "$ref": "#/$defs/Mentionee"
                }
              }
            }
          },
          "Mentionee": {
            "description": "One mention, discriminated by `type` (S-L0 Mentionee mapping).",
            "oneOf": [
              {
                "$ref": "#/$defs/UserMentionee"
              },
              {
                "$ref": "#/$defs/AllMentionee"
              }
            ]
          },
          "MessageContent": {
            "description": "The message, discriminated by `type` (text, image, video, audio, file, location, sticker).",
            "oneOf": [
              {
                "$ref": "#/$defs/TextMessageContent"
              },
              {
                "$ref": "#/$defs/ImageMessageContent"
              },
              {
                "$ref": "#/$defs/VideoMessageContent"
              },
              {
                "$ref": "#/$defs/AudioMessageContent"
              },
              {
                "$ref": "#/$defs/FileMessageContent"
              },
              {
                "$ref": "#/$defs/LocationMessageContent"
              },
              {
                "$ref": "#/$defs/StickerMessageContent"
              }
            ]
          },
          "MessageEvent": {
            "type": "object",
            "description": "A user sent a message. You can reply.",
            "required": [
              "type",
              "message"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "message"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "message": {
                "$ref": "#/$defs/MessageContent"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "MessageId": {
            "type": "string",
            "minLength": 1,
            "description": "Message ID (digits; get image, video, audio and file content with it).",
            "examples": [
              "444573844083572737"
            ]
          },
          "QuoteToken": {
            "type": "string",
            "description": "Token to quote this message in a reply. webhook.yml requires it on text, image, video and sticker messages; the reference's own overview sample omits it and deliveries before quote tokens existed (2023-09-14, S-L8) lack it, so it is accepted missing."
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "StickerMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "packageId",
              "stickerId"
            ],
            "x-chathooks-documented-required": [
              "quoteToken",
              "stickerResourceType"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "sticker"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "packageId": {
                "type": "string",
                "description": "Package ID."
              },
              "stickerId": {
                "type": "string",
                "description": "Sticker ID."
              },
              "stickerResourceType": {
                "type": "string",
                "description": "STATIC, ANIMATION, SOUND, ANIMATION_SOUND, POPUP, POPUP_SOUND, CUSTOM, MESSAGE, NAME_TEXT or PER_STICKER_TEXT. webhook.yml makes it a required closed enum; the reference says LINE \"may add new resource types without notice\", so any string is accepted, and stickers sent before the property existed lack it.",
                "examples": [
                  "STATIC",
                  "ANIMATION",
                  "MESSAGE"
                ],
                "x-chathooks-open-enum": [
                  "STATIC",
                  "ANIMATION",
                  "SOUND",
                  "ANIMATION_SOUND",
                  "POPUP",
                  "POPUP_SOUND",
                  "CUSTOM",
                  "MESSAGE",
                  "NAME_TEXT",
                  "PER_STICKER_TEXT"
                ]
              },
              "keywords": {
                "type": "array",
                "description": "Up to 15 keywords describing the sticker, chosen at random per event (experimental).",
                "items": {
                  "type": "string"
                }
              },
              "text": {
                "type": "string",
                "description": "Text the user typed; only for message stickers (at most 100 characters)."
              },
              "quoteToken": {
                "$ref": "#/$defs/QuoteToken"
              },
              "quotedMessageId": {
                "type": "string",
                "description": "ID of the message this one quotes; only when it quotes one."
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          },
          "TextMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "text"
            ],
            "x-chathooks-documented-required": [
              "quoteToken"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "text"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "text": {
                "type": "string",
                "description": "Message text. LINE emoji appear as `(hello)`-style strings (see `emojis`), mentions as `@name` (see `mention`)."
              },
              "emojis": {
                "type": "array",
                "description": "LINE emoji in `text`; only when it has any (default emoji from LINE for Android are not listed).",
                "items": {
                  "$ref": "#/$defs/Emoji"
                }
              },
              "mention": {
                "$ref": "#/$defs/Mention"
              },
              "quoteToken": {
                "$ref": "#/$defs/QuoteToken"
              },
              "quotedMessageId": {
                "type": "string",
                "description": "ID of the message this one quotes; only when it quotes one."
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          },
          "UserMentionee": {
            "type": "object",
            "description": "A mention of a user or a bot.",
            "required": [
              "type",
              "index",
              "length"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "index": {
                "type": "integer",
                "minimum": 0,
                "description": "Index of the mention's first character in `text` (from 0)."
              },
              "length": {
                "type": "integer",
                "minimum": 0,
                "description": "Length of the mention text: 8 for `@example`."
              },
              "userId": {
                "type": "string",
                "description": "The mentioned user or bot; for a user, only with their consent to share their profile."
              },
              "isSelf": {
                "type": "boolean",
                "description": "Whether the mention is of the bot that receives this webhook."
              }
            }
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          },
          "VideoMessageContent": {
            "type": "object",
            "required": [
              "type",
              "id",
              "contentProvider"
            ],
            "x-chathooks-documented-required": [
              "quoteToken"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "video"
              },
              "id": {
                "$ref": "#/$defs/MessageId"
              },
              "duration": {
                "type": "integer",
                "minimum": 0,
                "description": "Length of the video in milliseconds."
              },
              "contentProvider": {
                "$ref": "#/$defs/ContentProvider"
              },
              "quoteToken": {
                "$ref": "#/$defs/QuoteToken"
              },
              "markAsReadToken": {
                "$ref": "#/$defs/MarkAsReadToken"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "text-in-group",
          "payload": {
            "type": "message",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0001",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
            "message": {
              "id": "444573844083572737",
              "type": "text",
              "quoteToken": "q3Plxr4AgKd",
              "text": "@All @example Good Morning!! (love)",
              "emojis": [
                {
                  "index": 29,
                  "length": 6,
                  "productId": "5ac1bfd5040ab15980c9b435",
                  "emojiId": "001"
                }
              ],
              "mention": {
                "mentionees": [
                  {
                    "index": 0,
                    "length": 4,
                    "type": "all"
                  },
                  {
                    "index": 5,
                    "length": 8,
                    "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1",
                    "type": "user",
                    "isSelf": false
                  }
                ]
              }
            }
          },
          "summary": "Text with a mention and a LINE emoji in a group chat (the reference's sample)."
        },
        {
          "name": "text-plain",
          "payload": {
            "type": "message",
            "timestamp": 1625665242211,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0002",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "757913772c4646b784d4b7ce46d12671",
            "message": {
              "id": "14353798921116",
              "type": "text",
              "quoteToken": "yHAz4Ua2wx7",
              "text": "Hello, world",
              "markAsReadToken": "30yhdy232cy"
            }
          },
          "summary": "Plain text in a one-on-one chat, with the tokens newer deliveries carry."
        },
        {
          "name": "text-quoting",
          "payload": {
            "type": "message",
            "timestamp": 1692251666727,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0003",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "38ef843bde154d9b91c21320ffd17a0f",
            "message": {
              "id": "468789577898262530",
              "type": "text",
              "quotedMessageId": "468789532432007169",
              "quoteToken": "q3Plxr4AgKe",
              "text": "Chicken, please."
            }
          },
          "summary": "Text quoting a past message."
        },
        {
          "name": "text-no-quote-token",
          "payload": {
            "type": "message",
            "timestamp": 1625665242212,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0004",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "8cdf34f1bd3a4ac5ad22c44cfd9cf2d4",
            "message": {
              "id": "14353798921117",
              "type": "text",
              "text": "Hello again"
            }
          },
          "summary": "Text as the reference's overview sample shows it: no quoteToken."
        },
        {
          "name": "image-set",
          "payload": {
            "type": "message",
            "timestamp": 1627356924513,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0005",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "7840b71058e24a5d91f9b5726c7512c9",
            "message": {
              "id": "354718705033693859",
              "type": "image",
              "quoteToken": "q3Plxr4AgKf",
              "contentProvider": {
                "type": "line"
              },
              "imageSet": {
                "id": "E005D41A7288F41B65593ED38FF6E9834B046AB36A37921A56BC236F13A91855",
                "index": 1,
                "total": 2
              }
            }
          },
          "summary": "The first of two images sent at once."
        },
        {
          "name": "video-external",
          "payload": {
            "type": "message",
            "timestamp": 1462629479860,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0006",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf404c",
            "message": {
              "id": "325708",
              "type": "video",
              "quoteToken": "q3Plxr4AgKg",
              "duration": 60000,
              "contentProvider": {
                "type": "external",
                "originalContentUrl": "https://example.com/original.mp4",
                "previewImageUrl": "https://example.com/preview.jpg"
              }
            }
          },
          "summary": "A video whose file is held outside LINE."
        },
        {
          "name": "audio",
          "payload": {
            "type": "message",
            "timestamp": 1462629479861,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0007",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "c70d432864f44d079f6d8efe86cf404d",
            "message": {
              "id": "325709",
              "type": "audio",
              "duration": 60000,
              "contentProvider": {
                "type": "line"
              }
            }
          },
          "summary": "A voice message."
        },
        {
          "name": "file",
          "payload": {
            "type": "message",
            "timestamp": 1462629479862,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0008",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "room",
              "roomId": "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e",
              "userId": "Ub82c8fd9b5a0b1c2d3e4f5a6b7c8d9e2"
            },
            "replyToken": "d80d432864f44d079f6d8efe86cf404e",
            "message": {
              "id": "325710",
              "type": "file",
              "fileName": "file.txt",
              "fileSize": 2138
            }
          },
          "summary": "A file."
        },
        {
          "name": "location",
          "payload": {
            "type": "message",
            "timestamp": 1462629479863,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0009",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "e90d432864f44d079f6d8efe86cf404f",
            "message": {
              "id": "325711",
              "type": "location",
              "title": "my location",
              "address": "1-3 Kioicho, Chiyoda-ku, Tokyo, 102-8282 Japan",
              "latitude": 35.67966,
              "longitude": 139.73669
            }
          },
          "summary": "A location."
        },
        {
          "name": "sticker-message",
          "payload": {
            "type": "message",
            "timestamp": 1635756190879,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000A",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
              "userId": "Ub82c8fd9b5a0b1c2d3e4f5a6b7c8d9e2"
            },
            "replyToken": "ce8c57ec18374a4b94f40abab97145f8",
            "message": {
              "id": "123456789012345678",
              "type": "sticker",
              "quoteToken": "q3Plxr4AgKh",
              "stickerId": "738839",
              "packageId": "12287",
              "stickerResourceType": "MESSAGE",
              "keywords": [
                "Anticipation",
                "Sparkle",
                "Straight face",
                "Staring",
                "Thinking"
              ],
              "text": "Let's\nhang out\nthis weekend!"
            }
          },
          "summary": "A message sticker with text and keywords."
        },
        {
          "name": "standby-redelivered",
          "payload": {
            "type": "message",
            "timestamp": 1462629479864,
            "mode": "standby",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000B",
            "deliveryContext": {
              "isRedelivery": true
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "message": {
              "id": "325712",
              "type": "text",
              "quoteToken": "q3Plxr4AgKi",
              "text": "Are you there?"
            }
          },
          "summary": "A redelivered text while a module channel holds the chat: no reply token."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-message",
          "reason": "A message event carries its message.",
          "pointer": "/message",
          "payload": {
            "type": "message",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000C",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
          },
          "keyword": "required"
        },
        {
          "name": "text-without-text",
          "reason": "A text message has `text`.",
          "pointer": "/message/text",
          "payload": {
            "type": "message",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000D",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
            "message": {
              "id": "325713",
              "type": "text",
              "quoteToken": "q3Plxr4AgKj"
            }
          },
          "keyword": "required"
        },
        {
          "name": "unknown-message-type",
          "reason": "`message.type` is one of text, image, video, audio, file, location, sticker.",
          "pointer": "/message/type",
          "payload": {
            "type": "message",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000E",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
            "message": {
              "id": "325714",
              "type": "flex",
              "contents": {}
            }
          },
          "keyword": "const"
        },
        {
          "name": "timestamp-as-iso",
          "reason": "`timestamp` is Unix milliseconds, an integer.",
          "pointer": "/timestamp",
          "payload": {
            "type": "message",
            "timestamp": "2016-05-07T13:57:59.859Z",
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000F",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
            "message": {
              "id": "325715",
              "type": "text",
              "text": "hi"
            }
          },
          "keyword": "type"
        },
        {
          "name": "location-latitude-string",
          "reason": "Latitude and longitude are numbers.",
          "pointer": "/message/latitude",
          "payload": {
            "type": "message",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000G",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
            "message": {
              "id": "325716",
              "type": "location",
              "latitude": "35.67966",
              "longitude": 139.73669
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#message-event",
      "confidence": "documented",
      "title": "Message",
      "summary": "A user sent a message (text, image, video, audio, file, location or sticker).",
      "notes": "Message subtypes (S-L0 MessageContent mapping): text, image, video, audio, file, location, sticker, one example each, discriminated by `message.type`. webhook.yml requires `replyToken` nowhere in message events (standby mode has none) but requires `quoteToken` on text, image, video and sticker messages; the reference's overview sample and deliveries from before quote tokens (2023-09-14, S-L8) omit it, so it is not required here. `markAsReadToken` is in webhook.yml but in none of the reference's samples. `stickerResourceType` is a required closed enum in webhook.yml, while the reference warns new values may appear: any string, not required.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "unsend",
      "operationId": "unsend",
      "typeName": "Unsend",
      "kind": "after",
      "tags": [
        "chat"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/UnsendEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UnsendDetail": {
            "type": "object",
            "required": [
              "messageId"
            ],
            "properties": {
              "messageId": {
                "type": "string",
                "minLength": 1,
                "description": "ID of the unsent message."
              }
            }
          },
          "UnsendEvent": {
            "type": "object",
            "description": "A user unsent a message (within 24 hours of sending it); delete your copies of it.",
            "required": [
              "type",
              "unsend"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "unsend"
              },
              "unsend": {
                "$ref": "#/$defs/UnsendDetail"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "in-group",
          "payload": {
            "type": "unsend",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000H",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "unsend": {
              "messageId": "325708"
            }
          },
          "summary": "The reference's sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-message-id",
          "reason": "The unsent message is named by its ID.",
          "pointer": "/unsend/messageId",
          "payload": {
            "type": "unsend",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000J",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "unsend": {}
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#unsend-event",
      "confidence": "documented",
      "title": "Unsend",
      "summary": "A user unsent a message.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. Handle the unsent message \"with the utmost care\" (S-L2): delete or hide your copies.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "follow",
      "operationId": "follow",
      "typeName": "Follow",
      "kind": "after",
      "tags": [
        "friendship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/FollowEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "FollowDetail": {
            "type": "object",
            "required": [
              "isUnblocked"
            ],
            "properties": {
              "isUnblocked": {
                "type": "boolean",
                "description": "`true`: unblocked; `false`: added as a friend. LINE does not guarantee its accuracy."
              }
            }
          },
          "FollowEvent": {
            "type": "object",
            "description": "Your LINE Official Account was added as a friend or unblocked. You can reply.",
            "required": [
              "type"
            ],
            "x-chathooks-documented-required": [
              "follow"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "follow"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "follow": {
                "$ref": "#/$defs/FollowDetail"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "friend-added",
          "payload": {
            "type": "follow",
            "timestamp": 1705891467176,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000K",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U3d3edab4f36c6292e6d8a8131f141b8b"
            },
            "replyToken": "85cbe770fa8b4f45bbe077b1d4be4a36",
            "follow": {
              "isUnblocked": false
            }
          },
          "summary": "Added as a friend (the reference's sample)."
        },
        {
          "name": "unblocked",
          "payload": {
            "type": "follow",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000M",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTB",
            "follow": {
              "isUnblocked": true
            }
          },
          "summary": "Unblocked."
        },
        {
          "name": "before-2024",
          "payload": {
            "type": "follow",
            "timestamp": 1625665242214,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000N",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "Ufc729a925b3abef0a1b2c3d4e5f6a7b8"
            },
            "replyToken": "bb173f4d9cf64aed9d408ab4e36339ad"
          },
          "summary": "As sent before `follow.isUnblocked` existed."
        }
      ],
      "invalidExamples": [
        {
          "name": "is-unblocked-string",
          "reason": "`follow.isUnblocked` is a boolean.",
          "pointer": "/follow/isUnblocked",
          "payload": {
            "type": "follow",
            "timestamp": 1705891467176,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000P",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "85cbe770fa8b4f45bbe077b1d4be4a36",
            "follow": {
              "isUnblocked": "false"
            }
          },
          "keyword": "type"
        },
        {
          "name": "no-webhook-event-id",
          "reason": "Every event carries its webhookEventId.",
          "pointer": "/webhookEventId",
          "payload": {
            "type": "follow",
            "timestamp": 1705891467176,
            "mode": "active",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "85cbe770fa8b4f45bbe077b1d4be4a36"
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#follow-event",
      "confidence": "documented",
      "title": "Follow",
      "summary": "Your LINE Official Account was added as a friend or unblocked.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml requires `replyToken`, but in `standby` mode events carry no reply token (S-L1 Common properties), so it is optional here. `follow.isUnblocked` (required in webhook.yml) was added on 2024-02-06 (S-L8); earlier follow events have no `follow` object, so it is optional.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "unfollow",
      "operationId": "unfollow",
      "typeName": "Unfollow",
      "kind": "after",
      "tags": [
        "friendship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/UnfollowEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UnfollowEvent": {
            "type": "object",
            "description": "Your LINE Official Account was blocked.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "unfollow"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "blocked",
          "payload": {
            "type": "unfollow",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000R",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            }
          },
          "summary": "The reference's sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-mode",
          "reason": "The channel is `active` or `standby`.",
          "pointer": "/mode",
          "payload": {
            "type": "unfollow",
            "timestamp": 1462629479859,
            "mode": "sleeping",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000S",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            }
          },
          "keyword": "enum"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#unfollow-event",
      "confidence": "documented",
      "title": "Unfollow",
      "summary": "Your LINE Official Account was blocked.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. No reply token: you cannot reply to a user who blocked you.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "join",
      "operationId": "join",
      "typeName": "Join",
      "kind": "after",
      "tags": [
        "group chats"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/JoinEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "JoinEvent": {
            "type": "object",
            "description": "Your LINE Official Account joined a group chat (when invited) or a multi-person chat (at the first event after it was added). You can reply.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "join"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "group",
          "payload": {
            "type": "join",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000T",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTC"
          },
          "summary": "Joined a group chat (the reference's sample)."
        },
        {
          "name": "room",
          "payload": {
            "type": "join",
            "timestamp": 1462629479865,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000V",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "room",
              "roomId": "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTD"
          },
          "summary": "Joined a multi-person chat."
        }
      ],
      "invalidExamples": [
        {
          "name": "group-without-id",
          "reason": "A group source names its group.",
          "pointer": "/source/groupId",
          "payload": {
            "type": "join",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000W",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTC"
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#join-event",
      "confidence": "documented",
      "title": "Join",
      "summary": "Your LINE Official Account joined a group chat or multi-person chat.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml requires `replyToken`, but in `standby` mode events carry no reply token (S-L1 Common properties), so it is optional here.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "leave",
      "operationId": "leave",
      "typeName": "Leave",
      "kind": "after",
      "tags": [
        "group chats"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/LeaveEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "LeaveEvent": {
            "type": "object",
            "description": "A user removed your LINE Official Account from a group chat, or it left a group or multi-person chat.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "leave"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "group",
          "payload": {
            "type": "leave",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000X",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            }
          },
          "summary": "The reference's sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "redelivery-not-boolean",
          "reason": "`deliveryContext.isRedelivery` is a boolean.",
          "pointer": "/deliveryContext/isRedelivery",
          "payload": {
            "type": "leave",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000Y",
            "deliveryContext": {
              "isRedelivery": "no"
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#leave-event",
      "confidence": "documented",
      "title": "Leave",
      "summary": "Your LINE Official Account was removed from, or left, a group chat or multi-person chat.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. No reply token.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "memberJoined",
      "operationId": "memberJoined",
      "typeName": "MemberJoined",
      "kind": "after",
      "tags": [
        "group chats"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MemberJoinedEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "JoinedMembers": {
            "type": "object",
            "required": [
              "members"
            ],
            "properties": {
              "members": {
                "type": "array",
                "description": "Users who joined, as source user objects.",
                "items": {
                  "$ref": "#/$defs/UserSource"
                }
              }
            }
          },
          "MemberJoinedEvent": {
            "type": "object",
            "description": "Users joined a group or multi-person chat your LINE Official Account is in. You can reply.",
            "required": [
              "type",
              "joined"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "memberJoined"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "joined": {
                "$ref": "#/$defs/JoinedMembers"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "two-users",
          "payload": {
            "type": "memberJoined",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N000Z",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            },
            "replyToken": "0f3779fba3b349968c5d07db31eabf65",
            "joined": {
              "members": [
                {
                  "type": "user",
                  "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                },
                {
                  "type": "user",
                  "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
                }
              ]
            }
          },
          "summary": "Two users joined a group (the reference's sample)."
        }
      ],
      "invalidExamples": [
        {
          "name": "members-not-users",
          "reason": "`joined.members` are source user objects.",
          "pointer": "/joined/members/0/type",
          "payload": {
            "type": "memberJoined",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0010",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            },
            "replyToken": "0f3779fba3b349968c5d07db31eabf65",
            "joined": {
              "members": [
                {
                  "type": "group",
                  "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                }
              ]
            }
          },
          "keyword": "const"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#member-joined-event",
      "confidence": "documented",
      "title": "Member joined",
      "summary": "Users joined a group chat or multi-person chat your LINE Official Account is in.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml requires `replyToken`, but in `standby` mode events carry no reply token (S-L1 Common properties), so it is optional here.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "memberLeft",
      "operationId": "memberLeft",
      "typeName": "MemberLeft",
      "kind": "after",
      "tags": [
        "group chats"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MemberLeftEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "LeftMembers": {
            "type": "object",
            "required": [
              "members"
            ],
            "properties": {
              "members": {
                "type": "array",
                "description": "Users who left, as source user objects.",
                "items": {
                  "$ref": "#/$defs/UserSource"
                }
              }
            }
          },
          "MemberLeftEvent": {
            "type": "object",
            "description": "Users left a group or multi-person chat your LINE Official Account is in.",
            "required": [
              "type",
              "left"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "memberLeft"
              },
              "left": {
                "$ref": "#/$defs/LeftMembers"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "two-users",
          "payload": {
            "type": "memberLeft",
            "timestamp": 1462629479960,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0011",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            },
            "left": {
              "members": [
                {
                  "type": "user",
                  "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                },
                {
                  "type": "user",
                  "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
                }
              ]
            }
          },
          "summary": "The reference's sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-left",
          "reason": "A member left event lists who left.",
          "pointer": "/left",
          "payload": {
            "type": "memberLeft",
            "timestamp": 1462629479960,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0012",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            }
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#member-left-event",
      "confidence": "documented",
      "title": "Member left",
      "summary": "Users left a group chat or multi-person chat your LINE Official Account is in.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. No reply token.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "postback",
      "operationId": "postback",
      "typeName": "Postback",
      "kind": "after",
      "tags": [
        "actions"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/PostbackEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "PostbackContent": {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "string",
                "description": "The postback data of the action."
              },
              "params": {
                "type": "object",
                "description": "Datetime picker: `date`, `time` or `datetime` as chosen. Rich menu switch: `newRichMenuAliasId` and `status` (SUCCESS, RICHMENU_ALIAS_ID_NOTFOUND, RICHMENU_NOTFOUND, FAILED).",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          },
          "PostbackEvent": {
            "type": "object",
            "description": "A user performed a postback action. You can reply.",
            "required": [
              "type",
              "postback"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "postback"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "postback": {
                "$ref": "#/$defs/PostbackContent"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "datetime-picker",
          "payload": {
            "type": "postback",
            "timestamp": 1513669370317,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0013",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf404b",
            "postback": {
              "data": "storeId=12345",
              "params": {
                "datetime": "2017-12-25T01:00"
              }
            }
          },
          "summary": "From a datetime picker action."
        },
        {
          "name": "rich-menu-switch",
          "payload": {
            "type": "postback",
            "timestamp": 1619754620404,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0014",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf404a",
            "postback": {
              "data": "richmenu-changed-to-b",
              "params": {
                "newRichMenuAliasId": "richmenu-alias-b",
                "status": "SUCCESS"
              }
            }
          },
          "summary": "From a rich menu switch action."
        },
        {
          "name": "plain",
          "payload": {
            "type": "postback",
            "timestamp": 1619754620405,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0015",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "group",
              "groupId": "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf4049",
            "postback": {
              "data": "action=buy&itemid=111"
            }
          },
          "summary": "A postback action without params."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-data",
          "reason": "A postback carries its data.",
          "pointer": "/postback/data",
          "payload": {
            "type": "postback",
            "timestamp": 1513669370317,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0016",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf404b",
            "postback": {}
          },
          "keyword": "required"
        },
        {
          "name": "param-not-string",
          "reason": "`postback.params` values are strings.",
          "pointer": "/postback/params/datetime",
          "payload": {
            "type": "postback",
            "timestamp": 1513669370317,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0017",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf404b",
            "postback": {
              "data": "storeId=12345",
              "params": {
                "datetime": 1514163600000
              }
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#postback-event",
      "confidence": "documented",
      "title": "Postback",
      "summary": "A user performed a postback action.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml does not require `replyToken` here (standby mode has none). `postback.params` holds strings only in both sources.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "videoPlayComplete",
      "operationId": "videoPlayComplete",
      "typeName": "VideoPlayCompleteEvent2",
      "kind": "after",
      "tags": [
        "actions"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/VideoPlayCompleteEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          },
          "VideoPlayComplete": {
            "type": "object",
            "required": [
              "trackingId"
            ],
            "properties": {
              "trackingId": {
                "type": "string",
                "description": "The `trackingId` of the video message."
              }
            }
          },
          "VideoPlayCompleteEvent": {
            "type": "object",
            "description": "A user finished watching, at least once, a video message your account sent with a `trackingId`. You can reply.",
            "required": [
              "type",
              "videoPlayComplete"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "videoPlayComplete"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "videoPlayComplete": {
                "$ref": "#/$defs/VideoPlayComplete"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          }
        }
      },
      "examples": [
        {
          "name": "tracked",
          "payload": {
            "type": "videoPlayComplete",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0018",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTE",
            "videoPlayComplete": {
              "trackingId": "track-id"
            }
          },
          "summary": "The reference's sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-tracking-id",
          "reason": "The event names the video by its trackingId.",
          "pointer": "/videoPlayComplete/trackingId",
          "payload": {
            "type": "videoPlayComplete",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0019",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTE",
            "videoPlayComplete": {}
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#video-viewing-complete",
      "confidence": "documented",
      "title": "Video viewing complete",
      "summary": "A user finished watching a video message that had a trackingId.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml requires `replyToken`, but in `standby` mode events carry no reply token (S-L1 Common properties), so it is optional here. Not a view count: watching again in the same session sends no new event.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "beacon",
      "operationId": "beacon",
      "typeName": "Beacon",
      "kind": "after",
      "tags": [
        "beacon and account link"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/BeaconEvent"
          }
        ],
        "$defs": {
          "BeaconContent": {
            "type": "object",
            "required": [
              "hwid",
              "type"
            ],
            "properties": {
              "hwid": {
                "type": "string",
                "description": "Hardware ID of the detected beacon."
              },
              "type": {
                "type": "string",
                "description": "`enter`, `banner` (tapped the beacon banner) or `stay` (in range; at least 10 s apart).",
                "enum": [
                  "enter",
                  "banner",
                  "stay"
                ]
              },
              "dm": {
                "type": "string",
                "description": "Device message of the beacon; only from devices that send one."
              }
            }
          },
          "BeaconEvent": {
            "type": "object",
            "description": "A user entered a LINE Beacon's range (or tapped its banner, or stays in range). You can reply.",
            "required": [
              "type",
              "beacon"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "beacon"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "beacon": {
                "$ref": "#/$defs/BeaconContent"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "enter",
          "payload": {
            "type": "beacon",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001A",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTF",
            "beacon": {
              "hwid": "d41d8cd98f",
              "type": "enter"
            }
          },
          "summary": "The reference's sample."
        },
        {
          "name": "stay-with-device-message",
          "payload": {
            "type": "beacon",
            "timestamp": 1462629489859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001B",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTG",
            "beacon": {
              "hwid": "d41d8cd98f",
              "type": "stay",
              "dm": "1234567890abcdef"
            }
          },
          "summary": "Staying in range, from a beacon that sends a device message."
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-beacon-type",
          "reason": "`beacon.type` is enter, banner or stay.",
          "pointer": "/beacon/type",
          "payload": {
            "type": "beacon",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001C",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTF",
            "beacon": {
              "hwid": "d41d8cd98f",
              "type": "leave"
            }
          },
          "keyword": "enum"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#beacon-event",
      "confidence": "documented",
      "title": "Beacon",
      "summary": "A user entered a LINE Beacon's range.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml requires `replyToken`, but in `standby` mode events carry no reply token (S-L1 Common properties), so it is optional here. `banner` and `stay` are no longer accepted for new registrations in Japan (since January 2021).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "accountLink",
      "operationId": "accountLink",
      "typeName": "AccountLink",
      "kind": "after",
      "tags": [
        "beacon and account link"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/AccountLinkEvent"
          }
        ],
        "$defs": {
          "AccountLinkEvent": {
            "type": "object",
            "description": "A user linked (or failed to link) their LINE account with your service's account. You can reply.",
            "required": [
              "type",
              "link"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "accountLink"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "link": {
                "$ref": "#/$defs/LinkContent"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "LinkContent": {
            "type": "object",
            "required": [
              "result",
              "nonce"
            ],
            "properties": {
              "result": {
                "type": "string",
                "description": "`ok` or `failed` (for any reason, such as impersonation). On `failed` there is no `source` and no reply token.",
                "enum": [
                  "ok",
                  "failed"
                ]
              },
              "nonce": {
                "type": "string",
                "description": "The nonce you gave when verifying the user ID."
              }
            }
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "ok",
          "payload": {
            "type": "accountLink",
            "timestamp": 1513669370317,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001D",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf4048",
            "link": {
              "result": "ok",
              "nonce": "xxxxxxxxxxxxxxx"
            }
          },
          "summary": "The reference's sample."
        },
        {
          "name": "failed",
          "payload": {
            "type": "accountLink",
            "timestamp": 1513669370318,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001E",
            "deliveryContext": {
              "isRedelivery": false
            },
            "link": {
              "result": "failed",
              "nonce": "yyyyyyyyyyyyyyy"
            }
          },
          "summary": "A failed link: no source, no reply token."
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-result",
          "reason": "`link.result` is ok or failed.",
          "pointer": "/link/result",
          "payload": {
            "type": "accountLink",
            "timestamp": 1513669370317,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001F",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U91eeaf62d9a0b1c2d3e4f5a6b7c8d9e1"
            },
            "replyToken": "b60d432864f44d079f6d8efe86cf4048",
            "link": {
              "result": "pending",
              "nonce": "xxxxxxxxxxxxxxx"
            }
          },
          "keyword": "enum"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#account-link-event",
      "confidence": "documented",
      "title": "Account link",
      "summary": "A user linked their LINE account with your service's account.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. On a failed link there is neither `source` nor `replyToken` (S-L1); webhook.yml agrees (neither required).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "membership",
      "operationId": "membership",
      "typeName": "Membership",
      "kind": "after",
      "tags": [
        "membership"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MembershipEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "MembershipContent": {
            "type": "object",
            "description": "webhook.yml discriminates it into JoinedMembershipContent, LeftMembershipContent and RenewedMembershipContent, three branches of the same shape: one object here.",
            "required": [
              "type",
              "membershipId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "`joined`, `left` or `renewed`.",
                "enum": [
                  "joined",
                  "left",
                  "renewed"
                ]
              },
              "membershipId": {
                "type": "integer",
                "description": "The membership the user joined, left or renewed."
              }
            }
          },
          "MembershipEvent": {
            "type": "object",
            "description": "A user joined, left or renewed a membership of your LINE Official Account.",
            "required": [
              "type",
              "membership"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "membership"
              },
              "replyToken": {
                "$ref": "#/$defs/ReplyToken"
              },
              "membership": {
                "$ref": "#/$defs/MembershipContent"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "ReplyToken": {
            "type": "string",
            "minLength": 1,
            "description": "Reply token to send a reply message to this event. Absent when the channel is in `standby` mode; unchanged in a redelivery.",
            "examples": [
              "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA"
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "joined",
          "payload": {
            "type": "membership",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001G",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTH",
            "membership": {
              "type": "joined",
              "membershipId": 3189
            }
          },
          "summary": "The reference's sample."
        },
        {
          "name": "renewed",
          "payload": {
            "type": "membership",
            "timestamp": 1465221479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001H",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTJ",
            "membership": {
              "type": "renewed",
              "membershipId": 3189
            }
          },
          "summary": "Renewed."
        }
      ],
      "invalidExamples": [
        {
          "name": "membership-id-string",
          "reason": "`membership.membershipId` is a number.",
          "pointer": "/membership/membershipId",
          "payload": {
            "type": "membership",
            "timestamp": 1462629479859,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001J",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTH",
            "membership": {
              "type": "joined",
              "membershipId": "3189"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://developers.line.biz/en/reference/messaging-api/#membership-event",
      "confidence": "documented",
      "title": "Membership",
      "summary": "A user joined, left or renewed a membership of your LINE Official Account.",
      "notes": "Common properties per S-L1: `type`, `timestamp`, `mode`, `webhookEventId`, `deliveryContext` always; `source` usually. webhook.yml requires `replyToken`, but in `standby` mode events carry no reply token (S-L1 Common properties), so it is optional here. webhook.yml models `membership` as a discriminated union (joined, left, renewed) whose three branches have the same shape; modelled here as one object with an enum. A plan change within a month sends `left` and `joined`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "module",
      "operationId": "module",
      "typeName": "Module",
      "kind": "notify",
      "tags": [
        "module channel"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ModuleEvent"
          }
        ],
        "$defs": {
          "AttachedModuleContent": {
            "type": "object",
            "required": [
              "type",
              "botId",
              "scopes"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "attached"
              },
              "botId": {
                "type": "string",
                "description": "User ID of the bot of the LINE Official Account."
              },
              "scopes": {
                "type": "array",
                "description": "Scopes the account's admin permitted.",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "DetachedModuleContent": {
            "type": "object",
            "required": [
              "type",
              "botId",
              "reason"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "detached"
              },
              "botId": {
                "type": "string",
                "description": "User ID of the bot of the LINE Official Account."
              },
              "reason": {
                "type": "string",
                "description": "Why: `bot_deleted` (all data of the account was deleted), the only documented value; webhook.yml makes it a closed enum, accepted here as any string.",
                "examples": [
                  "bot_deleted"
                ],
                "x-chathooks-open-enum": [
                  "bot_deleted"
                ]
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "ModuleContent": {
            "description": "Attached or detached, by `type` (S-L0 ModuleContent mapping).",
            "oneOf": [
              {
                "$ref": "#/$defs/AttachedModuleContent"
              },
              {
                "$ref": "#/$defs/DetachedModuleContent"
              }
            ]
          },
          "ModuleEvent": {
            "type": "object",
            "description": "A module channel was attached to or detached from a LINE Official Account (module channels only).",
            "required": [
              "type",
              "module"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "module"
              },
              "module": {
                "$ref": "#/$defs/ModuleContent"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "attached",
          "payload": {
            "type": "module",
            "timestamp": 1653038594997,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001K",
            "deliveryContext": {
              "isRedelivery": false
            },
            "module": {
              "type": "attached",
              "botId": "U53387d548170020e6cedef5f41d1e01d",
              "scopes": [
                "message:send",
                "message:receive"
              ]
            }
          },
          "summary": "Attached (S-L6 sample)."
        },
        {
          "name": "detached",
          "payload": {
            "type": "module",
            "timestamp": 1653988977672,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001M",
            "deliveryContext": {
              "isRedelivery": false
            },
            "module": {
              "type": "detached",
              "botId": "U5fac33f633e72c192759f09afc41fa28",
              "reason": "bot_deleted"
            }
          },
          "summary": "Detached (S-L6 sample)."
        }
      ],
      "invalidExamples": [
        {
          "name": "attached-without-scopes",
          "reason": "An attached event lists the permitted scopes.",
          "pointer": "/module/scopes",
          "payload": {
            "type": "module",
            "timestamp": 1653038594997,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001N",
            "deliveryContext": {
              "isRedelivery": false
            },
            "module": {
              "type": "attached",
              "botId": "U53387d548170020e6cedef5f41d1e01d"
            }
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/partner-docs/#module-channel-specific-webhook-events",
      "confidence": "documented",
      "title": "Module attached or detached",
      "summary": "A module channel was attached to or detached from a LINE Official Account.",
      "notes": "Module channels only (S-L6); `mode` is always `active`. webhook.yml makes `module.reason` (detached) a closed enum of `bot_deleted`; any string is accepted here.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "activated",
      "operationId": "activated",
      "typeName": "Activated",
      "kind": "notify",
      "tags": [
        "module channel"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ActivatedEvent"
          }
        ],
        "$defs": {
          "ActivatedEvent": {
            "type": "object",
            "description": "The module channel became the Active Channel (Acquire Control API).",
            "required": [
              "type",
              "chatControl"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "activated"
              },
              "chatControl": {
                "$ref": "#/$defs/ChatControl"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "ChatControl": {
            "type": "object",
            "required": [
              "expireAt"
            ],
            "properties": {
              "expireAt": {
                "type": "integer",
                "description": "Until when the channel stays active (Unix milliseconds)."
              }
            }
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "acquired",
          "payload": {
            "type": "activated",
            "timestamp": 1653990823058,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001P",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "LUb577ef3cbe1a2b3c4d5e6f7a8b9c0d1"
            },
            "chatControl": {
              "expireAt": 1653994422933
            }
          },
          "summary": "S-L6 sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-expiry",
          "reason": "The event says until when the channel is active.",
          "pointer": "/chatControl/expireAt",
          "payload": {
            "type": "activated",
            "timestamp": 1653990823058,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001Q",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            },
            "chatControl": {}
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/partner-docs/#activated-event",
      "confidence": "documented",
      "title": "Activated",
      "summary": "The module channel became the Active Channel.",
      "notes": "Module channels only (S-L6); `mode` is always `active`. Not sent when the control period of the Acquire Control API simply expires.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "deactivated",
      "operationId": "deactivated",
      "typeName": "Deactivated",
      "kind": "notify",
      "tags": [
        "module channel"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/DeactivatedEvent"
          }
        ],
        "$defs": {
          "DeactivatedEvent": {
            "type": "object",
            "description": "The module channel became the Standby Channel (Acquire or Release Control API).",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "deactivated"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "released",
          "payload": {
            "type": "deactivated",
            "timestamp": 1653990822945,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001R",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "LUb577ef3cbe1a2b3c4d5e6f7a8b9c0d1"
            }
          },
          "summary": "S-L6 sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-mode",
          "reason": "Every event says the channel state.",
          "pointer": "/mode",
          "payload": {
            "type": "deactivated",
            "timestamp": 1653990822945,
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001S",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
            }
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/partner-docs/#deactivated-event",
      "confidence": "documented",
      "title": "Deactivated",
      "summary": "The module channel became the Standby Channel.",
      "notes": "Module channels only (S-L6); `mode` is always `active`. Not sent when the control period simply expires.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "botSuspended",
      "operationId": "botSuspended",
      "typeName": "BotSuspended",
      "kind": "notify",
      "tags": [
        "module channel"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/BotSuspendedEvent"
          }
        ],
        "$defs": {
          "BotSuspendedEvent": {
            "type": "object",
            "description": "The LINE Official Account was suspended (sent to module channels, never to the Primary Channel).",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "botSuspended"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "suspended",
          "payload": {
            "type": "botSuspended",
            "timestamp": 1616390574119,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001T",
            "deliveryContext": {
              "isRedelivery": false
            }
          },
          "summary": "S-L6 sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-delivery-context",
          "reason": "Every event says whether it is a redelivery.",
          "pointer": "/deliveryContext",
          "payload": {
            "type": "botSuspended",
            "timestamp": 1616390574119,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001V"
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/reference/partner-docs/#botsuspend-event",
      "confidence": "documented",
      "title": "Bot suspended",
      "summary": "The LINE Official Account was suspended.",
      "notes": "Module channels only (S-L6); `mode` is always `active`. No `source`. A later `module` detached event means the account ended the contract.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "botResumed",
      "operationId": "botResumed",
      "typeName": "BotResumed",
      "kind": "notify",
      "tags": [
        "module channel"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/BotResumedEvent"
          }
        ],
        "$defs": {
          "BotResumedEvent": {
            "type": "object",
            "description": "The LINE Official Account returned from suspension (sent to module channels, never to the Primary Channel).",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "botResumed"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "resumed",
          "payload": {
            "type": "botResumed",
            "timestamp": 1653991565601,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001W",
            "deliveryContext": {
              "isRedelivery": false
            }
          },
          "summary": "S-L6 sample."
        }
      ],
      "invalidExamples": [
        {
          "name": "negative-timestamp",
          "reason": "`timestamp` is Unix milliseconds (not negative).",
          "pointer": "/timestamp",
          "payload": {
            "type": "botResumed",
            "timestamp": -1,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001X",
            "deliveryContext": {
              "isRedelivery": false
            }
          },
          "keyword": "minimum"
        }
      ],
      "source": "https://developers.line.biz/en/reference/partner-docs/#botresumed-event",
      "confidence": "documented",
      "title": "Bot resumed",
      "summary": "The LINE Official Account returned from suspension.",
      "notes": "Module channels only (S-L6); `mode` is always `active`. No `source`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
      "name": "delivery",
      "operationId": "delivery",
      "typeName": "Delivery",
      "kind": "notify",
      "tags": [
        "LINE notification messages"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/PnpDeliveryCompletionEvent"
          }
        ],
        "$defs": {
          "DeliveryContext": {
            "type": "object",
            "description": "How the event was delivered.",
            "required": [
              "isRedelivery"
            ],
            "properties": {
              "isRedelivery": {
                "type": "boolean",
                "description": "`true` for a redelivered event (webhook redelivery on), `false` for the first delivery."
              }
            }
          },
          "Event": {
            "type": "object",
            "description": "The properties every webhook event has (S-L0 Event, S-L1 Common properties). Properties without a value are left out of the event objects LINE generates.",
            "required": [
              "type",
              "timestamp",
              "mode",
              "webhookEventId",
              "deliveryContext"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "The event type (`message`, `follow`, …)."
              },
              "source": {
                "$ref": "#/$defs/Source"
              },
              "timestamp": {
                "type": "integer",
                "minimum": 0,
                "description": "When the event occurred, in Unix milliseconds. A redelivered event keeps the time it occurred, not the time it was redelivered; with redelivery on, order events by this, not by arrival.",
                "examples": [
                  1462629479859
                ]
              },
              "mode": {
                "$ref": "#/$defs/EventMode"
              },
              "webhookEventId": {
                "type": "string",
                "minLength": 1,
                "description": "Uniquely identifies the webhook event (a ULID). The same in a redelivery: de-duplicate on it.",
                "examples": [
                  "01FZ74A0TDDPYRVKNK77XKC3ZR"
                ]
              },
              "deliveryContext": {
                "$ref": "#/$defs/DeliveryContext"
              }
            }
          },
          "EventMode": {
            "type": "string",
            "description": "Channel state. `active`: you may reply or push. `standby`: a module channel holds the chat; the event has no reply token and your bot should send nothing.",
            "enum": [
              "active",
              "standby"
            ]
          },
          "GroupSource": {
            "type": "object",
            "description": "A group chat.",
            "required": [
              "type",
              "groupId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "group"
              },
              "groupId": {
                "type": "string",
                "description": "Group ID of the source group chat.",
                "examples": [
                  "Ca56f94637c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "PnpDelivery": {
            "type": "object",
            "required": [
              "data"
            ],
            "properties": {
              "data": {
                "type": "string",
                "description": "The hashed phone number, or the `X-Line-Delivery-Tag` given when sending."
              }
            }
          },
          "PnpDeliveryCompletionEvent": {
            "type": "object",
            "description": "A LINE notification message was delivered to the user and can be read.",
            "required": [
              "type",
              "delivery"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "delivery"
              },
              "delivery": {
                "$ref": "#/$defs/PnpDelivery"
              }
            },
            "allOf": [
              {
                "$ref": "#/$defs/Event"
              }
            ]
          },
          "RoomSource": {
            "type": "object",
            "description": "A multi-person chat.",
            "required": [
              "type",
              "roomId"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "room"
              },
              "roomId": {
                "type": "string",
                "description": "Room ID of the source multi-person chat.",
                "examples": [
                  "Ra8dbf4673c1a2b3c4d5e6f7a8b9c0d1e"
                ]
              },
              "userId": {
                "type": "string",
                "description": "ID of the user who caused the event; only in message events, and only for LINE for iOS and Android users."
              }
            }
          },
          "Source": {
            "description": "Where the event came from (S-L1 Source user / group chat / multi-person chat); discriminated by `type`.",
            "oneOf": [
              {
                "$ref": "#/$defs/UserSource"
              },
              {
                "$ref": "#/$defs/GroupSource"
              },
              {
                "$ref": "#/$defs/RoomSource"
              }
            ]
          },
          "UserSource": {
            "type": "object",
            "description": "A one-on-one chat with a user.",
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string",
                "const": "user"
              },
              "userId": {
                "type": "string",
                "description": "ID of the source user.",
                "examples": [
                  "U4af4980629a0b1c2d3e4f5a6b7c8d9e0"
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "hashed-phone",
          "payload": {
            "type": "delivery",
            "timestamp": 1650590038721,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001Y",
            "deliveryContext": {
              "isRedelivery": false
            },
            "delivery": {
              "data": "68df277462529930889fab80ecffdc0883906320591df93c25efc08300410fc2"
            }
          },
          "summary": "Without X-Line-Delivery-Tag: the hashed phone number (S-L7 sample)."
        },
        {
          "name": "delivery-tag",
          "payload": {
            "type": "delivery",
            "timestamp": 1650591346705,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N001Z",
            "deliveryContext": {
              "isRedelivery": false
            },
            "delivery": {
              "data": "15034552939884E28681A7D668CEA94C147C716C0EC9DFE8B80B44EF3B57F6BD0602366BC3menu01"
            }
          },
          "summary": "With X-Line-Delivery-Tag: the tag."
        },
        {
          "name": "with-source-before-2025",
          "payload": {
            "type": "delivery",
            "timestamp": 1650590038722,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0020",
            "deliveryContext": {
              "isRedelivery": false
            },
            "source": {
              "type": "user",
              "userId": "U8189cf6745fc0d808977bdb0b9f22995"
            },
            "delivery": {
              "data": "68df277462529930889fab80ecffdc0883906320591df93c25efc08300410fc2"
            }
          },
          "summary": "As sent before 2025-01-28, with `source`."
        }
      ],
      "invalidExamples": [
        {
          "name": "no-data",
          "reason": "The delivery names the message by hashed phone number or tag.",
          "pointer": "/delivery/data",
          "payload": {
            "type": "delivery",
            "timestamp": 1650590038721,
            "mode": "active",
            "webhookEventId": "01JDQ5X8M3KDR7T2W9ZB6N0021",
            "deliveryContext": {
              "isRedelivery": false
            },
            "delivery": {}
          },
          "keyword": "required"
        }
      ],
      "source": "https://developers.line.biz/en/docs/partner-docs/line-notification-messages/message-sending-complete-webhook-event/",
      "confidence": "documented",
      "title": "LINE notification message delivered",
      "summary": "A LINE notification message was delivered to the user.",
      "notes": "LINE notification messages only (corporate users who applied). The event type is `delivery` (webhook.yml maps it to PnpDeliveryCompletionEvent). Since 2025-01-28 the event has no `source` (S-L8); older deliveries carried the user as `source`: both accepted. No event within 24 hours of a 200/202 send means the message was not delivered (S-L7).",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers of every webhook request (names are case-insensitive; LINE may change their case without notice).",
            "properties": {
              "x-line-signature": {
                "type": "string",
                "description": "Base64 HMAC-SHA256 of the raw request body, keyed with the channel secret (S-L1).",
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "content-type": {
                "type": "string",
                "description": "JSON; real captures show `application/json; charset=utf-8` (third-party logs, not documented).",
                "examples": [
                  "application/json; charset=utf-8"
                ]
              },
              "user-agent": {
                "type": "string",
                "description": "`LineBotWebhook/2.0` in real captures (third-party logs, not documented); do not rely on it.",
                "examples": [
                  "LineBotWebhook/2.0"
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
              "description": "LINE reads only the status code; any body (or none) is accepted and ignored."
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
