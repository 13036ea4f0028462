import type { LessonSkill } from './lesson.ts';

const STOPWORDS = new Set(
  (
    'a an the of and or to in on for with by from about into how what this that these ' +
    'de del la el los las lo y o u en un una unos unas con por para sobre al como que ' +
    'lesson lessons plan unit topic class leccion lecciones clase unidad tema'
  ).split(' '),
);

/** Lower case, no accents, a crude plural strip: enough to match "equations" with "equation", "ecuaciones" with "ecuación". */
export function stem(word: string): string {
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length > 5 && w.endsWith('es') && /[^aeiou]es$/.test(w) && /(ion|al|ar|or|ad)es$/.test(w)) {
    return w.slice(0, -2);
  }
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The stems of a text's content words (stopwords dropped). */
export function contentStems(text: string): string[] {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words
    .map((w) => w.toLowerCase())
    .filter((w) => !STOPWORDS.has(stem(w)) && !STOPWORDS.has(w))
    .map(stem);
}

/** How well a skill's name (weight 2) and description (weight 1), in either language, match topic stems. */
function score(skill: LessonSkill, topic: readonly string[]): number {
  const name = new Set([...contentStems(skill.name.en), ...contentStems(skill.name.es)]);
  const description = new Set([...contentStems(skill.description.en), ...contentStems(skill.description.es)]);
  return topic.reduce((sum, t) => sum + (name.has(t) ? 2 : description.has(t) ? 1 : 0), 0);
}

/**
 * The framework skills a topic names: the practisable skills that match it best, in framework order. When no
 * practisable skill matches but a strand does, the strand's practisable descendants. Empty when nothing matches.
 */
export function matchSkills(
  topic: string,
  framework: readonly LessonSkill[],
  hasItems: (skillId: string) => boolean,
): string[] {
  const stems = [...new Set(contentStems(topic))];
  if (stems.length === 0) return [];
  const scored = framework.map((skill) => ({ skill, score: score(skill, stems) }));
  const best = (list: typeof scored) => {
    const top = Math.max(0, ...list.map((s) => s.score));
    return top === 0 ? [] : list.filter((s) => s.score === top).map((s) => s.skill);
  };
  const leaves = best(scored.filter((s) => hasItems(s.skill.id)));
  if (leaves.length > 0) return leaves.map((s) => s.id);
  const strands = new Set(best(scored).map((s) => s.id));
  return framework.filter((s) => hasItems(s.id) && hasAncestorIn(s, strands, framework)).map((s) => s.id);
}

function hasAncestorIn(
  skill: LessonSkill,
  ids: ReadonlySet<string>,
  framework: readonly LessonSkill[],
): boolean {
  const byId = new Map(framework.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (let p = skill.parentId; p !== null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
    if (ids.has(p)) return true;
    seen.add(p);
  }
  return false;
}
