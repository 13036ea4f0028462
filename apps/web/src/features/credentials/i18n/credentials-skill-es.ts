import type { credentialsSkillEn } from './credentials-skill-en.ts';

/** Spanish strings of the public skill page (`/skills/:orgSlug/:skillId`), under `credentials.skill`. */
export const credentialsSkillEs: typeof credentialsSkillEn = {
  title: 'Habilidad',
  notFound: 'No hay ninguna habilidad en esta dirección.',
  facts: 'Sobre esta habilidad',
  organization: 'Definida por',
  framework: 'Marco',
  code: 'Código',
  strand: 'Forma parte de',
  prerequisites: 'Se apoya en',
};
