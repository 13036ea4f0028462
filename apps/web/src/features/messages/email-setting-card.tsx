import { Paper, Switch, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { type MySettings, messagesApi } from './messages-api.ts';

/** The account page's card: "E-mail me new messages and announcements" (off until the person turns it on). */
export function EmailSettingCard() {
  const { t } = useTranslation();
  const settings = useApiData<MySettings>(messagesApi.settings);
  const save = useAction();
  return (
    <Paper component="section" aria-labelledby="account-notifications" withBorder p="lg" radius="md">
      <Title order={2} size="h3" id="account-notifications" mb="sm">
        {t('messages.settings.title')}
      </Title>
      <Switch
        label={t('messages.settings.emailMessages')}
        description={t('messages.settings.emailMessagesHelp')}
        checked={settings.data?.emailMessages ?? false}
        disabled={!settings.data || save.busy}
        onChange={async (e) => {
          const emailMessages = e.currentTarget.checked;
          const ok = await save.run(
            () => messagesApi.saveSettings({ emailMessages }),
            (r) => t(r.emailMessages ? 'messages.settings.on' : 'messages.settings.off'),
          );
          if (ok) await settings.reload();
        }}
      />
      <ErrorAlert error={save.error ?? settings.error} />
      <StatusMessage message={save.status} />
    </Paper>
  );
}
