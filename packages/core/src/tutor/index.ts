export {
  findAnswerLeak,
  type GuardedReply,
  type GuardVerdict,
  guardFallback,
  guardReply,
  type LeakKind,
  maxReplyLength,
} from './answer-guard.ts';
export { classifyMessage, proposedAnswer } from './classify-message.ts';
export { type GuardTarget, guardTargetFor } from './guard-target.ts';
export { hintLadder, ladderDone, type Rung } from './hint-ladder.ts';
export {
  createModelPhraser,
  type FetchLike,
  MODEL_REPLY_MAX_BYTES,
  type ModelConfig,
  ModelError,
  type PhraseRequest,
  type ReplyPhraser,
  readJsonCapped,
  readModelConfig,
} from './model-phraser.ts';
export {
  type FallbackReason,
  type RespondOptions,
  respondAsTutor,
  type TutorResponse,
} from './respond-as-tutor.ts';
export { type TutorReply, type TutorRequest, tutorReply } from './tutor-engine.ts';
export { tutorPhrases } from './tutor-phrases.ts';
export type { LearnerIntent, TutorMove, TutorTurn } from './tutor-turn.ts';
export {
  siblingWorkedExample,
  type WorkedExample,
  type WorkedStep,
  workedExampleOf,
  workedExampleText,
} from './worked-example.ts';
