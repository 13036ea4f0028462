/** What the tutor did in one reply. */
export type TutorMove =
  | 'guiding-question'
  | 'hint'
  | 'scaffold'
  | 'scaffold-confirmed'
  | 'scaffold-retry'
  | 'misconception'
  | 'check-it-yourself'
  | 'ladder-exhausted';

/** What the learner's message was taken to be. */
export type LearnerIntent =
  | 'open'
  | 'ask-answer'
  | 'give-up'
  | 'hint'
  | 'guess'
  | 'scaffold-answer'
  | 'other';

/** One turn of a tutor conversation, as stored by the caller (one conversation per step). */
export interface TutorTurn {
  readonly role: 'learner' | 'tutor';
  readonly text: string;
  readonly move?: TutorMove;
  /** For tutor turns that climbed the ladder: the rung given (0 = the guiding question). */
  readonly rung?: number;
  /** For a scaffold turn: the scaffold asked, awaiting the learner's answer. */
  readonly scaffoldId?: string;
  /** For a misconception turn: the misconception addressed. */
  readonly misconceptionId?: string;
}
