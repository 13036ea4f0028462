import { Button, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import type { Candidates } from './dashboards-api.ts';

/**
 * Adds learners to a class (loaded when opened): administrators pick from every learner of the organization,
 * teachers from the learners of their own classes (or from every learner, by name, when the organization lets
 * them); the text under the heading says which.
 */
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
  const people = useApiData<Candidates>(open ? `/api/orgs/${orgId}/classes/${classId}/candidates` : null);
  const scope = people.data?.scope;
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
          {scope ? (
            <Text size="sm">
              {t(scope === 'own-classes' ? 'dashboards.classes.pickOwn' : 'dashboards.classes.pickAny')}
            </Text>
          ) : null}
          <MultiSelect
            label={t(
              scope === 'own-classes' ? 'dashboards.classes.addLabelOwn' : 'dashboards.classes.addLabel',
            )}
            nothingFoundMessage={t('dashboards.classes.nobody')}
            searchable
            value={chosen}
            onChange={setChosen}
            data={(people.data?.people ?? [])
              .filter((p) => p.role === 'learner')
              .map((p) => ({ value: p.userId, label: p.email ? `${p.name} (${p.email})` : p.name }))}
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
