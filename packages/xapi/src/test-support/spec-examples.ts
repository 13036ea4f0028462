// NOTE: one file on purpose, though over 500 lines: it is data, not logic — the specification's own examples,
// kept together in appendix order so that each can be checked against the text it was transcribed from.
// Examples transcribed from the xAPI 1.0.3 specification text (Part Two: Data, Appendices A–D and sections
// 2.3.2 and 2.4.4.3; Part Three: Communication 1.5.2), used as test vectors. Not used outside tests.

/** Appendix A: a simple statement, an "attempted" statement, and the long example as returned by an LRS. */
export const SPEC_EXAMPLE_STATEMENTS = [
  {
    id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
    timestamp: '2015-11-18T12:17:00+00:00',
    actor: {
      objectType: 'Agent',
      name: 'Project Tin Can API',
      mbox: 'mailto:user@example.com',
    },
    verb: {
      id: 'http://example.com/xapi/verbs#sent-a-statement',
      display: {
        'en-US': 'sent',
      },
    },
    object: {
      id: 'http://example.com/xapi/activity/simplestatement',
      definition: {
        name: {
          'en-US': 'simple statement',
        },
        description: {
          'en-US':
            'A simple Experience API statement. Note that the LRS  does not need to have any prior information about the Actor (learner), the  verb, or the Activity/object.',
        },
      },
    },
  },
  {
    id: '7ccd3322-e1a5-411a-a67d-6a735c76f119',
    timestamp: '2015-12-18T12:17:00+00:00',
    actor: {
      objectType: 'Agent',
      name: 'Example Learner',
      mbox: 'mailto:example.learner@adlnet.gov',
    },
    verb: {
      id: 'http://adlnet.gov/expapi/verbs/attempted',
      display: {
        'en-US': 'attempted',
      },
    },
    object: {
      id: 'http://example.adlnet.gov/xapi/example/simpleCBT',
      definition: {
        name: {
          'en-US': 'simple CBT course',
        },
        description: {
          'en-US': 'A fictitious example CBT course.',
        },
      },
    },
    result: {
      score: {
        scaled: 0.95,
      },
      success: true,
      completion: true,
      duration: 'PT1234S',
    },
  },
  {
    id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
    actor: {
      name: 'Team PB',
      mbox: 'mailto:teampb@example.com',
      member: [
        {
          name: 'Andrew Downes',
          account: {
            homePage: 'http://www.example.com',
            name: '13936749',
          },
          objectType: 'Agent',
        },
        {
          name: 'Toby Nichols',
          openid: 'http://toby.openid.example.org/',
          objectType: 'Agent',
        },
        {
          name: 'Ena Hills',
          mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9',
          objectType: 'Agent',
        },
      ],
      objectType: 'Group',
    },
    verb: {
      id: 'http://adlnet.gov/expapi/verbs/attended',
      display: {
        'en-GB': 'attended',
        'en-US': 'attended',
      },
    },
    result: {
      extensions: {
        'http://example.com/profiles/meetings/resultextensions/minuteslocation':
          'X:\\meetings\\minutes\\examplemeeting.one',
      },
      success: true,
      completion: true,
      response: 'We agreed on some example actions.',
      duration: 'PT1H0M0S',
    },
    context: {
      registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
      contextActivities: {
        parent: [
          {
            id: 'http://www.example.com/meetings/series/267',
            objectType: 'Activity',
          },
        ],
        category: [
          {
            id: 'http://www.example.com/meetings/categories/teammeeting',
            objectType: 'Activity',
            definition: {
              name: {
                en: 'team meeting',
              },
              description: {
                en: 'A category of meeting used for regular team meetings.',
              },
              type: 'http://example.com/expapi/activities/meetingcategory',
            },
          },
        ],
        other: [
          {
            id: 'http://www.example.com/meetings/occurances/34257',
            objectType: 'Activity',
          },
          {
            id: 'http://www.example.com/meetings/occurances/3425567',
            objectType: 'Activity',
          },
        ],
      },
      instructor: {
        name: 'Andrew Downes',
        account: {
          homePage: 'http://www.example.com',
          name: '13936749',
        },
        objectType: 'Agent',
      },
      team: {
        name: 'Team PB',
        mbox: 'mailto:teampb@example.com',
        objectType: 'Group',
      },
      platform: 'Example virtual meeting software',
      language: 'tlh',
      statement: {
        objectType: 'StatementRef',
        id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
      },
    },
    timestamp: '2013-05-18T05:32:34.804+00:00',
    stored: '2013-05-18T05:32:34.804+00:00',
    authority: {
      account: {
        homePage: 'http://cloud.scorm.com/',
        name: 'anonymous',
      },
      objectType: 'Agent',
    },
    version: '1.0.0',
    object: {
      id: 'http://www.example.com/meetings/occurances/34534',
      definition: {
        extensions: {
          'http://example.com/profiles/meetings/activitydefinitionextensions/room': {
            name: 'Kilby',
            id: 'http://example.com/rooms/342',
          },
        },
        name: {
          'en-GB': 'example meeting',
          'en-US': 'example meeting',
        },
        description: {
          'en-GB': 'An example meeting that happened on a specific occasion with certain people present.',
          'en-US': 'An example meeting that happened on a specific occasion with certain people present.',
        },
        type: 'http://adlnet.gov/expapi/activities/meeting',
        moreInfo: 'http://virtualmeeting.example.com/345256',
      },
      objectType: 'Activity',
    },
  },
] as const;

/** Appendix B: an Activity, an Agent, an identified Group and a SubStatement as statement objects. */
export const SPEC_EXAMPLE_OBJECTS = [
  {
    id: 'http://www.example.co.uk/exampleactivity',
    definition: {
      name: {
        'en-GB': 'example activity',
        'en-US': 'example activity',
      },
      description: {
        'en-GB': 'An example of an activity',
        'en-US': 'An example of an activity',
      },
      type: 'http://www.example.co.uk/types/exampleactivitytype',
    },
    objectType: 'Activity',
  },
  {
    name: 'Andrew Downes',
    mbox: 'mailto:andrew@example.co.uk',
    objectType: 'Agent',
  },
  {
    name: 'Example Group',
    account: {
      homePage: 'http://example.com/homePage',
      name: 'GroupAccount',
    },
    objectType: 'Group',
    member: [
      {
        name: 'Andrew Downes',
        mbox: 'mailto:andrew@example.com',
        objectType: 'Agent',
      },
      {
        name: 'Aaron Silvers',
        openid: 'http://aaron.openid.example.org',
        objectType: 'Agent',
      },
    ],
  },
  {
    objectType: 'SubStatement',
    actor: {
      objectType: 'Agent',
      mbox: 'mailto:agent@example.com',
    },
    verb: {
      id: 'http://example.com/confirmed',
      display: {
        en: 'confirmed',
      },
    },
    object: {
      objectType: 'StatementRef',
      id: '9e13cefd-53d3-4eac-b5ed-2cf6693903bb',
    },
  },
] as const;

/** Appendix C: one Activity definition per interactionType. */
export const SPEC_INTERACTION_DEFINITIONS = {
  'true-false': {
    description: {
      'en-US': 'Does the xAPI include the concept of statements?',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'true-false',
    correctResponsesPattern: ['true'],
  },
  choice: {
    description: {
      'en-US': 'Which of these prototypes are available at the beta site?',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'choice',
    correctResponsesPattern: ['golf[,]tetris'],
    choices: [
      {
        id: 'golf',
        description: {
          'en-US': 'Golf Example',
        },
      },
      {
        id: 'facebook',
        description: {
          'en-US': 'Facebook App',
        },
      },
      {
        id: 'tetris',
        description: {
          'en-US': 'Tetris Example',
        },
      },
      {
        id: 'scrabble',
        description: {
          'en-US': 'Scrabble Example',
        },
      },
    ],
  },
  'fill-in': {
    description: {
      'en-US': 'Ben is often heard saying: ',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'fill-in',
    correctResponsesPattern: ["Bob's your uncle"],
  },
  'long-fill-in': {
    description: {
      'en-US': 'What is the purpose of the xAPI?',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'long-fill-in',
    correctResponsesPattern: [
      '{case_matters=false}{lang=en}To store and provide access to learning experiences.',
    ],
  },
  likert: {
    description: {
      'en-US': 'How awesome is Experience API?',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'likert',
    correctResponsesPattern: ['likert_3'],
    scale: [
      {
        id: 'likert_0',
        description: {
          'en-US': "It's OK",
        },
      },
      {
        id: 'likert_1',
        description: {
          'en-US': "It's Pretty Cool",
        },
      },
      {
        id: 'likert_2',
        description: {
          'en-US': "It's Damn Cool",
        },
      },
      {
        id: 'likert_3',
        description: {
          'en-US': "It's Gonna Change the World",
        },
      },
    ],
  },
  matching: {
    description: {
      'en-US': 'Match these people to their kickball team:',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'matching',
    correctResponsesPattern: ['ben[.]3[,]chris[.]2[,]troy[.]4[,]freddie[.]1'],
    source: [
      {
        id: 'ben',
        description: {
          'en-US': 'Ben',
        },
      },
      {
        id: 'chris',
        description: {
          'en-US': 'Chris',
        },
      },
      {
        id: 'troy',
        description: {
          'en-US': 'Troy',
        },
      },
      {
        id: 'freddie',
        description: {
          'en-US': 'Freddie',
        },
      },
    ],
    target: [
      {
        id: '1',
        description: {
          'en-US': 'Swift Kick in the Grass',
        },
      },
      {
        id: '2',
        description: {
          'en-US': 'We got Runs',
        },
      },
      {
        id: '3',
        description: {
          'en-US': 'Duck',
        },
      },
      {
        id: '4',
        description: {
          'en-US': 'Van Delay Industries',
        },
      },
    ],
  },
  performance: {
    description: {
      'en-US': 'This interaction measures performance over a day of RS sports:',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'performance',
    correctResponsesPattern: ['pong[.]1:[,]dg[.]:10[,]lunch[.]'],
    steps: [
      {
        id: 'pong',
        description: {
          'en-US': 'Net pong matches won',
        },
      },
      {
        id: 'dg',
        description: {
          'en-US': 'Strokes over par in disc golf at Liberty',
        },
      },
      {
        id: 'lunch',
        description: {
          'en-US': 'Lunch having been eaten',
        },
      },
    ],
  },
  sequencing: {
    description: {
      'en-US': 'Order players by their pong ladder position:',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'sequencing',
    correctResponsesPattern: ['tim[,]mike[,]ells[,]ben'],
    choices: [
      {
        id: 'tim',
        description: {
          'en-US': 'Tim',
        },
      },
      {
        id: 'ben',
        description: {
          'en-US': 'Ben',
        },
      },
      {
        id: 'ells',
        description: {
          'en-US': 'Ells',
        },
      },
      {
        id: 'mike',
        description: {
          'en-US': 'Mike',
        },
      },
    ],
  },
  numeric: {
    description: {
      'en-US': 'How many jokes is Chris the butt of each day?',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'numeric',
    correctResponsesPattern: ['4[:]'],
  },
  other: {
    description: {
      'en-US': 'On this map, please mark Franklin, TN',
    },
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: 'other',
    correctResponsesPattern: ['(35.937432,-86.868896)'],
  },
} as const;

/** Section 2.3.2: a voiding statement. */
export const SPEC_VOIDING_STATEMENT = {
  actor: {
    objectType: 'Agent',
    name: 'Example Admin',
    mbox: 'mailto:admin@example.adlnet.gov',
  },
  verb: {
    id: 'http://adlnet.gov/expapi/verbs/voided',
    display: {
      'en-US': 'voided',
    },
  },
  object: {
    objectType: 'StatementRef',
    id: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0',
  },
} as const;

/** Section 2.4.4.3: a comment on another statement through a StatementRef. */
export const SPEC_STATEMENT_REF_STATEMENT = {
  actor: {
    objectType: 'Agent',
    mbox: 'mailto:test@example.com',
  },
  verb: {
    id: 'http://example.com/commented',
    display: {
      'en-US': 'commented',
    },
  },
  object: {
    objectType: 'StatementRef',
    id: '8f87ccde-bb56-4c2e-ab83-44982ef22df0',
  },
  result: {
    response: 'Wow, nice work!',
  },
} as const;

/** Section 2.4.4.3: "I planned to visit Some Awesome Website" with a SubStatement. */
export const SPEC_SUBSTATEMENT_STATEMENT = {
  actor: {
    objectType: 'Agent',
    mbox: 'mailto:test@example.com',
  },
  verb: {
    id: 'http://example.com/planned',
    display: {
      'en-US': 'planned',
    },
  },
  object: {
    objectType: 'SubStatement',
    actor: {
      objectType: 'Agent',
      mbox: 'mailto:test@example.com',
    },
    verb: {
      id: 'http://example.com/visited',
      display: {
        'en-US': 'will visit',
      },
    },
    object: {
      objectType: 'Activity',
      id: 'http://example.com/website',
      definition: {
        name: {
          'en-US': 'Some Awesome Website',
        },
      },
    },
  },
} as const;

/** Appendix D: the original statement serialization that was signed (CR LF line ends). */
export const SPEC_SIGNED_ORIGINAL =
  '{\r\n    "version": "1.0.0",\r\n    "id": "33cff416-e331-4c9d-969e-5373a1756120",\r\n    "actor": {\r\n        "mbox": "mailto:example@example.com",\r\n        "name": "Example Learner",\r\n        "objectType": "Agent"\r\n    },\r\n    "verb": {\r\n        "id": "http://adlnet.gov/expapi/verbs/experienced",\r\n        "display": {\r\n            "en-US": "experienced"\r\n        }\r\n    },\r\n    "object": {\r\n        "id": "https://www.youtube.com/watch?v=xh4kIiH3Sm8",\r\n        "objectType": "Activity",\r\n        "definition": {\r\n            "name": {\r\n                "en-US": "Tax Tips & Information : How to File a Tax Return "\r\n            },\r\n            "description": {\r\n                "en-US": "Filing a tax return will require filling out either a 1040, 1040A or 1040EZ form"\r\n            }\r\n        }\r\n    },\r\n    "timestamp": "2013-04-01T12:00:00Z"\r\n}' as const;

/** Appendix D: the JWS signature, with an x5c chain in its header (1024-bit RSA). */
export const SPEC_SIGNED_JWS =
  'ew0KICAgICJhbGciOiAiUlMyNTYiLA0KICAgICJ4NWMiOiBbDQogICAgICAgICJNSUlEQVRDQ0FtcWdBd0lCQWdJSkFNQjFjc051QTYra01BMEdDU3FHU0liM0RRRUJCUVVBTUhFeEN6QUpCZ05WQkFZVEFsVlRNUkl3RUFZRFZRUUlFd2xVWlc1dVpYTnpaV1V4R0RBV0JnTlZCQW9URDBWNFlXMXdiR1VnUTI5dGNHRnVlVEVRTUE0R0ExVUVBeE1IUlhoaGJYQnNaVEVpTUNBR0NTcUdTSWIzRFFFSkFSWVRaWGhoYlhCc1pVQmxlR0Z0Y0d4bExtTnZiVEFlRncweE16QTBNRFF4TlRJNE16QmFGdzB4TkRBME1EUXhOVEk0TXpCYU1JR1dNUXN3Q1FZRFZRUUdFd0pWVXpFU01CQUdBMVVFQ0JNSlZHVnVibVZ6YzJWbE1SRXdEd1lEVlFRSEV3aEdjbUZ1YTJ4cGJqRVlNQllHQTFVRUNoTVBSWGhoYlhCc1pTQkRiMjF3WVc1NU1SQXdEZ1lEVlFRTEV3ZEZlR0Z0Y0d4bE1SQXdEZ1lEVlFRREV3ZEZlR0Z0Y0d4bE1TSXdJQVlKS29aSWh2Y05BUWtCRmhObGVHRnRjR3hsUUdWNFlXMXdiR1V1WTI5dE1JR2ZNQTBHQ1NxR1NJYjNEUUVCQVFVQUE0R05BRENCaVFLQmdRRGp4dlpYRjMwV0w0b0tqWllYZ1IwWnlhWCt1M3k2K0pxVHFpTmtGYS9WVG5ldDZMeTJPVDZabW1jSkVQbnEzVW5ld3BIb09RK0dmaGhUa1cxM2owNmo1aU5uNG9iY0NWV1RMOXlYTnZKSCtLbyt4dTRZbC95U1BScklQeVRqdEhkRzBNMlh6SWxtbUxxbStDQVMrS0NiSmVINHRmNTQza0lXQzVwQzVwM2NWUUlEQVFBQm8zc3dlVEFKQmdOVkhSTUVBakFBTUN3R0NXQ0dTQUdHK0VJQkRRUWZGaDFQY0dWdVUxTk1JRWRsYm1WeVlYUmxaQ0JEWlhKMGFXWnBZMkYwWlRBZEJnTlZIUTRFRmdRVVZzM3Y1YWZFZE9lb1llVmFqQVFFNHYwV1MxUXdId1lEVlIwakJCZ3dGb0FVeVZJYzN5dnJhNEVCejIwSTRCRjM5SUFpeEJrd0RRWUpLb1pJaHZjTkFRRUZCUUFEZ1lFQWdTL0ZGNUQwSG5qNDRydlQ2a2duM2tKQXZ2MmxqL2Z5anp0S0lyWVMzM2xqWEduNmdHeUE0cXRiWEEyM1ByTzR1Yy93WUNTRElDRHBQb2JoNjJ4VENkOXFPYktoZ3dXT2kwNVBTQkxxVXUzbXdmQWUxNUxKQkpCcVBWWjRLMGtwcGVQQlU4bTZhSVpvSDU3TC85dDRPb2FMOHlLcy9xaktGZUkxT0ZXWnh2QT0iLA0KICAgICAgICAiTUlJRE56Q0NBcUNnQXdJQkFnSUpBTUIxY3NOdUE2K2pNQTBHQ1NxR1NJYjNEUUVCQlFVQU1IRXhDekFKQmdOVkJBWVRBbFZUTVJJd0VBWURWUVFJRXdsVVpXNXVaWE56WldVeEdEQVdCZ05WQkFvVEQwVjRZVzF3YkdVZ1EyOXRjR0Z1ZVRFUU1BNEdBMVVFQXhNSFJYaGhiWEJzWlRFaU1DQUdDU3FHU0liM0RRRUpBUllUWlhoaGJYQnNaVUJsZUdGdGNHeGxMbU52YlRBZUZ3MHhNekEwTURReE5USTFOVE5hRncweU16QTBNREl4TlRJMU5UTmFNSEV4Q3pBSkJnTlZCQVlUQWxWVE1SSXdFQVlEVlFRSUV3bFVaVzV1WlhOelpXVXhHREFXQmdOVkJBb1REMFY0WVcxd2JHVWdRMjl0Y0dGdWVURVFNQTRHQTFVRUF4TUhSWGhoYlhCc1pURWlNQ0FHQ1NxR1NJYjNEUUVKQVJZVFpYaGhiWEJzWlVCbGVHRnRjR3hsTG1OdmJUQ0JuekFOQmdrcWhraUc5dzBCQVFFRkFBT0JqUUF3Z1lrQ2dZRUExc0JuQldQWjBmN1dKVUZUSnk1KzAxU2xTNVo2RERENlV5ZTl2SzlBeWNnVjVCMytXQzhIQzV1NWg5MU11akFDMUFSUFZVT3RzdlBSczQ1cUtORklnSUdSWEtQQXdaamF3RUkyc0NKUlNLVjQ3aTZCOGJEdjRXa3VHdlFhdmVaR0kwcWxtTjVSMUVpbTJnVUl0UmoxaGdjQzlyUWF2amxuRktEWTJybFhHdWtDQXdFQUFhT0IxakNCMHpBZEJnTlZIUTRFRmdRVXlWSWMzeXZyYTRFQnoyMEk0QkYzOUlBaXhCa3dnYU1HQTFVZEl3U0JtekNCbUlBVXlWSWMzeXZyYTRFQnoyMEk0QkYzOUlBaXhCbWhkYVJ6TUhFeEN6QUpCZ05WQkFZVEFsVlRNUkl3RUFZRFZRUUlFd2xVWlc1dVpYTnpaV1V4R0RBV0JnTlZCQW9URDBWNFlXMXdiR1VnUTI5dGNHRnVlVEVRTUE0R0ExVUVBeE1IUlhoaGJYQnNaVEVpTUNBR0NTcUdTSWIzRFFFSkFSWVRaWGhoYlhCc1pVQmxlR0Z0Y0d4bExtTnZiWUlKQU1CMWNzTnVBNitqTUF3R0ExVWRFd1FGTUFNQkFmOHdEUVlKS29aSWh2Y05BUUVGQlFBRGdZRUFEaHdUZWJHazczNXlLaG04RHFDeHZObkVaME54c1lFWU9qZ1JHMXlYVGxXNXBFNjkxZlNINUFaK1Q2ZnB3cFpjV1k1UVlrb042RG53ak94R2tTZlFDMy95R21jVURLQlB3aVo1TzJzOUMrZkUxa1VFbnJYMlhlYTRhZ1ZuZ016UjhEUTZvT2F1TFdxZWhEQitnMkVOV1JMb1ZnUyttYTUvWWNzMEdUeXJFQ1k9Ig0KICAgIF0NCn0.ew0KICAgICJ2ZXJzaW9uIjogIjEuMC4wIiwNCiAgICAiaWQiOiAiMzNjZmY0MTYtZTMzMS00YzlkLTk2OWUtNTM3M2ExNzU2MTIwIiwNCiAgICAiYWN0b3IiOiB7DQogICAgICAgICJtYm94IjogIm1haWx0bzpleGFtcGxlQGV4YW1wbGUuY29tIiwNCiAgICAgICAgIm5hbWUiOiAiRXhhbXBsZSBMZWFybmVyIiwNCiAgICAgICAgIm9iamVjdFR5cGUiOiAiQWdlbnQiDQogICAgfSwNCiAgICAidmVyYiI6IHsNCiAgICAgICAgImlkIjogImh0dHA6Ly9hZGxuZXQuZ292L2V4cGFwaS92ZXJicy9leHBlcmllbmNlZCIsDQogICAgICAgICJkaXNwbGF5Ijogew0KICAgICAgICAgICAgImVuLVVTIjogImV4cGVyaWVuY2VkIg0KICAgICAgICB9DQogICAgfSwNCiAgICAib2JqZWN0Ijogew0KICAgICAgICAiaWQiOiAiaHR0cHM6Ly93d3cueW91dHViZS5jb20vd2F0Y2g_dj14aDRrSWlIM1NtOCIsDQogICAgICAgICJvYmplY3RUeXBlIjogIkFjdGl2aXR5IiwNCiAgICAgICAgImRlZmluaXRpb24iOiB7DQogICAgICAgICAgICAibmFtZSI6IHsNCiAgICAgICAgICAgICAgICAiZW4tVVMiOiAiVGF4IFRpcHMgJiBJbmZvcm1hdGlvbiA6IEhvdyB0byBGaWxlIGEgVGF4IFJldHVybiAiDQogICAgICAgICAgICB9LA0KICAgICAgICAgICAgImRlc2NyaXB0aW9uIjogew0KICAgICAgICAgICAgICAgICJlbi1VUyI6ICJGaWxpbmcgYSB0YXggcmV0dXJuIHdpbGwgcmVxdWlyZSBmaWxsaW5nIG91dCBlaXRoZXIgYSAxMDQwLCAxMDQwQSBvciAxMDQwRVogZm9ybSINCiAgICAgICAgICAgIH0NCiAgICAgICAgfQ0KICAgIH0sDQogICAgInRpbWVzdGFtcCI6ICIyMDEzLTA0LTAxVDEyOjAwOjAwWiINCn0.FWuwaPhwUbkk7h9sKW5zSvjsYNugvxJ-TrVaEgt_DCUT0bmKhQScRrjMB6P9O50uznPwT66oF1NnU_G0HVhRzS5voiXE-y7tT3z0M3-8A6YK009Bk_digVUul-HA4Fpd5IjoBBGe3yzaQ2ZvzarvRuipvNEQCI0onpfuZZJQ0d8' as const;

/** Appendix D: the signed statement carrying the signature attachment. */
export const SPEC_SIGNED_STATEMENT = {
  version: '1.0.0',
  id: '33cff416-e331-4c9d-969e-5373a1756120',
  actor: {
    mbox: 'mailto:example@example.com',
    name: 'Example Learner',
    objectType: 'Agent',
  },
  verb: {
    id: 'http://adlnet.gov/expapi/verbs/experienced',
    display: {
      'en-US': 'experienced',
    },
  },
  object: {
    id: 'https://www.youtube.com/watch?v=xh4kIiH3Sm8',
    objectType: 'Activity',
    definition: {
      name: {
        'en-US': 'Tax Tips & Information : How to File a Tax Return ',
      },
      description: {
        'en-US': 'Filing a tax return will require filling out either a 1040, 1040A or 1040EZ form',
      },
    },
  },
  timestamp: '2013-04-01T12:00:00Z',
  attachments: [
    {
      usageType: 'http://adlnet.gov/expapi/attachments/signature',
      display: {
        'en-US': 'Signature',
      },
      description: {
        'en-US': 'A test signature',
      },
      contentType: 'application/octet-stream',
      length: 4235,
      sha2: '672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634',
    },
  ],
} as const;

/** Communication 1.5.2: a statement with a text attachment (LF line ends as printed; the wire uses CRLF). */
export const SPEC_MULTIPART_BODY =
  '--abcABC0123\'()+_,-./:=?\nContent-Type:application/json\n\n{\n    "actor": {\n        "mbox": "mailto:sample.agent@example.com",\n        "name": "Sample Agent",\n        "objectType": "Agent"\n    },\n    "verb": {\n        "id": "http://adlnet.gov/expapi/verbs/answered",\n        "display": {\n            "en-US": "answered"\n        }\n    },\n    "object": {\n        "id": "http://www.example.com/tincan/activities/multipart",\n        "objectType": "Activity",\n        "definition": {\n            "name": {\n                "en-US": "Multi Part Activity"\n            },\n            "description": {\n                "en-US": "Multi Part Activity Description"\n            }\n        }\n    },\n    "attachments": [\n        {\n            "usageType": "http://example.com/attachment-usage/test",\n            "display": { "en-US": "A test attachment" },\n            "description": { "en-US": "A test attachment (description)" },\n            "contentType": "text/plain; charset=ascii",\n            "length": 27,\n            "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"\n        }\n    ]\n}\n--abcABC0123\'()+_,-./:=?\nContent-Type:text/plain\nContent-Transfer-Encoding:binary\nX-Experience-API-Hash:495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\n\nhere is a simple attachment\n--abcABC0123\'()+_,-./:=?--\n' as const;

/** The boundary of {@link SPEC_MULTIPART_BODY}. */
export const SPEC_MULTIPART_BOUNDARY = "abcABC0123'()+_,-./:=?";
