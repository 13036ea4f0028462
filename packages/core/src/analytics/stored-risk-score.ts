import { fieldPath, parseStoredJson } from '../stored-json/parse-stored-json.ts';
import { RISK_FEATURES, type RiskFeature, type RiskInputs } from './risk-features.ts';
import type { RiskReason } from './risk-reasons.ts';

/**
 * What a score keeps of what it read (the `risk_scores.features` JSONB column): the learner's inputs at the
 * cut-off and each feature's contribution to the log-odds. NOTE: written for the learner's data export, never
 * read back by the server, so it has no parser.
 */
export type RiskScoreFeatures = RiskInputs & {
  readonly contributions: Readonly<Record<RiskFeature, number>>;
};

/**
 * Reads the stored reasons of a score (the `risk_scores.reasons` JSONB column) back: each a model feature, its
 * contribution and its words in English and Spanish. Throws a `StoredJsonError` naming the column and each bad
 * part.
 *
 * @example
 * suggestedAction(parseRiskReasons(row.reasons));
 */
export function parseRiskReasons(json: unknown): RiskReason[] {
  return parseStoredJson('risk_scores.reasons', json, (value, r) =>
    r.array(value, '', (v, path) => {
      const reason = r.object(v, path);
      const text = r.object(reason.text, fieldPath(path, 'text'));
      return {
        feature: r.oneOf(reason.feature, fieldPath(path, 'feature'), RISK_FEATURES),
        contribution: r.number(reason.contribution, fieldPath(path, 'contribution')),
        text: {
          en: r.string(text.en, fieldPath(path, 'text.en')),
          es: r.string(text.es, fieldPath(path, 'text.es')),
        },
      };
    }),
  );
}
