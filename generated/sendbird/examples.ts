// generated from spec/sendbird.yaml by chathooks; do not edit
import type { EventMap, EventName, ReplyMap } from './types.js';

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
  "open_channel:create": [
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
  "open_channel:remove": [
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
  "open_channel:enter": [
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
  "open_channel:exit": [
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
  "open_channel:message_send": [
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
  "open_channel:message_update": [
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
  "open_channel:message_delete": [
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
  "group_channel:create": [
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
  "group_channel:changed": [
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
  "group_channel:remove": [
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
  "group_channel:invite": [
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
  "group_channel:decline_invite": [
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
  "group_channel:join": [
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
  "group_channel:leave": [
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
  "group_channel:message_send": [
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
  "group_channel:message_read": [
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
  "group_channel:message_update": [
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
  "group_channel:message_delete": [
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
  "group_channel:freeze_unfreeze": [
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
  "group_channel:reaction_add": [
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
  "group_channel:reaction_delete": [
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
  "user:block": [
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
  "user:unblock": [
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
  "operators:register_by_operator": [
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
  "operators:unregister_by_operator": [
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
  "message:report": [
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
  "user:report": [
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
  "open_channel:report": [
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
  "group_channel:report": [
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
  "alert:user_message_rate_limit_exceeded": [
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
  "profanity_filter:replace": [
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
  "profanity_filter:block": [
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
  "profanity_filter:moderate": [
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
  "image_moderation:block": [
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
  "announcement:create_channels": [
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
  "announcement:send_messages": [
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
  "user:push_preference": [
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
  "user:push_channel_preference": [
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
  "user:device_token_register": [
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
  "user:device_token_unregister": [
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
  "user:mute": [
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
  "user:ban": [
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
  "user:deactivate": [
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
  "profanity_filter:detect": [
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
  "message:moderation_extension_triggered": [
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
};

const replies: Checked<ReplyMap> = {
  "open_channel:create": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:remove": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:enter": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:exit": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:message_send": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:message_update": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:message_delete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:create": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:changed": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:remove": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:invite": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:decline_invite": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:join": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:leave": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:message_send": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:message_read": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:message_update": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:message_delete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:freeze_unfreeze": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:reaction_add": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:reaction_delete": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:block": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:unblock": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "operators:register_by_operator": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "operators:unregister_by_operator": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "message:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "open_channel:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "group_channel:report": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "alert:user_message_rate_limit_exceeded": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "profanity_filter:replace": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "profanity_filter:block": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "profanity_filter:moderate": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "image_moderation:block": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "announcement:create_channels": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "announcement:send_messages": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:push_preference": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:push_channel_preference": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:device_token_register": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:device_token_unregister": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:mute": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:ban": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "user:deactivate": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "profanity_filter:detect": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
  "message:moderation_extension_triggered": [
    {
      "name": "ok",
      "payload": {},
      "summary": "An empty JSON object."
    }
  ],
};

/** Valid example payloads of every event, by event name. */
export const examples = payloads as unknown as Typed<EventMap>;

/** Reply examples of every event (allow, block, rewrite… where the platform has them). */
export const replyExamples = replies as unknown as Typed<ReplyMap>;
