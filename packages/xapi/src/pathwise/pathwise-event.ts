/** A learner as Pathwise knows them; written as an xAPI account Agent of the installation. */
export interface LearnerRef {
  readonly id: string;
  readonly name?: string;
}

/** An item (problem) of the content, with the skills it assesses. */
export interface ItemRef {
  readonly id: string;
  readonly title?: string;
  readonly skillIds?: readonly string[];
}

interface EventBase {
  readonly learner: LearnerRef;
  readonly organizationId: string;
  /** When it happened. */
  readonly at: Date | string;
  /** The statement id to use (a UUID); generated when absent. */
  readonly statementId?: string;
  /** The enrolment or session this belongs to (a UUID), written as context.registration. */
  readonly registration?: string;
  /** The pathway the learner was on, written as a grouping context activity. */
  readonly pathwayId?: string;
}

/** A learner answered an item (or one step of it). */
export interface AttemptEvent extends EventBase {
  readonly type: 'attempt';
  readonly item: ItemRef;
  readonly stepId?: string;
  readonly correct: boolean;
  readonly response?: string;
  readonly score?: { readonly raw: number; readonly max: number };
  readonly durationMs?: number;
  readonly attemptNumber?: number;
}

/** A learner asked for a hint on an item or step. */
export interface HintRequestedEvent extends EventBase {
  readonly type: 'hint-requested';
  readonly item: ItemRef;
  readonly stepId?: string;
  readonly hintLevel: number;
}

/** One turn of a tutor conversation, by the learner or by the tutor. */
export interface TutorTurnEvent extends EventBase {
  readonly type: 'tutor-turn';
  readonly sessionId: string;
  readonly role: 'learner' | 'tutor';
  readonly turnIndex: number;
  readonly item?: ItemRef;
  /** The text of the turn; omitted from the statement unless given. */
  readonly text?: string;
}

/** The learner model's estimate of a skill changed. */
export interface MasteryChangedEvent extends EventBase {
  readonly type: 'mastery-changed';
  readonly skill: { readonly id: string; readonly name?: string };
  /** Probabilities of mastery in [0, 1]. */
  readonly before: number;
  readonly after: number;
  readonly mastered: boolean;
  /** Statement ids of the evidence behind the change. */
  readonly evidence?: readonly string[];
}

/** A credential was issued to the learner for an achievement. */
export interface CredentialIssuedEvent extends EventBase {
  readonly type: 'credential-issued';
  readonly achievement: { readonly id: string; readonly name?: string };
  readonly credentialId: string;
}

/** Every event Pathwise writes to its own Learning Record Store. */
export type PathwiseEvent =
  | AttemptEvent
  | HintRequestedEvent
  | TutorTurnEvent
  | MasteryChangedEvent
  | CredentialIssuedEvent;
