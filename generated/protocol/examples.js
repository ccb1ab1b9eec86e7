// generated from spec/protocol.yaml by chathooks; do not edit
const payloads = {
  "contact.created": [
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
  "contact.updated": [
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
  "contact.deleted": [
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
  "conversation.created": [
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
  "conversation.updated": [
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
  "conversation.deleted": [
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
  "message.created": [
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
  "message.updated": [
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
  "message.deleted": [
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
  "group.created": [
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
  "group.updated": [
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
  "group.deleted": [
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
  "attachment.created": [
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
  "attachment.updated": [
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
  "attachment.deleted": [
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
};

const replies = {
  "contact.created": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "contact.updated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "contact.deleted": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "conversation.created": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "conversation.updated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "conversation.deleted": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "message.created": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "message.updated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "message.deleted": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group.created": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group.updated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group.deleted": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "attachment.created": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "attachment.updated": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "attachment.deleted": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
};

/** Valid example payloads of every event, by event name. */
export const examples = payloads;

/** Reply examples of every event (allow, block, rewrite… where the platform has them). */
export const replyExamples = replies;
