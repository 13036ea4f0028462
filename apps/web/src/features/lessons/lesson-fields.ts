import type { TFunction } from 'i18next';
import type { LessonWire } from './lessons-api.ts';

type Localized = LessonWire['quiz']['title'];

/** The text a block's editable field holds (both languages), or null when the lesson has no such field. */
export function fieldText(lesson: LessonWire, blockId: string, field: string): Localized | null {
  const day = lesson.days.find((d) => `day-${d.day}` === blockId);
  if (day) {
    if (field === 'goal') return day.goal;
    const phaseId = /^phases\/(.+)\/teacherMoves$/.exec(field)?.[1];
    return day.phases.find((p) => p.id === phaseId)?.teacherMoves ?? null;
  }
  if (blockId === 'quiz' && field === 'title') return lesson.quiz.title;
  if (blockId === 'rubric') {
    const [, index, level] = field.split('/');
    const criterion = lesson.rubric[Number(index)];
    return criterion && level && level in criterion.levels
      ? criterion.levels[level as keyof typeof criterion.levels]
      : null;
  }
  const version = lesson.versions.find((v) => `version-${v.level}` === blockId);
  return version && field === 'directions' ? version.directions : null;
}

/** An editable field's name in the reader's words ("Goal of the day", "Teacher moves: We do" …). */
export function fieldLabel(
  t: TFunction,
  pick: (l: Localized) => string,
  lesson: LessonWire,
  field: string,
): string {
  const phaseId = /^phases\/(.+)\/teacherMoves$/.exec(field)?.[1];
  if (phaseId) {
    const phase = lesson.days.flatMap((d) => d.phases).find((p) => p.id === phaseId);
    return t('lessons.fields.teacherMoves', { phase: phase ? pick(phase.title) : phaseId });
  }
  const criterion = /^criteria\/(\d+)\/(\w+)$/.exec(field);
  if (criterion) {
    const skill = lesson.rubric[Number(criterion[1])];
    return t('lessons.fields.criterion', {
      skill: skill ? pick(skill.skill) : criterion[1],
      level: t(`lessons.rubricLevel.${criterion[2]}`),
    });
  }
  if (field === 'goal' || field === 'title' || field === 'directions') return t(`lessons.fields.${field}`);
  return field;
}
