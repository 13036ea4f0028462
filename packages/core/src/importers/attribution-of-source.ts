import { gsm8kAttribution, mathcampsAttribution } from './dataset-attributions.ts';
import type { ImportAttribution } from './import-result.ts';
import { oatutorAttribution } from './oatutor-attribution.ts';

const BY_SOURCE: Record<string, ImportAttribution> = {
  oatutor: oatutorAttribution,
  mathcamps: mathcampsAttribution,
  gsm8k: gsm8kAttribution,
};

/**
 * The attribution to show wherever an item of an imported source reaches a person; null for Pathwise's own
 * content.
 */
export function attributionOfSource(source: string): ImportAttribution | null {
  return BY_SOURCE[source] ?? null;
}
