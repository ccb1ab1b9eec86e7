// generated from spec/gaife.yaml by chathooks; do not edit
// source sha256:e5e3d9ea84ef017b696efefa4a14ff18311afad62fe906be8b41a492a3a747c1
import type { Contract } from 'chathooks';
import type { EventName } from './types.js';

export type * from './types.js';
export { validators, replyValidators, type Validator, type ValidationIssue } from './validators.js';
export { strictValidators, strictReplyValidators } from './strict-validators.js';
export { examples, replyExamples, type NamedExample } from './examples.js';

/** Every event name, in spec order; `EventName` and this list cannot drift apart. */
export const eventNames = [
  "message"
] as const satisfies readonly EventName[];
type MissingFromList = Exclude<EventName, (typeof eventNames)[number]>;
const listIsComplete: [MissingFromList] extends [never] ? true : MissingFromList = true;
void listIsComplete;

/** The GAIFE message webhooks contract: transport, discriminator, signature, delivery policy and every event. */
export const contract: Contract = {
  "id": "gaife",
  "title": "GAIFE message webhooks",
  "version": "1.0.0",
  "description": "GAIFE posts one JSON document to a conversation's `config.callback_url` every time a message is created or\nprocessed in that conversation (user input, system and bot messages alike). There is one event and no\nevent-type field: the payload is the message (`data`) with its conversation id and a timestamp.\n\nDelivery, as the integration guide states it: HTTPS POST, `Content-Type: application/json`, 30 s timeout per\nrequest, retried on network errors, timeouts and non-2xx answers after 4 s, 8 s and 10 s; at most 10\nconcurrent deliveries and 100 per minute per endpoint. Always answer 2xx quickly (even when your processing\nfails) and deduplicate on `data.id` + `data.status`: a message is delivered again when its status changes.\n\nGAIFE recommends \"request signing\" but documents no header, algorithm or secret, so this contract has no\nsignature scheme; restrict by IP allow-list instead.\n",
  "source": "spec/gaife.yaml",
  "eventSet": "closed",
  "signature": {
    "scheme": "none",
    "source": "https://docs.gaife.com/chat/webhooks#security-requirements",
    "confidence": "documented",
    "notes": "The guide lists \"request signing (optional but recommended)\" but names no header, algorithm or key."
  },
  "delivery": {
    "timeoutMs": 30000,
    "retries": [
      4000,
      8000,
      10000
    ],
    "retryOn": [
      "timeout",
      "network",
      "non-2xx"
    ],
    "success": "2xx",
    "rateLimit": {
      "concurrency": 10,
      "perMinute": 100
    },
    "source": "https://docs.gaife.com/chat/webhooks#technical-specifications",
    "confidence": "documented",
    "notes": "The guide says both \"3 attempts with exponential backoff\" / \"Maximum Attempts: 3\" and lists three retries\n(4 s, 8 s, 10 s). chathooks follows the explicit schedule: the first send plus three retries, four sends in all.\nRate limits are per endpoint: 10 concurrent deliveries, 100 per minute, with \"automatic back-pressure\".\n"
  },
  "idempotencyKey": [
    "/data/id",
    "/data/status"
  ],
  "transport": {
    "method": "POST",
    "contentType": "application/json",
    "path": "/webhook"
  },
  "events": [
    {
      "name": "message",
      "operationId": "message",
      "typeName": "Message",
      "kind": "after",
      "tags": [
        "message"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MessageWebhook"
          }
        ],
        "$defs": {
          "Channel": {
            "type": "string",
            "description": "Communication channel of the message.",
            "enum": [
              "API",
              "WHATSAPP",
              "SMS",
              "api",
              "whatsapp",
              "sms"
            ]
          },
          "ContentType": {
            "type": "string",
            "description": "Kind of content. The webhook guide documents upper case; the send-message API returns the same values in\nlower case, so both spellings are accepted.\n",
            "enum": [
              "TEXT",
              "IMAGE",
              "VIDEO",
              "DOCUMENT",
              "AUDIO",
              "text",
              "image",
              "video",
              "document",
              "audio"
            ]
          },
          "MessageData": {
            "type": "object",
            "description": "The message.",
            "required": [
              "id",
              "content",
              "content_type",
              "type",
              "channel",
              "status",
              "created_at",
              "updated_at"
            ],
            "x-chathooks-documented-required": [
              "created_by",
              "updated_by"
            ],
            "properties": {
              "id": {
                "type": "string",
                "minLength": 1,
                "description": "Message id (a UUID; deduplicate on it together with `status`)."
              },
              "content": {
                "type": "string",
                "description": "The message text, or a media URL or description for media messages."
              },
              "content_type": {
                "$ref": "#/$defs/ContentType"
              },
              "filename": {
                "type": "string",
                "description": "Present only for media messages."
              },
              "type": {
                "$ref": "#/$defs/MessageType"
              },
              "channel": {
                "$ref": "#/$defs/Channel"
              },
              "status": {
                "$ref": "#/$defs/Status"
              },
              "metadata": {
                "$ref": "#/$defs/Metadata"
              },
              "created_by": {
                "type": "string",
                "description": "Id or name of the creator. Absent from GAIFE's own test payloads."
              },
              "updated_by": {
                "type": "string",
                "description": "Id or name of the last modifier. Absent from GAIFE's own test payloads."
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "updated_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "MessageType": {
            "type": "string",
            "description": "Who produced the message. Upper case per the webhook guide; lower case as the message API returns it.",
            "enum": [
              "USER_INPUT",
              "SYSTEM",
              "BOT",
              "user_input",
              "system",
              "bot"
            ]
          },
          "MessageWebhook": {
            "type": "object",
            "required": [
              "conversation_id",
              "data",
              "timestamp"
            ],
            "properties": {
              "conversation_id": {
                "type": "string",
                "minLength": 1,
                "description": "The conversation. Documented as a UUID; the conversations API returns 32 hex digits without hyphens\n(`550e8400e29b41d4a716446655440000`), so any non-empty string is accepted.\n"
              },
              "data": {
                "$ref": "#/$defs/MessageData"
              },
              "timestamp": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Metadata": {
            "type": "object",
            "description": "Custom metadata (≤ 4 KB): any JSON object. The webhook guide (S-G0) says only \"Object, optional,\ncustom metadata for the message\". The keys below are the ones a sibling page (S-G2) shows on workflow\nand ticket messages; they are listed so that docs and types name them, but none is required and none\nis typed, because the guide allows any value (`{\"ticket_id\": 4521}` as well as `\"4521\"`).\n",
            "additionalProperties": true,
            "properties": {
              "workflow_instance_id": {
                "description": "Workflow instance id (S-G2: a string such as \"789\")."
              },
              "workflow_instance_status": {
                "description": "S-G2: RUNNING, PAUSED, COMPLETED, FAILED, CANCELLED or TERMINATED."
              },
              "ticket_id": {
                "description": "Ticket id (S-G2); any JSON value."
              },
              "task_instance_status": {
                "description": "S-G2: EXECUTED, ERRORED, CANCELLED or REJECTED."
              },
              "workflow_progress": {
                "description": "Progress of the workflow (S-G2: a number)."
              },
              "failed_task_id": {
                "description": "The task that failed (S-G2)."
              },
              "exception_message": {
                "description": "The workflow's error message (S-G2)."
              },
              "workflow_name": {
                "description": "Name of the workflow (S-G2)."
              },
              "task_name": {
                "description": "Name of the task (S-G2)."
              },
              "from_s3": {
                "description": "Whether the output is a file stored in S3 (S-G2: a boolean)."
              },
              "output": {
                "description": "The file output (S-G2: `{ s3_url, output_type }`)."
              }
            }
          },
          "Status": {
            "type": "string",
            "description": "Processing status; a message is delivered again when it changes.",
            "enum": [
              "RECEIVED",
              "PROCESSED",
              "FAILED",
              "received",
              "processed",
              "failed"
            ]
          },
          "Timestamp": {
            "type": "string",
            "description": "ISO-8601 date-time, e.g. `2024-03-21T10:00:00Z` (`timestamp` has milliseconds). GAIFE's own test payload\ngenerator sends naive local times without a zone (`2024-03-21T10:00:00.123456`), so the zone is optional.\n",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?$",
            "examples": [
              "2024-03-21T10:00:00Z"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "user-input",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90",
              "content": "Can you summarise last quarter's sales?",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "RECEIVED",
              "metadata": {},
              "created_by": "user123",
              "updated_by": "user123",
              "created_at": "2024-03-21T10:00:00Z",
              "updated_at": "2024-03-21T10:00:00Z"
            },
            "timestamp": "2024-03-21T10:00:00.000Z"
          },
          "summary": "The user's text, as received."
        },
        {
          "name": "bot-workflow-completed",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "9f1c2d3e-4b5a-6978-8796-a5b4c3d2e1f0",
              "content": "Your report is ready",
              "content_type": "TEXT",
              "type": "BOT",
              "channel": "API",
              "status": "PROCESSED",
              "metadata": {
                "workflow_instance_id": "789",
                "workflow_instance_status": "COMPLETED",
                "workflow_name": "Quarterly sales",
                "workflow_progress": 100
              },
              "created_by": "system",
              "updated_by": "system",
              "created_at": "2024-03-21T10:00:00Z",
              "updated_at": "2024-03-21T10:00:05Z"
            },
            "timestamp": "2024-03-21T10:00:05.120Z"
          },
          "summary": "The bot's answer at the end of a workflow run."
        },
        {
          "name": "document-with-filename",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "0c9e7a52-1f3d-4e8b-b6a4-5d2c1e0f9a87",
              "content": "https://files.gaife.com/outputs/q1-sales.pdf",
              "content_type": "DOCUMENT",
              "filename": "q1-sales.pdf",
              "type": "BOT",
              "channel": "API",
              "status": "PROCESSED",
              "metadata": {
                "from_s3": true,
                "output": {
                  "s3_url": "s3://gaife-outputs/q1-sales.pdf",
                  "output_type": "pdf"
                }
              },
              "created_by": "system",
              "updated_by": "system",
              "created_at": "2024-03-21T10:00:06Z",
              "updated_at": "2024-03-21T10:00:06Z"
            },
            "timestamp": "2024-03-21T10:00:06.004Z"
          },
          "summary": "A media message carries `filename`."
        },
        {
          "name": "failed-whatsapp",
          "payload": {
            "conversation_id": "7d9f3c2a1b8e4f6a9c0d5e2b7a1f3c8d",
            "data": {
              "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
              "content": "Where is my order?",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "WHATSAPP",
              "status": "FAILED",
              "metadata": {
                "workflow_instance_status": "FAILED",
                "failed_task_id": "lookup-order",
                "exception_message": "Order service timed out"
              },
              "created_by": "+14155550123",
              "updated_by": "system",
              "created_at": "2024-03-22T08:15:00Z",
              "updated_at": "2024-03-22T08:15:31Z"
            },
            "timestamp": "2024-03-22T08:15:31.552Z"
          },
          "summary": "A WhatsApp message whose processing failed, with the workflow's error."
        },
        {
          "name": "custom-metadata",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "6e5d4c3b-2a19-4f8e-9d7c-6b5a4f3e2d1c",
              "content": "Ticket 4521 was escalated",
              "content_type": "TEXT",
              "type": "BOT",
              "channel": "API",
              "status": "PROCESSED",
              "metadata": {
                "ticket_id": 4521,
                "priority": "high",
                "tags": [
                  "billing",
                  "escalated"
                ]
              },
              "created_by": "system",
              "updated_by": "system",
              "created_at": "2024-03-21T10:02:00Z",
              "updated_at": "2024-03-21T10:02:00Z"
            },
            "timestamp": "2024-03-21T10:02:00.000Z"
          },
          "summary": "Metadata of the app's own, which the guide allows in any shape."
        },
        {
          "name": "guide-test-generator",
          "payload": {
            "conversation_id": "2b1c8d4e-7f6a-4c3b-9e1d-0a5f8b7c6d2e",
            "data": {
              "id": "e4d3c2b1-a0f9-4e8d-b7c6-a5b4c3d2e1f0",
              "content": "Test message",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "RECEIVED",
              "created_at": "2024-03-21T10:00:00.123456",
              "updated_at": "2024-03-21T10:00:00.123456"
            },
            "timestamp": "2024-03-21T10:00:00.123456"
          },
          "summary": "What the guide's own test generator sends (no creator fields, zone-less times)."
        },
        {
          "name": "lower-case-enums",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
              "content": "hello",
              "content_type": "text",
              "type": "user_input",
              "channel": "api",
              "status": "received",
              "created_by": "user123",
              "updated_by": "user123",
              "created_at": "2024-03-21T10:01:00Z",
              "updated_at": "2024-03-21T10:01:00Z"
            },
            "timestamp": "2024-03-21T10:01:00.000Z"
          },
          "summary": "The lower-case enum spelling of the message API."
        }
      ],
      "invalidExamples": [
        {
          "name": "unknown-content-type",
          "reason": "`content_type` is one of TEXT, IMAGE, VIDEO, DOCUMENT, AUDIO.",
          "pointer": "/data/content_type",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90",
              "content": "hi",
              "content_type": "STICKER",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "RECEIVED",
              "created_at": "2024-03-21T10:00:00Z",
              "updated_at": "2024-03-21T10:00:00Z"
            },
            "timestamp": "2024-03-21T10:00:00.000Z"
          },
          "keyword": "enum"
        },
        {
          "name": "missing-message-id",
          "reason": "Every message has an id; receivers deduplicate on it.",
          "pointer": "/data/id",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "content": "hi",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "RECEIVED",
              "created_at": "2024-03-21T10:00:00Z",
              "updated_at": "2024-03-21T10:00:00Z"
            },
            "timestamp": "2024-03-21T10:00:00.000Z"
          },
          "keyword": "required"
        },
        {
          "name": "unknown-status",
          "reason": "`status` is RECEIVED, PROCESSED or FAILED.",
          "pointer": "/data/status",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90",
              "content": "hi",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "DONE",
              "created_at": "2024-03-21T10:00:00Z",
              "updated_at": "2024-03-21T10:00:00Z"
            },
            "timestamp": "2024-03-21T10:00:00.000Z"
          },
          "keyword": "enum"
        },
        {
          "name": "epoch-timestamp",
          "reason": "Timestamps are ISO-8601 strings, not epoch numbers.",
          "pointer": "/timestamp",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90",
              "content": "hi",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "RECEIVED",
              "created_at": "2024-03-21T10:00:00Z",
              "updated_at": "2024-03-21T10:00:00Z"
            },
            "timestamp": 1711015200000
          },
          "keyword": "type"
        },
        {
          "name": "date-only",
          "reason": "A bare date is not a date-time.",
          "pointer": "/data/created_at",
          "payload": {
            "conversation_id": "550e8400e29b41d4a716446655440000",
            "data": {
              "id": "3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90",
              "content": "hi",
              "content_type": "TEXT",
              "type": "USER_INPUT",
              "channel": "API",
              "status": "RECEIVED",
              "created_at": "2024-03-21",
              "updated_at": "2024-03-21T10:00:00Z"
            },
            "timestamp": "2024-03-21T10:00:00.000Z"
          },
          "keyword": "pattern"
        }
      ],
      "source": "https://docs.gaife.com/chat/webhooks#webhook-payload",
      "confidence": "documented",
      "title": "Message created or processed",
      "summary": "A message was created or processed in a conversation with a callback_url.",
      "description": "Sent for every message of the conversation: the user's input, system messages and bot answers, and again\nwhen a message's status changes (RECEIVED → PROCESSED or FAILED).\n",
      "notes": "`conversation_id` is documented as UUID but is 32 hex digits (S-G1); enums are upper case in the webhook\nguide and lower case in the message API (S-G2): both accepted. The guide's own test generator omits\nfilename, metadata, created_by and updated_by and sends zone-less timestamps: tolerated.\n`data.metadata` is \"custom metadata\" of any shape in the guide (S-G0): an open object whose known\nkeys (from S-G2) are documented but neither required nor typed.\n",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "properties": {
              "content-type": {
                "type": "string",
                "examples": [
                  "application/json"
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
              "description": "GAIFE reads only the status code (2xx); any body is accepted and ignored."
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {},
            "summary": "An empty JSON object."
          },
          {
            "name": "status-success",
            "payload": {
              "status": "success"
            },
            "summary": "What the guide's PHP handler answers."
          }
        ]
      }
    }
  ]
};

export default contract;
