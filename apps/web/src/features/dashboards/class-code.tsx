import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { joinLinkOf } from '../../navigation/page-paths.ts';
import type { ClassCode } from './dashboards-api.ts';

/**
 * The class code of a class: a learner who enters it (or a new person who signs up with it) joins the class.
 * Shows the newest live code with its link, or a button that makes one.
 */
export function ClassCodeSection({
  orgId,
  classId,
  className,
}: {
  orgId: string;
  classId: string;
  className: string;
}) {
  const { t } = useTranslation();
  const codes = useApiData<{ joinCodes: ClassCode[] }>(`/api/orgs/${orgId}/classes/${classId}/join-codes`);
  const create = useAction();
  const current = codes.data?.joinCodes[0];
  return (
    <Stack gap="xs" mt="xs" maw={480}>
      <Text size="sm">{t('dashboards.classes.codeText')}</Text>
      {current ? (
        <>
          <CopyField label={`${t('dashboards.classes.code')}: ${className}`} value={current.code} />
          <CopyField
            label={`${t('dashboards.classes.codeLink')}: ${className}`}
            value={joinLinkOf(current.code)}
          />
        </>
      ) : (
        <Button
          size="xs"
          variant="light"
          w="fit-content"
          loading={create.busy}
          aria-label={`${t('dashboards.classes.createCode')}: ${className}`}
          onClick={async () => {
            const ok = await create.run(
              () => api('POST', `/api/orgs/${orgId}/classes/${classId}/join-codes`, {}),
              () => t('dashboards.classes.codeCreated'),
            );
            if (ok) await codes.reload();
          }}
        >
          {t('dashboards.classes.createCode')}
        </Button>
      )}
      <ErrorAlert error={create.error ?? codes.error} />
      <StatusMessage message={create.status} />
    </Stack>
  );
}
