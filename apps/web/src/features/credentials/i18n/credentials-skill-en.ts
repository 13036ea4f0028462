/** English strings of the public skill page (`/skills/:orgSlug/:skillId`), under `credentials.skill`. */
export const credentialsSkillEn = {
  title: 'Skill',
  notFound: 'There is no such skill at this address.',
  facts: 'About this skill',
  organization: 'Defined by',
  framework: 'Framework',
  code: 'Code',
  strand: 'Part of',
  prerequisites: 'Builds on',
};
