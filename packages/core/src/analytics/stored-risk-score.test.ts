import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RiskInputs } from './risk-features.ts';
import { DEFAULT_RISK_MODEL, scoreRisk } from './risk-model.ts';
import { riskReasons } from './risk-reasons.ts';
import { parseRiskReasons } from './stored-risk-score.ts';

const drifting: RiskInputs = {
  daysInactive: 9,
  activeDays14: 2,
  attempts7: 0,
  attemptsPrev7: 12,
  attempts14: 12,
  correct14: 5,
  seconds14: 900,
  fallingSkills: 2,
  masteredSkills: 2,
  weeksActive: 4,
  medianMasteryRate: 1.2,
};

describe('parseRiskReasons', () => {
  it('reads stored reasons back as they were saved', () => {
    const reasons = riskReasons(drifting, scoreRisk(DEFAULT_RISK_MODEL, drifting).contributions);
    assert.ok(reasons.length > 0);
    assert.deepEqual(parseRiskReasons(JSON.parse(JSON.stringify(reasons))), reasons);
    assert.deepEqual(parseRiskReasons([]), []);
  });
  it('throws naming the column and each bad part', () => {
    assert.throws(() => parseRiskReasons([{ feature: 'mood', contribution: 0.4, text: { en: 'sad' } }]), {
      message:
        'risk_scores.reasons: [0].feature must be one of daysInactive, activeDays14, practiceTrend, accuracy14, fallingSkills, pacing, minutes14; [0].text.es must be a string',
    });
    assert.throws(() => parseRiskReasons({}), /^StoredJsonError: risk_scores\.reasons: must be an array$/);
  });
});
