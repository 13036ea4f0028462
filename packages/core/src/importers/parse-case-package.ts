import type { Localized } from '../language/localized.ts';
import type { CrosswalkRelation } from '../skills-graph/crosswalk.ts';

/** The prefix of the framework id of an imported CASE document: `case:<CFDocument identifier>`. */
export const CASE_FRAMEWORK_PREFIX = 'case:';
/** The crosswalk target framework of CASE associations to items outside the package. */
export const CASE_CROSSWALK_FRAMEWORK = 'case';

/** One problem of a CFPackage, named by its JSON path (`CFItems[3].fullStatement`). */
export interface CaseProblem {
  readonly field: string;
  readonly message: string;
}

/** A CFItem as a skill of the framework: its id is the item's CASE identifier. */
export interface CaseSkill {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: Localized;
  readonly description: Localized;
  /** Items that `precedes` this one. */
  readonly prerequisites: readonly string[];
}

/** An `exactMatchOf` or `isRelatedTo` association, as a crosswalk to the destination node. */
export interface CaseCrosswalk {
  readonly skillId: string;
  readonly targetFramework: string;
  readonly targetCode: string;
  readonly targetName: string;
  readonly relation: CrosswalkRelation;
}

/** An association that has no place in a skills framework, with the reason. */
export interface CaseSkipped {
  readonly identifier: string;
  readonly associationType: string;
  readonly reason: string;
}

/** A CFPackage read as a skills framework. Nothing of it may be written when `problems` is not empty. */
export interface CasePackage {
  readonly framework: string;
  readonly title: string;
  /** Skills in hierarchy order: each parent before its children, siblings by `sequenceNumber`. */
  readonly skills: readonly CaseSkill[];
  readonly crosswalks: readonly CaseCrosswalk[];
  readonly skipped: readonly CaseSkipped[];
  readonly problems: readonly CaseProblem[];
  /** True when an item's text, in its one language, fills both English and Spanish (always, with items). */
  readonly copiedLanguage: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A node reference: CASE 1.0 says LinkGenURI `{title, identifier, uri}`; OpenSALT also writes a plain URI. */
function nodeOf(value: unknown): { identifier: string; uri: string; title: string | null } | null {
  if (isObject(value)) {
    const identifier = text(value.identifier) ?? text(value.uri)?.split('/').pop() ?? null;
    if (!identifier) return null;
    return { identifier, uri: text(value.uri) ?? identifier, title: text(value.title) };
  }
  const uri = text(value);
  return uri ? { identifier: uri.split('/').pop() ?? uri, uri, title: null } : null;
}

const NAME_MAX = 200;
/** The framework page edits descriptions up to this length. */
const DESCRIPTION_MAX = 10_000;
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function readItems(pkg: Json, problems: CaseProblem[]) {
  const items = Array.isArray(pkg.CFItems) ? pkg.CFItems : [];
  if (pkg.CFItems !== undefined && !Array.isArray(pkg.CFItems))
    problems.push({ field: 'CFItems', message: 'must be an array' });
  const read: { id: string; name: string; description: string }[] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const at = `CFItems[${i}]`;
    if (!isObject(item)) {
      problems.push({ field: at, message: 'must be an object' });
      continue;
    }
    const id = text(item.identifier);
    const statement = text(item.fullStatement);
    if (!id) problems.push({ field: `${at}.identifier`, message: 'is required' });
    else if (seen.has(id))
      problems.push({ field: `${at}.identifier`, message: `${id} is used by two items` });
    else if (id.length > 190 || /[\s/]/.test(id))
      problems.push({
        field: `${at}.identifier`,
        message: 'must be at most 190 characters, without spaces or /',
      });
    if (!statement) problems.push({ field: `${at}.fullStatement`, message: 'is required' });
    if (!id || !statement || seen.has(id)) continue;
    seen.add(id);
    // The name: the code people cite (humanCodingScheme), else the short statement, else the statement itself.
    const name = text(item.humanCodingScheme) ?? text(item.abbreviatedStatement) ?? statement;
    read.push({ id, name: clip(name, NAME_MAX), description: clip(statement, DESCRIPTION_MAX) });
  }
  return read;
}

const CROSSWALKS: Record<string, CrosswalkRelation> = {
  exactMatchOf: 'exactMatch',
  // NOTE: CASE's isRelatedTo is SKOS "related", which our four mapping relations lack; closeMatch is the nearest
  // ("similar enough to be used interchangeably in some applications").
  isRelatedTo: 'closeMatch',
};

/** What one association means for the framework. */
type Reading =
  | { readonly problem: string }
  | { readonly skip: string }
  | { readonly child: string; readonly parentId: string | null; readonly sequence: number }
  | { readonly skill: string; readonly requires: string }
  | { readonly crosswalk: CaseCrosswalk };

function readAssociation(
  association: Json,
  index: number,
  ids: ReadonlySet<string>,
  docId: string | null,
): Reading {
  const type = text(association.associationType) ?? '';
  const origin = nodeOf(association.originNodeURI);
  const destination = nodeOf(association.destinationNodeURI);
  if (!origin || !destination) return { problem: 'needs originNodeURI and destinationNodeURI' };
  const inside = (node: { identifier: string }) => ids.has(node.identifier);
  if (type === 'isChildOf') {
    if (!inside(origin)) return { skip: 'its child is not an item of this package' };
    const parentId = inside(destination) ? destination.identifier : null;
    if (parentId === null && destination.identifier !== docId)
      return { skip: 'its parent is outside this package' };
    const sequence = Number(association.sequenceNumber ?? Number.NaN);
    // Without a sequenceNumber, siblings keep the package's order, after the numbered ones.
    return {
      child: origin.identifier,
      parentId,
      sequence: Number.isFinite(sequence) ? sequence : index + 1e9,
    };
  }
  if (type === 'precedes') {
    if (!inside(origin) || !inside(destination)) return { skip: 'it links to a node outside this package' };
    return { skill: destination.identifier, requires: origin.identifier };
  }
  const relation = CROSSWALKS[type];
  if (!relation)
    return { skip: `${type || 'an association without a type'} has no place in a skills framework` };
  if (!inside(origin)) return { skip: 'its origin is not an item of this package' };
  if (inside(destination)) return { skip: 'both ends are in this package' };
  const title = destination.title && !/^destination$/i.test(destination.title) ? destination.title : null;
  return {
    crosswalk: {
      skillId: origin.identifier,
      targetFramework: CASE_CROSSWALK_FRAMEWORK,
      targetCode: clip(destination.uri, 300),
      targetName: clip(title ?? destination.identifier, 300),
      relation,
    },
  };
}

/**
 * Reads a CASE 1.0 CFPackage (parsed JSON) as a skills framework: each CFItem becomes a skill (humanCodingScheme
 * as its name, fullStatement as its description), `isChildOf` gives the hierarchy (a child of the document is at
 * the top), `A precedes B` makes A a prerequisite of B, and `exactMatchOf` / `isRelatedTo` to a node outside
 * the package become crosswalks. Other associations (exemplar, isPartOf, …) are listed as skipped. Every
 * problem is reported; the graph itself (cycles) is checked by the caller with the organization's skills.
 *
 * @example
 * const pkg = parseCasePackage(JSON.parse(text));
 * if (pkg.problems.length === 0) save(pkg.skills);
 */
export function parseCasePackage(input: unknown): CasePackage {
  const problems: CaseProblem[] = [];
  const pkg = isObject(input) ? input : {};
  if (!isObject(input)) problems.push({ field: '', message: 'must be a CFPackage object' });
  const doc = isObject(pkg.CFDocument) ? pkg.CFDocument : null;
  const docId = text(doc?.identifier);
  if (!docId) problems.push({ field: 'CFDocument.identifier', message: 'is required' });
  const items = readItems(pkg, problems);
  const ids = new Set(items.map((i) => i.id));
  const parent = new Map<string, { id: string | null; sequence: number }>();
  const prerequisites = new Map<string, string[]>(items.map((i) => [i.id, []]));
  const crosswalks: CaseCrosswalk[] = [];
  const skipped: CaseSkipped[] = [];
  const associations = Array.isArray(pkg.CFAssociations) ? pkg.CFAssociations : [];
  for (const [i, association] of associations.entries()) {
    const field = `CFAssociations[${i}]`;
    const reading: Reading = isObject(association)
      ? readAssociation(association, i, ids, docId)
      : { problem: 'must be an object' };
    if ('problem' in reading) problems.push({ field, message: reading.problem });
    else if ('skip' in reading) {
      const { identifier, associationType } = association as Json;
      skipped.push({
        identifier: text(identifier) ?? field,
        associationType: text(associationType) ?? '',
        reason: reading.skip,
      });
    } else if ('child' in reading) {
      const known = parent.get(reading.child);
      if (known && known.id !== reading.parentId)
        problems.push({ field, message: `${reading.child} is a child of two parents` });
      else parent.set(reading.child, { id: reading.parentId, sequence: reading.sequence });
    } else if ('requires' in reading) prerequisites.get(reading.skill)!.push(reading.requires);
    else crosswalks.push(reading.crosswalk);
  }
  const skills = hierarchyOrder(items, parent).map((item) => ({
    id: item.id,
    parentId: parent.get(item.id)?.id ?? null,
    // NOTE: a CASE item is written in one language; its text fills both of ours (an English framework shows
    // English to Spanish readers until the administrator translates a skill's names on the framework page).
    name: { en: item.name, es: item.name },
    description: { en: item.description, es: item.description },
    prerequisites: [...new Set(prerequisites.get(item.id) ?? [])],
  }));
  return {
    framework: `${CASE_FRAMEWORK_PREFIX}${docId ?? ''}`,
    title: text(doc?.title) ?? docId ?? '',
    skills,
    crosswalks: dedupe(crosswalks),
    skipped,
    problems,
    copiedLanguage: skills.length > 0,
  };
}

function dedupe(crosswalks: CaseCrosswalk[]): CaseCrosswalk[] {
  const seen = new Set<string>();
  return crosswalks.filter((c) => {
    const key = `${c.skillId}\n${c.targetCode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Parents before children, siblings by sequenceNumber then package order; items on a parent cycle come last. */
function hierarchyOrder<T extends { id: string }>(
  items: readonly T[],
  parent: ReadonlyMap<string, { id: string | null; sequence: number }>,
): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const p = parent.get(item.id)?.id ?? null;
    children.set(p, [...(children.get(p) ?? []), item]);
  }
  const sequence = (item: T) => parent.get(item.id)?.sequence ?? Number.MAX_SAFE_INTEGER;
  for (const list of children.values()) list.sort((a, b) => sequence(a) - sequence(b));
  const ordered: T[] = [];
  const seen = new Set<string>();
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    ordered.push(item);
    stack.push(...[...(children.get(item.id) ?? [])].reverse());
  }
  return [...ordered, ...items.filter((i) => !seen.has(i.id) && byId.has(i.id))];
}
