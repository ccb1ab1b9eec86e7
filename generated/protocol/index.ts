// generated from spec/protocol.yaml by chathooks; do not edit
// source sha256:9e17c9f867c6e0b85e1a27cbe165e75b0510fc80b18f377ea3f5a70d16c5a938
import type { Contract } from 'chathooks';
import type { EventName } from './types.js';

export type * from './types.js';
export { validators, replyValidators, type Validator, type ValidationIssue } from './validators.js';
export { strictValidators, strictReplyValidators } from './strict-validators.js';
export { examples, replyExamples, type NamedExample } from './examples.js';

/** Every event name, in spec order; `EventName` and this list cannot drift apart. */
export const eventNames = [
  "contact.created",
  "contact.updated",
  "contact.deleted",
  "conversation.created",
  "conversation.updated",
  "conversation.deleted",
  "message.created",
  "message.updated",
  "message.deleted",
  "group.created",
  "group.updated",
  "group.deleted",
  "attachment.created",
  "attachment.updated",
  "attachment.deleted"
] as const satisfies readonly EventName[];
type MissingFromList = Exclude<EventName, (typeof eventNames)[number]>;
const listIsComplete: [MissingFromList] extends [never] ? true : MissingFromList = true;
void listIsComplete;

/** The Protocol webhooks contract: transport, discriminator, signature, delivery policy and every event. */
export const contract: Contract = {
  "id": "protocol",
  "title": "Protocol webhooks",
  "version": "1.0.0",
  "description": "Protocol posts a JSON envelope `{ id, type, payload }` to the URL registered under API settings for the\nevents you picked. `type` is `<model>.<action>`; its prefix names the model carried in `payload`.\nEvery request carries `x-protocol-signature`: the lowercase hex HMAC-SHA256 of the raw request body,\nkeyed with your secret webhook key. Timestamps are unix seconds.\n\nProtocol documents no timeout, retry policy or expected status; chathooks assumes a 2xx acknowledgement,\na 10 s timeout and no retries, and marks that policy `inferred`.\n",
  "source": "spec/protocol.yaml",
  "eventSet": "closed",
  "signature": {
    "scheme": "hmac-sha256",
    "header": "x-protocol-signature",
    "encoding": "hex",
    "secret": "The secret webhook key from the Protocol dashboard (API settings).",
    "source": "https://protocol.tailwindui.com/webhooks#security",
    "confidence": "documented"
  },
  "delivery": {
    "timeoutMs": 10000,
    "retries": [],
    "retryOn": [],
    "success": "2xx",
    "source": "https://protocol.tailwindui.com/webhooks",
    "confidence": "inferred",
    "notes": "Protocol documents no timeout, retries or expected status; these values are chathooks' assumption."
  },
  "idempotencyKey": [
    "/id"
  ],
  "discriminator": {
    "in": "body",
    "name": "type"
  },
  "transport": {
    "method": "POST",
    "contentType": "application/json",
    "path": "/webhook"
  },
  "events": [
    {
      "name": "contact.created",
      "operationId": "contactCreated",
      "typeName": "ContactCreated",
      "kind": "after",
      "tags": [
        "contact"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ContactCreated"
          }
        ],
        "$defs": {
          "Contact": {
            "type": "object",
            "description": "A contact in your Protocol contact list.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "username": {
                "type": "string",
                "description": "The contact's unique username."
              },
              "phone_number": {
                "type": "string",
                "description": "The contact's phone number."
              },
              "avatar_url": {
                "type": "string",
                "description": "URL of the contact's avatar."
              },
              "display_name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The name shown in the app; defaults to the username."
              },
              "conversation_id": {
                "type": "string",
                "description": "Id of the conversation with this contact."
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "ContactCreated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "contact.created"
              },
              "payload": {
                "$ref": "#/$defs/Contact"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "new-contact",
          "payload": {
            "id": "c1PlW4eTf8u2ZJ0Q",
            "type": "contact.created",
            "payload": {
              "id": "WAz8eIbvDR60rouK",
              "username": "KevinMcCallister",
              "phone_number": "1-800-759-3000",
              "avatar_url": "https://assets.protocol.chat/avatars/kevin.jpg",
              "display_name": null,
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "last_active_at": null,
              "created_at": 692233200
            }
          },
          "summary": "A contact added from the app; never active yet."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-type",
          "reason": "`type` must be exactly `contact.created` for this event.",
          "pointer": "/type",
          "payload": {
            "id": "c1PlW4eTf8u2ZJ0Q",
            "type": "contact.create",
            "payload": {
              "id": "WAz8eIbvDR60rouK",
              "username": "KevinMcCallister"
            }
          },
          "keyword": "const"
        },
        {
          "name": "timestamp-as-iso-string",
          "reason": "Protocol timestamps are unix seconds, never ISO strings.",
          "pointer": "/payload/created_at",
          "payload": {
            "id": "c1PlW4eTf8u2ZJ0Q",
            "type": "contact.created",
            "payload": {
              "id": "WAz8eIbvDR60rouK",
              "username": "KevinMcCallister",
              "created_at": "1991-12-09T23:00:00Z"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Contact created",
      "summary": "A new contact was created.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "contact.updated",
      "operationId": "contactUpdated",
      "typeName": "ContactUpdated",
      "kind": "after",
      "tags": [
        "contact"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ContactUpdated"
          }
        ],
        "$defs": {
          "Contact": {
            "type": "object",
            "description": "A contact in your Protocol contact list.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "username": {
                "type": "string",
                "description": "The contact's unique username."
              },
              "phone_number": {
                "type": "string",
                "description": "The contact's phone number."
              },
              "avatar_url": {
                "type": "string",
                "description": "URL of the contact's avatar."
              },
              "display_name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The name shown in the app; defaults to the username."
              },
              "conversation_id": {
                "type": "string",
                "description": "Id of the conversation with this contact."
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "ContactUpdated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "contact.updated"
              },
              "payload": {
                "$ref": "#/$defs/Contact"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "renamed",
          "payload": {
            "id": "d8RtQm3ZpL0aXw6N",
            "type": "contact.updated",
            "payload": {
              "id": "WAz8eIbvDR60rouK",
              "username": "KevinMcCallister",
              "phone_number": "1-800-759-3000",
              "avatar_url": "https://assets.protocol.chat/avatars/kevin.jpg",
              "display_name": "Kevin McCallister",
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "last_active_at": 705103200,
              "created_at": 692233200
            }
          },
          "summary": "The contact got a display name."
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-payload",
          "reason": "Every event carries the changed object in `payload`.",
          "pointer": "/payload",
          "payload": {
            "id": "d8RtQm3ZpL0aXw6N",
            "type": "contact.updated"
          },
          "keyword": "required"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Contact updated",
      "summary": "An existing contact was updated.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "contact.deleted",
      "operationId": "contactDeleted",
      "typeName": "ContactDeleted",
      "kind": "after",
      "tags": [
        "contact"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ContactDeleted"
          }
        ],
        "$defs": {
          "ContactDeleted": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "contact.deleted"
              },
              "payload": {
                "$ref": "#/$defs/DeletedObject"
              }
            }
          },
          "DeletedObject": {
            "type": "object",
            "description": "What Protocol sends for a deleted object is not documented; chathooks accepts the deleted object as it was\nor just its `{ \"id\": … }`, so the id is the only field required.\n",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "id-only",
          "payload": {
            "id": "e2VbN7kHs4QyT1Lc",
            "type": "contact.deleted",
            "payload": {
              "id": "WAz8eIbvDR60rouK"
            }
          },
          "summary": "Just the id of the deleted contact."
        },
        {
          "name": "full-object",
          "payload": {
            "id": "e2VbN7kHs4QyT1Lc",
            "type": "contact.deleted",
            "payload": {
              "id": "WAz8eIbvDR60rouK",
              "username": "KevinMcCallister",
              "phone_number": "1-800-759-3000",
              "created_at": 692233200
            }
          },
          "summary": "The deleted contact as it was."
        }
      ],
      "invalidExamples": [
        {
          "name": "payload-without-id",
          "reason": "A delete event must name the deleted object's id.",
          "pointer": "/payload/id",
          "payload": {
            "id": "e2VbN7kHs4QyT1Lc",
            "type": "contact.deleted",
            "payload": {}
          },
          "keyword": "required"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "inferred",
      "title": "Contact deleted",
      "summary": "A contact was successfully deleted.",
      "description": "The payload of delete events is not documented; chathooks requires only the object's `id`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "conversation.created",
      "operationId": "conversationCreated",
      "typeName": "ConversationCreated",
      "kind": "after",
      "tags": [
        "conversation"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ConversationCreated"
          }
        ],
        "$defs": {
          "Conversation": {
            "type": "object",
            "description": "A conversation with a contact or a group.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "contact_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Id of the contact in a one-to-one conversation; null for group conversations."
              },
              "group_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Id of the group, for group conversations."
              },
              "pinned_message_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Id of the pinned message, if any."
              },
              "is_pinned": {
                "type": "boolean"
              },
              "is_muted": {
                "type": "boolean"
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "last_opened_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "archived_at": {
                "$ref": "#/$defs/NullableTimestamp"
              }
            }
          },
          "ConversationCreated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "conversation.created"
              },
              "payload": {
                "$ref": "#/$defs/Conversation"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "one-to-one",
          "payload": {
            "id": "f5KpZ0cYw9Ua3MxR",
            "type": "conversation.created",
            "payload": {
              "id": "xgQQXg3hrtjh7AvZ",
              "contact_id": "WAz8eIbvDR60rouK",
              "group_id": null,
              "pinned_message_id": null,
              "is_pinned": false,
              "is_muted": false,
              "last_active_at": 705103200,
              "last_opened_at": 705103200,
              "created_at": 692233200,
              "archived_at": null
            }
          },
          "summary": "A conversation with a contact."
        },
        {
          "name": "group",
          "payload": {
            "id": "g3HsX8dVq1Rb6NzK",
            "type": "conversation.created",
            "payload": {
              "id": "hT2mQ9wLp5Kc0Xv7",
              "contact_id": null,
              "group_id": "l7WmN3rYk0Tz5Qa2",
              "pinned_message_id": null,
              "is_pinned": false,
              "is_muted": true,
              "last_active_at": null,
              "last_opened_at": null,
              "created_at": 705103200,
              "archived_at": null
            }
          },
          "summary": "The conversation of a group."
        }
      ],
      "invalidExamples": [
        {
          "name": "pinned-as-string",
          "reason": "`is_pinned` is a boolean.",
          "pointer": "/payload/is_pinned",
          "payload": {
            "id": "f5KpZ0cYw9Ua3MxR",
            "type": "conversation.created",
            "payload": {
              "id": "xgQQXg3hrtjh7AvZ",
              "is_pinned": "false"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Conversation created",
      "summary": "A new conversation was created.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "conversation.updated",
      "operationId": "conversationUpdated",
      "typeName": "ConversationUpdated",
      "kind": "after",
      "tags": [
        "conversation"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ConversationUpdated"
          }
        ],
        "$defs": {
          "Conversation": {
            "type": "object",
            "description": "A conversation with a contact or a group.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "contact_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Id of the contact in a one-to-one conversation; null for group conversations."
              },
              "group_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Id of the group, for group conversations."
              },
              "pinned_message_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Id of the pinned message, if any."
              },
              "is_pinned": {
                "type": "boolean"
              },
              "is_muted": {
                "type": "boolean"
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "last_opened_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "archived_at": {
                "$ref": "#/$defs/NullableTimestamp"
              }
            }
          },
          "ConversationUpdated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "conversation.updated"
              },
              "payload": {
                "$ref": "#/$defs/Conversation"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "pinned",
          "payload": {
            "id": "a056V7R7NmNRjl70",
            "type": "conversation.updated",
            "payload": {
              "id": "WAz8eIbvDR60rouK",
              "contact_id": "WAz8eIbvDR60rouK",
              "group_id": null,
              "pinned_message_id": "SIuAFUNKdSYHZF2w",
              "is_pinned": true,
              "is_muted": false,
              "last_active_at": 705103200,
              "last_opened_at": 705103200,
              "created_at": 692233200,
              "archived_at": null
            }
          },
          "summary": "A message was pinned in the conversation."
        },
        {
          "name": "id-only-as-in-docs",
          "payload": {
            "id": "a056V7R7NmNRjl70",
            "type": "conversation.updated",
            "payload": {
              "id": "WAz8eIbvDR60rouK"
            }
          },
          "summary": "The page's own sample shows only the id; every other field is optional."
        }
      ],
      "invalidExamples": [
        {
          "name": "envelope-id-number",
          "reason": "The envelope `id` is a string id, not a number.",
          "pointer": "/id",
          "payload": {
            "id": 1234567890,
            "type": "conversation.updated",
            "payload": {
              "id": "WAz8eIbvDR60rouK"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#consuming-webhooks",
      "confidence": "documented",
      "title": "Conversation updated",
      "summary": "An existing conversation was updated.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "conversation.deleted",
      "operationId": "conversationDeleted",
      "typeName": "ConversationDeleted",
      "kind": "after",
      "tags": [
        "conversation"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ConversationDeleted"
          }
        ],
        "$defs": {
          "ConversationDeleted": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "conversation.deleted"
              },
              "payload": {
                "$ref": "#/$defs/DeletedObject"
              }
            }
          },
          "DeletedObject": {
            "type": "object",
            "description": "What Protocol sends for a deleted object is not documented; chathooks accepts the deleted object as it was\nor just its `{ \"id\": … }`, so the id is the only field required.\n",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "id-only",
          "payload": {
            "id": "k9TbR2mWx6Yc1PqS",
            "type": "conversation.deleted",
            "payload": {
              "id": "xgQQXg3hrtjh7AvZ"
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "payload-null",
          "reason": "The payload is an object with the deleted conversation's id, never null.",
          "pointer": "/payload",
          "payload": {
            "id": "k9TbR2mWx6Yc1PqS",
            "type": "conversation.deleted",
            "payload": null
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "inferred",
      "title": "Conversation deleted",
      "summary": "A conversation was successfully deleted.",
      "description": "The payload of delete events is not documented; chathooks requires only the object's `id`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "message.created",
      "operationId": "messageCreated",
      "typeName": "MessageCreated",
      "kind": "after",
      "tags": [
        "message"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MessageCreated"
          }
        ],
        "$defs": {
          "Attachment": {
            "type": "object",
            "description": "A file attached to a message.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "message_id": {
                "type": "string"
              },
              "filename": {
                "type": "string"
              },
              "file_url": {
                "type": "string"
              },
              "file_type": {
                "type": "string",
                "description": "MIME type, e.g. `application/pdf`."
              },
              "file_size": {
                "type": "integer",
                "minimum": 0,
                "description": "Size in bytes."
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Contact": {
            "type": "object",
            "description": "A contact in your Protocol contact list.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "username": {
                "type": "string",
                "description": "The contact's unique username."
              },
              "phone_number": {
                "type": "string",
                "description": "The contact's phone number."
              },
              "avatar_url": {
                "type": "string",
                "description": "URL of the contact's avatar."
              },
              "display_name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The name shown in the app; defaults to the username."
              },
              "conversation_id": {
                "type": "string",
                "description": "Id of the conversation with this contact."
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "Message": {
            "type": "object",
            "description": "A message in a conversation. The embedded contact omits `display_name` and `conversation_id`.",
            "required": [
              "id",
              "conversation_id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "conversation_id": {
                "type": "string"
              },
              "contact": {
                "$ref": "#/$defs/Contact"
              },
              "message": {
                "type": "string",
                "description": "The message text."
              },
              "reactions": {
                "type": "array",
                "description": "Reactions to the message. Protocol does not document the reaction object.",
                "items": {}
              },
              "attachments": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Attachment"
                }
              },
              "read_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "updated_at": {
                "$ref": "#/$defs/NullableTimestamp"
              }
            }
          },
          "MessageCreated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "message.created"
              },
              "payload": {
                "$ref": "#/$defs/Message"
              }
            }
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "text",
          "payload": {
            "id": "m4QxT8nVb2Lz7RcW",
            "type": "message.created",
            "payload": {
              "id": "SIuAFUNKdSYHZF2w",
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "contact": {
                "id": "WAz8eIbvDR60rouK",
                "username": "KevinMcCallister",
                "phone_number": "1-800-759-3000",
                "avatar_url": "https://assets.protocol.chat/avatars/kevin.jpg",
                "last_active_at": 705103200,
                "created_at": 692233200
              },
              "message": "I’m traveling with my dad. He’s at a meeting. I hate meetings.",
              "reactions": [],
              "attachments": [],
              "read_at": null,
              "created_at": 692233200,
              "updated_at": null
            }
          },
          "summary": "A plain text message, with typographic apostrophes as the docs' own sample has."
        },
        {
          "name": "with-attachment",
          "payload": {
            "id": "n7YcK1pWs5Db9QvM",
            "type": "message.created",
            "payload": {
              "id": "LoPsJaMcPBuFNjg1",
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "contact": {
                "id": "WAz8eIbvDR60rouK",
                "username": "KevinMcCallister",
                "phone_number": "1-800-759-3000",
                "avatar_url": "https://assets.protocol.chat/avatars/kevin.jpg",
                "last_active_at": 705103200,
                "created_at": 692233200
              },
              "message": "Here is the invoice.",
              "reactions": [],
              "attachments": [
                {
                  "id": "Nc6yKKMpcxiiFxp6",
                  "message_id": "LoPsJaMcPBuFNjg1",
                  "filename": "invoice.pdf",
                  "file_url": "https://assets.protocol.chat/attachments/invoice.pdf",
                  "file_type": "application/pdf",
                  "file_size": 21352,
                  "created_at": 692233200
                }
              ],
              "read_at": null,
              "created_at": 692233200,
              "updated_at": null
            }
          },
          "summary": "A message with a PDF attached."
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-conversation",
          "reason": "A message always names its conversation.",
          "pointer": "/payload/conversation_id",
          "payload": {
            "id": "m4QxT8nVb2Lz7RcW",
            "type": "message.created",
            "payload": {
              "id": "SIuAFUNKdSYHZF2w",
              "message": "hi"
            }
          },
          "keyword": "required"
        },
        {
          "name": "attachments-not-array",
          "reason": "`attachments` is a list of attachment objects.",
          "pointer": "/payload/attachments",
          "payload": {
            "id": "m4QxT8nVb2Lz7RcW",
            "type": "message.created",
            "payload": {
              "id": "SIuAFUNKdSYHZF2w",
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "attachments": {
                "id": "Nc6yKKMpcxiiFxp6"
              }
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Message created",
      "summary": "A new message was created.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "message.updated",
      "operationId": "messageUpdated",
      "typeName": "MessageUpdated",
      "kind": "after",
      "tags": [
        "message"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MessageUpdated"
          }
        ],
        "$defs": {
          "Attachment": {
            "type": "object",
            "description": "A file attached to a message.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "message_id": {
                "type": "string"
              },
              "filename": {
                "type": "string"
              },
              "file_url": {
                "type": "string"
              },
              "file_type": {
                "type": "string",
                "description": "MIME type, e.g. `application/pdf`."
              },
              "file_size": {
                "type": "integer",
                "minimum": 0,
                "description": "Size in bytes."
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Contact": {
            "type": "object",
            "description": "A contact in your Protocol contact list.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "username": {
                "type": "string",
                "description": "The contact's unique username."
              },
              "phone_number": {
                "type": "string",
                "description": "The contact's phone number."
              },
              "avatar_url": {
                "type": "string",
                "description": "URL of the contact's avatar."
              },
              "display_name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The name shown in the app; defaults to the username."
              },
              "conversation_id": {
                "type": "string",
                "description": "Id of the conversation with this contact."
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "Message": {
            "type": "object",
            "description": "A message in a conversation. The embedded contact omits `display_name` and `conversation_id`.",
            "required": [
              "id",
              "conversation_id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "conversation_id": {
                "type": "string"
              },
              "contact": {
                "$ref": "#/$defs/Contact"
              },
              "message": {
                "type": "string",
                "description": "The message text."
              },
              "reactions": {
                "type": "array",
                "description": "Reactions to the message. Protocol does not document the reaction object.",
                "items": {}
              },
              "attachments": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Attachment"
                }
              },
              "read_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "updated_at": {
                "$ref": "#/$defs/NullableTimestamp"
              }
            }
          },
          "MessageUpdated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "message.updated"
              },
              "payload": {
                "$ref": "#/$defs/Message"
              }
            }
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "docs-sample",
          "payload": {
            "id": "a056V7R7NmNRjl70",
            "type": "message.updated",
            "payload": {
              "id": "SIuAFUNKdSYHZF2w",
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "contact": {
                "id": "WAz8eIbvDR60rouK",
                "username": "KevinMcCallister",
                "phone_number": "1-800-759-3000",
                "avatar_url": "https://assets.protocol.chat/avatars/kevin.jpg",
                "last_active_at": 705103200,
                "created_at": 692233200
              },
              "message": "I’m traveling with my dad. He’s at a meeting. I hate meetings.",
              "reactions": [],
              "attachments": [],
              "read_at": 705103200,
              "created_at": 692233200,
              "updated_at": 692233200
            }
          },
          "summary": "The sample payload of the Protocol webhooks page, verbatim."
        }
      ],
      "invalidExamples": [
        {
          "name": "read-at-iso",
          "reason": "`read_at` is unix seconds or null.",
          "pointer": "/payload/read_at",
          "payload": {
            "id": "a056V7R7NmNRjl70",
            "type": "message.updated",
            "payload": {
              "id": "SIuAFUNKdSYHZF2w",
              "conversation_id": "xgQQXg3hrtjh7AvZ",
              "read_at": "1992-05-06T22:00:00Z"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Message updated",
      "summary": "An existing message was updated.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "message.deleted",
      "operationId": "messageDeleted",
      "typeName": "MessageDeleted",
      "kind": "after",
      "tags": [
        "message"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/MessageDeleted"
          }
        ],
        "$defs": {
          "DeletedObject": {
            "type": "object",
            "description": "What Protocol sends for a deleted object is not documented; chathooks accepts the deleted object as it was\nor just its `{ \"id\": … }`, so the id is the only field required.\n",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "MessageDeleted": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "message.deleted"
              },
              "payload": {
                "$ref": "#/$defs/DeletedObject"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "id-only",
          "payload": {
            "id": "p2XwM6cRt0Nv4KbZ",
            "type": "message.deleted",
            "payload": {
              "id": "SIuAFUNKdSYHZF2w"
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "empty-id",
          "reason": "Ids are non-empty strings.",
          "pointer": "/payload/id",
          "payload": {
            "id": "p2XwM6cRt0Nv4KbZ",
            "type": "message.deleted",
            "payload": {
              "id": ""
            }
          },
          "keyword": "minLength"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "inferred",
      "title": "Message deleted",
      "summary": "A message was successfully deleted.",
      "description": "The payload of delete events is not documented; chathooks requires only the object's `id`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "group.created",
      "operationId": "groupCreated",
      "typeName": "GroupCreated",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCreated"
          }
        ],
        "$defs": {
          "Contact": {
            "type": "object",
            "description": "A contact in your Protocol contact list.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "username": {
                "type": "string",
                "description": "The contact's unique username."
              },
              "phone_number": {
                "type": "string",
                "description": "The contact's phone number."
              },
              "avatar_url": {
                "type": "string",
                "description": "URL of the contact's avatar."
              },
              "display_name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The name shown in the app; defaults to the username."
              },
              "conversation_id": {
                "type": "string",
                "description": "Id of the conversation with this contact."
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Group": {
            "type": "object",
            "description": "A group of contacts sharing one conversation.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "name": {
                "type": "string"
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "avatar_url": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "conversation_id": {
                "type": "string"
              },
              "contacts": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Contact"
                }
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "archived_at": {
                "$ref": "#/$defs/NullableTimestamp"
              }
            }
          },
          "GroupCreated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "group.created"
              },
              "payload": {
                "$ref": "#/$defs/Group"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "new-group",
          "payload": {
            "id": "q8VnB3kXs7Jd2LwT",
            "type": "group.created",
            "payload": {
              "id": "l7WmN3rYk0Tz5Qa2",
              "name": "Plaza Hotel",
              "description": "World-renowned.",
              "avatar_url": "https://assets.protocol.chat/avatars/plazahotel.jpg",
              "conversation_id": "hT2mQ9wLp5Kc0Xv7",
              "contacts": [
                {
                  "id": "WAz8eIbvDR60rouK",
                  "username": "KevinMcCallister",
                  "phone_number": "1-800-759-3000",
                  "avatar_url": "https://assets.protocol.chat/avatars/kevin.jpg",
                  "display_name": null,
                  "conversation_id": "xgQQXg3hrtjh7AvZ",
                  "last_active_at": 705103200,
                  "created_at": 692233200
                }
              ],
              "created_at": 692233200,
              "archived_at": null
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "contacts-of-ids",
          "reason": "`contacts` holds contact objects, not ids.",
          "pointer": "/payload/contacts/0",
          "payload": {
            "id": "q8VnB3kXs7Jd2LwT",
            "type": "group.created",
            "payload": {
              "id": "l7WmN3rYk0Tz5Qa2",
              "name": "Plaza Hotel",
              "contacts": [
                "WAz8eIbvDR60rouK"
              ]
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Group created",
      "summary": "A new group was created.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "group.updated",
      "operationId": "groupUpdated",
      "typeName": "GroupUpdated",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupUpdated"
          }
        ],
        "$defs": {
          "Contact": {
            "type": "object",
            "description": "A contact in your Protocol contact list.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "username": {
                "type": "string",
                "description": "The contact's unique username."
              },
              "phone_number": {
                "type": "string",
                "description": "The contact's phone number."
              },
              "avatar_url": {
                "type": "string",
                "description": "URL of the contact's avatar."
              },
              "display_name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The name shown in the app; defaults to the username."
              },
              "conversation_id": {
                "type": "string",
                "description": "Id of the conversation with this contact."
              },
              "last_active_at": {
                "$ref": "#/$defs/NullableTimestamp"
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "Group": {
            "type": "object",
            "description": "A group of contacts sharing one conversation.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "name": {
                "type": "string"
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "avatar_url": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "conversation_id": {
                "type": "string"
              },
              "contacts": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/Contact"
                }
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              },
              "archived_at": {
                "$ref": "#/$defs/NullableTimestamp"
              }
            }
          },
          "GroupUpdated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "group.updated"
              },
              "payload": {
                "$ref": "#/$defs/Group"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "NullableTimestamp": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Unix time in seconds, or null when the moment has not happened (never active, not archived)."
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "archived",
          "payload": {
            "id": "r1ZcL5nQw9Hf3MxY",
            "type": "group.updated",
            "payload": {
              "id": "l7WmN3rYk0Tz5Qa2",
              "name": "Plaza Hotel",
              "description": "World-renowned.",
              "avatar_url": "https://assets.protocol.chat/avatars/plazahotel.jpg",
              "conversation_id": "hT2mQ9wLp5Kc0Xv7",
              "contacts": [],
              "created_at": 692233200,
              "archived_at": 705103200
            }
          },
          "summary": "The group was archived."
        }
      ],
      "invalidExamples": [
        {
          "name": "archived-negative-string",
          "reason": "`archived_at` is unix seconds or null.",
          "pointer": "/payload/archived_at",
          "payload": {
            "id": "r1ZcL5nQw9Hf3MxY",
            "type": "group.updated",
            "payload": {
              "id": "l7WmN3rYk0Tz5Qa2",
              "archived_at": "yesterday"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Group updated",
      "summary": "An existing group was updated.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "group.deleted",
      "operationId": "groupDeleted",
      "typeName": "GroupDeleted",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupDeleted"
          }
        ],
        "$defs": {
          "DeletedObject": {
            "type": "object",
            "description": "What Protocol sends for a deleted object is not documented; chathooks accepts the deleted object as it was\nor just its `{ \"id\": … }`, so the id is the only field required.\n",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              }
            }
          },
          "GroupDeleted": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "group.deleted"
              },
              "payload": {
                "$ref": "#/$defs/DeletedObject"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "id-only",
          "payload": {
            "id": "s6TkW0bMv4Gx8PzD",
            "type": "group.deleted",
            "payload": {
              "id": "l7WmN3rYk0Tz5Qa2"
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-envelope-id",
          "reason": "Every envelope has its own `id`.",
          "pointer": "/id",
          "payload": {
            "type": "group.deleted",
            "payload": {
              "id": "l7WmN3rYk0Tz5Qa2"
            }
          },
          "keyword": "required"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "inferred",
      "title": "Group deleted",
      "summary": "A group was successfully deleted.",
      "description": "The payload of delete events is not documented; chathooks requires only the object's `id`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "attachment.created",
      "operationId": "attachmentCreated",
      "typeName": "AttachmentCreated",
      "kind": "after",
      "tags": [
        "attachment"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/AttachmentCreated"
          }
        ],
        "$defs": {
          "Attachment": {
            "type": "object",
            "description": "A file attached to a message.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "message_id": {
                "type": "string"
              },
              "filename": {
                "type": "string"
              },
              "file_url": {
                "type": "string"
              },
              "file_type": {
                "type": "string",
                "description": "MIME type, e.g. `application/pdf`."
              },
              "file_size": {
                "type": "integer",
                "minimum": 0,
                "description": "Size in bytes."
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "AttachmentCreated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "attachment.created"
              },
              "payload": {
                "$ref": "#/$defs/Attachment"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "pdf",
          "payload": {
            "id": "b7Kq2mZr9TxLw0Pa",
            "type": "attachment.created",
            "payload": {
              "id": "Nc6yKKMpcxiiFxp6",
              "message_id": "LoPsJaMcPBuFNjg1",
              "filename": "invoice.pdf",
              "file_url": "https://assets.protocol.chat/attachments/invoice.pdf",
              "file_type": "application/pdf",
              "file_size": 21352,
              "created_at": 692233200
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "negative-size",
          "reason": "`file_size` is a byte count, never negative.",
          "pointer": "/payload/file_size",
          "payload": {
            "id": "b7Kq2mZr9TxLw0Pa",
            "type": "attachment.created",
            "payload": {
              "id": "Nc6yKKMpcxiiFxp6",
              "file_size": -1
            }
          },
          "keyword": "minimum"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Attachment created",
      "summary": "A new attachment was created.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "attachment.updated",
      "operationId": "attachmentUpdated",
      "typeName": "AttachmentUpdated",
      "kind": "after",
      "tags": [
        "attachment"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/AttachmentUpdated"
          }
        ],
        "$defs": {
          "Attachment": {
            "type": "object",
            "description": "A file attached to a message.",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "message_id": {
                "type": "string"
              },
              "filename": {
                "type": "string"
              },
              "file_url": {
                "type": "string"
              },
              "file_type": {
                "type": "string",
                "description": "MIME type, e.g. `application/pdf`."
              },
              "file_size": {
                "type": "integer",
                "minimum": 0,
                "description": "Size in bytes."
              },
              "created_at": {
                "$ref": "#/$defs/Timestamp"
              }
            }
          },
          "AttachmentUpdated": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "attachment.updated"
              },
              "payload": {
                "$ref": "#/$defs/Attachment"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          },
          "Timestamp": {
            "type": "integer",
            "description": "Unix time in seconds.",
            "examples": [
              705103200
            ]
          }
        }
      },
      "examples": [
        {
          "name": "renamed",
          "payload": {
            "id": "t3NwQ7fKz1Vb5RcX",
            "type": "attachment.updated",
            "payload": {
              "id": "Nc6yKKMpcxiiFxp6",
              "message_id": "LoPsJaMcPBuFNjg1",
              "filename": "invoice-2024-03.pdf",
              "file_url": "https://assets.protocol.chat/attachments/invoice-2024-03.pdf",
              "file_type": "application/pdf",
              "file_size": 21352,
              "created_at": 692233200
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "size-as-text",
          "reason": "`file_size` is an integer number of bytes.",
          "pointer": "/payload/file_size",
          "payload": {
            "id": "t3NwQ7fKz1Vb5RcX",
            "type": "attachment.updated",
            "payload": {
              "id": "Nc6yKKMpcxiiFxp6",
              "file_size": "21 KB"
            }
          },
          "keyword": "type"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "documented",
      "title": "Attachment updated",
      "summary": "An existing attachment was updated.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
      "name": "attachment.deleted",
      "operationId": "attachmentDeleted",
      "typeName": "AttachmentDeleted",
      "kind": "after",
      "tags": [
        "attachment"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/AttachmentDeleted"
          }
        ],
        "$defs": {
          "AttachmentDeleted": {
            "type": "object",
            "required": [
              "id",
              "type",
              "payload"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              },
              "type": {
                "type": "string",
                "const": "attachment.deleted"
              },
              "payload": {
                "$ref": "#/$defs/DeletedObject"
              }
            }
          },
          "DeletedObject": {
            "type": "object",
            "description": "What Protocol sends for a deleted object is not documented; chathooks accepts the deleted object as it was\nor just its `{ \"id\": … }`, so the id is the only field required.\n",
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Id"
              }
            }
          },
          "Id": {
            "type": "string",
            "minLength": 1,
            "description": "A Protocol object id, a 16-character alphanumeric string such as `WAz8eIbvDR60rouK`.",
            "examples": [
              "WAz8eIbvDR60rouK"
            ]
          }
        }
      },
      "examples": [
        {
          "name": "id-only",
          "payload": {
            "id": "u9PxR4hLc8Wn2TkV",
            "type": "attachment.deleted",
            "payload": {
              "id": "Nc6yKKMpcxiiFxp6"
            }
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-event",
          "reason": "A payload labelled `attachment.created` is not an `attachment.deleted` event.",
          "pointer": "/type",
          "payload": {
            "id": "u9PxR4hLc8Wn2TkV",
            "type": "attachment.created",
            "payload": {
              "id": "Nc6yKKMpcxiiFxp6"
            }
          },
          "keyword": "const"
        }
      ],
      "source": "https://protocol.tailwindui.com/webhooks#event-types",
      "confidence": "inferred",
      "title": "Attachment deleted",
      "summary": "An attachment was successfully deleted.",
      "description": "The payload of delete events is not documented; chathooks requires only the object's `id`.",
      "headers": {
        "allOf": [
          {
            "$ref": "#/$defs/Headers"
          }
        ],
        "$defs": {
          "Headers": {
            "type": "object",
            "description": "Headers Protocol adds to every webhook request (names are case-insensitive on the wire).",
            "required": [
              "x-protocol-signature"
            ],
            "properties": {
              "content-type": {
                "type": "string",
                "description": "Always JSON.",
                "examples": [
                  "application/json"
                ]
              },
              "x-protocol-signature": {
                "type": "string",
                "description": "Lowercase hex HMAC-SHA256 of the raw request body, keyed with your secret webhook key.",
                "pattern": "^[0-9a-fA-F]{64}$"
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
              "description": "Protocol reads only the status code (2xx); any body is accepted and ignored."
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
