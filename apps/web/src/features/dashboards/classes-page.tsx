import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { AddLearners } from './add-learners.tsx';
import { ClassCodeSection } from './class-code.tsx';
import { ClassSettingsCard } from './class-settings-card.tsx';
import { type ClassSummary, dashboardPaths, type Localized } from './dashboards-api.ts';

/**
 * The classes a teacher teaches (all classes for an administrator), each with its class code and a way to add
 * learners, and a form to create one; administrators also set whether teachers may add any learner.
 */
export function ClassesPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const org = useStaffOrg();
  const classes = useApiData<{ classes: ClassSummary[] }>(org ? `/api/orgs/${org.orgId}/classes` : null);
  const options = useApiData<{ pathways: { id: string; name: Localized }[] }>(
    org ? `/api/orgs/${org.orgId}/class-options` : null,
  );
  const [name, setName] = useState('');
  const [pathway, setPathway] = useState('');
  const create = useAction();
  if (!org) return null;
  return (
    <Page title={t('dashboards.classes.title')} intro={t('dashboards.classes.intro')}>
      <Text>
        {t(org.role === 'admin' ? 'dashboards.classes.ruleAdmin' : 'dashboards.classes.ruleTeacher')}
      </Text>
      <ErrorAlert error={classes.error} />
      {!classes.data ? (
        <LoadingState />
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {classes.data.classes.length === 0 && <Text>{t('dashboards.classes.empty')}</Text>}
          {classes.data.classes.map((c) => (
            <Paper component="li" key={c.id} withBorder radius="md" p="md">
              <Group justify="space-between">
                <div>
                  <Title order={2} size="h4">
                    {c.name}
                  </Title>
                  <Text size="sm">{t('dashboards.classes.learners', { count: c.learnerCount })}</Text>
                </div>
                <Anchor
                  component={Link}
                  to={dashboardPaths.classDashboard(org.orgSlug, c.id)}
                  aria-label={`${t('dashboards.classes.open')}: ${c.name}`}
                >
                  {t('dashboards.classes.open')}
                </Anchor>
              </Group>
              <ClassCodeSection orgId={org.orgId} classId={c.id} className={c.name} />
              <AddLearners
                orgId={org.orgId}
                classId={c.id}
                className={c.name}
                onAdded={() => void classes.reload()}
              />
            </Paper>
          ))}
        </Stack>
      )}
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} size="h3" mb="sm">
          {t('dashboards.classes.createTitle')}
        </Title>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await create.run(
              () =>
                api('POST', `/api/orgs/${org.orgId}/classes`, { name, pathwayIds: pathway ? [pathway] : [] }),
              () => t('dashboards.classes.created'),
            );
            if (ok) {
              setName('');
              await classes.reload();
            }
          }}
        >
          <Stack gap="sm" maw={480}>
            <TextInput
              label={t('dashboards.classes.name')}
              required
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('dashboards.classes.pathway')}
              value={pathway}
              onChange={(e) => setPathway(e.currentTarget.value)}
              data={[
                { value: '', label: t('dashboards.classes.noPathway') },
                ...(options.data?.pathways ?? []).map((p) => ({ value: p.id, label: pick(p.name) })),
              ]}
            />
            <Group>
              <Button type="submit" loading={create.busy}>
                {t('dashboards.classes.create')}
              </Button>
            </Group>
            <ErrorAlert error={create.error} />
            <StatusMessage message={create.status} />
          </Stack>
        </form>
      </Paper>
      {org.role === 'admin' ? <ClassSettingsCard orgId={org.orgId} /> : null}
    </Page>
  );
}
