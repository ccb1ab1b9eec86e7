// generated from spec/line.yaml by chathooks; do not edit
import type { EventMap, EventName, ReplyMap } from './types.js';
import type { Batch, BatchEnvelope, BatchItem } from './types.js';

/** A named example. */
export interface NamedExample<T> {
  readonly name: string;
  readonly summary?: string;
  readonly payload: T;
}

/** Declared fields are type-checked; undeclared ones are allowed, as platforms add fields without notice. */
type Open<T> = T extends readonly (infer U)[] ? Open<U>[] : T extends object ? { [K in keyof T]: Open<T[K]> } & { [key: string]: unknown } : T;
type Checked<M> = { readonly [K in EventName]: readonly NamedExample<Open<M[K & keyof M]>>[] };
type Typed<M> = { readonly [K in EventName]: readonly NamedExample<M[K & keyof M]>[] };

const payloads: Checked<EventMap> = {
  "message": [
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
  "unsend": [
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
  "follow": [
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
  "unfollow": [
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
  "join": [
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
  "leave": [
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
  "memberJoined": [
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
  "memberLeft": [
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
  "postback": [
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
  "videoPlayComplete": [
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
  "beacon": [
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
  "accountLink": [
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
  "membership": [
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
  "module": [
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
  "activated": [
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
  "deactivated": [
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
  "botSuspended": [
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
  "botResumed": [
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
  "delivery": [
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
};

const replies: Checked<ReplyMap> = {
  "message": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "unsend": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "follow": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "unfollow": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "join": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "leave": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "memberJoined": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "memberLeft": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "postback": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "videoPlayComplete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "beacon": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "accountLink": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "membership": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "module": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "activated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "deactivated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "botSuspended": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "botResumed": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "delivery": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
};

/** Valid example payloads of every event, by event name. */
export const examples = payloads as unknown as Typed<EventMap>;

/** Reply examples of every event (allow, block, rewrite… where the platform has them). */
export const replyExamples = replies as unknown as Typed<ReplyMap>;

/** The envelope every delivery is wrapped in: the spec's batch example with an empty `/events` array. */
export const batchEnvelope: BatchEnvelope = {
  "destination": "U53387d548170020e6cedef5f41d1e01d",
  "events": []
} as unknown as BatchEnvelope;

/**
 * One delivery carrying `items` in order: a copy of `batchEnvelope` with its `/events` array set.
 *
 * @example
 * inBatch(examples["message"][0].payload); // a delivery of one event
 */
export function inBatch(...items: BatchItem[]): Batch {
  const body = JSON.parse(JSON.stringify(batchEnvelope));
  let node = body;
  for (const token of []) node = node[token] ??= {};
  node["events"] = items;
  return body;
}
