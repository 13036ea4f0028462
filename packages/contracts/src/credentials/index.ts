/** Credentials (issue 11): achievements, awards, the learner's record, share links, verification, employers, finding candidates. */
export * from './achievement.ts';
export * from './achievement-image.ts';
export * from './credential.ts';
export * from './discovery.ts';
export * from './employer.ts';
export * from './issuer.ts';
export * from './occupation.ts';
export * from './public-log.ts';
export * from './public-profile.ts';
export * from './public-skill.ts';
export * from './record.ts';
export * from './showcase.ts';
export * from './verify.ts';
