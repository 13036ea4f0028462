import defaults from './default-params.json' with { type: 'json' };
import type { LearnerModelParams } from './learner-model-params.ts';
import { parseLearnerModelParams } from './parse-learner-model-params.ts';

/**
 * The parameters every skill uses until an installation has data on it: a pooled fit (one weight set shared by all
 * skills, no per-skill terms) on the ASSISTments 2009 train split. Only these weights are shipped, never the data.
 * Regenerate with `npm run bench:learner-model -- --write-defaults`; see README.md in this folder.
 */
export const DEFAULT_LEARNER_MODEL_PARAMS: LearnerModelParams = parseLearnerModelParams(defaults);
