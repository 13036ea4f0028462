import { isIrl } from '../formats/iri.ts';
import { childPath } from '../model/result.ts';
import type { InteractionType } from '../model/statement-types.ts';
import type { Checker } from './checker.ts';

const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;
const INTERACTION_KEYS = ['interactionType', 'correctResponsesPattern', ...COMPONENT_LISTS];
const DEFINITION_KEYS = ['name', 'description', 'type', 'moreInfo', 'extensions', ...INTERACTION_KEYS];

/** The component lists each interaction type supports (Data 2.4.4.1, Interaction Components). */
export const INTERACTION_COMPONENTS: Record<InteractionType, readonly string[]> = {
  'true-false': [],
  choice: ['choices'],
  'fill-in': [],
  'long-fill-in': [],
  matching: ['source', 'target'],
  performance: ['steps'],
  sequencing: ['choices'],
  likert: ['scale'],
  numeric: [],
  other: [],
};

/** Validates an Activity object (statement object, context activity, SubStatement object). */
export function checkActivity(c: Checker, value: unknown, path: string): void {
  const activity = c.object(value, path, ['objectType', 'id', 'definition']);
  if (!activity) return;
  c.optional(activity, 'objectType', path, (v, at) => {
    if (v !== 'Activity') c.report(at, 'must be "Activity"');
  });
  if (c.required(activity, 'id', path)) c.iri(activity.id, childPath(path, 'id'));
  c.optional(activity, 'definition', path, (v, at) => checkDefinition(c, v, at));
}

function checkDefinition(c: Checker, value: unknown, path: string): void {
  const definition = c.object(value, path, DEFINITION_KEYS);
  if (!definition) return;
  c.optional(definition, 'name', path, (v, at) => c.languageMap(v, at));
  c.optional(definition, 'description', path, (v, at) => c.languageMap(v, at));
  c.optional(definition, 'type', path, (v, at) => c.iri(v, at));
  c.optional(definition, 'moreInfo', path, (v, at) => c.formatted(v, at, isIrl, 'an IRL'));
  c.optional(definition, 'extensions', path, (v, at) => c.extensions(v, at));
  checkInteraction(c, definition, path);
}

function checkInteraction(c: Checker, definition: Record<string, unknown>, path: string): void {
  const type = definition.interactionType;
  const used = INTERACTION_KEYS.filter((key) => key !== 'interactionType' && key in definition);
  if (!('interactionType' in definition)) {
    for (const key of used) c.report(childPath(path, key), 'requires "interactionType"');
    return;
  }
  const typePath = childPath(path, 'interactionType');
  if (!c.string(type, typePath)) return;
  const supported = INTERACTION_COMPONENTS[type as InteractionType] as readonly string[] | undefined;
  if (!Object.hasOwn(INTERACTION_COMPONENTS, type) || supported === undefined) {
    c.report(typePath, `must be one of ${Object.keys(INTERACTION_COMPONENTS).join(', ')}`);
    return;
  }
  c.optional(definition, 'correctResponsesPattern', path, (v, at) =>
    c.array(v, at, (item, itemAt) => c.string(item, itemAt)),
  );
  for (const list of COMPONENT_LISTS) {
    if (!(list in definition)) continue;
    const at = childPath(path, list);
    if (!supported.includes(list)) c.report(at, `is not used by interactionType "${type}"`);
    checkComponents(c, definition[list], at);
  }
}

function checkComponents(c: Checker, value: unknown, path: string): void {
  const seen = new Set<string>();
  c.array(value, path, (item, at) => {
    const component = c.object(item, at, ['id', 'description']);
    if (!component) return;
    if (c.required(component, 'id', at) && c.string(component.id, childPath(at, 'id'))) {
      if (seen.has(component.id)) c.report(childPath(at, 'id'), 'must be distinct within the list');
      seen.add(component.id);
    }
    c.optional(component, 'description', at, (v, descAt) => c.languageMap(v, descAt));
  });
}
