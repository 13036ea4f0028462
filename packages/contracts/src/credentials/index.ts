/** Credentials (issue 11): achievements, awards, the learner's record, share links, verification, employers. */
export * from './achievement.ts';
export * from './credential.ts';
export * from './employer.ts';
export * from './issuer.ts';
export * from './occupation.ts';
export * from './public-log.ts';
export * from './public-skill.ts';
export * from './record.ts';
export * from './verify.ts';
