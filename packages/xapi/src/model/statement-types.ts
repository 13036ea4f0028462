/** The xAPI versions this package speaks, as sent in `X-Experience-API-Version` responses. */
export type XapiVersion = '1.0.3' | '2.0.0';

/** The `format` parameter of GET /statements: the statement as stored, only identifiers, or canonical. */
export type StatementFormat = 'exact' | 'ids' | 'canonical';

/** A map from RFC 5646 language tag to text. */
export type LanguageMap = Record<string, string>;

/** A map from IRI to any JSON value. */
export type Extensions = Record<string, unknown>;

export interface Account {
  homePage: string;
  name: string;
}

/** The identifying properties of an Agent or identified Group: exactly one is present. */
export interface InverseFunctionalIdentifier {
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export interface Agent extends InverseFunctionalIdentifier {
  objectType?: 'Agent';
  name?: string;
}

export interface Group extends InverseFunctionalIdentifier {
  objectType: 'Group';
  name?: string;
  member?: Agent[];
}

export type Actor = Agent | Group;

export interface Verb {
  id: string;
  display?: LanguageMap;
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export type InteractionType =
  | 'true-false'
  | 'choice'
  | 'fill-in'
  | 'long-fill-in'
  | 'matching'
  | 'performance'
  | 'sequencing'
  | 'likert'
  | 'numeric'
  | 'other';

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  moreInfo?: string;
  interactionType?: InteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
  extensions?: Extensions;
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface StatementRef {
  objectType: 'StatementRef';
  id: string;
}

export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Extensions;
}

export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

/** xAPI 2.0 only. */
export interface ContextAgent {
  objectType: 'contextAgent';
  agent: Agent;
  relevantTypes?: string[];
}

/** xAPI 2.0 only. */
export interface ContextGroup {
  objectType: 'contextGroup';
  group: Group;
  relevantTypes?: string[];
}

export interface Context {
  registration?: string;
  instructor?: Actor;
  team?: Group;
  contextActivities?: ContextActivities;
  contextAgents?: ContextAgent[];
  contextGroups?: ContextGroup[];
  revision?: string;
  platform?: string;
  language?: string;
  statement?: StatementRef;
  extensions?: Extensions;
}

export interface Attachment {
  usageType: string;
  display: LanguageMap;
  description?: LanguageMap;
  contentType: string;
  length: number;
  sha2: string;
  fileUrl?: string;
}

export interface SubStatement {
  objectType: 'SubStatement';
  actor: Actor;
  verb: Verb;
  object: Activity | Agent | Group | StatementRef;
  result?: Result;
  context?: Context;
  timestamp?: string;
  attachments?: Attachment[];
}

export type StatementObject = Activity | Agent | Group | StatementRef | SubStatement;

/** A Statement as received (after validation); `id`, `stored`, `authority` and `version` may still be missing. */
export interface Statement {
  id?: string;
  actor: Actor;
  verb: Verb;
  object: StatementObject;
  result?: Result;
  context?: Context;
  timestamp?: string;
  stored?: string;
  authority?: Actor;
  version?: string;
  attachments?: Attachment[];
}

/** A Statement as the LRS stores and returns it: every LRS-assigned property is set. */
export interface StoredStatement extends Statement {
  id: string;
  timestamp: string;
  stored: string;
  authority: Actor;
  version: string;
}

/** The reserved verb of a voiding statement. */
export const VOIDED_VERB_ID = 'http://adlnet.gov/expapi/verbs/voided';

/** The attachment usageType of a JWS statement signature. */
export const SIGNATURE_USAGE_TYPE = 'http://adlnet.gov/expapi/attachments/signature';
