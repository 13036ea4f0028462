import { Button, MultiSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';

/** Adds learners of the organization to a class (loaded when opened). */
export function AddLearners({
  orgId,
  classId,
  className,
  onAdded,
}: {
  orgId: string;
  classId: string;
  className: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const people = useApiData<{ people: { userId: string; name: string; email: string; role: string }[] }>(
    open ? `/api/orgs/${orgId}/classes/${classId}/candidates` : null,
  );
  const add = useAction();
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} style={{ marginTop: '0.5rem' }}>
      <summary>
        {t('dashboards.classes.addTitle')}: {className}
      </summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await add.run(
            () =>
              api('POST', `/api/orgs/${orgId}/classes/${classId}/members`, {
                userIds: chosen,
                role: 'learner',
              }),
            () => t('dashboards.classes.added'),
          );
          if (ok) {
            setChosen([]);
            onAdded();
            await people.reload();
          }
        }}
      >
        <Stack gap="xs" mt="xs" maw={480}>
          <MultiSelect
            label={t('dashboards.classes.addLabel')}
            searchable
            value={chosen}
            onChange={setChosen}
            data={(people.data?.people ?? [])
              .filter((p) => p.role === 'learner')
              .map((p) => ({ value: p.userId, label: `${p.name} (${p.email})` }))}
          />
          <Button type="submit" size="xs" disabled={chosen.length === 0} loading={add.busy} w="fit-content">
            {t('dashboards.classes.add')}
          </Button>
          <ErrorAlert error={add.error ?? people.error} />
          <StatusMessage message={add.status} />
        </Stack>
      </form>
    </details>
  );
}
