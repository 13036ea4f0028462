import { Paper, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';

interface ClassSettings {
  teachersEnrolAnyLearner: boolean;
}

/** The administrator's switch: may teachers add any learner of the organization to their classes? */
export function ClassSettingsCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const path = `/api/orgs/${orgId}/class-settings`;
  const settings = useApiData<ClassSettings>(path);
  const save = useAction();
  const on = settings.data?.teachersEnrolAnyLearner ?? false;
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3" mb="sm">
        {t('dashboards.classes.settingsTitle')}
      </Title>
      <Switch
        label={t('dashboards.classes.anyLearner')}
        description={t('dashboards.classes.anyLearnerHelp')}
        checked={on}
        disabled={!settings.data || save.busy}
        onChange={async (e) => {
          const enabled = e.currentTarget.checked;
          const ok = await save.run(
            () => api<ClassSettings>('PUT', path, { teachersEnrolAnyLearner: enabled }),
            (r) =>
              t(
                r.teachersEnrolAnyLearner
                  ? 'dashboards.classes.anyLearnerOn'
                  : 'dashboards.classes.anyLearnerOff',
              ),
          );
          if (ok) await settings.reload();
        }}
      />
      <Text size="sm" mt="xs" c="dimmed">
        {t('dashboards.classes.settingsNote')}
      </Text>
      <ErrorAlert error={save.error ?? settings.error} />
      <StatusMessage message={save.status} />
    </Paper>
  );
}
