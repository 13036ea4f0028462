import { Alert, Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { PublicSkill } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';

/** Client and API paths of a public skill page. */
export const publicSkillPaths = {
  page: (slug: string, skillId: string) => `/skills/${slug}/${encodeURIComponent(skillId)}`,
  data: (slug: string, skillId: string) =>
    `/api/public/orgs/${encodeURIComponent(slug)}/skills/${encodeURIComponent(skillId)}`,
};

/**
 * `/skills/:orgSlug/:skillId`: a skill of an organization's framework, open to anyone. Credentials align their
 * achievements to these pages (`alignment[].targetUrl`), so whoever checks a credential can read what it means.
 */
export function PublicSkillPage() {
  const { t, i18n } = useTranslation();
  const { orgSlug = '', skillId = '' } = useParams();
  const skill = useApiData<PublicSkill>(publicSkillPaths.data(orgSlug, skillId));
  const lang = i18n.language.startsWith('es') ? 'es' : 'en';
  const s = skill.data;
  return (
    <Page title={s ? s.name[lang] : t('credentials.skill.title')}>
      {skill.loading ? <LoadingState /> : null}
      {skill.error instanceof ApiError && skill.error.status === 404 ? (
        <Alert color="red" variant="light" role="alert">
          {t('credentials.skill.notFound')}
        </Alert>
      ) : (
        <ErrorAlert error={skill.error} />
      )}
      {s ? (
        <Stack>
          <Text>{s.description[lang]}</Text>
          <Paper withBorder p="md" component="section" aria-labelledby="skill-facts">
            <Title order={2} size="h4" id="skill-facts" mb="xs">
              {t('credentials.skill.facts')}
            </Title>
            <dl>
              <dt>{t('credentials.skill.organization')}</dt>
              <dd>{s.organization.name}</dd>
              <dt>{t('credentials.skill.framework')}</dt>
              <dd>{s.framework}</dd>
              <dt>{t('credentials.skill.code')}</dt>
              <dd>
                <code>{s.id}</code>
              </dd>
              {s.strand ? (
                <>
                  <dt>{t('credentials.skill.strand')}</dt>
                  <dd>
                    <Anchor component={Link} to={publicSkillPaths.page(orgSlug, s.strand.id)}>
                      {s.strand.name[lang]}
                    </Anchor>
                  </dd>
                </>
              ) : null}
            </dl>
          </Paper>
          {s.prerequisites.length > 0 ? (
            <section aria-labelledby="skill-prerequisites">
              <Title order={2} size="h4" id="skill-prerequisites" mb="xs">
                {t('credentials.skill.prerequisites')}
              </Title>
              <List>
                {s.prerequisites.map((p) => (
                  <List.Item key={p.id}>
                    <Anchor component={Link} to={publicSkillPaths.page(orgSlug, p.id)}>
                      {p.name[lang]}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </section>
          ) : null}
        </Stack>
      ) : null}
    </Page>
  );
}
