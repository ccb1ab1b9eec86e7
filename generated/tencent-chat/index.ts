// generated from spec/tencent-chat.yaml by chathooks; do not edit
// source sha256:171aadd055615eb0842eb5454c70492006950931de172dee92c3836cf7697dee
import type { Contract } from 'chathooks';
import type { EventName } from './types.js';

export type * from './types.js';
export { validators, replyValidators, type Validator, type ValidationIssue } from './validators.js';
export { strictValidators, strictReplyValidators } from './strict-validators.js';
export { examples, replyExamples, type NamedExample } from './examples.js';

/** Every event name, in spec order; `EventName` and this list cannot drift apart. */
export const eventNames = [
  "State.StateChange",
  "Profile.CallbackPortraitSet",
  "Sns.CallbackPrevFriendAdd",
  "Sns.CallbackPrevFriendResponse",
  "Sns.CallbackFriendAdd",
  "Sns.CallbackFriendDelete",
  "Sns.CallbackBlackListAdd",
  "Sns.CallbackBlackListDelete",
  "Follow.CallbackAfterFollowAdd",
  "Follow.CallbackAfterFollowDelete",
  "C2C.CallbackBeforeSendMsg",
  "C2C.CallbackAfterSendMsg",
  "C2C.CallbackAfterMsgReport",
  "C2C.CallbackAfterMsgWithDraw",
  "Group.CallbackBeforeCreateGroup",
  "Group.CallbackAfterCreateGroup",
  "Group.CallbackBeforeApplyJoinGroup",
  "Group.CallbackBeforeInviteJoinGroup",
  "Group.CallbackAfterNewMemberJoin",
  "Group.CallbackAfterMemberExit",
  "Group.CallbackBeforeSendMsg",
  "Group.CallbackAfterSendMsg",
  "Group.CallbackAfterGroupFull",
  "Group.CallbackAfterGroupDestroyed",
  "Group.CallbackAfterGroupInfoChanged",
  "Group.CallbackOnMemberStateChange",
  "Group.CallbackSendMsgException",
  "Group.CallbackBeforeCreateTopic",
  "Group.CallbackAfterCreateTopic",
  "Group.CallbackAfterTopicDestroyed",
  "Group.CallbackAfterTopicInfoChanged",
  "Group.CallbackAfterMemberFieldChanged",
  "Group.CallbackAfterGroupAttrChanged",
  "Group.CallbackAfterReadReceipt",
  "Group.CallbackAfterChangeGroupOwner",
  "Group.CallbackOnDailyGroupQuotaAlarm",
  "Group.CallbackAfterRecallMsg",
  "C2C.CallbackAfterC2CMsgExtension",
  "Group.CallbackAfterGroupMsgExtension",
  "OfficialAccount.CallbackBeforeCreateOfficialAccount",
  "OfficialAccount.CallbackAfterCreateOfficialAccount",
  "OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
  "OfficialAccount.CallbackAfterOfficialAccountDestroyed",
  "OfficialAccount.CallbackBeforeAddSubscriber",
  "OfficialAccount.CallbackAfterAddSubscriber",
  "OfficialAccount.CallbackAfterOfficialAccountFull",
  "OfficialAccount.CallbackAfterDeleteSubscriber",
  "OfficialAccount.CallbackBeforeSendMsg",
  "OfficialAccount.CallbackAfterSendMsg",
  "OfficialAccount.CallbackAfterMsgWithDraw",
  "Bot.OnC2CMessage",
  "Bot.OnGroupMessage",
  "Chatbot.OnC2CSignalMessage",
  "ContentCallback.ResultNotify",
  "Alert.RequestOverLimit",
  "Push.OfflinePush",
  "Push.AllMemberPush"
] as const satisfies readonly EventName[];
type MissingFromList = Exclude<EventName, (typeof eventNames)[number]>;
const listIsComplete: [MissingFromList] extends [never] ? true : MissingFromList = true;
void listIsComplete;

/** The Tencent Cloud Chat webhooks contract: transport, discriminator, signature, delivery policy and every event. */
export const contract: Contract = {
  "id": "tencent-chat",
  "title": "Tencent Cloud Chat webhooks",
  "version": "2025.12",
  "description": "Tencent Cloud Chat (IM) calls your callback URL before or after actions in the app (\"third-party callbacks\"). Before-events can block or rewrite the action through the reply; after-events are notifications whose reply Tencent ignores. Each command must be switched on in the console.\n\nEvery request is a POST of JSON to the configured URL with query parameters `SdkAppid`, `CallbackCommand` (repeated in the body), `contenttype`, `ClientIP`, `OptPlatform`, and — with webhook authentication on — `Sign` = hex(sha256(token + RequestTime)) and `RequestTime`. The signature does not cover the body. Check `SdkAppid` equals your app id.\n\nAnswer HTTP 200 with `{ \"ActionStatus\": \"OK\", \"ErrorCode\": 0, \"ErrorInfo\": \"\" }` (plus the before-event fields) within 2 s. Before-events are never retried and proceed on timeout by default; after-events are not retried unless retry-on-timeout is enabled in the console. A non-200 or non-JSON reply counts as a failed callback. `EventTime` is milliseconds (sometimes a numeric string), `MsgTime` seconds.",
  "source": "spec/tencent-chat.yaml",
  "eventSet": "closed",
  "signature": {
    "scheme": "tencent-sha256",
    "signParam": "Sign",
    "timeParam": "RequestTime",
    "toleranceSec": 60,
    "required": false,
    "secret": "The callback authentication token from the Chat console",
    "source": "https://www.tencentcloud.com/document/product/1047/34354",
    "confidence": "documented",
    "notes": "Plain SHA-256 of token + RequestTime, not HMAC; the body is not covered. Sent only when webhook authentication is on. The 60 s window is stated for Tencent Live, inferred for Chat. The seed prints token xxxyyy with the digest of xxxxyyyy; the newer page (xxxxyyyy) is right."
  },
  "delivery": {
    "timeoutMs": 2000,
    "retries": [],
    "retryOn": [],
    "success": [
      200
    ],
    "onTimeout": "proceed",
    "source": "https://www.tencentcloud.com/document/product/1047/34354",
    "confidence": "documented",
    "notes": "Before-events are never retried and proceed on timeout (configurable per command); after-events are not retried by default (retry on timeout can be enabled in the console). A non-200 or non-JSON reply counts as a failure."
  },
  "appId": {
    "in": "query",
    "name": "SdkAppid"
  },
  "discriminator": {
    "in": "query",
    "name": "CallbackCommand",
    "bodyField": "CallbackCommand"
  },
  "transport": {
    "method": "POST",
    "contentType": "application/json",
    "path": "/webhook"
  },
  "events": [
    {
      "name": "State.StateChange",
      "operationId": "stateStateChange",
      "typeName": "StateStateChange",
      "kind": "after",
      "tags": [
        "state"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/StateStateChange"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "StateStateChange": {
            "type": "object",
            "description": "A user logged in, logged out or was disconnected.",
            "required": [
              "CallbackCommand",
              "Info"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "State.StateChange"
              },
              "Info": {
                "type": "object",
                "required": [
                  "Action",
                  "To_Account"
                ],
                "properties": {
                  "Action": {
                    "type": "string",
                    "x-chathooks-open-enum": [
                      "Login",
                      "Logout",
                      "Disconnect"
                    ],
                    "description": "Login (TCP up), Logout (TCP closed), Disconnect (network lost).",
                    "examples": [
                      "Login",
                      "Logout",
                      "Disconnect"
                    ]
                  },
                  "To_Account": {
                    "type": "string"
                  },
                  "Reason": {
                    "type": "string",
                    "x-chathooks-open-enum": [
                      "Register",
                      "Unregister",
                      "LinkClose",
                      "TimeOut"
                    ],
                    "description": "Register (Login), Unregister (Logout), LinkClose or TimeOut (Disconnect; 400 s heartbeat timeout)."
                  }
                }
              },
              "KickedDevice": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "Platform": {
                      "type": "string",
                      "x-chathooks-open-enum": [
                        "iOS",
                        "IOS",
                        "Android",
                        "Web",
                        "Windows",
                        "iPad",
                        "Mac",
                        "Linux"
                      ],
                      "description": "iOS, Android, Web, Windows, iPad, Mac, Linux (and the IOS/macOS/IPad spellings)."
                    }
                  }
                },
                "description": "Only when a login kicked other devices off."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "login-kicking",
          "payload": {
            "CallbackCommand": "State.StateChange",
            "Info": {
              "Action": "Login",
              "To_Account": "leckie",
              "Reason": "Register"
            },
            "KickedDevice": [
              {
                "Platform": "Windows"
              },
              {
                "Platform": "IOS"
              }
            ],
            "EventTime": 1670574414123
          },
          "summary": "A login that kicked another device off; EventTime as a number."
        },
        {
          "name": "logout",
          "payload": {
            "CallbackCommand": "State.StateChange",
            "Info": {
              "Action": "Logout",
              "To_Account": "leckie",
              "Reason": "Unregister"
            },
            "EventTime": "1670574414123"
          },
          "summary": "EventTime as a numeric string, as many samples send it."
        },
        {
          "name": "disconnect",
          "payload": {
            "CallbackCommand": "State.StateChange",
            "Info": {
              "Action": "Disconnect",
              "To_Account": "leckie",
              "Reason": "TimeOut"
            },
            "EventTime": 1670574414130
          },
          "summary": "Heartbeat timeout."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `State.StateChange`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "state.statechange",
            "Info": {
              "Action": "Login",
              "To_Account": "leckie",
              "Reason": "Register"
            },
            "KickedDevice": [
              {
                "Platform": "Windows"
              },
              {
                "Platform": "IOS"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-info",
          "reason": "State.StateChange always names Info.",
          "pointer": "/Info",
          "payload": {
            "CallbackCommand": "State.StateChange",
            "KickedDevice": [
              {
                "Platform": "Windows"
              },
              {
                "Platform": "IOS"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "State.StateChange",
            "Info": {
              "Action": "Login",
              "To_Account": "leckie",
              "Reason": "Register"
            },
            "KickedDevice": [
              {
                "Platform": "Windows"
              },
              {
                "Platform": "IOS"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34357",
      "confidence": "documented",
      "title": "A user logged in, logged out or was disconnected",
      "summary": "A user logged in, logged out or was disconnected.",
      "notes": "The only callback that sends OptPlatform=IOS (upper case); every other sends iOS. The Info object is required; KickedDevice is present only when devices were kicked.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Profile.CallbackPortraitSet",
      "operationId": "profileCallbackPortraitSet",
      "typeName": "ProfileCallbackPortraitSet",
      "kind": "after",
      "tags": [
        "profile"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ProfileCallbackPortraitSet"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "ProfileCallbackPortraitSet": {
            "type": "object",
            "description": "A user updated their profile.",
            "required": [
              "CallbackCommand",
              "From_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Profile.CallbackPortraitSet"
              },
              "Operator_Account": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "ProfileItem": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "Tag"
                  ],
                  "properties": {
                    "Tag": {
                      "type": "string",
                      "examples": [
                        "Tag_Profile_IM_Nick",
                        "Tag_Profile_Custom_Level"
                      ]
                    },
                    "Value": {
                      "type": [
                        "string",
                        "integer"
                      ]
                    }
                  }
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "nick-and-gender",
          "payload": {
            "CallbackCommand": "Profile.CallbackPortraitSet",
            "Operator_Account": "leckie",
            "From_Account": "leckie",
            "ProfileItem": [
              {
                "Tag": "Tag_Profile_IM_Nick",
                "Value": "Leckie"
              },
              {
                "Tag": "Tag_Profile_IM_AllowType",
                "Value": "AllowType_Type_NeedConfirm"
              },
              {
                "Tag": "Tag_Profile_Custom_Level",
                "Value": 3
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Profile.CallbackPortraitSet`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "profile.callbackportraitset",
            "Operator_Account": "leckie",
            "From_Account": "leckie",
            "ProfileItem": [
              {
                "Tag": "Tag_Profile_IM_Nick",
                "Value": "Leckie"
              },
              {
                "Tag": "Tag_Profile_IM_AllowType",
                "Value": "AllowType_Type_NeedConfirm"
              },
              {
                "Tag": "Tag_Profile_Custom_Level",
                "Value": 3
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "Profile.CallbackPortraitSet always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "Profile.CallbackPortraitSet",
            "Operator_Account": "leckie",
            "ProfileItem": [
              {
                "Tag": "Tag_Profile_IM_Nick",
                "Value": "Leckie"
              },
              {
                "Tag": "Tag_Profile_IM_AllowType",
                "Value": "AllowType_Type_NeedConfirm"
              },
              {
                "Tag": "Tag_Profile_Custom_Level",
                "Value": 3
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Profile.CallbackPortraitSet",
            "Operator_Account": "leckie",
            "From_Account": "leckie",
            "ProfileItem": [
              {
                "Tag": "Tag_Profile_IM_Nick",
                "Value": "Leckie"
              },
              {
                "Tag": "Tag_Profile_IM_AllowType",
                "Value": "AllowType_Type_NeedConfirm"
              },
              {
                "Tag": "Tag_Profile_Custom_Level",
                "Value": 3
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/48733",
      "confidence": "documented",
      "title": "A user updated their profile",
      "summary": "A user updated their profile.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Sns.CallbackPrevFriendAdd",
      "operationId": "snsCallbackPrevFriendAdd",
      "typeName": "SnsCallbackPrevFriendAdd",
      "kind": "before",
      "tags": [
        "relationship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/SnsCallbackPrevFriendAdd"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "SnsCallbackPrevFriendAdd": {
            "type": "object",
            "description": "Before a friend request is processed.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "FriendItem"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Sns.CallbackPrevFriendAdd"
              },
              "Requester_Account": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "FriendItem": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "To_Account"
                  ],
                  "properties": {
                    "To_Account": {
                      "type": "string"
                    },
                    "Remark": {
                      "type": "string"
                    },
                    "GroupName": {
                      "type": "string"
                    },
                    "AddSource": {
                      "type": "string"
                    },
                    "AddWording": {
                      "type": "string"
                    }
                  }
                }
              },
              "AddType": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Add_Type_Single",
                  "Add_Type_Both"
                ],
                "examples": [
                  "Add_Type_Single",
                  "Add_Type_Both"
                ]
              },
              "ForceAddFlags": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "add-jared",
          "payload": {
            "CallbackCommand": "Sns.CallbackPrevFriendAdd",
            "Requester_Account": "leckie",
            "From_Account": "leckie",
            "FriendItem": [
              {
                "To_Account": "jared",
                "Remark": "Jared",
                "GroupName": "Colleagues",
                "AddSource": "AddSource_Type_Android",
                "AddWording": "Hi, it is Leckie from the design team."
              }
            ],
            "AddType": "Add_Type_Both",
            "ForceAddFlags": 0,
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Sns.CallbackPrevFriendAdd`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "sns.callbackprevfriendadd",
            "Requester_Account": "leckie",
            "From_Account": "leckie",
            "FriendItem": [
              {
                "To_Account": "jared",
                "Remark": "Jared",
                "GroupName": "Colleagues",
                "AddSource": "AddSource_Type_Android",
                "AddWording": "Hi, it is Leckie from the design team."
              }
            ],
            "AddType": "Add_Type_Both",
            "ForceAddFlags": 0,
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "Sns.CallbackPrevFriendAdd always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "Sns.CallbackPrevFriendAdd",
            "Requester_Account": "leckie",
            "FriendItem": [
              {
                "To_Account": "jared",
                "Remark": "Jared",
                "GroupName": "Colleagues",
                "AddSource": "AddSource_Type_Android",
                "AddWording": "Hi, it is Leckie from the design team."
              }
            ],
            "AddType": "Add_Type_Both",
            "ForceAddFlags": 0,
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Sns.CallbackPrevFriendAdd",
            "Requester_Account": "leckie",
            "From_Account": "leckie",
            "FriendItem": [
              {
                "To_Account": "jared",
                "Remark": "Jared",
                "GroupName": "Colleagues",
                "AddSource": "AddSource_Type_Android",
                "AddWording": "Hi, it is Leckie from the design team."
              }
            ],
            "AddType": "Add_Type_Both",
            "ForceAddFlags": 0,
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/43468",
      "confidence": "documented",
      "title": "Before a friend request is processed",
      "summary": "Before a friend request is processed.",
      "notes": "Spelled Requester_Account here (group apply uses Requestor_Account); items carry GroupName (the response callback uses TagName). Not sent for friends added through the REST API.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/FriendBeforeReply"
            }
          ],
          "$defs": {
            "FriendBeforeReply": {
              "type": "object",
              "description": "Before a friend request or response is processed. The reference (providers.md §Sns.CallbackPrevFriendAdd, Tencent doc 43468/43467) lists every reply field as required, ResultItem included; ErrorCode is any integer.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo",
                "ResultItem"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "description": "0 processed; any other value is an app failure (ignored by default); use 38000–39000 for custom failure codes."
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "ResultItem": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "To_Account",
                      "ResultCode",
                      "ResultInfo"
                    ],
                    "properties": {
                      "To_Account": {
                        "type": "string"
                      },
                      "ResultCode": {
                        "type": "integer",
                        "description": "0 allow; any other value refuses; use 38000–39000 to refuse with a custom code."
                      },
                      "ResultInfo": {
                        "type": "string"
                      }
                    }
                  },
                  "description": "The decision per friend, one item per To_Account of the request."
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "ResultItem": [
                {
                  "To_Account": "jared",
                  "ResultCode": 0,
                  "ResultInfo": ""
                }
              ]
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "ResultItem": [
                {
                  "To_Account": "jared",
                  "ResultCode": 38001,
                  "ResultInfo": "jared does not accept friend requests"
                }
              ]
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed",
              "ResultItem": []
            }
          }
        ]
      }
    },
    {
      "name": "Sns.CallbackPrevFriendResponse",
      "operationId": "snsCallbackPrevFriendResponse",
      "typeName": "SnsCallbackPrevFriendResponse",
      "kind": "before",
      "tags": [
        "relationship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/SnsCallbackPrevFriendResponse"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "SnsCallbackPrevFriendResponse": {
            "type": "object",
            "description": "Before a response to a friend request is processed.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "ResponseFriendItem"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Sns.CallbackPrevFriendResponse"
              },
              "Requester_Account": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "ResponseFriendItem": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "To_Account"
                  ],
                  "properties": {
                    "To_Account": {
                      "type": "string"
                    },
                    "Remark": {
                      "type": "string"
                    },
                    "TagName": {
                      "type": "string"
                    },
                    "ResponseAction": {
                      "type": "string",
                      "x-chathooks-open-enum": [
                        "Response_Action_AgreeAndAdd",
                        "Response_Action_Agree",
                        "Response_Action_Reject"
                      ],
                      "examples": [
                        "Response_Action_AgreeAndAdd",
                        "Response_Action_Agree",
                        "Response_Action_Reject"
                      ]
                    }
                  }
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "agree",
          "payload": {
            "CallbackCommand": "Sns.CallbackPrevFriendResponse",
            "Requester_Account": "jared",
            "From_Account": "jared",
            "ResponseFriendItem": [
              {
                "To_Account": "leckie",
                "Remark": "Leckie",
                "TagName": "Design",
                "ResponseAction": "Response_Action_AgreeAndAdd"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Sns.CallbackPrevFriendResponse`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "sns.callbackprevfriendresponse",
            "Requester_Account": "jared",
            "From_Account": "jared",
            "ResponseFriendItem": [
              {
                "To_Account": "leckie",
                "Remark": "Leckie",
                "TagName": "Design",
                "ResponseAction": "Response_Action_AgreeAndAdd"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "Sns.CallbackPrevFriendResponse always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "Sns.CallbackPrevFriendResponse",
            "Requester_Account": "jared",
            "ResponseFriendItem": [
              {
                "To_Account": "leckie",
                "Remark": "Leckie",
                "TagName": "Design",
                "ResponseAction": "Response_Action_AgreeAndAdd"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Sns.CallbackPrevFriendResponse",
            "Requester_Account": "jared",
            "From_Account": "jared",
            "ResponseFriendItem": [
              {
                "To_Account": "leckie",
                "Remark": "Leckie",
                "TagName": "Design",
                "ResponseAction": "Response_Action_AgreeAndAdd"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/43467",
      "confidence": "documented",
      "title": "Before a response to a friend request is processed",
      "summary": "Before a response to a friend request is processed.",
      "notes": "Items carry TagName where PrevFriendAdd has GroupName.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/FriendBeforeReply"
            }
          ],
          "$defs": {
            "FriendBeforeReply": {
              "type": "object",
              "description": "Before a friend request or response is processed. The reference (providers.md §Sns.CallbackPrevFriendAdd, Tencent doc 43468/43467) lists every reply field as required, ResultItem included; ErrorCode is any integer.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo",
                "ResultItem"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "description": "0 processed; any other value is an app failure (ignored by default); use 38000–39000 for custom failure codes."
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "ResultItem": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "To_Account",
                      "ResultCode",
                      "ResultInfo"
                    ],
                    "properties": {
                      "To_Account": {
                        "type": "string"
                      },
                      "ResultCode": {
                        "type": "integer",
                        "description": "0 allow; any other value refuses; use 38000–39000 to refuse with a custom code."
                      },
                      "ResultInfo": {
                        "type": "string"
                      }
                    }
                  },
                  "description": "The decision per friend, one item per To_Account of the request."
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "ResultItem": [
                {
                  "To_Account": "jared",
                  "ResultCode": 0,
                  "ResultInfo": ""
                }
              ]
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "ResultItem": [
                {
                  "To_Account": "jared",
                  "ResultCode": 38001,
                  "ResultInfo": "jared does not accept friend requests"
                }
              ]
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed",
              "ResultItem": []
            }
          }
        ]
      }
    },
    {
      "name": "Sns.CallbackFriendAdd",
      "operationId": "snsCallbackFriendAdd",
      "typeName": "SnsCallbackFriendAdd",
      "kind": "after",
      "tags": [
        "relationship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/SnsCallbackFriendAdd"
          }
        ],
        "$defs": {
          "SnsCallbackFriendAdd": {
            "type": "object",
            "description": "Friends were added.",
            "required": [
              "CallbackCommand",
              "PairList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Sns.CallbackFriendAdd"
              },
              "PairList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "From_Account",
                    "To_Account"
                  ],
                  "properties": {
                    "From_Account": {
                      "type": "string"
                    },
                    "To_Account": {
                      "type": "string"
                    },
                    "Initiator_Account": {
                      "type": "string"
                    }
                  }
                }
              },
              "ClientCmd": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "friend_add",
                  "FriendAdd",
                  "friend_response",
                  "FriendResponse"
                ],
                "examples": [
                  "friend_add",
                  "FriendAdd",
                  "friend_response",
                  "FriendResponse"
                ]
              },
              "Admin_Account": {
                "type": "string"
              },
              "ForceFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "request",
          "payload": {
            "CallbackCommand": "Sns.CallbackFriendAdd",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared",
                "Initiator_Account": "leckie"
              },
              {
                "From_Account": "jared",
                "To_Account": "leckie",
                "Initiator_Account": "leckie"
              }
            ],
            "ClientCmd": "friend_add",
            "Admin_Account": "",
            "ForceFlag": 0
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Sns.CallbackFriendAdd`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "sns.callbackfriendadd",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared",
                "Initiator_Account": "leckie"
              },
              {
                "From_Account": "jared",
                "To_Account": "leckie",
                "Initiator_Account": "leckie"
              }
            ],
            "ClientCmd": "friend_add",
            "Admin_Account": "",
            "ForceFlag": 0
          },
          "keyword": "const"
        },
        {
          "name": "missing-pairlist",
          "reason": "Sns.CallbackFriendAdd always names PairList.",
          "pointer": "/PairList",
          "payload": {
            "CallbackCommand": "Sns.CallbackFriendAdd",
            "ClientCmd": "friend_add",
            "Admin_Account": "",
            "ForceFlag": 0
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34359",
      "confidence": "documented",
      "title": "Friends were added",
      "summary": "Friends were added.",
      "notes": "No EventTime documented; not sent for friend imports.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Sns.CallbackFriendDelete",
      "operationId": "snsCallbackFriendDelete",
      "typeName": "SnsCallbackFriendDelete",
      "kind": "after",
      "tags": [
        "relationship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/SnsCallbackFriendDelete"
          }
        ],
        "$defs": {
          "SnsCallbackFriendDelete": {
            "type": "object",
            "description": "Friends were deleted.",
            "required": [
              "CallbackCommand",
              "PairList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Sns.CallbackFriendDelete"
              },
              "PairList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "From_Account",
                    "To_Account"
                  ],
                  "properties": {
                    "From_Account": {
                      "type": "string"
                    },
                    "To_Account": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "pair",
          "payload": {
            "CallbackCommand": "Sns.CallbackFriendDelete",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Sns.CallbackFriendDelete`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "sns.callbackfrienddelete",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-pairlist",
          "reason": "Sns.CallbackFriendDelete always names PairList.",
          "pointer": "/PairList",
          "payload": {
            "CallbackCommand": "Sns.CallbackFriendDelete"
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34360",
      "confidence": "documented",
      "title": "Friends were deleted",
      "summary": "Friends were deleted.",
      "notes": "No EventTime documented.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Sns.CallbackBlackListAdd",
      "operationId": "snsCallbackBlackListAdd",
      "typeName": "SnsCallbackBlackListAdd",
      "kind": "after",
      "tags": [
        "relationship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/SnsCallbackBlackListAdd"
          }
        ],
        "$defs": {
          "SnsCallbackBlackListAdd": {
            "type": "object",
            "description": "Users were added to a blocklist.",
            "required": [
              "CallbackCommand",
              "PairList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Sns.CallbackBlackListAdd"
              },
              "PairList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "From_Account",
                    "To_Account"
                  ],
                  "properties": {
                    "From_Account": {
                      "type": "string"
                    },
                    "To_Account": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "pair",
          "payload": {
            "CallbackCommand": "Sns.CallbackBlackListAdd",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Sns.CallbackBlackListAdd`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "sns.callbackblacklistadd",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-pairlist",
          "reason": "Sns.CallbackBlackListAdd always names PairList.",
          "pointer": "/PairList",
          "payload": {
            "CallbackCommand": "Sns.CallbackBlackListAdd"
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34361",
      "confidence": "documented",
      "title": "Users were added to a blocklist",
      "summary": "Users were added to a blocklist.",
      "notes": "No EventTime documented.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Sns.CallbackBlackListDelete",
      "operationId": "snsCallbackBlackListDelete",
      "typeName": "SnsCallbackBlackListDelete",
      "kind": "after",
      "tags": [
        "relationship"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/SnsCallbackBlackListDelete"
          }
        ],
        "$defs": {
          "SnsCallbackBlackListDelete": {
            "type": "object",
            "description": "Users were removed from a blocklist.",
            "required": [
              "CallbackCommand",
              "PairList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Sns.CallbackBlackListDelete"
              },
              "PairList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "From_Account",
                    "To_Account"
                  ],
                  "properties": {
                    "From_Account": {
                      "type": "string"
                    },
                    "To_Account": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "pair",
          "payload": {
            "CallbackCommand": "Sns.CallbackBlackListDelete",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Sns.CallbackBlackListDelete`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "sns.callbackblacklistdelete",
            "PairList": [
              {
                "From_Account": "leckie",
                "To_Account": "jared"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-pairlist",
          "reason": "Sns.CallbackBlackListDelete always names PairList.",
          "pointer": "/PairList",
          "payload": {
            "CallbackCommand": "Sns.CallbackBlackListDelete"
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34362",
      "confidence": "documented",
      "title": "Users were removed from a blocklist",
      "summary": "Users were removed from a blocklist.",
      "notes": "No EventTime documented.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Follow.CallbackAfterFollowAdd",
      "operationId": "followCallbackAfterFollowAdd",
      "typeName": "FollowCallbackAfterFollowAdd",
      "kind": "after",
      "tags": [
        "follow"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/FollowCallbackAfterFollowAdd"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "FollowCallbackAfterFollowAdd": {
            "type": "object",
            "description": "A user followed others.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "FollowList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Follow.CallbackAfterFollowAdd"
              },
              "From_Account": {
                "type": "string"
              },
              "FollowList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "To_Account"
                  ],
                  "properties": {
                    "To_Account": {
                      "type": "string"
                    }
                  }
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "follow",
          "payload": {
            "CallbackCommand": "Follow.CallbackAfterFollowAdd",
            "From_Account": "leckie",
            "FollowList": [
              {
                "To_Account": "jared"
              },
              {
                "To_Account": "tommy"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Follow.CallbackAfterFollowAdd`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "follow.callbackafterfollowadd",
            "From_Account": "leckie",
            "FollowList": [
              {
                "To_Account": "jared"
              },
              {
                "To_Account": "tommy"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "Follow.CallbackAfterFollowAdd always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "Follow.CallbackAfterFollowAdd",
            "FollowList": [
              {
                "To_Account": "jared"
              },
              {
                "To_Account": "tommy"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Follow.CallbackAfterFollowAdd",
            "From_Account": "leckie",
            "FollowList": [
              {
                "To_Account": "jared"
              },
              {
                "To_Account": "tommy"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/70355",
      "confidence": "documented",
      "title": "A user followed others",
      "summary": "A user followed others.",
      "notes": "Sends FollowList of objects; the delete callback sends To_Account as a plain list.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Follow.CallbackAfterFollowDelete",
      "operationId": "followCallbackAfterFollowDelete",
      "typeName": "FollowCallbackAfterFollowDelete",
      "kind": "after",
      "tags": [
        "follow"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/FollowCallbackAfterFollowDelete"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "FollowCallbackAfterFollowDelete": {
            "type": "object",
            "description": "A user unfollowed others.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "To_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Follow.CallbackAfterFollowDelete"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "A list of accounts (unlike FollowList in FollowAdd)."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "unfollow",
          "payload": {
            "CallbackCommand": "Follow.CallbackAfterFollowDelete",
            "From_Account": "leckie",
            "To_Account": [
              "jared",
              "tommy"
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Follow.CallbackAfterFollowDelete`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "follow.callbackafterfollowdelete",
            "From_Account": "leckie",
            "To_Account": [
              "jared",
              "tommy"
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "Follow.CallbackAfterFollowDelete always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "Follow.CallbackAfterFollowDelete",
            "To_Account": [
              "jared",
              "tommy"
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Follow.CallbackAfterFollowDelete",
            "From_Account": "leckie",
            "To_Account": [
              "jared",
              "tommy"
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/70356",
      "confidence": "documented",
      "title": "A user unfollowed others",
      "summary": "A user unfollowed others.",
      "notes": "To_Account is an array of strings (asymmetric with FollowAdd).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "C2C.CallbackBeforeSendMsg",
      "operationId": "c2CCallbackBeforeSendMsg",
      "typeName": "C2CCallbackBeforeSendMsg",
      "kind": "before",
      "tags": [
        "c2c"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/C2CCallbackBeforeSendMsg"
          }
        ],
        "$defs": {
          "C2CCallbackBeforeSendMsg": {
            "type": "object",
            "description": "Before a one-to-one message is delivered.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "To_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "C2C.CallbackBeforeSendMsg"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgRandom": {
                "type": "integer"
              },
              "MsgTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "MsgKey": {
                "type": "string",
                "description": "\"{MsgSeq}_{MsgRandom}_{MsgTime}\"."
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              }
            }
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "text",
          "payload": {
            "CallbackCommand": "C2C.CallbackBeforeSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          }
        },
        {
          "name": "image",
          "payload": {
            "CallbackCommand": "C2C.CallbackBeforeSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMImageElem",
                "MsgContent": {
                  "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F",
                  "ImageFormat": 1,
                  "ImageInfoArray": [
                    {
                      "Type": 1,
                      "Size": 1553,
                      "Width": 68,
                      "Height": 68,
                      "URL": "https://im.example.com/img/original.jpg"
                    },
                    {
                      "Type": 3,
                      "Size": 1553,
                      "Width": 68,
                      "Height": 68,
                      "URL": "https://im.example.com/img/thumb.jpg"
                    }
                  ]
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          }
        },
        {
          "name": "custom",
          "payload": {
            "CallbackCommand": "C2C.CallbackBeforeSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 1,
            "MsgBody": [
              {
                "MsgType": "TIMCustomElem",
                "MsgContent": {
                  "Data": "{\"orderId\":\"A1029\"}",
                  "Desc": "order update",
                  "Ext": "url",
                  "Sound": "dingdong.aiff"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `C2C.CallbackBeforeSendMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "c2c.callbackbeforesendmsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "C2C.CallbackBeforeSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34364",
      "confidence": "documented",
      "title": "Before a one-to-one message is delivered",
      "summary": "Before a one-to-one message is delivered.",
      "notes": "No EventTime documented. Forbid and the after-callback does not fire; rewrite and it carries the new body.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/C2CSendMsgReply"
            }
          ],
          "$defs": {
            "C2CSendMsgReply": {
              "type": "object",
              "description": "Before a one-to-one message is delivered.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    },
                    {
                      "const": 2
                    },
                    {
                      "minimum": 120001,
                      "maximum": 130000
                    }
                  ],
                  "description": "0 allow (optionally with a replacement MsgBody/CloudCustomData); 1 forbid (the sender gets 20006); 2 drop silently (the sender sees success); 120001–130000 forbid with a custom code passed to the client with ErrorInfo."
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "MsgBody": {
                  "$ref": "#/$defs/MsgBody"
                },
                "CloudCustomData": {
                  "type": "string"
                }
              }
            },
            "MsgBody": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/MsgElement"
              },
              "description": "The message body: a list of elements."
            },
            "MsgElement": {
              "type": "object",
              "description": "One message element, discriminated by MsgType.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TIMTextElem"
                },
                {
                  "$ref": "#/$defs/TIMLocationElem"
                },
                {
                  "$ref": "#/$defs/TIMFaceElem"
                },
                {
                  "$ref": "#/$defs/TIMCustomElem"
                },
                {
                  "$ref": "#/$defs/TIMSoundElem"
                },
                {
                  "$ref": "#/$defs/TIMImageElem"
                },
                {
                  "$ref": "#/$defs/TIMFileElem"
                },
                {
                  "$ref": "#/$defs/TIMVideoFileElem"
                },
                {
                  "$ref": "#/$defs/TIMRelayElem"
                }
              ]
            },
            "TIMCustomElem": {
              "type": "object",
              "description": "Custom message (at most one per message).",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMCustomElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Data": {
                      "type": "string"
                    },
                    "Desc": {
                      "type": "string"
                    },
                    "Ext": {
                      "type": "string"
                    },
                    "Sound": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMFaceElem": {
              "type": "object",
              "description": "Emoji.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMFaceElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Index"
                  ],
                  "properties": {
                    "Index": {
                      "type": "number"
                    },
                    "Data": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMFileElem": {
              "type": "object",
              "description": "File; old SDKs send no Url or Download_Flag.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMFileElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Url": {
                      "type": "string"
                    },
                    "UUID": {
                      "type": "string"
                    },
                    "FileSize": {
                      "type": "number"
                    },
                    "FileName": {
                      "type": "string"
                    },
                    "Download_Flag": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMImageElem": {
              "type": "object",
              "description": "Image.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMImageElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "UUID": {
                      "type": "string"
                    },
                    "ImageFormat": {
                      "type": "number",
                      "x-chathooks-open-enum": [
                        1,
                        2,
                        3,
                        4,
                        255
                      ],
                      "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                    },
                    "ImageInfoArray": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "Type": {
                            "type": "number",
                            "x-chathooks-open-enum": [
                              1,
                              2,
                              3
                            ],
                            "description": "1 original, 2 large, 3 thumbnail."
                          },
                          "Size": {
                            "type": "number"
                          },
                          "Width": {
                            "type": "number"
                          },
                          "Height": {
                            "type": "number"
                          },
                          "URL": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            "TIMLocationElem": {
              "type": "object",
              "description": "Location.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMLocationElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Latitude",
                    "Longitude"
                  ],
                  "properties": {
                    "Desc": {
                      "type": "string"
                    },
                    "Latitude": {
                      "type": "number"
                    },
                    "Longitude": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMRelayElem": {
              "type": "object",
              "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMRelayElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Title": {
                      "type": "string"
                    },
                    "MsgNum": {
                      "type": "integer"
                    },
                    "CompatibleText": {
                      "type": "string"
                    },
                    "AbstractList": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "MsgList": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "From_Account": {
                            "type": "string"
                          },
                          "To_Account": {
                            "type": "string"
                          },
                          "GroupId": {
                            "type": "string"
                          },
                          "MsgSeq": {
                            "type": "integer"
                          },
                          "MsgRandom": {
                            "type": "integer"
                          },
                          "MsgTimeStamp": {
                            "type": "integer"
                          },
                          "MsgBody": {
                            "$ref": "#/$defs/MsgBody"
                          },
                          "CloudCustomData": {
                            "type": "string"
                          }
                        }
                      }
                    },
                    "JsonMsgKey": {
                      "type": "string",
                      "description": "Instead of MsgList when the combined message exceeds 12 KB."
                    }
                  }
                }
              }
            },
            "TIMSoundElem": {
              "type": "object",
              "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMSoundElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Url": {
                      "type": "string"
                    },
                    "UUID": {
                      "type": "string"
                    },
                    "Size": {
                      "type": "number"
                    },
                    "Second": {
                      "type": "number"
                    },
                    "Download_Flag": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMTextElem": {
              "type": "object",
              "description": "Text.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMTextElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Text"
                  ],
                  "properties": {
                    "Text": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMVideoFileElem": {
              "type": "object",
              "description": "Video; old SDKs send no URLs or download flags.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMVideoFileElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "VideoUrl": {
                      "type": "string"
                    },
                    "VideoUUID": {
                      "type": "string"
                    },
                    "VideoFormat": {
                      "type": "string"
                    },
                    "ThumbUrl": {
                      "type": "string"
                    },
                    "ThumbUUID": {
                      "type": "string"
                    },
                    "ThumbFormat": {
                      "type": "string"
                    },
                    "VideoSize": {
                      "type": "number"
                    },
                    "VideoSecond": {
                      "type": "number"
                    },
                    "VideoDownloadFlag": {
                      "type": "number"
                    },
                    "ThumbSize": {
                      "type": "number"
                    },
                    "ThumbWidth": {
                      "type": "number"
                    },
                    "ThumbHeight": {
                      "type": "number"
                    },
                    "ThumbDownloadFlag": {
                      "type": "number"
                    }
                  }
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 120001,
              "ErrorInfo": "Messages with links are not allowed."
            }
          },
          {
            "name": "rewrite",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "MsgBody": [
                {
                  "MsgType": "TIMTextElem",
                  "MsgContent": {
                    "Text": "hi ***"
                  }
                }
              ],
              "CloudCustomData": "moderated=1"
            }
          },
          {
            "name": "drop",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 2,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "C2C.CallbackAfterSendMsg",
      "operationId": "c2CCallbackAfterSendMsg",
      "typeName": "C2CCallbackAfterSendMsg",
      "kind": "after",
      "tags": [
        "c2c"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/C2CCallbackAfterSendMsg"
          }
        ],
        "$defs": {
          "C2CCallbackAfterSendMsg": {
            "type": "object",
            "description": "A one-to-one message was sent (even if delivery failed).",
            "required": [
              "CallbackCommand",
              "From_Account",
              "To_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "C2C.CallbackAfterSendMsg"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgRandom": {
                "type": "integer"
              },
              "MsgTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "MsgKey": {
                "type": "string",
                "description": "\"{MsgSeq}_{MsgRandom}_{MsgTime}\"."
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              },
              "SendMsgResult": {
                "type": "integer",
                "description": "0 ok, else an error code."
              },
              "ErrorInfo": {
                "type": "string"
              },
              "UnreadMsgNum": {
                "type": "integer",
                "description": "The receiver’s unread total; -1 when the send failed."
              }
            }
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "sent",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "red packet"
                }
              },
              {
                "MsgType": "TIMFaceElem",
                "MsgContent": {
                  "Index": 6,
                  "Data": "abc"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "SendMsgResult": 0,
            "ErrorInfo": "send msg succeed",
            "UnreadMsgNum": 160
          }
        },
        {
          "name": "filtered",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "SendMsgResult": 80001,
            "ErrorInfo": "dirty word",
            "UnreadMsgNum": -1
          },
          "summary": "Dropped by the dirty-word filter."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `C2C.CallbackAfterSendMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "c2c.callbackaftersendmsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "red packet"
                }
              },
              {
                "MsgType": "TIMFaceElem",
                "MsgContent": {
                  "Index": 6,
                  "Data": "abc"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "SendMsgResult": 0,
            "ErrorInfo": "send msg succeed",
            "UnreadMsgNum": 160
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterSendMsg",
            "From_Account": "jared",
            "To_Account": "Jonh",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "SendMsgResult": 0,
            "ErrorInfo": "send msg succeed",
            "UnreadMsgNum": 160
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34365",
      "confidence": "documented",
      "title": "A one-to-one message was sent (even if delivery failed)",
      "summary": "A one-to-one message was sent (even if delivery failed).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "C2C.CallbackAfterMsgReport",
      "operationId": "c2CCallbackAfterMsgReport",
      "typeName": "C2CCallbackAfterMsgReport",
      "kind": "after",
      "tags": [
        "c2c"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/C2CCallbackAfterMsgReport"
          }
        ],
        "$defs": {
          "C2CCallbackAfterMsgReport": {
            "type": "object",
            "description": "A user read one-to-one messages.",
            "required": [
              "CallbackCommand",
              "Report_Account",
              "Peer_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "C2C.CallbackAfterMsgReport"
              },
              "Report_Account": {
                "type": "string"
              },
              "Peer_Account": {
                "type": "string"
              },
              "LastReadTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "UnreadMsgNum": {
                "type": "integer"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "read",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterMsgReport",
            "Report_Account": "jared",
            "Peer_Account": "leckie",
            "LastReadTime": 1557481126,
            "UnreadMsgNum": 0
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `C2C.CallbackAfterMsgReport`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "c2c.callbackaftermsgreport",
            "Report_Account": "jared",
            "Peer_Account": "leckie",
            "LastReadTime": 1557481126,
            "UnreadMsgNum": 0
          },
          "keyword": "const"
        },
        {
          "name": "missing-report-account",
          "reason": "C2C.CallbackAfterMsgReport always names Report_Account.",
          "pointer": "/Report_Account",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterMsgReport",
            "Peer_Account": "leckie",
            "LastReadTime": 1557481126,
            "UnreadMsgNum": 0
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/43465",
      "confidence": "documented",
      "title": "A user read one-to-one messages",
      "summary": "A user read one-to-one messages.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "C2C.CallbackAfterMsgWithDraw",
      "operationId": "c2CCallbackAfterMsgWithDraw",
      "typeName": "C2CCallbackAfterMsgWithDraw",
      "kind": "after",
      "tags": [
        "c2c"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/C2CCallbackAfterMsgWithDraw"
          }
        ],
        "$defs": {
          "C2CCallbackAfterMsgWithDraw": {
            "type": "object",
            "description": "A one-to-one message was recalled.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "To_Account",
              "MsgKey"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "C2C.CallbackAfterMsgWithDraw"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "MsgKey": {
                "type": "string"
              },
              "UnreadMsgNum": {
                "type": "integer"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "recalled",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterMsgWithDraw",
            "From_Account": "jared",
            "To_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "UnreadMsgNum": 2
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `C2C.CallbackAfterMsgWithDraw`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "c2c.callbackaftermsgwithdraw",
            "From_Account": "jared",
            "To_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "UnreadMsgNum": 2
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "C2C.CallbackAfterMsgWithDraw always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterMsgWithDraw",
            "To_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "UnreadMsgNum": 2
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/43466",
      "confidence": "documented",
      "title": "A one-to-one message was recalled",
      "summary": "A one-to-one message was recalled.",
      "notes": "Spelled WithDraw with a capital D; the group counterpart is Group.CallbackAfterRecallMsg.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackBeforeCreateGroup",
      "operationId": "groupCallbackBeforeCreateGroup",
      "typeName": "GroupCallbackBeforeCreateGroup",
      "kind": "before",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackBeforeCreateGroup"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackBeforeCreateGroup": {
            "type": "object",
            "description": "Before a group is created.",
            "required": [
              "CallbackCommand",
              "Operator_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackBeforeCreateGroup"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Name": {
                "type": "string"
              },
              "CreateGroupNum": {
                "type": "integer",
                "description": "Groups of this type the user created already."
              },
              "MemberList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                }
              },
              "CreatedGroupNum": {
                "type": "object",
                "description": "SDK only: counts per group type."
              },
              "InviteOption": {
                "type": "string",
                "description": "SDK only, e.g. DisableInvite."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "public",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeCreateGroup",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "CreateGroupNum": 1,
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackBeforeCreateGroup`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackbeforecreategroup",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "CreateGroupNum": 1,
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-operator-account",
          "reason": "Group.CallbackBeforeCreateGroup always names Operator_Account.",
          "pointer": "/Operator_Account",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeCreateGroup",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "CreateGroupNum": 1,
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeCreateGroup",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "CreateGroupNum": 1,
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34368",
      "confidence": "documented",
      "title": "Before a group is created",
      "summary": "Before a group is created.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/GroupBeforeReply"
            }
          ],
          "$defs": {
            "GroupBeforeReply": {
              "type": "object",
              "description": "Before a group or topic is created or joined.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    },
                    {
                      "minimum": 10100,
                      "maximum": 10200
                    }
                  ],
                  "description": "0 allow; 1 refuse (the caller gets 10016); 10100–10200 refuse with a custom code."
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 10100,
              "ErrorInfo": "Group quota reached for this account."
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterCreateGroup",
      "operationId": "groupCallbackAfterCreateGroup",
      "typeName": "GroupCallbackAfterCreateGroup",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterCreateGroup"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterCreateGroup": {
            "type": "object",
            "description": "A group was created.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterCreateGroup"
              },
              "GroupId": {
                "type": "string"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Name": {
                "type": "string"
              },
              "MemberList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                }
              },
              "UserDefinedDataList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/UserDefinedDataItem"
                },
                "description": "Group custom fields (only when enabled)."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          },
          "UserDefinedDataItem": {
            "type": "object",
            "required": [
              "Key"
            ],
            "properties": {
              "Key": {
                "type": "string"
              },
              "Value": {
                "description": "Documented as a string; SDKs type it loosely."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "created",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterCreateGroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "UserDefinedDataList": [
              {
                "Key": "UserDefined1",
                "Value": "hello"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterCreateGroup`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftercreategroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "UserDefinedDataList": [
              {
                "Key": "UserDefined1",
                "Value": "hello"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterCreateGroup always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterCreateGroup",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "UserDefinedDataList": [
              {
                "Key": "UserDefined1",
                "Value": "hello"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterCreateGroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Public",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "UserDefinedDataList": [
              {
                "Key": "UserDefined1",
                "Value": "hello"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34369",
      "confidence": "documented",
      "title": "A group was created",
      "summary": "A group was created.",
      "notes": "The field table writes groupID but the sample uses GroupId; the sample is right.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackBeforeApplyJoinGroup",
      "operationId": "groupCallbackBeforeApplyJoinGroup",
      "typeName": "GroupCallbackBeforeApplyJoinGroup",
      "kind": "before",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackBeforeApplyJoinGroup"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackBeforeApplyJoinGroup": {
            "type": "object",
            "description": "Before a user applies to join a group.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "Requestor_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackBeforeApplyJoinGroup"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Requestor_Account": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "apply",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeApplyJoinGroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Requestor_Account": "leckie",
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackBeforeApplyJoinGroup`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackbeforeapplyjoingroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Requestor_Account": "leckie",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackBeforeApplyJoinGroup always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeApplyJoinGroup",
            "Type": "Public",
            "Requestor_Account": "leckie",
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeApplyJoinGroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Requestor_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34370",
      "confidence": "documented",
      "title": "Before a user applies to join a group",
      "summary": "Before a user applies to join a group.",
      "notes": "Spelled Requestor_Account here (Sns callbacks use Requester_Account). Allowing still leaves admin approval if configured.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/GroupBeforeReply"
            }
          ],
          "$defs": {
            "GroupBeforeReply": {
              "type": "object",
              "description": "Before a group or topic is created or joined.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    },
                    {
                      "minimum": 10100,
                      "maximum": 10200
                    }
                  ],
                  "description": "0 allow; 1 refuse (the caller gets 10016); 10100–10200 refuse with a custom code."
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 10100,
              "ErrorInfo": "Group quota reached for this account."
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackBeforeInviteJoinGroup",
      "operationId": "groupCallbackBeforeInviteJoinGroup",
      "typeName": "GroupCallbackBeforeInviteJoinGroup",
      "kind": "before",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackBeforeInviteJoinGroup"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackBeforeInviteJoinGroup": {
            "type": "object",
            "description": "Before members are invited into a group.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "DestinationMembers"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackBeforeInviteJoinGroup"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "DestinationMembers": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "invite",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeInviteJoinGroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "DestinationMembers": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackBeforeInviteJoinGroup`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackbeforeinvitejoingroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "DestinationMembers": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackBeforeInviteJoinGroup always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeInviteJoinGroup",
            "Type": "Public",
            "Operator_Account": "leckie",
            "DestinationMembers": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeInviteJoinGroup",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "DestinationMembers": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34371",
      "confidence": "documented",
      "title": "Before members are invited into a group",
      "summary": "Before members are invited into a group.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/InviteJoinGroupReply"
            }
          ],
          "$defs": {
            "InviteJoinGroupReply": {
              "type": "object",
              "description": "Before members are invited into a group.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    },
                    {
                      "minimum": 10100,
                      "maximum": 10200
                    }
                  ],
                  "description": "0 continue; 1 refuse all; 10100–10200 refuse with a custom code."
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "RefusedMembers_Account": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "description": "Refuse only these invitees."
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 1,
              "ErrorInfo": "Invitations are closed."
            }
          },
          {
            "name": "refuse-some",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "RefusedMembers_Account": [
                "tommy"
              ]
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterNewMemberJoin",
      "operationId": "groupCallbackAfterNewMemberJoin",
      "typeName": "GroupCallbackAfterNewMemberJoin",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterNewMemberJoin"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterNewMemberJoin": {
            "type": "object",
            "description": "Members joined a group.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "NewMemberList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterNewMemberJoin"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "JoinType": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Apply",
                  "Invited"
                ],
                "examples": [
                  "Apply",
                  "Invited"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "NewMemberList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "applied",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterNewMemberJoin",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "JoinType": "Apply",
            "Operator_Account": "leckie",
            "NewMemberList": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ]
          },
          "summary": "The seed sample."
        },
        {
          "name": "invited",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterNewMemberJoin",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Private",
            "JoinType": "Invited",
            "Operator_Account": "leckie",
            "NewMemberList": [
              {
                "Member_Account": "jared"
              }
            ],
            "EventTime": "1670574414123"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterNewMemberJoin`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackafternewmemberjoin",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "JoinType": "Apply",
            "Operator_Account": "leckie",
            "NewMemberList": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterNewMemberJoin always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterNewMemberJoin",
            "Type": "Public",
            "JoinType": "Apply",
            "Operator_Account": "leckie",
            "NewMemberList": [
              {
                "Member_Account": "jared"
              },
              {
                "Member_Account": "tommy"
              }
            ]
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34372",
      "confidence": "documented",
      "title": "Members joined a group",
      "summary": "Members joined a group.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterMemberExit",
      "operationId": "groupCallbackAfterMemberExit",
      "typeName": "GroupCallbackAfterMemberExit",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterMemberExit"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterMemberExit": {
            "type": "object",
            "description": "Members left or were removed from a group.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "ExitMemberList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterMemberExit"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "ExitType": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Kicked",
                  "Quit"
                ],
                "examples": [
                  "Kicked",
                  "Quit"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "ExitMemberList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "kicked",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberExit",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "ExitType": "Kicked",
            "Operator_Account": "leckie",
            "ExitMemberList": [
              {
                "Member_Account": "jared"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterMemberExit`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftermemberexit",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "ExitType": "Kicked",
            "Operator_Account": "leckie",
            "ExitMemberList": [
              {
                "Member_Account": "jared"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterMemberExit always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberExit",
            "Type": "Public",
            "ExitType": "Kicked",
            "Operator_Account": "leckie",
            "ExitMemberList": [
              {
                "Member_Account": "jared"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberExit",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "ExitType": "Kicked",
            "Operator_Account": "leckie",
            "ExitMemberList": [
              {
                "Member_Account": "jared"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34373",
      "confidence": "documented",
      "title": "Members left or were removed from a group",
      "summary": "Members left or were removed from a group.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackBeforeSendMsg",
      "operationId": "groupCallbackBeforeSendMsg",
      "typeName": "GroupCallbackBeforeSendMsg",
      "kind": "before",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackBeforeSendMsg"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackBeforeSendMsg": {
            "type": "object",
            "description": "Before a group message is delivered.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "From_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackBeforeSendMsg"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Random": {
                "type": "integer"
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              },
              "TopicId": {
                "type": "string",
                "description": "Only in topic-enabled communities."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "text",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123
          }
        },
        {
          "name": "image",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "jared",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMImageElem",
                "MsgContent": {
                  "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F",
                  "ImageFormat": 1,
                  "ImageInfoArray": [
                    {
                      "Type": 1,
                      "Size": 1553,
                      "Width": 68,
                      "Height": 68,
                      "URL": "https://im.example.com/img/original.jpg"
                    },
                    {
                      "Type": 3,
                      "Size": 1553,
                      "Width": 68,
                      "Height": 68,
                      "URL": "https://im.example.com/img/thumb.jpg"
                    }
                  ]
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123
          }
        },
        {
          "name": "custom-in-topic",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeSendMsg",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "Type": "Community",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMCustomElem",
                "MsgContent": {
                  "Data": "{\"orderId\":\"A1029\"}",
                  "Desc": "order update",
                  "Ext": "url",
                  "Sound": "dingdong.aiff"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": "1670574414123",
            "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"
          },
          "summary": "A custom message in a community topic."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackBeforeSendMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackbeforesendmsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123
          },
          "keyword": "oneOf"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34374",
      "confidence": "documented",
      "title": "Before a group message is delivered",
      "summary": "Before a group message is delivered.",
      "notes": "Operator_Account differs from From_Account when an admin sends on a member’s behalf. AVChatRoom always sends OnlineOnlyFlag 0.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/GroupSendMsgReply"
            }
          ],
          "$defs": {
            "GroupSendMsgReply": {
              "type": "object",
              "description": "Before a group message is delivered.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    },
                    {
                      "const": 2
                    },
                    {
                      "minimum": 10100,
                      "maximum": 10200
                    }
                  ],
                  "description": "0 allow (optionally rewritten); 1 forbid (the caller gets 10016); 2 drop silently; 10100–10200 forbid with a custom code."
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "MsgBody": {
                  "$ref": "#/$defs/MsgBody"
                },
                "CloudCustomData": {
                  "type": "string"
                }
              }
            },
            "MsgBody": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/MsgElement"
              },
              "description": "The message body: a list of elements."
            },
            "MsgElement": {
              "type": "object",
              "description": "One message element, discriminated by MsgType.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TIMTextElem"
                },
                {
                  "$ref": "#/$defs/TIMLocationElem"
                },
                {
                  "$ref": "#/$defs/TIMFaceElem"
                },
                {
                  "$ref": "#/$defs/TIMCustomElem"
                },
                {
                  "$ref": "#/$defs/TIMSoundElem"
                },
                {
                  "$ref": "#/$defs/TIMImageElem"
                },
                {
                  "$ref": "#/$defs/TIMFileElem"
                },
                {
                  "$ref": "#/$defs/TIMVideoFileElem"
                },
                {
                  "$ref": "#/$defs/TIMRelayElem"
                }
              ]
            },
            "TIMCustomElem": {
              "type": "object",
              "description": "Custom message (at most one per message).",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMCustomElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Data": {
                      "type": "string"
                    },
                    "Desc": {
                      "type": "string"
                    },
                    "Ext": {
                      "type": "string"
                    },
                    "Sound": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMFaceElem": {
              "type": "object",
              "description": "Emoji.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMFaceElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Index"
                  ],
                  "properties": {
                    "Index": {
                      "type": "number"
                    },
                    "Data": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMFileElem": {
              "type": "object",
              "description": "File; old SDKs send no Url or Download_Flag.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMFileElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Url": {
                      "type": "string"
                    },
                    "UUID": {
                      "type": "string"
                    },
                    "FileSize": {
                      "type": "number"
                    },
                    "FileName": {
                      "type": "string"
                    },
                    "Download_Flag": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMImageElem": {
              "type": "object",
              "description": "Image.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMImageElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "UUID": {
                      "type": "string"
                    },
                    "ImageFormat": {
                      "type": "number",
                      "x-chathooks-open-enum": [
                        1,
                        2,
                        3,
                        4,
                        255
                      ],
                      "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                    },
                    "ImageInfoArray": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "Type": {
                            "type": "number",
                            "x-chathooks-open-enum": [
                              1,
                              2,
                              3
                            ],
                            "description": "1 original, 2 large, 3 thumbnail."
                          },
                          "Size": {
                            "type": "number"
                          },
                          "Width": {
                            "type": "number"
                          },
                          "Height": {
                            "type": "number"
                          },
                          "URL": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            "TIMLocationElem": {
              "type": "object",
              "description": "Location.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMLocationElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Latitude",
                    "Longitude"
                  ],
                  "properties": {
                    "Desc": {
                      "type": "string"
                    },
                    "Latitude": {
                      "type": "number"
                    },
                    "Longitude": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMRelayElem": {
              "type": "object",
              "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMRelayElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Title": {
                      "type": "string"
                    },
                    "MsgNum": {
                      "type": "integer"
                    },
                    "CompatibleText": {
                      "type": "string"
                    },
                    "AbstractList": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "MsgList": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "From_Account": {
                            "type": "string"
                          },
                          "To_Account": {
                            "type": "string"
                          },
                          "GroupId": {
                            "type": "string"
                          },
                          "MsgSeq": {
                            "type": "integer"
                          },
                          "MsgRandom": {
                            "type": "integer"
                          },
                          "MsgTimeStamp": {
                            "type": "integer"
                          },
                          "MsgBody": {
                            "$ref": "#/$defs/MsgBody"
                          },
                          "CloudCustomData": {
                            "type": "string"
                          }
                        }
                      }
                    },
                    "JsonMsgKey": {
                      "type": "string",
                      "description": "Instead of MsgList when the combined message exceeds 12 KB."
                    }
                  }
                }
              }
            },
            "TIMSoundElem": {
              "type": "object",
              "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMSoundElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Url": {
                      "type": "string"
                    },
                    "UUID": {
                      "type": "string"
                    },
                    "Size": {
                      "type": "number"
                    },
                    "Second": {
                      "type": "number"
                    },
                    "Download_Flag": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMTextElem": {
              "type": "object",
              "description": "Text.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMTextElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Text"
                  ],
                  "properties": {
                    "Text": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMVideoFileElem": {
              "type": "object",
              "description": "Video; old SDKs send no URLs or download flags.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMVideoFileElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "VideoUrl": {
                      "type": "string"
                    },
                    "VideoUUID": {
                      "type": "string"
                    },
                    "VideoFormat": {
                      "type": "string"
                    },
                    "ThumbUrl": {
                      "type": "string"
                    },
                    "ThumbUUID": {
                      "type": "string"
                    },
                    "ThumbFormat": {
                      "type": "string"
                    },
                    "VideoSize": {
                      "type": "number"
                    },
                    "VideoSecond": {
                      "type": "number"
                    },
                    "VideoDownloadFlag": {
                      "type": "number"
                    },
                    "ThumbSize": {
                      "type": "number"
                    },
                    "ThumbWidth": {
                      "type": "number"
                    },
                    "ThumbHeight": {
                      "type": "number"
                    },
                    "ThumbDownloadFlag": {
                      "type": "number"
                    }
                  }
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 10150,
              "ErrorInfo": "not allowed"
            }
          },
          {
            "name": "rewrite",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "MsgBody": [
                {
                  "MsgType": "TIMTextElem",
                  "MsgContent": {
                    "Text": "hi ***"
                  }
                }
              ],
              "CloudCustomData": "lvl=3"
            }
          },
          {
            "name": "drop",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 2,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterSendMsg",
      "operationId": "groupCallbackAfterSendMsg",
      "typeName": "GroupCallbackAfterSendMsg",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterSendMsg"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterSendMsg": {
            "type": "object",
            "description": "A group message was sent.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "From_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterSendMsg"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Random": {
                "type": "integer"
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              },
              "TopicId": {
                "type": "string",
                "description": "Only in topic-enabled communities."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "MsgId": {
                "type": "string",
                "description": "Newer zh docs only."
              },
              "GroupAtInfo": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "GroupAtAllFlag": {
                      "type": "integer",
                      "enum": [
                        0,
                        1
                      ]
                    },
                    "GroupAt_Account": {
                      "type": "string"
                    }
                  }
                },
                "description": "Newer zh docs only: @-mentions (1 = @all)."
              }
            }
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "sent",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 123,
            "MsgTime": 1490686222
          }
        },
        {
          "name": "with-mentions",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "red packet"
                }
              },
              {
                "MsgType": "TIMFaceElem",
                "MsgContent": {
                  "Index": 6,
                  "Data": "abc"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 124,
            "MsgTime": 1727580296,
            "MsgId": "144115233406643804-1727580296-4026038328",
            "GroupAtInfo": [
              {
                "GroupAtAllFlag": 1
              },
              {
                "GroupAtAllFlag": 0,
                "GroupAt_Account": "jared"
              }
            ]
          },
          "summary": "The newer fields (MsgId, GroupAtInfo)."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterSendMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftersendmsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 123,
            "MsgTime": 1490686222
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 123,
            "MsgTime": 1490686222
          },
          "keyword": "oneOf"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterSendMsg",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": "2022-12-09T08:26:54Z",
            "MsgSeq": 123,
            "MsgTime": 1490686222
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34375",
      "confidence": "documented",
      "title": "A group message was sent",
      "summary": "A group message was sent.",
      "notes": "MsgId and GroupAtInfo appear only in the 2025 zh docs: optional.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterGroupFull",
      "operationId": "groupCallbackAfterGroupFull",
      "typeName": "GroupCallbackAfterGroupFull",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterGroupFull"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterGroupFull": {
            "type": "object",
            "description": "A group reached its member limit.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterGroupFull"
              },
              "GroupId": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "full",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupFull",
            "GroupId": "@TGS#2J4SZEAEL",
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterGroupFull`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftergroupfull",
            "GroupId": "@TGS#2J4SZEAEL",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterGroupFull always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupFull",
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupFull",
            "GroupId": "@TGS#2J4SZEAEL",
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34376",
      "confidence": "documented",
      "title": "A group reached its member limit",
      "summary": "A group reached its member limit.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterGroupDestroyed",
      "operationId": "groupCallbackAfterGroupDestroyed",
      "typeName": "GroupCallbackAfterGroupDestroyed",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterGroupDestroyed"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterGroupDestroyed": {
            "type": "object",
            "description": "A group was disbanded.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterGroupDestroyed"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "MemberList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                },
                "description": "Omitted for Community groups."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "disbanded",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupDestroyed",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Owner_Account": "leckie",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": 1670574414123
          }
        },
        {
          "name": "community",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupDestroyed",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "Type": "Community",
            "Owner_Account": "leckie",
            "Name": "Design",
            "EventTime": 1670574414123
          },
          "summary": "Community groups send no MemberList."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterGroupDestroyed`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftergroupdestroyed",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Owner_Account": "leckie",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterGroupDestroyed always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupDestroyed",
            "Type": "Public",
            "Owner_Account": "leckie",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupDestroyed",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Owner_Account": "leckie",
            "Name": "MyFirstGroup",
            "MemberList": [
              {
                "Member_Account": "bob"
              },
              {
                "Member_Account": "peter"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34377",
      "confidence": "documented",
      "title": "A group was disbanded",
      "summary": "A group was disbanded.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterGroupInfoChanged",
      "operationId": "groupCallbackAfterGroupInfoChanged",
      "typeName": "GroupCallbackAfterGroupInfoChanged",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterGroupInfoChanged"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterGroupInfoChanged": {
            "type": "object",
            "description": "A group’s name, introduction, notification, face URL or custom fields changed.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterGroupInfoChanged"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "Notification": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "UserDefinedDataList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/UserDefinedDataItem"
                },
                "description": "Group custom fields (only when enabled)."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "UserDefinedDataItem": {
            "type": "object",
            "required": [
              "Key"
            ],
            "properties": {
              "Key": {
                "type": "string"
              },
              "Value": {
                "description": "Documented as a string; SDKs type it loosely."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "notification",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupInfoChanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Notification": "Meeting moved to 3 pm.",
            "EventTime": 1670574414123
          },
          "summary": "Only the changed fields are sent."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterGroupInfoChanged`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftergroupinfochanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Notification": "Meeting moved to 3 pm.",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterGroupInfoChanged always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupInfoChanged",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Notification": "Meeting moved to 3 pm.",
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupInfoChanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Notification": "Meeting moved to 3 pm.",
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/34378",
      "confidence": "documented",
      "title": "A group’s name, introduction, notification, face URL or custom fields changed",
      "summary": "A group’s name, introduction, notification, face URL or custom fields changed.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackOnMemberStateChange",
      "operationId": "groupCallbackOnMemberStateChange",
      "typeName": "GroupCallbackOnMemberStateChange",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackOnMemberStateChange"
          }
        ],
        "$defs": {
          "GroupCallbackOnMemberStateChange": {
            "type": "object",
            "description": "An audio-video group member went online or offline.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "MemberList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackOnMemberStateChange"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "EventType": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Online",
                  "Offline"
                ],
                "examples": [
                  "Online",
                  "Offline"
                ]
              },
              "MemberList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/MemberAccount"
                }
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "offline",
          "payload": {
            "CallbackCommand": "Group.CallbackOnMemberStateChange",
            "GroupId": "@TGS#aC5SZEAEF",
            "EventType": "Offline",
            "MemberList": [
              {
                "Member_Account": "leckie"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackOnMemberStateChange`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackonmemberstatechange",
            "GroupId": "@TGS#aC5SZEAEF",
            "EventType": "Offline",
            "MemberList": [
              {
                "Member_Account": "leckie"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackOnMemberStateChange always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackOnMemberStateChange",
            "EventType": "Offline",
            "MemberList": [
              {
                "Member_Account": "leckie"
              }
            ]
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/48734",
      "confidence": "documented",
      "title": "An audio-video group member went online or offline",
      "summary": "An audio-video group member went online or offline.",
      "notes": "AVChatRoom only (paid edition, online member list on); the URL carries only SdkAppid, CallbackCommand and contenttype. Type is SDK-only.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackSendMsgException",
      "operationId": "groupCallbackSendMsgException",
      "typeName": "GroupCallbackSendMsgException",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackSendMsgException"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackSendMsgException": {
            "type": "object",
            "description": "A group message failed to send.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "ErrorCode"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackSendMsgException"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Random": {
                "type": "integer"
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              },
              "TopicId": {
                "type": "string",
                "description": "Only in topic-enabled communities."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "ErrorCode": {
                "type": "integer"
              },
              "ErrorInfo": {
                "type": "string"
              }
            }
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "failed",
          "payload": {
            "CallbackCommand": "Group.CallbackSendMsgException",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "ErrorCode": 10023,
            "ErrorInfo": "Message frequency exceeded."
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackSendMsgException`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbacksendmsgexception",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "ErrorCode": 10023,
            "ErrorInfo": "Message frequency exceeded."
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "Group.CallbackSendMsgException",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "ErrorCode": 10023,
            "ErrorInfo": "Message frequency exceeded."
          },
          "keyword": "oneOf"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackSendMsgException",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": "2022-12-09T08:26:54Z",
            "ErrorCode": 10023,
            "ErrorInfo": "Message frequency exceeded."
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/49462",
      "confidence": "documented",
      "title": "A group message failed to send",
      "summary": "A group message failed to send.",
      "notes": "The reply must be OK/0/\"\". The doc table types ErrorCode \"Interger\".",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackBeforeCreateTopic",
      "operationId": "groupCallbackBeforeCreateTopic",
      "typeName": "GroupCallbackBeforeCreateTopic",
      "kind": "before",
      "tags": [
        "topic"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackBeforeCreateTopic"
          }
        ],
        "$defs": {
          "GroupCallbackBeforeCreateTopic": {
            "type": "object",
            "description": "Before a topic is created in a community.",
            "required": [
              "CallbackCommand",
              "Operator_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackBeforeCreateTopic"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Name": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "topic",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeCreateTopic",
            "Operator_Account": "leckie",
            "Type": "Community",
            "Name": "TestTopic"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackBeforeCreateTopic`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackbeforecreatetopic",
            "Operator_Account": "leckie",
            "Type": "Community",
            "Name": "TestTopic"
          },
          "keyword": "const"
        },
        {
          "name": "missing-operator-account",
          "reason": "Group.CallbackBeforeCreateTopic always names Operator_Account.",
          "pointer": "/Operator_Account",
          "payload": {
            "CallbackCommand": "Group.CallbackBeforeCreateTopic",
            "Type": "Community",
            "Name": "TestTopic"
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/49463",
      "confidence": "documented",
      "title": "Before a topic is created in a community",
      "summary": "Before a topic is created in a community.",
      "notes": "No GroupId in the documented request.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/GroupBeforeReply"
            }
          ],
          "$defs": {
            "GroupBeforeReply": {
              "type": "object",
              "description": "Before a group or topic is created or joined.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    },
                    {
                      "minimum": 10100,
                      "maximum": 10200
                    }
                  ],
                  "description": "0 allow; 1 refuse (the caller gets 10016); 10100–10200 refuse with a custom code."
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 10100,
              "ErrorInfo": "Group quota reached for this account."
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterCreateTopic",
      "operationId": "groupCallbackAfterCreateTopic",
      "typeName": "GroupCallbackAfterCreateTopic",
      "kind": "after",
      "tags": [
        "topic"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterCreateTopic"
          }
        ],
        "$defs": {
          "GroupCallbackAfterCreateTopic": {
            "type": "object",
            "description": "A topic was created.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "TopicId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterCreateTopic"
              },
              "GroupId": {
                "type": "string"
              },
              "TopicId": {
                "type": "string"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Name": {
                "type": "string"
              },
              "UserDefinedDataList": {
                "type": "array",
                "items": {
                  "$ref": "#/$defs/UserDefinedDataItem"
                },
                "description": "Group custom fields (only when enabled)."
              }
            }
          },
          "UserDefinedDataItem": {
            "type": "object",
            "required": [
              "Key"
            ],
            "properties": {
              "Key": {
                "type": "string"
              },
              "Value": {
                "description": "Documented as a string; SDKs type it loosely."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "created",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterCreateTopic",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Community",
            "Name": "TestTopic",
            "UserDefinedDataList": []
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterCreateTopic`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftercreatetopic",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Community",
            "Name": "TestTopic",
            "UserDefinedDataList": []
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterCreateTopic always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterCreateTopic",
            "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
            "Operator_Account": "leckie",
            "Owner_Account": "leckie",
            "Type": "Community",
            "Name": "TestTopic",
            "UserDefinedDataList": []
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/49464",
      "confidence": "documented",
      "title": "A topic was created",
      "summary": "A topic was created.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterTopicDestroyed",
      "operationId": "groupCallbackAfterTopicDestroyed",
      "typeName": "GroupCallbackAfterTopicDestroyed",
      "kind": "after",
      "tags": [
        "topic"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterTopicDestroyed"
          }
        ],
        "$defs": {
          "GroupCallbackAfterTopicDestroyed": {
            "type": "object",
            "description": "Topics were deleted.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "TopicIdList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterTopicDestroyed"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "TopicIdList": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Typed String in the table; it is a list."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "deleted",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterTopicDestroyed",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "Type": "Community",
            "TopicIdList": [
              "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterTopicDestroyed`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftertopicdestroyed",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "Type": "Community",
            "TopicIdList": [
              "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterTopicDestroyed always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterTopicDestroyed",
            "Type": "Community",
            "TopicIdList": [
              "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"
            ]
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/49465",
      "confidence": "documented",
      "title": "Topics were deleted",
      "summary": "Topics were deleted.",
      "notes": "The table types TopicIdList as String; the sample shows an array.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterTopicInfoChanged",
      "operationId": "groupCallbackAfterTopicInfoChanged",
      "typeName": "GroupCallbackAfterTopicInfoChanged",
      "kind": "after",
      "tags": [
        "topic"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterTopicInfoChanged"
          }
        ],
        "$defs": {
          "GroupCallbackAfterTopicInfoChanged": {
            "type": "object",
            "description": "A topic’s profile changed.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterTopicInfoChanged"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "Notification": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "renamed",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterTopicInfoChanged",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "Type": "Community",
            "Operator_Account": "leckie",
            "Name": "Announcements"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterTopicInfoChanged`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftertopicinfochanged",
            "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
            "Type": "Community",
            "Operator_Account": "leckie",
            "Name": "Announcements"
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterTopicInfoChanged always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterTopicInfoChanged",
            "Type": "Community",
            "Operator_Account": "leckie",
            "Name": "Announcements"
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/49466",
      "confidence": "documented",
      "title": "A topic’s profile changed",
      "summary": "A topic’s profile changed.",
      "notes": "No TopicId in the documented sample, despite the name.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterMemberFieldChanged",
      "operationId": "groupCallbackAfterMemberFieldChanged",
      "typeName": "GroupCallbackAfterMemberFieldChanged",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterMemberFieldChanged"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterMemberFieldChanged": {
            "type": "object",
            "description": "A member’s role or name card changed.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterMemberFieldChanged"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "Member_Account": {
                "type": "string"
              },
              "Modified_Account": {
                "type": "string"
              },
              "Role": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Admin",
                  "Member"
                ],
                "examples": [
                  "Admin",
                  "Member"
                ]
              },
              "NameCard": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            },
            "anyOf": [
              {
                "required": [
                  "Member_Account"
                ],
                "properties": {
                  "Member_Account": {
                    "type": "string"
                  }
                }
              },
              {
                "required": [
                  "Modified_Account"
                ],
                "properties": {
                  "Modified_Account": {
                    "type": "string"
                  }
                }
              }
            ]
          }
        }
      },
      "examples": [
        {
          "name": "member-account",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberFieldChanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Member_Account": "jared",
            "Role": "Admin",
            "NameCard": "Jared (ops)",
            "EventTime": 1670574414123
          },
          "summary": "Intl docs: Member_Account."
        },
        {
          "name": "modified-account",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberFieldChanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Modified_Account": "jared",
            "NameCard": "Jared",
            "EventTime": "1670574414123"
          },
          "summary": "China-site docs and SDKs: Modified_Account."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterMemberFieldChanged`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftermemberfieldchanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Member_Account": "jared",
            "Role": "Admin",
            "NameCard": "Jared (ops)",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "no-member",
          "reason": "The changed member is named, as Member_Account or Modified_Account.",
          "pointer": "",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberFieldChanged",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Role": "Admin",
            "NameCard": "Jared (ops)",
            "EventTime": 1670574414123
          },
          "keyword": "anyOf"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterMemberFieldChanged always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterMemberFieldChanged",
            "Type": "Public",
            "Operator_Account": "leckie",
            "Member_Account": "jared",
            "Role": "Admin",
            "NameCard": "Jared (ops)",
            "EventTime": 1670574414123
          },
          "keyword": "required"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/60393",
      "confidence": "documented",
      "title": "A member’s role or name card changed",
      "summary": "A member’s role or name card changed.",
      "notes": "The member is Member_Account in the intl docs and Modified_Account in the China-site doc 269/105353 and the doocs SDK: either is accepted, one must be present.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterGroupAttrChanged",
      "operationId": "groupCallbackAfterGroupAttrChanged",
      "typeName": "GroupCallbackAfterGroupAttrChanged",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterGroupAttrChanged"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterGroupAttrChanged": {
            "type": "object",
            "description": "Group custom attributes changed.",
            "required": [
              "CallbackCommand",
              "GroupId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterGroupAttrChanged"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "OptionType": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "set",
                  "modify",
                  "clear",
                  "delete"
                ],
                "examples": [
                  "set",
                  "modify",
                  "clear",
                  "delete"
                ]
              },
              "GroupAttr": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "key": {
                      "type": "string"
                    },
                    "value": {
                      "type": "string"
                    }
                  }
                },
                "description": "Lower-case key/value, unlike every other Tencent field."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "set",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupAttrChanged",
            "GroupId": "@TGS#aC5SZEAEF",
            "Type": "AVChatRoom",
            "Operator_Account": "leckie",
            "OptionType": "set",
            "GroupAttr": [
              {
                "key": "seat-1",
                "value": "jared"
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterGroupAttrChanged`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftergroupattrchanged",
            "GroupId": "@TGS#aC5SZEAEF",
            "Type": "AVChatRoom",
            "Operator_Account": "leckie",
            "OptionType": "set",
            "GroupAttr": [
              {
                "key": "seat-1",
                "value": "jared"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterGroupAttrChanged always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupAttrChanged",
            "Type": "AVChatRoom",
            "Operator_Account": "leckie",
            "OptionType": "set",
            "GroupAttr": [
              {
                "key": "seat-1",
                "value": "jared"
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupAttrChanged",
            "GroupId": "@TGS#aC5SZEAEF",
            "Type": "AVChatRoom",
            "Operator_Account": "leckie",
            "OptionType": "set",
            "GroupAttr": [
              {
                "key": "seat-1",
                "value": "jared"
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/60394",
      "confidence": "documented",
      "title": "Group custom attributes changed",
      "summary": "Group custom attributes changed.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterReadReceipt",
      "operationId": "groupCallbackAfterReadReceipt",
      "typeName": "GroupCallbackAfterReadReceipt",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterReadReceipt"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterReadReceipt": {
            "type": "object",
            "description": "Group message read receipts changed.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "GroupMsgReceiptList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterReadReceipt"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "GroupMsgReceiptList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "MsgSeq": {
                      "type": "integer"
                    },
                    "ReadNum": {
                      "type": "integer"
                    },
                    "UnreadNum": {
                      "type": "integer"
                    },
                    "ReadReceiptMembers": {
                      "type": "array",
                      "items": {
                        "$ref": "#/$defs/MemberAccount"
                      }
                    }
                  }
                }
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "MemberAccount": {
            "type": "object",
            "required": [
              "Member_Account"
            ],
            "properties": {
              "Member_Account": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "receipts",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterReadReceipt",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "GroupMsgReceiptList": [
              {
                "MsgSeq": 123,
                "ReadNum": 2,
                "UnreadNum": 1,
                "ReadReceiptMembers": [
                  {
                    "Member_Account": "jared"
                  },
                  {
                    "Member_Account": "tommy"
                  }
                ]
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterReadReceipt`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackafterreadreceipt",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "GroupMsgReceiptList": [
              {
                "MsgSeq": 123,
                "ReadNum": 2,
                "UnreadNum": 1,
                "ReadReceiptMembers": [
                  {
                    "Member_Account": "jared"
                  },
                  {
                    "Member_Account": "tommy"
                  }
                ]
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterReadReceipt always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterReadReceipt",
            "Type": "Public",
            "GroupMsgReceiptList": [
              {
                "MsgSeq": 123,
                "ReadNum": 2,
                "UnreadNum": 1,
                "ReadReceiptMembers": [
                  {
                    "Member_Account": "jared"
                  },
                  {
                    "Member_Account": "tommy"
                  }
                ]
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterReadReceipt",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "GroupMsgReceiptList": [
              {
                "MsgSeq": 123,
                "ReadNum": 2,
                "UnreadNum": 1,
                "ReadReceiptMembers": [
                  {
                    "Member_Account": "jared"
                  },
                  {
                    "Member_Account": "tommy"
                  }
                ]
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/60395",
      "confidence": "documented",
      "title": "Group message read receipts changed",
      "summary": "Group message read receipts changed.",
      "notes": "Not sent for Community groups.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterChangeGroupOwner",
      "operationId": "groupCallbackAfterChangeGroupOwner",
      "typeName": "GroupCallbackAfterChangeGroupOwner",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterChangeGroupOwner"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterChangeGroupOwner": {
            "type": "object",
            "description": "Group ownership was transferred.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "NewOwner_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterChangeGroupOwner"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "Operator_Account": {
                "type": "string"
              },
              "OldOwner_Account": {
                "type": "string"
              },
              "NewOwner_Account": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "transfer",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterChangeGroupOwner",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "OldOwner_Account": "leckie",
            "NewOwner_Account": "jared",
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterChangeGroupOwner`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackafterchangegroupowner",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "OldOwner_Account": "leckie",
            "NewOwner_Account": "jared",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterChangeGroupOwner always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterChangeGroupOwner",
            "Type": "Public",
            "Operator_Account": "leckie",
            "OldOwner_Account": "leckie",
            "NewOwner_Account": "jared",
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterChangeGroupOwner",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "Operator_Account": "leckie",
            "OldOwner_Account": "leckie",
            "NewOwner_Account": "jared",
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/60396",
      "confidence": "documented",
      "title": "Group ownership was transferred",
      "summary": "Group ownership was transferred.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackOnDailyGroupQuotaAlarm",
      "operationId": "groupCallbackOnDailyGroupQuotaAlarm",
      "typeName": "GroupCallbackOnDailyGroupQuotaAlarm",
      "kind": "notify",
      "tags": [
        "alarm"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackOnDailyGroupQuotaAlarm"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackOnDailyGroupQuotaAlarm": {
            "type": "object",
            "description": "The app neared its daily quota of new groups.",
            "required": [
              "CallbackCommand",
              "QuotaUsed",
              "Quota"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackOnDailyGroupQuotaAlarm"
              },
              "QuotaUsed": {
                "type": "integer"
              },
              "Quota": {
                "type": "integer"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "alarm",
          "payload": {
            "CallbackCommand": "Group.CallbackOnDailyGroupQuotaAlarm",
            "QuotaUsed": 9000,
            "Quota": 10000,
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackOnDailyGroupQuotaAlarm`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackondailygroupquotaalarm",
            "QuotaUsed": 9000,
            "Quota": 10000,
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-quotaused",
          "reason": "Group.CallbackOnDailyGroupQuotaAlarm always names QuotaUsed.",
          "pointer": "/QuotaUsed",
          "payload": {
            "CallbackCommand": "Group.CallbackOnDailyGroupQuotaAlarm",
            "Quota": 10000,
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackOnDailyGroupQuotaAlarm",
            "QuotaUsed": 9000,
            "Quota": 10000,
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/57455",
      "confidence": "documented",
      "title": "The app neared its daily quota of new groups",
      "summary": "The app neared its daily quota of new groups.",
      "notes": "No GroupId.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterRecallMsg",
      "operationId": "groupCallbackAfterRecallMsg",
      "typeName": "GroupCallbackAfterRecallMsg",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterRecallMsg"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterRecallMsg": {
            "type": "object",
            "description": "Group messages were recalled.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "MsgSeqList"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterRecallMsg"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Type": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community",
                  "Work",
                  "Meeting",
                  "Live"
                ],
                "description": "Public, Private (Work), ChatRoom (Meeting), AVChatRoom (Live), Community; also BChatRoom, Live, Work, Meeting in some docs and SDKs: an open string.",
                "examples": [
                  "Public",
                  "Private",
                  "ChatRoom",
                  "AVChatRoom",
                  "Community"
                ]
              },
              "GroupId": {
                "type": "string"
              },
              "MsgSeqList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "MsgSeq"
                  ],
                  "properties": {
                    "MsgSeq": {
                      "type": "integer"
                    }
                  }
                }
              },
              "TopicId": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "recalled",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterRecallMsg",
            "Operator_Account": "leckie",
            "Type": "Public",
            "GroupId": "@TGS#2J4SZEAEL",
            "MsgSeqList": [
              {
                "MsgSeq": 123
              }
            ],
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterRecallMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackafterrecallmsg",
            "Operator_Account": "leckie",
            "Type": "Public",
            "GroupId": "@TGS#2J4SZEAEL",
            "MsgSeqList": [
              {
                "MsgSeq": 123
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterRecallMsg always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterRecallMsg",
            "Operator_Account": "leckie",
            "Type": "Public",
            "MsgSeqList": [
              {
                "MsgSeq": 123
              }
            ],
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterRecallMsg",
            "Operator_Account": "leckie",
            "Type": "Public",
            "GroupId": "@TGS#2J4SZEAEL",
            "MsgSeqList": [
              {
                "MsgSeq": 123
              }
            ],
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/46979",
      "confidence": "documented",
      "title": "Group messages were recalled",
      "summary": "Group messages were recalled.",
      "notes": "Has its own doc page but is missing from the command-list table.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "C2C.CallbackAfterC2CMsgExtension",
      "operationId": "c2CCallbackAfterC2CMsgExtension",
      "typeName": "C2CCallbackAfterC2CMsgExtension",
      "kind": "after",
      "tags": [
        "c2c"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/C2CCallbackAfterC2CMsgExtension"
          }
        ],
        "$defs": {
          "C2CCallbackAfterC2CMsgExtension": {
            "type": "object",
            "description": "Extensions of a one-to-one message changed.",
            "required": [
              "CallbackCommand",
              "MsgKey",
              "OperateType"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "C2C.CallbackAfterC2CMsgExtension"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "MsgKey": {
                "type": "string"
              },
              "OperateType": {
                "type": "integer",
                "x-chathooks-open-enum": [
                  1,
                  2,
                  3
                ],
                "description": "1 set, 2 delete, 3 clear."
              },
              "ExtensionList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "Key"
                  ],
                  "properties": {
                    "Key": {
                      "type": "string"
                    },
                    "Value": {
                      "type": "string",
                      "description": "Empty on delete."
                    },
                    "Seq": {
                      "type": "integer"
                    }
                  }
                }
              },
              "Seq": {
                "type": "integer"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          },
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          }
        }
      },
      "examples": [
        {
          "name": "set",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterC2CMsgExtension",
            "From_Account": "jared",
            "To_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "OperateType": 1,
            "ExtensionList": [
              {
                "Key": "vote",
                "Value": "yes",
                "Seq": 1
              }
            ],
            "Seq": 1,
            "EventTime": 1765430400123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `C2C.CallbackAfterC2CMsgExtension`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "c2c.callbackafterc2cmsgextension",
            "From_Account": "jared",
            "To_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "OperateType": 1,
            "ExtensionList": [
              {
                "Key": "vote",
                "Value": "yes",
                "Seq": 1
              }
            ],
            "Seq": 1,
            "EventTime": 1765430400123
          },
          "keyword": "const"
        },
        {
          "name": "missing-msgkey",
          "reason": "C2C.CallbackAfterC2CMsgExtension always names MsgKey.",
          "pointer": "/MsgKey",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterC2CMsgExtension",
            "From_Account": "jared",
            "To_Account": "leckie",
            "OperateType": 1,
            "ExtensionList": [
              {
                "Key": "vote",
                "Value": "yes",
                "Seq": 1
              }
            ],
            "Seq": 1,
            "EventTime": 1765430400123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "C2C.CallbackAfterC2CMsgExtension",
            "From_Account": "jared",
            "To_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "OperateType": 1,
            "ExtensionList": [
              {
                "Key": "vote",
                "Value": "yes",
                "Seq": 1
              }
            ],
            "Seq": 1,
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://trtc.io/document/76006",
      "confidence": "documented",
      "title": "Extensions of a one-to-one message changed",
      "summary": "Extensions of a one-to-one message changed.",
      "notes": "New in 2025-12 (trtc 76006, cn 269/126475).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Group.CallbackAfterGroupMsgExtension",
      "operationId": "groupCallbackAfterGroupMsgExtension",
      "typeName": "GroupCallbackAfterGroupMsgExtension",
      "kind": "after",
      "tags": [
        "group"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/GroupCallbackAfterGroupMsgExtension"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "GroupCallbackAfterGroupMsgExtension": {
            "type": "object",
            "description": "Extensions of a group message changed.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "MsgSeq",
              "OperateType"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Group.CallbackAfterGroupMsgExtension"
              },
              "GroupId": {
                "type": "string"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "OperateType": {
                "type": "integer",
                "x-chathooks-open-enum": [
                  1,
                  2,
                  3
                ],
                "description": "1 set, 2 delete, 3 clear."
              },
              "ExtensionList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "Key"
                  ],
                  "properties": {
                    "Key": {
                      "type": "string"
                    },
                    "Value": {
                      "type": "string",
                      "description": "Empty on delete."
                    },
                    "Seq": {
                      "type": "integer"
                    }
                  }
                }
              },
              "Seq": {
                "type": "integer"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "cleared",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupMsgExtension",
            "GroupId": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "OperateType": 3,
            "ExtensionList": [],
            "Seq": 4,
            "EventTime": 1765430400123
          },
          "summary": "Clear sends an empty list."
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Group.CallbackAfterGroupMsgExtension`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "group.callbackaftergroupmsgextension",
            "GroupId": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "OperateType": 3,
            "ExtensionList": [],
            "Seq": 4,
            "EventTime": 1765430400123
          },
          "keyword": "const"
        },
        {
          "name": "missing-groupid",
          "reason": "Group.CallbackAfterGroupMsgExtension always names GroupId.",
          "pointer": "/GroupId",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupMsgExtension",
            "MsgSeq": 123,
            "OperateType": 3,
            "ExtensionList": [],
            "Seq": 4,
            "EventTime": 1765430400123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Group.CallbackAfterGroupMsgExtension",
            "GroupId": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "OperateType": 3,
            "ExtensionList": [],
            "Seq": 4,
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://trtc.io/document/76007",
      "confidence": "documented",
      "title": "Extensions of a group message changed",
      "summary": "Extensions of a group message changed.",
      "notes": "New in 2025-12 (trtc 76007, cn 269/126476).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackBeforeCreateOfficialAccount",
      "operationId": "officialAccountCallbackBeforeCreateOfficialAccount",
      "typeName": "OfficialAccountCallbackBeforeCreateOfficialAccount",
      "kind": "before",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackBeforeCreateOfficialAccount"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackBeforeCreateOfficialAccount": {
            "type": "object",
            "description": "Before an official account is created.",
            "required": [
              "CallbackCommand",
              "Operator_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackBeforeCreateOfficialAccount"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "create",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeCreateOfficialAccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme News",
            "Introduction": "Daily headlines",
            "Organization": "Acme"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackBeforeCreateOfficialAccount`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackbeforecreateofficialaccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme News",
            "Introduction": "Daily headlines",
            "Organization": "Acme"
          },
          "keyword": "const"
        },
        {
          "name": "missing-operator-account",
          "reason": "OfficialAccount.CallbackBeforeCreateOfficialAccount always names Operator_Account.",
          "pointer": "/Operator_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeCreateOfficialAccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme News",
            "Introduction": "Daily headlines",
            "Organization": "Acme"
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeCreateOfficialAccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "Owner_Account": "leckie",
            "Name": "Acme News",
            "Introduction": "Daily headlines",
            "Organization": "Acme"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "Before an official account is created",
      "summary": "Before an official account is created.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/OfficialAccountBeforeReply"
            }
          ],
          "$defs": {
            "OfficialAccountBeforeReply": {
              "type": "object",
              "description": "Before an official account is created or subscribed to (third-party SDK contract).",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    }
                  ],
                  "description": "0 allow; 1 refuse."
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 1,
              "ErrorInfo": "refused"
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterCreateOfficialAccount",
      "operationId": "officialAccountCallbackAfterCreateOfficialAccount",
      "typeName": "OfficialAccountCallbackAfterCreateOfficialAccount",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterCreateOfficialAccount"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterCreateOfficialAccount": {
            "type": "object",
            "description": "An official account was created.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterCreateOfficialAccount"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "created",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterCreateOfficialAccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme News"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterCreateOfficialAccount`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackaftercreateofficialaccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme News"
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterCreateOfficialAccount always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterCreateOfficialAccount",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme News"
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterCreateOfficialAccount",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "Owner_Account": "leckie",
            "Name": "Acme News"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "An official account was created",
      "summary": "An official account was created.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
      "operationId": "officialAccountCallbackAfterOfficialAccountInfoChanged",
      "typeName": "OfficialAccountCallbackAfterOfficialAccountInfoChanged",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterOfficialAccountInfoChanged"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterOfficialAccountInfoChanged": {
            "type": "object",
            "description": "An official account’s profile changed.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "renamed",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Name": "Acme Daily"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterOfficialAccountInfoChanged`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackafterofficialaccountinfochanged",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Name": "Acme Daily"
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Name": "Acme Daily"
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "Name": "Acme Daily"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "An official account’s profile changed",
      "summary": "An official account’s profile changed.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterOfficialAccountDestroyed",
      "operationId": "officialAccountCallbackAfterOfficialAccountDestroyed",
      "typeName": "OfficialAccountCallbackAfterOfficialAccountDestroyed",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterOfficialAccountDestroyed"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterOfficialAccountDestroyed": {
            "type": "object",
            "description": "An official account was destroyed.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterOfficialAccountDestroyed"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "destroyed",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountDestroyed",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme Daily"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterOfficialAccountDestroyed`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackafterofficialaccountdestroyed",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme Daily"
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterOfficialAccountDestroyed always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountDestroyed",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "Owner_Account": "leckie",
            "Name": "Acme Daily"
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountDestroyed",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "Owner_Account": "leckie",
            "Name": "Acme Daily"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "An official account was destroyed",
      "summary": "An official account was destroyed.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackBeforeAddSubscriber",
      "operationId": "officialAccountCallbackBeforeAddSubscriber",
      "typeName": "OfficialAccountCallbackBeforeAddSubscriber",
      "kind": "before",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackBeforeAddSubscriber"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackBeforeAddSubscriber": {
            "type": "object",
            "description": "Before users subscribe to an official account.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackBeforeAddSubscriber"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "SubscribeAccountList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "Subscriber_Account"
                  ],
                  "properties": {
                    "Subscriber_Account": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "subscribe",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeAddSubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackBeforeAddSubscriber`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackbeforeaddsubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackBeforeAddSubscriber always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeAddSubscriber",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              }
            ]
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeAddSubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              }
            ]
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "Before users subscribe to an official account",
      "summary": "Before users subscribe to an official account.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/OfficialAccountBeforeReply"
            }
          ],
          "$defs": {
            "OfficialAccountBeforeReply": {
              "type": "object",
              "description": "Before an official account is created or subscribed to (third-party SDK contract).",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    }
                  ],
                  "description": "0 allow; 1 refuse."
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 1,
              "ErrorInfo": "refused"
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterAddSubscriber",
      "operationId": "officialAccountCallbackAfterAddSubscriber",
      "typeName": "OfficialAccountCallbackAfterAddSubscriber",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterAddSubscriber"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterAddSubscriber": {
            "type": "object",
            "description": "Users subscribed to an official account.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterAddSubscriber"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "SubscribeAccountList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "Subscriber_Account"
                  ],
                  "properties": {
                    "Subscriber_Account": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "subscribed",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterAddSubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              },
              {
                "Subscriber_Account": "tommy"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterAddSubscriber`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackafteraddsubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              },
              {
                "Subscriber_Account": "tommy"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterAddSubscriber always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterAddSubscriber",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              },
              {
                "Subscriber_Account": "tommy"
              }
            ]
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterAddSubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "jared"
              },
              {
                "Subscriber_Account": "tommy"
              }
            ]
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "Users subscribed to an official account",
      "summary": "Users subscribed to an official account.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterOfficialAccountFull",
      "operationId": "officialAccountCallbackAfterOfficialAccountFull",
      "typeName": "OfficialAccountCallbackAfterOfficialAccountFull",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterOfficialAccountFull"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterOfficialAccountFull": {
            "type": "object",
            "description": "An official account reached its subscriber limit.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterOfficialAccountFull"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "full",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountFull",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterOfficialAccountFull`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackafterofficialaccountfull",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterOfficialAccountFull always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountFull",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountFull",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "An official account reached its subscriber limit",
      "summary": "An official account reached its subscriber limit.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterDeleteSubscriber",
      "operationId": "officialAccountCallbackAfterDeleteSubscriber",
      "typeName": "OfficialAccountCallbackAfterDeleteSubscriber",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterDeleteSubscriber"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterDeleteSubscriber": {
            "type": "object",
            "description": "Users unsubscribed from an official account.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterDeleteSubscriber"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "SubscribeAccountList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "Subscriber_Account"
                  ],
                  "properties": {
                    "Subscriber_Account": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "unsubscribed",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterDeleteSubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "tommy"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterDeleteSubscriber`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackafterdeletesubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "tommy"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterDeleteSubscriber always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterDeleteSubscriber",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "tommy"
              }
            ]
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterDeleteSubscriber",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "SubscribeAccountList": [
              {
                "Subscriber_Account": "tommy"
              }
            ]
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "Users unsubscribed from an official account",
      "summary": "Users unsubscribed from an official account.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackBeforeSendMsg",
      "operationId": "officialAccountCallbackBeforeSendMsg",
      "typeName": "OfficialAccountCallbackBeforeSendMsg",
      "kind": "before",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackBeforeSendMsg"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "OfficialAccountCallbackBeforeSendMsg": {
            "type": "object",
            "description": "Before an official account message is delivered.",
            "required": [
              "CallbackCommand",
              "Official_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackBeforeSendMsg"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "From_Account": {
                "type": "string"
              },
              "MsgKey": {
                "type": "string"
              },
              "MsgTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              }
            }
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "text",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": ""
          }
        },
        {
          "name": "image",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMImageElem",
                "MsgContent": {
                  "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F",
                  "ImageFormat": 1,
                  "ImageInfoArray": [
                    {
                      "Type": 1,
                      "Size": 1553,
                      "Width": 68,
                      "Height": 68,
                      "URL": "https://im.example.com/img/original.jpg"
                    },
                    {
                      "Type": 3,
                      "Size": 1553,
                      "Width": 68,
                      "Height": 68,
                      "URL": "https://im.example.com/img/thumb.jpg"
                    }
                  ]
                }
              }
            ],
            "CloudCustomData": ""
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackBeforeSendMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackbeforesendmsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": ""
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": ""
          },
          "keyword": "oneOf"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackBeforeSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": ""
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/60803",
      "confidence": "documented",
      "title": "Before an official account message is delivered",
      "summary": "Before an official account message is delivered.",
      "notes": "The replacement MsgBody/CloudCustomData is inferred from the group callback.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/OfficialAccountSendMsgReply"
            }
          ],
          "$defs": {
            "MsgBody": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/MsgElement"
              },
              "description": "The message body: a list of elements."
            },
            "MsgElement": {
              "type": "object",
              "description": "One message element, discriminated by MsgType.",
              "oneOf": [
                {
                  "$ref": "#/$defs/TIMTextElem"
                },
                {
                  "$ref": "#/$defs/TIMLocationElem"
                },
                {
                  "$ref": "#/$defs/TIMFaceElem"
                },
                {
                  "$ref": "#/$defs/TIMCustomElem"
                },
                {
                  "$ref": "#/$defs/TIMSoundElem"
                },
                {
                  "$ref": "#/$defs/TIMImageElem"
                },
                {
                  "$ref": "#/$defs/TIMFileElem"
                },
                {
                  "$ref": "#/$defs/TIMVideoFileElem"
                },
                {
                  "$ref": "#/$defs/TIMRelayElem"
                }
              ]
            },
            "OfficialAccountSendMsgReply": {
              "type": "object",
              "description": "Before an official account message is delivered.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer",
                  "anyOf": [
                    {
                      "const": 0
                    },
                    {
                      "const": 1
                    }
                  ],
                  "description": "0 allow (optionally rewritten); 1 forbid. Refusal ranges are not documented."
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "MsgBody": {
                  "$ref": "#/$defs/MsgBody"
                },
                "CloudCustomData": {
                  "type": "string"
                }
              }
            },
            "TIMCustomElem": {
              "type": "object",
              "description": "Custom message (at most one per message).",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMCustomElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Data": {
                      "type": "string"
                    },
                    "Desc": {
                      "type": "string"
                    },
                    "Ext": {
                      "type": "string"
                    },
                    "Sound": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMFaceElem": {
              "type": "object",
              "description": "Emoji.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMFaceElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Index"
                  ],
                  "properties": {
                    "Index": {
                      "type": "number"
                    },
                    "Data": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMFileElem": {
              "type": "object",
              "description": "File; old SDKs send no Url or Download_Flag.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMFileElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Url": {
                      "type": "string"
                    },
                    "UUID": {
                      "type": "string"
                    },
                    "FileSize": {
                      "type": "number"
                    },
                    "FileName": {
                      "type": "string"
                    },
                    "Download_Flag": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMImageElem": {
              "type": "object",
              "description": "Image.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMImageElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "UUID": {
                      "type": "string"
                    },
                    "ImageFormat": {
                      "type": "number",
                      "x-chathooks-open-enum": [
                        1,
                        2,
                        3,
                        4,
                        255
                      ],
                      "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                    },
                    "ImageInfoArray": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "Type": {
                            "type": "number",
                            "x-chathooks-open-enum": [
                              1,
                              2,
                              3
                            ],
                            "description": "1 original, 2 large, 3 thumbnail."
                          },
                          "Size": {
                            "type": "number"
                          },
                          "Width": {
                            "type": "number"
                          },
                          "Height": {
                            "type": "number"
                          },
                          "URL": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            "TIMLocationElem": {
              "type": "object",
              "description": "Location.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMLocationElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Latitude",
                    "Longitude"
                  ],
                  "properties": {
                    "Desc": {
                      "type": "string"
                    },
                    "Latitude": {
                      "type": "number"
                    },
                    "Longitude": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMRelayElem": {
              "type": "object",
              "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMRelayElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Title": {
                      "type": "string"
                    },
                    "MsgNum": {
                      "type": "integer"
                    },
                    "CompatibleText": {
                      "type": "string"
                    },
                    "AbstractList": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "MsgList": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "From_Account": {
                            "type": "string"
                          },
                          "To_Account": {
                            "type": "string"
                          },
                          "GroupId": {
                            "type": "string"
                          },
                          "MsgSeq": {
                            "type": "integer"
                          },
                          "MsgRandom": {
                            "type": "integer"
                          },
                          "MsgTimeStamp": {
                            "type": "integer"
                          },
                          "MsgBody": {
                            "$ref": "#/$defs/MsgBody"
                          },
                          "CloudCustomData": {
                            "type": "string"
                          }
                        }
                      }
                    },
                    "JsonMsgKey": {
                      "type": "string",
                      "description": "Instead of MsgList when the combined message exceeds 12 KB."
                    }
                  }
                }
              }
            },
            "TIMSoundElem": {
              "type": "object",
              "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMSoundElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "Url": {
                      "type": "string"
                    },
                    "UUID": {
                      "type": "string"
                    },
                    "Size": {
                      "type": "number"
                    },
                    "Second": {
                      "type": "number"
                    },
                    "Download_Flag": {
                      "type": "number"
                    }
                  }
                }
              }
            },
            "TIMTextElem": {
              "type": "object",
              "description": "Text.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMTextElem"
                },
                "MsgContent": {
                  "type": "object",
                  "required": [
                    "Text"
                  ],
                  "properties": {
                    "Text": {
                      "type": "string"
                    }
                  }
                }
              }
            },
            "TIMVideoFileElem": {
              "type": "object",
              "description": "Video; old SDKs send no URLs or download flags.",
              "required": [
                "MsgType",
                "MsgContent"
              ],
              "properties": {
                "MsgType": {
                  "type": "string",
                  "const": "TIMVideoFileElem"
                },
                "MsgContent": {
                  "type": "object",
                  "properties": {
                    "VideoUrl": {
                      "type": "string"
                    },
                    "VideoUUID": {
                      "type": "string"
                    },
                    "VideoFormat": {
                      "type": "string"
                    },
                    "ThumbUrl": {
                      "type": "string"
                    },
                    "ThumbUUID": {
                      "type": "string"
                    },
                    "ThumbFormat": {
                      "type": "string"
                    },
                    "VideoSize": {
                      "type": "number"
                    },
                    "VideoSecond": {
                      "type": "number"
                    },
                    "VideoDownloadFlag": {
                      "type": "number"
                    },
                    "ThumbSize": {
                      "type": "number"
                    },
                    "ThumbWidth": {
                      "type": "number"
                    },
                    "ThumbHeight": {
                      "type": "number"
                    },
                    "ThumbDownloadFlag": {
                      "type": "number"
                    }
                  }
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 1,
              "ErrorInfo": "refused"
            }
          },
          {
            "name": "rewrite",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "MsgBody": [
                {
                  "MsgType": "TIMTextElem",
                  "MsgContent": {
                    "Text": "hi there"
                  }
                }
              ]
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterSendMsg",
      "operationId": "officialAccountCallbackAfterSendMsg",
      "typeName": "OfficialAccountCallbackAfterSendMsg",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterSendMsg"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "OfficialAccountCallbackAfterSendMsg": {
            "type": "object",
            "description": "An official account message was sent.",
            "required": [
              "CallbackCommand",
              "Official_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterSendMsg"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "From_Account": {
                "type": "string"
              },
              "MsgKey": {
                "type": "string"
              },
              "MsgTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              }
            }
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "sent",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": ""
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterSendMsg`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackaftersendmsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": ""
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": ""
          },
          "keyword": "oneOf"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterSendMsg",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "From_Account": "leckie",
            "MsgKey": "48374_2837546_1557481126",
            "MsgTime": 1557481126,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": ""
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/60804",
      "confidence": "documented",
      "title": "An official account message was sent",
      "summary": "An official account message was sent.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "OfficialAccount.CallbackAfterMsgWithDraw",
      "operationId": "officialAccountCallbackAfterMsgWithDraw",
      "typeName": "OfficialAccountCallbackAfterMsgWithDraw",
      "kind": "after",
      "tags": [
        "official-account"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/OfficialAccountCallbackAfterMsgWithDraw"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "OfficialAccountCallbackAfterMsgWithDraw": {
            "type": "object",
            "description": "An official account message was recalled.",
            "required": [
              "CallbackCommand",
              "Official_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "OfficialAccount.CallbackAfterMsgWithDraw"
              },
              "Official_Account": {
                "type": "string",
                "description": "e.g. @TOA#_2J4SZEAEL"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Owner_Account": {
                "type": "string"
              },
              "Name": {
                "type": "string"
              },
              "Introduction": {
                "type": "string"
              },
              "FaceUrl": {
                "type": "string"
              },
              "Organization": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "WithdrawMsgList": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "MsgKey"
                  ],
                  "properties": {
                    "MsgKey": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "recalled",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterMsgWithDraw",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "WithdrawMsgList": [
              {
                "MsgKey": "48374_2837546_1557481126"
              }
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `OfficialAccount.CallbackAfterMsgWithDraw`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "officialaccount.callbackaftermsgwithdraw",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "WithdrawMsgList": [
              {
                "MsgKey": "48374_2837546_1557481126"
              }
            ]
          },
          "keyword": "const"
        },
        {
          "name": "missing-official-account",
          "reason": "OfficialAccount.CallbackAfterMsgWithDraw always names Official_Account.",
          "pointer": "/Official_Account",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterMsgWithDraw",
            "Operator_Account": "leckie",
            "EventTime": 1670574414123,
            "WithdrawMsgList": [
              {
                "MsgKey": "48374_2837546_1557481126"
              }
            ]
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "OfficialAccount.CallbackAfterMsgWithDraw",
            "Official_Account": "@TOA#_2J4SZEAEL",
            "Operator_Account": "leckie",
            "EventTime": "2022-12-09T08:26:54Z",
            "WithdrawMsgList": [
              {
                "MsgKey": "48374_2837546_1557481126"
              }
            ]
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "An official account message was recalled",
      "summary": "An official account message was recalled.",
      "notes": "Known from the doocs server SDK (CallbackCommand constants and callback models) and the official-channel docs 60803/60804; field list not on a Tencent page.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Bot.OnC2CMessage",
      "operationId": "botOnC2CMessage",
      "typeName": "BotOnC2CMessage",
      "kind": "after",
      "tags": [
        "bot"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/BotOnC2CMessage"
          }
        ],
        "$defs": {
          "BotOnC2CMessage": {
            "type": "object",
            "description": "A user sent a one-to-one message to a bot.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "To_Account",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Bot.OnC2CMessage"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgRandom": {
                "type": "integer"
              },
              "MsgTime": {
                "type": "integer",
                "description": "Unix seconds."
              },
              "MsgKey": {
                "type": "string",
                "description": "\"{MsgSeq}_{MsgRandom}_{MsgTime}\"."
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              }
            }
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "to-bot",
          "payload": {
            "CallbackCommand": "Bot.OnC2CMessage",
            "From_Account": "jared",
            "To_Account": "@RBT#support",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Bot.OnC2CMessage`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "bot.onc2cmessage",
            "From_Account": "jared",
            "To_Account": "@RBT#support",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "hi there"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "Bot.OnC2CMessage",
            "From_Account": "jared",
            "To_Account": "@RBT#support",
            "MsgSeq": 48374,
            "MsgRandom": 2837546,
            "MsgTime": 1557481126,
            "MsgKey": "48374_2837546_1557481126",
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/68952",
      "confidence": "third-party",
      "title": "A user sent a one-to-one message to a bot",
      "summary": "A user sent a one-to-one message to a bot.",
      "notes": "Fields as C2C.CallbackAfterSendMsg (third-party SDK; doc 68952).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Bot.OnGroupMessage",
      "operationId": "botOnGroupMessage",
      "typeName": "BotOnGroupMessage",
      "kind": "after",
      "tags": [
        "bot"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/BotOnGroupMessage"
          }
        ],
        "$defs": {
          "BotOnGroupMessage": {
            "type": "object",
            "description": "A bot was @-mentioned in a group.",
            "required": [
              "CallbackCommand",
              "GroupId",
              "MsgBody"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Bot.OnGroupMessage"
              },
              "GroupId": {
                "type": "string"
              },
              "Type": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "Operator_Account": {
                "type": "string"
              },
              "Random": {
                "type": "integer"
              },
              "OnlineOnlyFlag": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "MsgBody": {
                "$ref": "#/$defs/MsgBody"
              },
              "CloudCustomData": {
                "type": "string"
              },
              "TopicId": {
                "type": "string",
                "description": "Only in topic-enabled communities."
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgTime": {
                "type": "integer"
              },
              "AtRobotAccount": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Named AtRobotAccount in the SDK; the doc may spell AtRobots_Account."
              }
            }
          },
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "MsgBody": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/MsgElement"
            },
            "description": "The message body: a list of elements."
          },
          "MsgElement": {
            "type": "object",
            "description": "One message element, discriminated by MsgType.",
            "oneOf": [
              {
                "$ref": "#/$defs/TIMTextElem"
              },
              {
                "$ref": "#/$defs/TIMLocationElem"
              },
              {
                "$ref": "#/$defs/TIMFaceElem"
              },
              {
                "$ref": "#/$defs/TIMCustomElem"
              },
              {
                "$ref": "#/$defs/TIMSoundElem"
              },
              {
                "$ref": "#/$defs/TIMImageElem"
              },
              {
                "$ref": "#/$defs/TIMFileElem"
              },
              {
                "$ref": "#/$defs/TIMVideoFileElem"
              },
              {
                "$ref": "#/$defs/TIMRelayElem"
              }
            ]
          },
          "TIMCustomElem": {
            "type": "object",
            "description": "Custom message (at most one per message).",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMCustomElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Data": {
                    "type": "string"
                  },
                  "Desc": {
                    "type": "string"
                  },
                  "Ext": {
                    "type": "string"
                  },
                  "Sound": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFaceElem": {
            "type": "object",
            "description": "Emoji.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFaceElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Index"
                ],
                "properties": {
                  "Index": {
                    "type": "number"
                  },
                  "Data": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMFileElem": {
            "type": "object",
            "description": "File; old SDKs send no Url or Download_Flag.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "FileSize": {
                    "type": "number"
                  },
                  "FileName": {
                    "type": "string"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMImageElem": {
            "type": "object",
            "description": "Image.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMImageElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "UUID": {
                    "type": "string"
                  },
                  "ImageFormat": {
                    "type": "number",
                    "x-chathooks-open-enum": [
                      1,
                      2,
                      3,
                      4,
                      255
                    ],
                    "description": "JPG 1, GIF 2, PNG 3, BMP 4, other 255."
                  },
                  "ImageInfoArray": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "Type": {
                          "type": "number",
                          "x-chathooks-open-enum": [
                            1,
                            2,
                            3
                          ],
                          "description": "1 original, 2 large, 3 thumbnail."
                        },
                        "Size": {
                          "type": "number"
                        },
                        "Width": {
                          "type": "number"
                        },
                        "Height": {
                          "type": "number"
                        },
                        "URL": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "TIMLocationElem": {
            "type": "object",
            "description": "Location.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMLocationElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Latitude",
                  "Longitude"
                ],
                "properties": {
                  "Desc": {
                    "type": "string"
                  },
                  "Latitude": {
                    "type": "number"
                  },
                  "Longitude": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMRelayElem": {
            "type": "object",
            "description": "Combined (forwarded) messages, SDK ≥ 5.2.210 / web ≥ 2.10.1.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMRelayElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Title": {
                    "type": "string"
                  },
                  "MsgNum": {
                    "type": "integer"
                  },
                  "CompatibleText": {
                    "type": "string"
                  },
                  "AbstractList": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "MsgList": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "From_Account": {
                          "type": "string"
                        },
                        "To_Account": {
                          "type": "string"
                        },
                        "GroupId": {
                          "type": "string"
                        },
                        "MsgSeq": {
                          "type": "integer"
                        },
                        "MsgRandom": {
                          "type": "integer"
                        },
                        "MsgTimeStamp": {
                          "type": "integer"
                        },
                        "MsgBody": {
                          "$ref": "#/$defs/MsgBody"
                        },
                        "CloudCustomData": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "JsonMsgKey": {
                    "type": "string",
                    "description": "Instead of MsgList when the combined message exceeds 12 KB."
                  }
                }
              }
            }
          },
          "TIMSoundElem": {
            "type": "object",
            "description": "Voice; SDK 2.x/3.x send only UUID, Size and Second.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMSoundElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "Url": {
                    "type": "string"
                  },
                  "UUID": {
                    "type": "string"
                  },
                  "Size": {
                    "type": "number"
                  },
                  "Second": {
                    "type": "number"
                  },
                  "Download_Flag": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "TIMTextElem": {
            "type": "object",
            "description": "Text.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMTextElem"
              },
              "MsgContent": {
                "type": "object",
                "required": [
                  "Text"
                ],
                "properties": {
                  "Text": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "TIMVideoFileElem": {
            "type": "object",
            "description": "Video; old SDKs send no URLs or download flags.",
            "required": [
              "MsgType",
              "MsgContent"
            ],
            "properties": {
              "MsgType": {
                "type": "string",
                "const": "TIMVideoFileElem"
              },
              "MsgContent": {
                "type": "object",
                "properties": {
                  "VideoUrl": {
                    "type": "string"
                  },
                  "VideoUUID": {
                    "type": "string"
                  },
                  "VideoFormat": {
                    "type": "string"
                  },
                  "ThumbUrl": {
                    "type": "string"
                  },
                  "ThumbUUID": {
                    "type": "string"
                  },
                  "ThumbFormat": {
                    "type": "string"
                  },
                  "VideoSize": {
                    "type": "number"
                  },
                  "VideoSecond": {
                    "type": "number"
                  },
                  "VideoDownloadFlag": {
                    "type": "number"
                  },
                  "ThumbSize": {
                    "type": "number"
                  },
                  "ThumbWidth": {
                    "type": "number"
                  },
                  "ThumbHeight": {
                    "type": "number"
                  },
                  "ThumbDownloadFlag": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "mention",
          "payload": {
            "CallbackCommand": "Bot.OnGroupMessage",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "@support where is my order?"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 130,
            "MsgTime": 1670574414,
            "AtRobotAccount": [
              "@RBT#support"
            ]
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Bot.OnGroupMessage`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "bot.ongroupmessage",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "@support where is my order?"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 130,
            "MsgTime": 1670574414,
            "AtRobotAccount": [
              "@RBT#support"
            ]
          },
          "keyword": "const"
        },
        {
          "name": "unknown-element",
          "reason": "MsgBody elements are one of the documented TIM*Elem types.",
          "pointer": "/MsgBody/0",
          "payload": {
            "CallbackCommand": "Bot.OnGroupMessage",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMStickerElem",
                "MsgContent": {
                  "Sticker": "wave"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": 1670574414123,
            "MsgSeq": 130,
            "MsgTime": 1670574414,
            "AtRobotAccount": [
              "@RBT#support"
            ]
          },
          "keyword": "oneOf"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Bot.OnGroupMessage",
            "GroupId": "@TGS#2J4SZEAEL",
            "Type": "Public",
            "From_Account": "jared",
            "Operator_Account": "admin",
            "Random": 2565856925,
            "OnlineOnlyFlag": 0,
            "MsgBody": [
              {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                  "Text": "@support where is my order?"
                }
              }
            ],
            "CloudCustomData": "your cloud custom data",
            "EventTime": "2022-12-09T08:26:54Z",
            "MsgSeq": 130,
            "MsgTime": 1670574414,
            "AtRobotAccount": [
              "@RBT#support"
            ]
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://www.tencentcloud.com/document/product/1047/68953",
      "confidence": "third-party",
      "title": "A bot was @-mentioned in a group",
      "summary": "A bot was @-mentioned in a group.",
      "notes": "Group after-send fields plus AtRobotAccount (SDK spelling) and TopicId.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Chatbot.OnC2CSignalMessage",
      "operationId": "chatbotOnC2CSignalMessage",
      "typeName": "ChatbotOnC2CSignalMessage",
      "kind": "before",
      "tags": [
        "bot"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ChatbotOnC2CSignalMessage"
          }
        ],
        "$defs": {
          "ChatbotOnC2CSignalMessage": {
            "type": "object",
            "description": "A client sent a custom signal to a smart chatbot.",
            "required": [
              "CallbackCommand",
              "From_Account",
              "To_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Chatbot.OnC2CSignalMessage"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgRandom": {
                "type": "integer"
              },
              "MsgKey": {
                "type": "string"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "Data": {
                "type": "string"
              }
            }
          },
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          }
        }
      },
      "examples": [
        {
          "name": "signal",
          "payload": {
            "CallbackCommand": "Chatbot.OnC2CSignalMessage",
            "From_Account": "leckie",
            "To_Account": "@RBT#chatbot",
            "MsgSeq": 2,
            "MsgRandom": 5501,
            "MsgKey": "2_5501_1670574414",
            "EventTime": 1670574414123,
            "Data": "{\"intent\":\"order_status\"}"
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Chatbot.OnC2CSignalMessage`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "chatbot.onc2csignalmessage",
            "From_Account": "leckie",
            "To_Account": "@RBT#chatbot",
            "MsgSeq": 2,
            "MsgRandom": 5501,
            "MsgKey": "2_5501_1670574414",
            "EventTime": 1670574414123,
            "Data": "{\"intent\":\"order_status\"}"
          },
          "keyword": "const"
        },
        {
          "name": "missing-from-account",
          "reason": "Chatbot.OnC2CSignalMessage always names From_Account.",
          "pointer": "/From_Account",
          "payload": {
            "CallbackCommand": "Chatbot.OnC2CSignalMessage",
            "To_Account": "@RBT#chatbot",
            "MsgSeq": 2,
            "MsgRandom": 5501,
            "MsgKey": "2_5501_1670574414",
            "EventTime": 1670574414123,
            "Data": "{\"intent\":\"order_status\"}"
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Chatbot.OnC2CSignalMessage",
            "From_Account": "leckie",
            "To_Account": "@RBT#chatbot",
            "MsgSeq": 2,
            "MsgRandom": 5501,
            "MsgKey": "2_5501_1670574414",
            "EventTime": "2022-12-09T08:26:54Z",
            "Data": "{\"intent\":\"order_status\"}"
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://cloud.tencent.com/document/product/269/103730",
      "confidence": "documented",
      "title": "A client sent a custom signal to a smart chatbot",
      "summary": "A client sent a custom signal to a smart chatbot.",
      "notes": "The reply carries RspData back to the client (before-style).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/ChatbotSignalReply"
            }
          ],
          "$defs": {
            "ChatbotSignalReply": {
              "type": "object",
              "description": "The chatbot signalling answer.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                },
                "RspData": {
                  "type": "string",
                  "description": "The data sent back to the client."
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "allow",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": "",
              "RspData": "{\"answer\":\"Here is your order status.\"}"
            }
          },
          {
            "name": "block",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "unsupported signal"
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "ContentCallback.ResultNotify",
      "operationId": "contentCallbackResultNotify",
      "typeName": "ContentCallbackResultNotify",
      "kind": "notify",
      "tags": [
        "moderation"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/ContentCallbackResultNotify"
          }
        ],
        "$defs": {
          "ContentCallbackResultNotify": {
            "type": "object",
            "description": "The result of asynchronous content moderation.",
            "required": [
              "CtxcbResult"
            ],
            "properties": {
              "Scene": {
                "type": "string"
              },
              "From_Account": {
                "type": "string"
              },
              "ContactItem": {
                "type": "object"
              },
              "ContentType": {
                "type": "string"
              },
              "TextContent": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "FileURL": {
                "type": "string"
              },
              "MsgID": {
                "type": "string"
              },
              "CtxcbResult": {
                "type": "integer"
              },
              "CtxcbRequestId": {
                "type": "string"
              },
              "CtxcbKeywords": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "CtxcbSuggestion": {
                "type": "string"
              },
              "CtxcbLabel": {
                "type": "string"
              },
              "CloudCustomData": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "blocked-text",
          "payload": {
            "Scene": "C2C",
            "From_Account": "jared",
            "ContactItem": {
              "To_Account": "leckie"
            },
            "ContentType": "Text",
            "TextContent": [
              "buy cheap followers"
            ],
            "MsgID": "144115233406643804-1727580296-4026038328",
            "CtxcbResult": 1,
            "CtxcbRequestId": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
            "CtxcbKeywords": [
              "cheap followers"
            ],
            "CtxcbSuggestion": "Block",
            "CtxcbLabel": "Ad",
            "CloudCustomData": ""
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "missing-ctxcbresult",
          "reason": "ContentCallback.ResultNotify always names CtxcbResult.",
          "pointer": "/CtxcbResult",
          "payload": {
            "Scene": "C2C",
            "From_Account": "jared",
            "ContactItem": {
              "To_Account": "leckie"
            },
            "ContentType": "Text",
            "TextContent": [
              "buy cheap followers"
            ],
            "MsgID": "144115233406643804-1727580296-4026038328",
            "CtxcbRequestId": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
            "CtxcbKeywords": [
              "cheap followers"
            ],
            "CtxcbSuggestion": "Block",
            "CtxcbLabel": "Ad",
            "CloudCustomData": ""
          },
          "keyword": "required"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "The result of asynchronous content moderation",
      "summary": "The result of asynchronous content moderation.",
      "notes": "The SDK model has no CallbackCommand field for this callback, so the body does not repeat the command (the query does).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Alert.RequestOverLimit",
      "operationId": "alertRequestOverLimit",
      "typeName": "AlertRequestOverLimit",
      "kind": "notify",
      "tags": [
        "alarm"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/AlertRequestOverLimit"
          }
        ],
        "$defs": {
          "AlertRequestOverLimit": {
            "type": "object",
            "description": "A REST API exceeded its frequency limit.",
            "required": [
              "CallbackCommand",
              "ServiceName",
              "Command"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Alert.RequestOverLimit"
              },
              "ServiceName": {
                "type": "string"
              },
              "Command": {
                "type": "string"
              },
              "Request": {
                "type": "integer"
              },
              "Limit": {
                "type": "integer"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "over-limit",
          "payload": {
            "CallbackCommand": "Alert.RequestOverLimit",
            "ServiceName": "openim",
            "Command": "sendmsg",
            "Request": 250,
            "Limit": 200
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Alert.RequestOverLimit`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "alert.requestoverlimit",
            "ServiceName": "openim",
            "Command": "sendmsg",
            "Request": 250,
            "Limit": 200
          },
          "keyword": "const"
        },
        {
          "name": "missing-servicename",
          "reason": "Alert.RequestOverLimit always names ServiceName.",
          "pointer": "/ServiceName",
          "payload": {
            "CallbackCommand": "Alert.RequestOverLimit",
            "Command": "sendmsg",
            "Request": 250,
            "Limit": 200
          },
          "keyword": "required"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "A REST API exceeded its frequency limit",
      "summary": "A REST API exceeded its frequency limit.",
      "notes": "Listed as 接口超频告警回调 on the China site; fields from the doocs SDK.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Push.OfflinePush",
      "operationId": "pushOfflinePush",
      "typeName": "PushOfflinePush",
      "kind": "notify",
      "tags": [
        "push"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/PushOfflinePush"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "PushOfflinePush": {
            "type": "object",
            "description": "The result of an offline push.",
            "required": [
              "CallbackCommand",
              "To_Account"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Push.OfflinePush"
              },
              "EventType": {
                "type": "integer"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "From_Account": {
                "type": "string"
              },
              "To_Account": {
                "type": "string"
              },
              "PushPlatform": {
                "type": "integer"
              },
              "PushStage": {
                "type": "integer"
              },
              "MsgKey": {
                "type": "string"
              },
              "GroupID": {
                "type": "string",
                "description": "Capital ID here (GroupId elsewhere)."
              },
              "MsgSeq": {
                "type": "integer"
              },
              "MsgRandom": {
                "type": "integer"
              },
              "MsgTime": {
                "type": "integer"
              },
              "ErrCode": {
                "type": "integer"
              },
              "ErrInfo": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "group-push",
          "payload": {
            "CallbackCommand": "Push.OfflinePush",
            "EventType": 1,
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "GroupID": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "MsgRandom": 2565856925,
            "MsgTime": 1670574414,
            "ErrCode": 0,
            "ErrInfo": ""
          }
        },
        {
          "name": "c2c-push",
          "payload": {
            "CallbackCommand": "Push.OfflinePush",
            "EventType": 1,
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "To_Account": "jared",
            "PushPlatform": 1,
            "PushStage": 3,
            "MsgKey": "48374_2837546_1557481126",
            "ErrCode": 0,
            "ErrInfo": ""
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Push.OfflinePush`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "push.offlinepush",
            "EventType": 1,
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "GroupID": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "MsgRandom": 2565856925,
            "MsgTime": 1670574414,
            "ErrCode": 0,
            "ErrInfo": ""
          },
          "keyword": "const"
        },
        {
          "name": "missing-to-account",
          "reason": "Push.OfflinePush always names To_Account.",
          "pointer": "/To_Account",
          "payload": {
            "CallbackCommand": "Push.OfflinePush",
            "EventType": 1,
            "EventTime": 1670574414123,
            "From_Account": "leckie",
            "PushPlatform": 2,
            "PushStage": 3,
            "GroupID": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "MsgRandom": 2565856925,
            "MsgTime": 1670574414,
            "ErrCode": 0,
            "ErrInfo": ""
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Push.OfflinePush",
            "EventType": 1,
            "EventTime": "2022-12-09T08:26:54Z",
            "From_Account": "leckie",
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "GroupID": "@TGS#2J4SZEAEL",
            "MsgSeq": 123,
            "MsgRandom": 2565856925,
            "MsgTime": 1670574414,
            "ErrCode": 0,
            "ErrInfo": ""
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "The result of an offline push",
      "summary": "The result of an offline push.",
      "notes": "GroupID with a capital ID (GroupId everywhere else).",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    },
    {
      "name": "Push.AllMemberPush",
      "operationId": "pushAllMemberPush",
      "typeName": "PushAllMemberPush",
      "kind": "notify",
      "tags": [
        "push"
      ],
      "payload": {
        "allOf": [
          {
            "$ref": "#/$defs/PushAllMemberPush"
          }
        ],
        "$defs": {
          "EventTime": {
            "description": "Milliseconds since the epoch. Typed Integer in the tables, but many samples send it as a numeric string: both are accepted.",
            "oneOf": [
              {
                "type": "integer"
              },
              {
                "type": "string",
                "pattern": "^[0-9]+$"
              }
            ]
          },
          "PushAllMemberPush": {
            "type": "object",
            "description": "The result of an all-member push task.",
            "required": [
              "CallbackCommand",
              "TaskId"
            ],
            "properties": {
              "CallbackCommand": {
                "type": "string",
                "const": "Push.AllMemberPush"
              },
              "EventType": {
                "type": "integer"
              },
              "TaskId": {
                "type": "string"
              },
              "TaskTime": {
                "type": "integer"
              },
              "EventTime": {
                "$ref": "#/$defs/EventTime"
              },
              "To_Account": {
                "type": "string"
              },
              "PushPlatform": {
                "type": "integer"
              },
              "PushStage": {
                "type": "integer"
              },
              "ErrCode": {
                "type": "integer"
              },
              "ErrInfo": {
                "type": "string"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "task",
          "payload": {
            "CallbackCommand": "Push.AllMemberPush",
            "EventType": 2,
            "TaskId": "6a2b9c1d-push-2026-11-24",
            "TaskTime": 1764000000,
            "EventTime": 1764000000123,
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "ErrCode": 0,
            "ErrInfo": ""
          }
        }
      ],
      "invalidExamples": [
        {
          "name": "wrong-command",
          "reason": "`CallbackCommand` must be exactly `Push.AllMemberPush`.",
          "pointer": "/CallbackCommand",
          "payload": {
            "CallbackCommand": "push.allmemberpush",
            "EventType": 2,
            "TaskId": "6a2b9c1d-push-2026-11-24",
            "TaskTime": 1764000000,
            "EventTime": 1764000000123,
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "ErrCode": 0,
            "ErrInfo": ""
          },
          "keyword": "const"
        },
        {
          "name": "missing-taskid",
          "reason": "Push.AllMemberPush always names TaskId.",
          "pointer": "/TaskId",
          "payload": {
            "CallbackCommand": "Push.AllMemberPush",
            "EventType": 2,
            "TaskTime": 1764000000,
            "EventTime": 1764000000123,
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "ErrCode": 0,
            "ErrInfo": ""
          },
          "keyword": "required"
        },
        {
          "name": "event-time-iso",
          "reason": "EventTime is milliseconds (a number or a numeric string), never an ISO date.",
          "pointer": "/EventTime",
          "payload": {
            "CallbackCommand": "Push.AllMemberPush",
            "EventType": 2,
            "TaskId": "6a2b9c1d-push-2026-11-24",
            "TaskTime": 1764000000,
            "EventTime": "2022-12-09T08:26:54Z",
            "To_Account": "jared",
            "PushPlatform": 2,
            "PushStage": 3,
            "ErrCode": 0,
            "ErrInfo": ""
          },
          "keyword": "oneOf"
        }
      ],
      "source": "https://github.com/doocs/qcloud-im-server-sdk-java",
      "confidence": "third-party",
      "title": "The result of an all-member push task",
      "summary": "The result of an all-member push task.",
      "query": {
        "allOf": [
          {
            "$ref": "#/$defs/Query"
          }
        ],
        "$defs": {
          "Query": {
            "type": "object",
            "description": "Query parameters Tencent appends to the callback URL. Sign and RequestTime only with webhook authentication on; Group.CallbackOnMemberStateChange sends only SdkAppid, CallbackCommand and contenttype.",
            "required": [
              "SdkAppid",
              "CallbackCommand"
            ],
            "properties": {
              "SdkAppid": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "The app id (exactly this casing); check it equals yours."
              },
              "CallbackCommand": {
                "type": "string",
                "description": "The command; repeated in the body."
              },
              "contenttype": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "json",
                  "JSON"
                ],
                "examples": [
                  "json",
                  "JSON"
                ],
                "description": "Lower-case name; `json` (docs vary in case)."
              },
              "ClientIP": {
                "type": "string",
                "examples": [
                  "127.0.0.1"
                ]
              },
              "OptPlatform": {
                "type": "string",
                "x-chathooks-open-enum": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "Unknown"
                ],
                "description": "RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown. State.StateChange sends IOS (upper case); other Tencent pages and SDKs use Mac and IPad. An open string: every spelling is accepted.",
                "examples": [
                  "RESTAPI",
                  "Web",
                  "Android",
                  "iOS",
                  "IOS",
                  "Windows",
                  "macOS",
                  "Mac",
                  "iPad",
                  "IPad",
                  "Unknown"
                ]
              },
              "Sign": {
                "type": "string",
                "pattern": "^[0-9a-fA-F]{64}$",
                "description": "hex(sha256(token + RequestTime))."
              },
              "RequestTime": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "Unix seconds."
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
              "$ref": "#/$defs/CommonReply"
            }
          ],
          "$defs": {
            "CommonReply": {
              "type": "object",
              "description": "The common reply: HTTP 200 with this JSON. After-event replies are ignored by Tencent, but a non-200 or non-JSON answer counts as a failed callback.",
              "required": [
                "ActionStatus",
                "ErrorCode",
                "ErrorInfo"
              ],
              "properties": {
                "ActionStatus": {
                  "type": "string",
                  "enum": [
                    "OK",
                    "FAIL"
                  ]
                },
                "ErrorCode": {
                  "type": "integer"
                },
                "ErrorInfo": {
                  "type": "string"
                }
              }
            }
          }
        },
        "examples": [
          {
            "name": "ok",
            "payload": {
              "ActionStatus": "OK",
              "ErrorCode": 0,
              "ErrorInfo": ""
            }
          },
          {
            "name": "fail",
            "payload": {
              "ActionStatus": "FAIL",
              "ErrorCode": 1,
              "ErrorInfo": "callback handler failed"
            }
          }
        ]
      }
    }
  ]
};

export default contract;
