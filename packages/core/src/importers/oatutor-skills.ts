import type { Localized } from '../language/localized.ts';
import type { ImportedPathway, ImportedSkill, ImportProblem } from './import-result.ts';

/** The prefix of every OATutor skill id, keeping imported ids apart from other frameworks. */
export const OATUTOR_PREFIX = 'oatutor.';

// NOTE: imported text is English only; the Spanish slot repeats it until a translation exists.
const same = (s: string): Localized => ({ en: s, es: s });

/**
 * A step's skill tags with the names OATutor split at their commas joined again. Upstream cut "Convert decimals,
 * fractions, and percents" into three tags (`convert_decimals`, `fractions`, `and_percents`); a list is such a
 * name when it ends in "and …" / "or …": its last tag starts with `and_`/`or_`, or its middle tags are single
 * words and its last holds `_and_`/`_or_` (the same name written without the last comma). The whole name gets
 * one opaque id, the tags joined by commas with ", and" written as " and" (so both spellings are one skill).
 * @example
 * wholeSkillTags(['convert_decimals', 'fractions', 'and_percents']); // ['convert_decimals,fractions_and_percents']
 * wholeSkillTags(['round_decimals']); // ['round_decimals']
 */
export function wholeSkillTags(tags: readonly string[]): string[] {
  if (tags.length < 2) return [...tags];
  const last = tags[tags.length - 1]!;
  const middle = tags.slice(1, -1);
  const listName =
    /^(and|or)_/.test(last) ||
    (middle.length > 0 && middle.every((t) => !t.includes('_')) && /_(and|or)_/.test(last));
  return listName ? [tags.join(',').replace(/,(and|or)_/g, '_$1_')] : [...tags];
}

/** An OATutor skill id as words: "convert_decimals,fractions_and_percents" → "Convert decimals, fractions and percents". */
export function skillName(id: string): string {
  const words = id.replace(/_/g, ' ').replace(/,\s*/g, ', ').replace(/\.$/, '').replace(/\s+/g, ' ').trim();
  return words.length === 0 ? id : words[0]!.toUpperCase() + words.slice(1);
}

interface Lesson {
  readonly id: string;
  readonly chapter: string;
  readonly number: string;
  readonly topics: string;
  readonly objectives: readonly string[];
}

/** The lessons of `course-plan.json` in course order; problems are reported at line 0, field `course-plan`. */
export function lessonsOf(text: string, problems: ImportProblem[]): Lesson[] {
  const fail = (message: string) => problems.push({ line: 0, field: 'course-plan', message });
  let plan: { lessons?: unknown };
  try {
    plan = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON: ${(error as Error).message}`);
    return [];
  }
  if (!Array.isArray(plan?.lessons)) {
    fail('needs a "lessons" array');
    return [];
  }
  return plan.lessons.flatMap((l: Record<string, unknown>, i: number) => {
    const number = typeof l?.name === 'string' ? /(\d+)\.(\d+)/.exec(l.name) : null;
    const objectives = l?.learningObjectives;
    if (!number || typeof objectives !== 'object' || objectives === null) {
      fail(`lessons[${i}] needs a name "Lesson N.M" and learningObjectives`);
      return [];
    }
    const topics = typeof l.topics === 'string' ? l.topics : '';
    return [
      {
        id: String(l.id),
        chapter: number[1]!,
        number: number[0],
        topics,
        objectives: Object.keys(objectives),
      },
    ];
  });
}

type Bkt = ImportedSkill['bkt'];

/** What the framework is built from: the whole skills (tag lists joined) and the tags each one was split into. */
export interface OatutorSkillUse {
  /** Whole skill ids in the order first met, with the upstream tags they were made of. */
  readonly wholes: ReadonlyMap<string, readonly string[]>;
  /** Whole skill ids that have at least one good item. */
  readonly withItems: ReadonlySet<string>;
}

/**
 * OATutor's skills as a framework. Without a course plan: one top-level skill each. With `course-plan.json`: its
 * chapters are the strands, its lessons below them, and each skill under the lesson that first names it (a tag
 * of a split name stands for the whole); a skill's prerequisites are the skills with items of the nearest earlier
 * lesson that has any, so the course is learnt in its own order.
 */
export function oatutorFramework(
  use: OatutorSkillUse,
  bktOf: (tag: string) => Bkt,
  lessons: readonly Lesson[],
): { skills: ImportedSkill[]; pathway: ImportedPathway } {
  const wholeOfTag = new Map<string, string>();
  for (const [whole, tags] of use.wholes)
    for (const tag of tags) if (!use.wholes.has(tag)) wholeOfTag.set(tag, whole);
  const skill = (whole: string, parentId: string | null, prerequisites: readonly string[]): ImportedSkill => {
    const bkt = bktOf(use.wholes.get(whole)?.[0] ?? whole);
    return {
      id: OATUTOR_PREFIX + whole,
      parentId,
      name: same(skillName(whole)),
      description: same(`OATutor skill "${whole}" (OpenStax Elementary Algebra)`),
      ...(prerequisites.length > 0 ? { prerequisites } : {}),
      ...(bkt ? { bkt } : {}),
    };
  };
  const placed = new Set<string>();
  const skills: ImportedSkill[] = [];
  const chapters = new Set<string>();
  let previous: string[] = [];
  for (const lesson of lessons) {
    const chapterId = `${OATUTOR_PREFIX}chapter-${lesson.chapter}`;
    if (!chapters.has(chapterId)) {
      chapters.add(chapterId);
      skills.push(strand(chapterId, lesson.chapter, lessons));
    }
    const lessonId = `${OATUTOR_PREFIX}lesson-${lesson.number}`;
    skills.push({
      id: lessonId,
      parentId: chapterId,
      name: same(`${lesson.number} ${lesson.topics}`.trim()),
      description: same(`Lesson ${lesson.number} of OpenStax Elementary Algebra: ${lesson.topics}`),
    });
    const here: string[] = [];
    for (const tag of lesson.objectives) {
      const whole = use.wholes.has(tag) ? tag : (wholeOfTag.get(tag) ?? tag);
      if (placed.has(whole)) continue;
      placed.add(whole);
      skills.push(skill(whole, lessonId, previous));
      if (use.withItems.has(whole)) here.push(OATUTOR_PREFIX + whole);
    }
    if (here.length > 0) previous = here;
  }
  for (const whole of use.wholes.keys()) if (!placed.has(whole)) skills.push(skill(whole, null, []));
  const practised = skills.filter((s) => use.withItems.has(s.id.slice(OATUTOR_PREFIX.length))).length;
  return { skills, pathway: pathwayText(lessons.length, chapters.size, practised) };
}

function strand(id: string, chapter: string, lessons: readonly Lesson[]): ImportedSkill {
  const mine = lessons.filter((l) => l.chapter === chapter).map((l) => l.number);
  const span = mine.length > 1 ? `${mine[0]}–${mine[mine.length - 1]}` : (mine[0] ?? chapter);
  return {
    id,
    parentId: null,
    name: { en: `Chapter ${chapter} (lessons ${span})`, es: `Capítulo ${chapter} (lecciones ${span})` },
    description: {
      en: `Chapter ${chapter} of OpenStax Elementary Algebra`,
      es: `Capítulo ${chapter} de OpenStax Elementary Algebra`,
    },
  };
}

function pathwayText(lessons: number, chapters: number, skills: number): ImportedPathway {
  const order = lessons > 0;
  return {
    name: { en: 'Elementary Algebra (OATutor)', es: 'Álgebra elemental (OATutor)' },
    description: {
      en:
        `Elementary algebra practice with step-by-step hints and guiding questions: ${skills} skills` +
        (order ? ` in ${chapters} chapters and ${lessons} lessons, learnt in the course's order.` : '.'),
      es:
        `Práctica de álgebra elemental con pistas paso a paso y preguntas guía: ${skills} habilidades` +
        (order ? ` en ${chapters} capítulos y ${lessons} lecciones, en el orden del curso.` : '.'),
    },
  };
}
