import type { SeededRandom } from '../content/seeded-random.ts';
import { type Localized, text } from '../language/localized.ts';
import { lower, templatesFor } from './activity-templates.ts';
import type { Activity, LessonDay, LessonSkill, Phase } from './lesson.ts';
import { finalCheckPhase, type PhaseTemplate, skeletonFor, skeletonPhases } from './phase-templates.ts';

/**
 * Splits `total` minutes by weight with the largest-remainder method, so that the parts add up to `total` exactly
 * and each part is at least one minute.
 */
export function splitMinutes(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map((x) => Math.max(1, Math.floor(x)));
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = total - parts.reduce((a, b) => a + b, 0); left !== 0; k++) {
    const { i } = order[k % order.length]!;
    const step = left > 0 ? 1 : -1;
    if (parts[i]! + step >= 1) {
      parts[i]! += step;
      left -= step;
    }
  }
  return parts;
}

/** The skills of each day: contiguous days per skill when skills ≤ days, contiguous skills per day otherwise. */
export function skillsByDay(skillIds: readonly string[], days: number): string[][] {
  const s = skillIds.length;
  return Array.from({ length: days }, (_, d) =>
    s <= days
      ? [skillIds[Math.floor((d * s) / days)]!]
      : skillIds.slice(Math.floor((d * s) / days), Math.floor(((d + 1) * s) / days)),
  );
}

/** How many visual activities each day holds: spread evenly, earlier days first. */
export function visualsByDay(total: number, days: number): number[] {
  return Array.from({ length: days }, (_, d) => Math.floor(total / days) + (d < total % days ? 1 : 0));
}

/** Minutes of the final check: about 1.5 minutes an item, between 5 minutes and half the period. */
function finalCheckMinutes(quizLength: number, period: number): number {
  return Math.min(Math.floor(period / 2), Math.max(5, Math.round(quizLength * 1.5)));
}

interface DayInput {
  readonly day: number;
  readonly skills: readonly LessonSkill[];
  readonly visuals: number;
  readonly last: boolean;
}

/** Builds the days of a plan: skeleton by skill kind, timed phases, the visual activities where they fit. */
export function planDays(
  options: {
    skills: readonly LessonSkill[];
    days: number;
    periodMinutes: number;
    visualActivities: number;
    quizLength: number;
  },
  rng: SeededRandom,
): LessonDay[] {
  const byId = new Map(options.skills.map((s) => [s.id, s]));
  const perDay = skillsByDay(
    options.skills.map((s) => s.id),
    options.days,
  );
  const visuals = visualsByDay(options.visualActivities, options.days);
  const used = new Set<string>();
  return perDay.map((ids, d) =>
    planDay(
      {
        day: d + 1,
        skills: ids.map((id) => byId.get(id)!),
        visuals: visuals[d]!,
        last: d === options.days - 1,
      },
      options,
      used,
      rng,
    ),
  );
}

function planDay(
  input: DayInput,
  options: { periodMinutes: number; quizLength: number },
  used: Set<string>,
  rng: SeededRandom,
): LessonDay {
  const lead = input.skills[0]!;
  const skeleton = skeletonFor(lead.name);
  const templates: PhaseTemplate[] = [...skeletonPhases(skeleton)];
  const teaching = input.last ? templates.slice(0, -1) : templates;
  const check = input.last ? finalCheckMinutes(options.quizLength, options.periodMinutes) : 0;
  const minutes = splitMinutes(
    options.periodMinutes - check,
    teaching.map((t) => t.weight),
  );
  // NOTE: visuals go to the guided phase first ("we do", "explore"), then modelling, then independent work.
  const visualSlots = teaching
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.visual)
    .sort((a, b) => slotRank(a.t.id) - slotRank(b.t.id))
    .slice(0, input.visuals)
    .map(({ i }) => i);
  const phases: Phase[] = teaching.map((t, i) => {
    const skill = input.skills[i % input.skills.length]!;
    const activities = visualSlots.includes(i) ? [visualActivity(skill, used, rng)] : [];
    return phaseOf(t, minutes[i]!, input.skills, activities);
  });
  if (input.last) phases.push(phaseOf(finalCheckPhase, check, input.skills, []));
  return {
    day: input.day,
    skeleton,
    skillIds: input.skills.map((s) => s.id),
    goal: dayGoal(input.skills),
    phases,
    source: 'template',
  };
}

const SLOT_ORDER = ['we-do', 'explore', 'i-do', 'explain', 'you-do', 'elaborate'];
const slotRank = (id: string): number => SLOT_ORDER.indexOf(id);

function phaseOf(
  t: PhaseTemplate,
  minutes: number,
  skills: readonly LessonSkill[],
  activities: Activity[],
): Phase {
  const moves = skills.map((s) => t.moves(s.name));
  return {
    id: t.id,
    title: t.title,
    minutes,
    teacherMoves: { en: moves.map((m) => m.en).join(' '), es: moves.map((m) => m.es).join(' ') },
    activities,
    source: 'template',
  };
}

function visualActivity(skill: LessonSkill, used: Set<string>, rng: SeededRandom): Activity {
  const ranked = templatesFor(skill.id, skill.name);
  const fresh = ranked.filter((t) => !used.has(t.id));
  const choices = (fresh.length > 0 ? fresh : ranked).slice(0, 2);
  const template = rng.pick(choices);
  used.add(template.id);
  return {
    templateId: template.id,
    visual: true,
    skillId: skill.id,
    title: template.title,
    instructions: template.instructions(skill.name),
    source: 'template',
  };
}

function dayGoal(skills: readonly LessonSkill[]): Localized {
  const en = skills.map((s) => lower(s.name.en)).join('; ');
  const es = skills.map((s) => lower(s.name.es)).join('; ');
  return text(`By the end of the day, learners can ${en}.`, `Al final del día, el alumnado sabe ${es}.`);
}
