import { existsSync } from 'node:fs';
import { AppError } from '@pathwise/core';
import { findOrganizationBySlug, listSkills } from '@pathwise/db';
import { Type } from 'typebox';
import type { App, AppContext } from '../../types.ts';

const Localized = Type.Object({ en: Type.String(), es: Type.String() });
const Params = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }),
  skillId: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\s/]+$' }),
});
const SkillRef = Type.Object({ id: Type.String(), name: Localized });

/** A framework skill as published to anyone: what a credential's alignment points to. */
export const PublicSkillSchema = Type.Object({
  organization: Type.Object({ name: Type.String(), slug: Type.String() }),
  id: Type.String(),
  framework: Type.String(),
  name: Localized,
  description: Localized,
  strand: Type.Union([SkillRef, Type.Null()], { description: 'The skill that groups it, if any' }),
  prerequisites: Type.Array(SkillRef),
});

async function publicSkill(ctx: AppContext, slug: string, skillId: string) {
  const org = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!org) throw new AppError('not_found', 'No such organization');
  const skills = new Map((await listSkills(ctx.db.kysely, org.id)).map((s) => [s.id, s]));
  const skill = skills.get(skillId);
  if (!skill) throw new AppError('not_found', `No skill ${skillId} in ${org.name}'s framework`);
  const ref = (id: string) => ({ id, name: skills.get(id)?.name ?? { en: id, es: id } });
  return {
    organization: { name: org.name, slug: org.slug },
    id: skill.id,
    framework: skill.framework,
    name: skill.name,
    description: skill.description,
    strand: skill.parentId ? ref(skill.parentId) : null,
    prerequisites: skill.prerequisites.map(ref),
  };
}

/**
 * Public skill pages: the data (`/api/public/orgs/:slug/skills/:skillId`, also the address credentials issued
 * before the page existed point to) and the page itself (`/skills/:slug/:skillId`, the web app), so that every
 * alignment inside a credential resolves for whoever checks it.
 */
export function registerPublicSkillRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/public/orgs/:slug/skills/:skillId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public credentials'],
        summary: 'A skill of an organization’s framework, as credentials align to it',
        params: Params,
        response: { 200: PublicSkillSchema },
      },
    },
    async (request, reply) => {
      const skill = await publicSkill(ctx, request.params.slug, request.params.skillId);
      return reply.header('cache-control', 'public, max-age=60').send(skill);
    },
  );

  // NOTE: skill ids hold dots (alg.integers-add), which the single-page fallback takes for files; this route
  // serves the app for them, and answers 404 (still the app, which says so) for a skill that does not exist.
  app.get('/skills/:slug/:skillId', { schema: { hide: true, params: Params } }, async (request, reply) => {
    if (!existsSync(`${ctx.config.webDist}/index.html`))
      throw new AppError('not_found', 'The web app is not served here');
    const exists = await publicSkill(ctx, request.params.slug, request.params.skillId).then(
      () => true,
      (error) => {
        if (error instanceof AppError && error.code === 'not_found') return false;
        throw error;
      },
    );
    return reply
      .code(exists ? 200 : 404)
      .type('text/html')
      .sendFile('index.html');
  });
}
