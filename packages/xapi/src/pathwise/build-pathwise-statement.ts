import { randomUUID } from 'node:crypto';
import type {
  Activity,
  Context,
  Statement,
  Verb,
  Result as XapiResult,
  XapiVersion,
} from '../model/statement-types.ts';
import { validateStatement } from '../validation/validate-statement.ts';
import type { ItemRef, PathwiseEvent } from './pathwise-event.ts';
import {
  installationIris,
  PATHWISE_ACTIVITY_TYPES,
  PATHWISE_EXTENSIONS,
  PATHWISE_VERBS,
} from './vocabulary.ts';

/** Where the statements are written from. */
export interface PathwiseStatementOptions {
  /** The installation's public base URL, e.g. `https://learn.example.edu`. */
  readonly baseUrl: string;
  /** The xAPI version the statement must validate under; defaults to 2.0.0. */
  readonly version?: XapiVersion;
}

type Iris = ReturnType<typeof installationIris>;
type Parts = { verb: Verb; object: Activity; result?: XapiResult; context?: Context };

/**
 * Builds the xAPI statement Pathwise writes for one of its own events (attempt, hint requested, tutor turn,
 * mastery changed, credential issued), with the IRIs of `vocabulary.ts`. The statement is validated before it
 * is returned; an event that cannot make a valid statement throws, listing the problems.
 * @example
 * buildPathwiseStatement({ type: 'attempt', learner: { id: 'l1' }, organizationId: 'org1', at: new Date(),
 *   item: { id: 'eq-1', skillIds: ['solve-one-step'] }, correct: true }, { baseUrl: 'https://learn.example.edu' })
 */
export function buildPathwiseStatement(event: PathwiseEvent, options: PathwiseStatementOptions): Statement {
  const iris = installationIris(options.baseUrl);
  const parts = partsOf(event, iris);
  const context: Context = {
    ...(event.registration ? { registration: event.registration } : {}),
    platform: 'Pathwise',
    ...parts.context,
    extensions: { [PATHWISE_EXTENSIONS.organizationId]: event.organizationId, ...parts.context?.extensions },
  };
  if (event.pathwayId) {
    const pathway = activity(iris.pathway(event.pathwayId), PATHWISE_ACTIVITY_TYPES.pathway);
    context.contextActivities = { ...context.contextActivities, grouping: [pathway] };
  }
  const statement: Statement = {
    id: event.statementId ?? randomUUID(),
    actor: {
      objectType: 'Agent',
      ...(event.learner.name ? { name: event.learner.name } : {}),
      account: { homePage: iris.accountHomePage, name: event.learner.id },
    },
    verb: parts.verb,
    object: parts.object,
    ...(parts.result ? { result: parts.result } : {}),
    context,
    timestamp: new Date(event.at).toISOString(),
  };
  const checked = validateStatement(statement, { version: options.version ?? '2.0.0' });
  if (!checked.ok) {
    throw new Error(
      `Cannot build a valid statement for ${event.type}: ${checked.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  }
  return checked.value;
}

function partsOf(event: PathwiseEvent, iris: Iris): Parts {
  switch (event.type) {
    case 'attempt': {
      const score =
        event.score && event.score.max > 0
          ? { raw: event.score.raw, min: 0, max: event.score.max, scaled: event.score.raw / event.score.max }
          : undefined;
      const result: XapiResult = {
        success: event.correct,
        completion: true,
        ...(score ? { score } : {}),
        ...(event.response !== undefined ? { response: event.response } : {}),
        ...(event.durationMs !== undefined ? { duration: isoDuration(event.durationMs) } : {}),
        ...(event.attemptNumber !== undefined
          ? { extensions: { [PATHWISE_EXTENSIONS.attemptNumber]: event.attemptNumber } }
          : {}),
      };
      return { verb: verb('answered'), ...itemParts(event.item, event.stepId, iris), result };
    }
    case 'hint-requested':
      return {
        verb: verb('requestedHint'),
        ...itemParts(event.item, event.stepId, iris),
        result: { extensions: { [PATHWISE_EXTENSIONS.hintLevel]: event.hintLevel } },
      };
    case 'tutor-turn': {
      const itemContext = event.item ? itemParts(event.item, undefined, iris).context : undefined;
      const parent = event.item
        ? { parent: [activity(iris.item(event.item.id), PATHWISE_ACTIVITY_TYPES.item, event.item.title)] }
        : {};
      const contextActivities = { ...itemContext?.contextActivities, ...parent };
      return {
        verb: verb(event.role === 'learner' ? 'askedTutor' : 'receivedTutorReply'),
        object: activity(iris.tutorSession(event.sessionId), PATHWISE_ACTIVITY_TYPES.tutorSession),
        ...(event.text !== undefined ? { result: { response: event.text } } : {}),
        context: {
          ...(Object.keys(contextActivities).length ? { contextActivities } : {}),
          extensions: { [PATHWISE_EXTENSIONS.turnIndex]: event.turnIndex },
        },
      };
    }
    case 'mastery-changed':
      return {
        verb: verb('masteryChanged'),
        object: activity(iris.skill(event.skill.id), PATHWISE_ACTIVITY_TYPES.skill, event.skill.name),
        result: {
          success: event.mastered,
          score: { scaled: event.after },
          extensions: {
            [PATHWISE_EXTENSIONS.masteryBefore]: event.before,
            [PATHWISE_EXTENSIONS.masteryAfter]: event.after,
            [PATHWISE_EXTENSIONS.mastered]: event.mastered,
            ...(event.evidence ? { [PATHWISE_EXTENSIONS.evidence]: [...event.evidence] } : {}),
          },
        },
      };
    case 'credential-issued':
      return {
        verb: verb('earned'),
        object: activity(
          iris.achievement(event.achievement.id),
          PATHWISE_ACTIVITY_TYPES.achievement,
          event.achievement.name,
        ),
        context: { extensions: { [PATHWISE_EXTENSIONS.credentialId]: event.credentialId } },
      };
  }
}

function itemParts(item: ItemRef, stepId: string | undefined, iris: Iris): Pick<Parts, 'object' | 'context'> {
  const itemActivity = activity(iris.item(item.id), PATHWISE_ACTIVITY_TYPES.item, item.title);
  const skills = (item.skillIds ?? []).map((id) => activity(iris.skill(id), PATHWISE_ACTIVITY_TYPES.skill));
  const object =
    stepId === undefined
      ? itemActivity
      : activity(iris.itemStep(item.id, stepId), PATHWISE_ACTIVITY_TYPES.itemStep);
  const contextActivities = {
    ...(stepId !== undefined ? { parent: [itemActivity] } : {}),
    ...(skills.length ? { other: skills } : {}),
  };
  return { object, context: Object.keys(contextActivities).length ? { contextActivities } : {} };
}

function verb(key: keyof typeof PATHWISE_VERBS): Verb {
  const { id, display } = PATHWISE_VERBS[key];
  return { id, display: { ...display } };
}

function activity(id: string, type: string, name?: string): Activity {
  return { objectType: 'Activity', id, definition: { type, ...(name ? { name: { en: name } } : {}) } };
}

/** Milliseconds as an ISO 8601 duration in seconds with hundredths, e.g. 12345 → `PT12.34S`. */
export function isoDuration(ms: number): string {
  const hundredths = Math.max(0, Math.floor(ms / 10));
  const seconds = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  return fraction === 0
    ? `PT${seconds}S`
    : `PT${seconds}.${String(fraction).padStart(2, '0').replace(/0$/, '')}S`;
}
