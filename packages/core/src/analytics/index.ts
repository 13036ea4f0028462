export * from './calibration.ts';
export * from './isotonic-calibration.ts';
export * from './logistic-regression.ts';
export * from './risk-features.ts';
export * from './risk-model.ts';
export * from './risk-reasons.ts';
export * from './stored-risk-model.ts';
export * from './stored-risk-score.ts';
