import type { Localized } from '../learning/learning-api.ts';
import type { FrameworkSkill } from './framework-api.ts';

// NOTE: option lists open inside the form, not in a portal at the end of <body>: there they would be content
// outside every landmark (axe-core "region").
export const IN_PAGE = { withinPortal: false };

/**
 * Skills as options of a select, labelled by name in the reader's language. A name two skills share (two
 * frameworks) gets the id after it, so every label stays unique and the list readable.
 */
export function skillOptions(
  skills: readonly FrameworkSkill[],
  pick: (text: Localized) => string,
): { value: string; label: string }[] {
  const options = skills.map((s) => ({ value: s.id, label: pick(s.name) }));
  const counts = new Map<string, number>();
  for (const o of options) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
  return options.map((o) =>
    (counts.get(o.label) ?? 0) > 1 ? { ...o, label: `${o.label} (${o.value})` } : o,
  );
}
