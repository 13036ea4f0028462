import type { Statement } from '../model/statement-types.ts';

/** A minimal valid statement (Agent, Verb, Activity); `overrides` replace top-level properties. */
export function buildStatement(overrides: Record<string, unknown> = {}): Statement {
  return {
    actor: { objectType: 'Agent', name: 'Ada Learner', mbox: 'mailto:ada@example.com' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } },
    object: {
      objectType: 'Activity',
      id: 'http://example.com/activities/quiz-1',
      definition: { name: { 'en-US': 'Quiz 1' }, type: 'http://adlnet.gov/expapi/activities/assessment' },
    },
    ...overrides,
  } as Statement;
}

// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary JSON shapes, including invalid ones.
type AnyJson = any;

/** Deep-copies a statement and applies `edit` to the copy. */
export function edited(
  statement: unknown,
  edit: (copy: Record<string, AnyJson>) => void,
): Record<string, unknown> {
  const copy = structuredClone(statement) as Record<string, AnyJson>;
  edit(copy);
  return copy;
}
