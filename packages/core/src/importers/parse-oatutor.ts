import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import type { Scaffold, Step } from '../content/item.ts';
import type { Localized } from '../language/localized.ts';
import { answerFromText } from './answer-from-text.ts';
import type { ImportedItem, ImportProblem, ImportResult } from './import-result.ts';
import { type ImportLine, JsonlReader, linesOf, ProblemLog, RecordCheck } from './jsonl-records.ts';
import { oatutorAttribution } from './oatutor-attribution.ts';
import { lessonsOf, OATUTOR_PREFIX, oatutorFramework, wholeSkillTags } from './oatutor-skills.ts';

export { OATUTOR_PREFIX };

import { datasetFigureRef, resolveItemFigures, type SuppliedFigure } from './resolve-figures.ts';

type Json = Record<string, unknown>;

// NOTE: imported text is English only; the Spanish slot repeats it until a translation exists.
const same = (s: string): Localized => ({ en: s, es: s });

/** OATutor markup to the project's: `$$…$$` becomes `$…$`, literal "\n" a line break. */
function markup(s: string): Localized {
  // NOTE: the marker (closing "##" optional upstream) becomes a file reference that `resolveItemFigures` replaces
  // with the stored figure; the item keeps the dataset's figure map in `images`.
  const text = s.replace(/##([\w.-]+\.(?:gif|png|jpe?g))(##)?/gi, (_m, name: string) =>
    datasetFigureRef(name),
  );
  return same(text.replace(/\$\$/g, '$').replace(/\\n/g, '\n').trim());
}

function answerSpec(check: RecordCheck, node: Json, answers: unknown, path: string): AnswerSpec | null {
  if (!Array.isArray(answers) || typeof answers[0] !== 'string') {
    check.fail(path, 'must be a non-empty array of strings');
    return null;
  }
  if (node.problemType === 'MultipleChoice') {
    const choices = node.choices;
    if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string') || choices.length < 2) {
      check.fail(path.replace(/\.[^.]+$/, '.choices'), 'multiple choice needs at least two string choices');
      return null;
    }
    const correct = choices.indexOf(answers[0]);
    if (correct < 0) {
      check.fail(path, 'the answer is not one of the choices');
      return null;
    }
    const options = (choices as string[]).map((c, i) => ({
      id: String.fromCharCode(97 + i),
      text: markup(c),
    }));
    return { kind: 'choice', options, correct: options[correct]!.id };
  }
  return answerFromText(answers[0], node.answerType === 'string' ? 'text' : 'math');
}

function tutoring(check: RecordCheck, hints: unknown, path: string) {
  const out = { hints: [] as Localized[], scaffolds: [] as Scaffold[] };
  if (!Array.isArray(hints)) {
    check.fail(path, 'must be an array');
    return out;
  }
  hints.forEach((h: Json, i) => {
    const where = `${path}[${i}]`;
    // A hint's title is its heading and its text the body (where figures are shown): both are kept.
    const text =
      [h?.title, h?.text].filter((t) => typeof t === 'string' && t.trim() !== '').join('\n') || undefined;
    if (!text) check.fail(`${where}.text`, 'a hint needs a text or title');
    if (h?.type === 'scaffold') {
      const answer = answerSpec(check, h, h.hintAnswer, `${where}.hintAnswer`);
      if (answer)
        out.scaffolds.push({
          id: String(h.id ?? where),
          prompt: markup(text ?? ''),
          answer,
          misconceptions: [],
        });
    } else if (h?.type === 'hint') out.hints.push(markup(text ?? ''));
    else check.fail(`${where}.type`, 'must be "hint" or "scaffold"');
    if (Array.isArray(h?.subHints)) {
      const nested = tutoring(check, h.subHints, `${where}.subHints`);
      out.hints.push(...nested.hints);
      out.scaffolds.push(...nested.scaffolds);
    }
  });
  return out;
}

type Wholes = Map<string, readonly string[]>;

/** Records that `whole` was tagged as `tags` (both spellings of a split name add their tags to one skill). */
function addTags(wholes: Wholes, whole: string, tags: readonly string[]): void {
  const known = wholes.get(whole) ?? [];
  wholes.set(whole, [...known, ...tags.filter((t) => !known.includes(t))]);
}

function parseStep(check: RecordCheck, s: Json, path: string, skills: Wholes): Step | null {
  const id = check.text(s, 'id', `${path}.id`);
  const body = [s.stepTitle, s.stepBody].filter((t) => typeof t === 'string' && t.trim() !== '').join('\n');
  if (body === '') check.fail(`${path}.stepTitle`, 'a step needs a title or body');
  const answer = answerSpec(check, s, s.stepAnswer, `${path}.stepAnswer`);
  if (!Array.isArray(s.skills) || s.skills.length === 0) check.fail(`${path}.skills`, 'no skill tagged');
  else {
    const tags = s.skills.filter((k): k is string => typeof k === 'string');
    const wholes = wholeSkillTags(tags);
    for (const whole of wholes) addTags(skills, whole, wholes.length === 1 ? tags : [whole]);
  }
  const help = tutoring(check, s.hints ?? [], `${path}.hints`);
  if (!answer || !id) return null;
  const first = help.scaffolds[0]?.prompt ?? help.hints[0] ?? same('What is the question asking for?');
  return { id, prompt: markup(body), answer, guidingQuestion: first, ...help, misconceptions: [] };
}

function parseProblem(check: RecordCheck, p: Json): { item: ImportedItem; skills: Wholes } | null {
  const id = check.text(p, 'id');
  if (!Array.isArray(p.steps) || p.steps.length === 0) {
    check.fail('steps', 'must be a non-empty array');
    return null;
  }
  const stem = [p.title, p.body].filter((t) => typeof t === 'string' && t.trim() !== '').join('\n');
  if (stem === '') check.fail('title', 'a problem needs a title or body');
  const stepSkills: Wholes = new Map();
  const steps = p.steps.map((s: Json, i: number) => parseStep(check, s ?? {}, `steps[${i}]`, stepSkills));
  if (check.problems.length > 0) return null;
  const skill = [...stepSkills.keys()][0]!;
  const [only] = steps as Step[];
  // NOTE: a one-step problem whose body introduces its expression ("Multiply:") shows the expression in its
  // stem, where lists of items show it; the step then asks for the answer (its own body, when it has one).
  const introduces = steps.length === 1 && typeof p.body === 'string' && /:\s*$/.test(p.body) && only;
  const single = introduces ? stepText(p.steps[0] as Json) : null;
  const item: ImportedItem = {
    id: `oatutor/${id}`,
    familyId: 'oatutor',
    skillId: OATUTOR_PREFIX + skill,
    seed: 0,
    difficulty: 2,
    stem: markup(single ? `${stem} ${single.title}` : stem),
    steps:
      single && only
        ? [{ ...only, prompt: markup(single.body || 'What is the answer?') }]
        : (steps as Step[]),
    ...(isStringMap(p.figures) ? { images: p.figures } : {}),
    attribution: oatutorAttribution,
    line: check.line,
  };
  return { item, skills: stepSkills };
}

function stepText(s: Json): { title: string; body: string } {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return { title: text(s.stepTitle), body: text(s.stepBody) };
}

function isStringMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string')
  );
}

function bktOf(params: Json | undefined) {
  if (!params) return undefined;
  const n = (k: string) => (typeof params[k] === 'number' ? (params[k] as number) : Number.NaN);
  const bkt = {
    pInit: n('probMastery'),
    pLearn: n('probTransit'),
    pSlip: n('probSlip'),
    pGuess: n('probGuess'),
  };
  return Object.values(bkt).every((v) => v >= 0 && v <= 1) ? bkt : undefined;
}

/** The options of an OATutor parse: `bkt-params.json` and the supplied figure files by file name. */
export interface OatutorOptions {
  bktParams?: string;
  /** `course-plan.json`: its lessons give the strands, the skills' places and their prerequisites. */
  coursePlan?: string;
  figures?: ReadonlyMap<string, SuppliedFigure>;
}

/**
 * Parses OATutor `problems.jsonl` one line at a time ({@link OatutorParser.add}, then `finish`): one problem a
 * line, steps with hints and scaffolds embedded; with `bktParams`, `bkt-params.json` (skill id → BKT priors);
 * with `coursePlan`, `course-plan.json` (the lessons in order: strands and prerequisites, see `oatutorFramework`).
 * With `figures` (the supplied figure files by file name), figure references are resolved and a problem whose
 * figure is missing or refused is a broken record; without, they stay dataset references (`images`). The
 * framework's skills are the skills tagged on the good problems' steps, names split at commas upstream made
 * whole again (`wholeSkillTags`). Broken records are reported with their line and field.
 */
export class OatutorParser {
  private readonly log = new ProblemLog();
  private readonly reader = new JsonlReader(this.log);
  private readonly items: ImportedItem[] = [];
  private readonly wholes: Wholes = new Map();
  private readonly withItems = new Set<string>();
  private readonly ids = new Set<string>();
  private bkt: Record<string, Json> = {};

  constructor(private readonly options: OatutorOptions = {}) {
    if (options.bktParams !== undefined) {
      try {
        this.bkt = JSON.parse(options.bktParams);
      } catch (error) {
        this.log.add({
          line: 0,
          field: 'bkt-params',
          message: `not valid JSON: ${(error as Error).message}`,
        });
      }
    }
  }

  add(input: ImportLine): void {
    const read = this.reader.read(input);
    if (!read) return;
    const { line, value } = read;
    const check = new RecordCheck(line);
    const parsed = parseProblem(check, value);
    let item = parsed?.item ?? null;
    if (item && this.options.figures) {
      const resolved = resolveItemFigures(item, this.options.figures);
      check.problems.push(...resolved.problems);
      item = resolved.item;
    }
    if (item && this.ids.has(item.id)) check.fail('id', `duplicate id ${String(value.id)}`, 'duplicate id');
    else if (item) {
      this.ids.add(item.id);
      this.items.push(item);
      for (const [whole, tags] of parsed!.skills) {
        addTags(this.wholes, whole, tags);
        this.withItems.add(whole);
      }
    }
    this.log.addAll(check.problems);
  }

  finish(): ImportResult {
    const planProblems: ImportProblem[] = [];
    const lessons =
      this.options.coursePlan === undefined ? [] : lessonsOf(this.options.coursePlan, planProblems);
    this.log.addAll(planProblems);
    const { skills, pathway } = oatutorFramework(
      { wholes: this.wholes, withItems: this.withItems },
      (tag) => bktOf(this.bkt[tag]),
      lessons,
    );
    return {
      source: 'oatutor',
      framework: 'oatutor',
      attribution: oatutorAttribution,
      items: this.items,
      skills,
      pathway,
      problems: this.log.kept,
      problemCount: this.log.count,
      problemsByReason: this.log.byReason(),
      records: this.reader.records,
      recordsAsSteps: 0,
      rejectedRecordsByReason: this.log.recordsByReason(),
    };
  }
}

/**
 * Parses OATutor `problems.jsonl` text (see {@link OatutorParser}).
 * @example
 * const { items, problems } = parseOatutor(readFileSync('problems.jsonl', 'utf8'));
 */
export function parseOatutor(problemsText: string, options: OatutorOptions = {}): ImportResult {
  const parser = new OatutorParser(options);
  for (const line of linesOf(problemsText)) parser.add(line);
  return parser.finish();
}
