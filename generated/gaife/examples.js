// generated from spec/gaife.yaml by chathooks; do not edit
const payloads = {
  "message": [
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
};

const replies = {
  "message": [
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
  ],
};

/** Valid example payloads of every event, by event name. */
export const examples = payloads;

/** Reply examples of every event (allow, block, rewrite… where the platform has them). */
export const replyExamples = replies;
