// generated from spec/sendbird.yaml by chathooks; do not edit
const payloads = {
  "open_channel:create": [
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
  "open_channel:remove": [
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
  "open_channel:enter": [
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
  "open_channel:exit": [
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
  "open_channel:message_send": [
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
  "open_channel:message_update": [
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
  "open_channel:message_delete": [
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
  "group_channel:create": [
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
  "group_channel:changed": [
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
  "group_channel:remove": [
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
  "group_channel:invite": [
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
  "group_channel:decline_invite": [
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
  "group_channel:join": [
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
  "group_channel:leave": [
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
  "group_channel:message_send": [
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
  "group_channel:message_read": [
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
  "group_channel:message_update": [
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
  "group_channel:message_delete": [
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
  "group_channel:freeze_unfreeze": [
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
  "group_channel:reaction_add": [
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
  "group_channel:reaction_delete": [
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
  "user:block": [
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
  "user:unblock": [
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
  "operators:register_by_operator": [
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
  "operators:unregister_by_operator": [
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
  "message:report": [
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
  "user:report": [
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
  "open_channel:report": [
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
  "group_channel:report": [
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
  "alert:user_message_rate_limit_exceeded": [
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
  "profanity_filter:replace": [
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
  "profanity_filter:block": [
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
  "profanity_filter:moderate": [
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
  "image_moderation:block": [
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
  "announcement:create_channels": [
    {
      "name": "envelope-only",
      "payload": {
        "category": "announcement:create_channels",
        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
      }
    }
  ],
  "announcement:send_messages": [
    {
      "name": "envelope-only",
      "payload": {
        "category": "announcement:send_messages",
        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
      }
    }
  ],
  "user:push_preference": [
    {
      "name": "changed",
      "payload": {
        "category": "user:push_preference",
        "user_id": "amelia.lopez",
        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
      }
    }
  ],
  "user:push_channel_preference": [
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
  "user:device_token_register": [
    {
      "name": "registered",
      "payload": {
        "category": "user:device_token_register",
        "user_id": "minji_kim",
        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
      }
    }
  ],
  "user:device_token_unregister": [
    {
      "name": "unregistered",
      "payload": {
        "category": "user:device_token_unregister",
        "user_id": "minji_kim",
        "app_id": "9BDF228D-8E32-43DE-88B7-969BA4CF4C40"
      }
    }
  ],
  "user:mute": [
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
  "user:ban": [
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
  "user:deactivate": [
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
  "profanity_filter:detect": [
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
  "message:moderation_extension_triggered": [
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
};

const replies = {
  "open_channel:create": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:remove": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:enter": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:exit": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:message_send": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:message_update": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:message_delete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:create": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:changed": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:remove": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:invite": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:decline_invite": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:join": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:leave": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:message_send": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:message_read": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:message_update": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:message_delete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:freeze_unfreeze": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:reaction_add": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:reaction_delete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:block": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:unblock": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "operators:register_by_operator": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "operators:unregister_by_operator": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "message:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "open_channel:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "group_channel:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "alert:user_message_rate_limit_exceeded": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "profanity_filter:replace": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "profanity_filter:block": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "profanity_filter:moderate": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "image_moderation:block": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "announcement:create_channels": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "announcement:send_messages": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:push_preference": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:push_channel_preference": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:device_token_register": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:device_token_unregister": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:mute": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:ban": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "user:deactivate": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "profanity_filter:detect": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
  "message:moderation_extension_triggered": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object (an empty body does as well)."
    }
  ],
};

/** Valid example payloads of every event, by event name. */
export const examples = payloads;

/** Reply examples of every event (allow, block, rewrite… where the platform has them). */
export const replyExamples = replies;
