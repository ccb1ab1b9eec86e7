// generated from spec/tencent-chat.yaml by chathooks; do not edit
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
  "State.StateChange": [
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
  "Profile.CallbackPortraitSet": [
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
  "Sns.CallbackPrevFriendAdd": [
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
  "Sns.CallbackPrevFriendResponse": [
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
  "Sns.CallbackFriendAdd": [
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
  "Sns.CallbackFriendDelete": [
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
  "Sns.CallbackBlackListAdd": [
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
  "Sns.CallbackBlackListDelete": [
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
  "Follow.CallbackAfterFollowAdd": [
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
  "Follow.CallbackAfterFollowDelete": [
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
  "C2C.CallbackBeforeSendMsg": [
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
  "C2C.CallbackAfterSendMsg": [
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
  "C2C.CallbackAfterMsgReport": [
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
  "C2C.CallbackAfterMsgWithDraw": [
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
  "Group.CallbackBeforeCreateGroup": [
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
  "Group.CallbackAfterCreateGroup": [
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
  "Group.CallbackBeforeApplyJoinGroup": [
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
  "Group.CallbackBeforeInviteJoinGroup": [
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
  "Group.CallbackAfterNewMemberJoin": [
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
  "Group.CallbackAfterMemberExit": [
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
  "Group.CallbackBeforeSendMsg": [
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
  "Group.CallbackAfterSendMsg": [
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
  "Group.CallbackAfterGroupFull": [
    {
      "name": "full",
      "payload": {
        "CallbackCommand": "Group.CallbackAfterGroupFull",
        "GroupId": "@TGS#2J4SZEAEL",
        "EventTime": 1670574414123
      }
    }
  ],
  "Group.CallbackAfterGroupDestroyed": [
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
  "Group.CallbackAfterGroupInfoChanged": [
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
  "Group.CallbackOnMemberStateChange": [
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
  "Group.CallbackSendMsgException": [
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
  "Group.CallbackBeforeCreateTopic": [
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
  "Group.CallbackAfterCreateTopic": [
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
  "Group.CallbackAfterTopicDestroyed": [
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
  "Group.CallbackAfterTopicInfoChanged": [
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
  "Group.CallbackAfterMemberFieldChanged": [
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
  "Group.CallbackAfterGroupAttrChanged": [
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
  "Group.CallbackAfterReadReceipt": [
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
  "Group.CallbackAfterChangeGroupOwner": [
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
  "Group.CallbackOnDailyGroupQuotaAlarm": [
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
  "Group.CallbackAfterRecallMsg": [
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
  "C2C.CallbackAfterC2CMsgExtension": [
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
  "Group.CallbackAfterGroupMsgExtension": [
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
  "OfficialAccount.CallbackBeforeCreateOfficialAccount": [
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
  "OfficialAccount.CallbackAfterCreateOfficialAccount": [
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
  "OfficialAccount.CallbackAfterOfficialAccountInfoChanged": [
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
  "OfficialAccount.CallbackAfterOfficialAccountDestroyed": [
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
  "OfficialAccount.CallbackBeforeAddSubscriber": [
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
  "OfficialAccount.CallbackAfterAddSubscriber": [
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
  "OfficialAccount.CallbackAfterOfficialAccountFull": [
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
  "OfficialAccount.CallbackAfterDeleteSubscriber": [
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
  "OfficialAccount.CallbackBeforeSendMsg": [
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
  "OfficialAccount.CallbackAfterSendMsg": [
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
  "OfficialAccount.CallbackAfterMsgWithDraw": [
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
  "Bot.OnC2CMessage": [
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
  "Bot.OnGroupMessage": [
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
  "Chatbot.OnC2CSignalMessage": [
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
  "ContentCallback.ResultNotify": [
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
  "Alert.RequestOverLimit": [
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
  "Push.OfflinePush": [
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
  "Push.AllMemberPush": [
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
};

const replies: Checked<ReplyMap> = {
  "State.StateChange": [
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
  ],
  "Profile.CallbackPortraitSet": [
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
  ],
  "Sns.CallbackPrevFriendAdd": [
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
  ],
  "Sns.CallbackPrevFriendResponse": [
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
  ],
  "Sns.CallbackFriendAdd": [
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
  ],
  "Sns.CallbackFriendDelete": [
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
  ],
  "Sns.CallbackBlackListAdd": [
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
  ],
  "Sns.CallbackBlackListDelete": [
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
  ],
  "Follow.CallbackAfterFollowAdd": [
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
  ],
  "Follow.CallbackAfterFollowDelete": [
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
  ],
  "C2C.CallbackBeforeSendMsg": [
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
  ],
  "C2C.CallbackAfterSendMsg": [
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
  ],
  "C2C.CallbackAfterMsgReport": [
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
  ],
  "C2C.CallbackAfterMsgWithDraw": [
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
  ],
  "Group.CallbackBeforeCreateGroup": [
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
  ],
  "Group.CallbackAfterCreateGroup": [
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
  ],
  "Group.CallbackBeforeApplyJoinGroup": [
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
  ],
  "Group.CallbackBeforeInviteJoinGroup": [
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
  ],
  "Group.CallbackAfterNewMemberJoin": [
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
  ],
  "Group.CallbackAfterMemberExit": [
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
  ],
  "Group.CallbackBeforeSendMsg": [
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
  ],
  "Group.CallbackAfterSendMsg": [
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
  ],
  "Group.CallbackAfterGroupFull": [
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
  ],
  "Group.CallbackAfterGroupDestroyed": [
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
  ],
  "Group.CallbackAfterGroupInfoChanged": [
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
  ],
  "Group.CallbackOnMemberStateChange": [
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
  ],
  "Group.CallbackSendMsgException": [
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
  ],
  "Group.CallbackBeforeCreateTopic": [
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
  ],
  "Group.CallbackAfterCreateTopic": [
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
  ],
  "Group.CallbackAfterTopicDestroyed": [
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
  ],
  "Group.CallbackAfterTopicInfoChanged": [
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
  ],
  "Group.CallbackAfterMemberFieldChanged": [
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
  ],
  "Group.CallbackAfterGroupAttrChanged": [
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
  ],
  "Group.CallbackAfterReadReceipt": [
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
  ],
  "Group.CallbackAfterChangeGroupOwner": [
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
  ],
  "Group.CallbackOnDailyGroupQuotaAlarm": [
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
  ],
  "Group.CallbackAfterRecallMsg": [
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
  ],
  "C2C.CallbackAfterC2CMsgExtension": [
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
  ],
  "Group.CallbackAfterGroupMsgExtension": [
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
  ],
  "OfficialAccount.CallbackBeforeCreateOfficialAccount": [
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
  ],
  "OfficialAccount.CallbackAfterCreateOfficialAccount": [
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
  ],
  "OfficialAccount.CallbackAfterOfficialAccountInfoChanged": [
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
  ],
  "OfficialAccount.CallbackAfterOfficialAccountDestroyed": [
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
  ],
  "OfficialAccount.CallbackBeforeAddSubscriber": [
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
  ],
  "OfficialAccount.CallbackAfterAddSubscriber": [
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
  ],
  "OfficialAccount.CallbackAfterOfficialAccountFull": [
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
  ],
  "OfficialAccount.CallbackAfterDeleteSubscriber": [
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
  ],
  "OfficialAccount.CallbackBeforeSendMsg": [
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
  ],
  "OfficialAccount.CallbackAfterSendMsg": [
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
  ],
  "OfficialAccount.CallbackAfterMsgWithDraw": [
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
  ],
  "Bot.OnC2CMessage": [
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
  ],
  "Bot.OnGroupMessage": [
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
  ],
  "Chatbot.OnC2CSignalMessage": [
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
  ],
  "ContentCallback.ResultNotify": [
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
  ],
  "Alert.RequestOverLimit": [
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
  ],
  "Push.OfflinePush": [
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
  ],
  "Push.AllMemberPush": [
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
  ],
};

/** Valid example payloads of every event, by event name. */
export const examples = payloads as unknown as Typed<EventMap>;

/** Reply examples of every event (allow, block, rewrite… where the platform has them). */
export const replyExamples = replies as unknown as Typed<ReplyMap>;
