import { Button, Stack, Table, Text } from '@mantine/core';
import type { AchievementList, SkillOptions } from '@pathwise/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { AchievementForm } from './achievement-form.tsx';
import { AchievementImagePanel } from './achievement-image-panel.tsx';
import { credentialAdminPaths } from './credentials-api.ts';
import { criteriaSummary } from './criteria-summary.ts';

const KINDS = ['Badge', 'Certificate', 'MicroCredential', 'Competency', 'Achievement'];

/** The organization's achievements (kind, criteria in words, validity, how many issued), created and edited here. */
export function AchievementsPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const list = useApiData<AchievementList>(credentialAdminPaths.achievements(orgId));
  const skills = useApiData<SkillOptions>(credentialAdminPaths.skills(orgId));
  // null: no form; 'new': creating; otherwise the id being edited.
  const [editing, setEditing] = useState<string | null>(null);
  // The achievement whose image is being set (issue 14), or null; never open together with the form.
  const [imageOf, setImageOf] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const achievements = list.data?.achievements ?? [];
  const skillList = skills.data?.skills ?? [];
  const names = {
    locale,
    skill: (id: string) => {
      const skill = skillList.find((s) => s.id === id);
      return skill ? pick(skill.name) : id;
    },
    achievement: (id: string) => achievements.find((a) => a.id === id)?.name ?? id,
  };
  const validity = (days: number | null) =>
    days === null
      ? t('credentials.admin.validity.none')
      : days === 1
        ? t('credentials.admin.validity.oneDay')
        : t('credentials.admin.validity.days', { count: days });
  const kind = (type: string) => (KINDS.includes(type) ? t(`credentials.admin.kind.${type}`) : type);

  function open(id: string) {
    setSaved(null);
    setImageOf(null);
    setEditing(id);
  }
  function openImage(id: string) {
    setSaved(null);
    setEditing(null);
    setImageOf(id);
  }
  async function onImageChanged(message: string) {
    await list.reload();
    setSaved(message);
  }
  async function onSaved(name: string) {
    setEditing(null);
    setSaved(t('credentials.admin.form.saved', { name }));
    await list.reload();
    newButton.current?.focus();
  }
  function onCancel() {
    setEditing(null);
    setImageOf(null);
    newButton.current?.focus();
  }

  const ready = list.data && skills.data;
  return (
    <PanelSection title={t('credentials.admin.list.title')} intro={t('credentials.admin.list.intro')}>
      <ErrorAlert error={list.error ?? skills.error} />
      <StatusMessage message={saved} />
      {!ready && (list.loading || skills.loading) ? <LoadingState /> : null}
      {ready ? (
        <Stack gap="lg">
          <Button
            ref={newButton}
            w="fit-content"
            leftSection={<IconPlus size={18} aria-hidden="true" />}
            onClick={() => open('new')}
            disabled={editing === 'new'}
          >
            {t('credentials.admin.list.create')}
          </Button>
          {editing ? (
            <AchievementForm
              key={editing}
              orgId={orgId}
              editing={achievements.find((a) => a.id === editing)}
              achievements={achievements}
              skills={skillList}
              onSaved={(name) => void onSaved(name)}
              onCancel={onCancel}
            />
          ) : null}
          {imageOf && achievements.some((a) => a.id === imageOf) ? (
            <AchievementImagePanel
              key={imageOf}
              orgId={orgId}
              achievement={achievements.find((a) => a.id === imageOf)!}
              onChanged={onImageChanged}
              onClose={onCancel}
            />
          ) : null}
          {achievements.length === 0 ? (
            <Text>{t('credentials.admin.list.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('credentials.image.column')}</Table.Th>
                    <Table.Th scope="col">{t('credentials.admin.list.name')}</Table.Th>
                    <Table.Th scope="col">{t('credentials.admin.list.kind')}</Table.Th>
                    <Table.Th scope="col">{t('credentials.admin.list.criteria')}</Table.Th>
                    <Table.Th scope="col">{t('credentials.admin.list.validity')}</Table.Th>
                    <Table.Th scope="col">{t('credentials.admin.list.issued')}</Table.Th>
                    <Table.Th scope="col">{t('credentials.admin.list.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {achievements.map((a) => (
                    <Table.Tr key={a.id} data-testid="achievement">
                      <Table.Td>
                        {a.image ? (
                          // NOTE: an SVG is shown through <img> only: nothing in it can run there.
                          <img
                            src={a.image.src}
                            alt={t('credentials.image.thumbnailAlt', { name: a.name })}
                            width={40}
                            height={40}
                            style={{ objectFit: 'contain', display: 'block' }}
                          />
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('credentials.image.none')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Th scope="row" fw={600}>
                        {a.name}
                      </Table.Th>
                      <Table.Td>{kind(a.achievementType)}</Table.Td>
                      <Table.Td>{criteriaSummary(t, a.criteria, names)}</Table.Td>
                      <Table.Td>{validity(a.validityDays)}</Table.Td>
                      <Table.Td>{a.issuedCount}</Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => open(a.id)}
                          aria-label={t('credentials.admin.list.editLabel', { name: a.name })}
                        >
                          {t('credentials.admin.list.edit')}
                        </Button>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => openImage(a.id)}
                          aria-label={t('credentials.image.openLabel', { name: a.name })}
                        >
                          {t('credentials.image.open')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      ) : null}
    </PanelSection>
  );
}
