import type { Lesson, Quiz, QuizOption } from './lesson.ts';

/** A quiz part as learners get it: the prompt and the options, no key, no worked solution. */
export interface StudentQuizPart {
  readonly prompt: Lesson['quiz']['items'][number]['parts'][number]['prompt'];
  readonly format: 'open' | 'choice';
  readonly options?: readonly Pick<QuizOption, 'id' | 'text'>[];
}

/** What learners receive: the quiz without keys, worked solutions or misconception tags, and the versions. */
export interface StudentCopy {
  readonly format: 1;
  readonly topic: string;
  readonly quiz: {
    readonly title: Quiz['title'];
    readonly items: readonly {
      readonly number: number;
      readonly stem: Quiz['items'][number]['stem'];
      readonly parts: readonly StudentQuizPart[];
    }[];
  };
  readonly versions: Lesson['versions'];
}

/**
 * The student copy of a lesson: the teacher's plan, the rubric's sources and every answer key, worked solution
 * and misconception tag (which would mark the distractors) are left out. The versions' worked examples are of
 * sibling items, not of the quiz's.
 */
export function studentCopy(lesson: Lesson): StudentCopy {
  return {
    format: 1,
    topic: lesson.topic,
    quiz: {
      title: lesson.quiz.title,
      items: lesson.quiz.items.map((item) => ({
        number: item.number,
        stem: item.stem,
        parts: item.parts.map((p) => ({
          prompt: p.prompt,
          format: p.format,
          ...(p.options ? { options: p.options.map((o) => ({ id: o.id, text: o.text })) } : {}),
        })),
      })),
    },
    versions: lesson.versions,
  };
}
