import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learningPagePaths } from '../../navigation/page-paths.ts';
import type { Framework } from './framework-api.ts';
import { coveredSkillIds } from './framework-closure.ts';
import { PathwayForm } from './pathway-form.tsx';

interface PathwaysSectionProps {
  orgId: string;
  /** For the links to preview a pathway as a learner. */
  orgSlug: string;
  framework: Framework;
  /** After a save: the page reloads the framework and says so. */
  onSaved(name: string, created: boolean): Promise<void>;
}

// The sentinel of `editing` for the form that creates a pathway (a pathway id never contains a space).
const NEW = ' new';

/** The pathways: each with its goal skills and how many skills it covers; create one, edit one, preview one. */
export function PathwaysSection({ orgId, orgSlug, framework, onSaved }: PathwaysSectionProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [editing, setEditing] = useState<string | null>(null);
  const byId = new Map(framework.skills.map((s) => [s.id, s]));
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  async function saved(pathwayId: string, name: string, created: boolean) {
    setEditing(null);
    await onSaved(name, created);
    focusLater(`[data-edit-pathway="${CSS.escape(pathwayId)}"]`);
  }
  function cancel() {
    const was = editing;
    setEditing(null);
    focusLater(was === NEW ? '[data-new-pathway]' : `[data-edit-pathway="${CSS.escape(was ?? '')}"]`);
  }

  const current = framework.pathways.find((p) => p.id === editing) ?? null;
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="pathways-title"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="pathways-title">
          {t('framework.pathways.title')}
        </Title>
        <Text size="sm">{t('framework.pathways.intro')}</Text>
        {framework.pathways.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder>
              <Table.Caption>{t('framework.pathways.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('framework.pathways.name')}</Table.Th>
                  <Table.Th scope="col">{t('framework.pathways.goals')}</Table.Th>
                  <Table.Th scope="col">{t('framework.pathways.covered')}</Table.Th>
                  <Table.Th scope="col">{t('framework.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {framework.pathways.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">{pick(p.name)}</Table.Th>
                    <Table.Td data-testid={`pathway-goals-${p.id}`}>
                      {p.goalSkillIds.map((id) => (byId.get(id) ? pick(byId.get(id)!.name) : id)).join(', ')}
                    </Table.Td>
                    <Table.Td data-testid={`pathway-covered-${p.id}`}>
                      {coveredSkillIds(framework.skills, p.goalSkillIds).size}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          data-edit-pathway={p.id}
                          aria-label={t('framework.editLabel', { name: pick(p.name) })}
                          aria-expanded={editing === p.id}
                          onClick={() => setEditing(p.id)}
                        >
                          {t('framework.edit')}
                        </Button>
                        <Anchor
                          component={Link}
                          size="sm"
                          to={learningPagePaths.pathwayPreview(orgSlug, p.id)}
                          aria-label={t('framework.pathways.previewLabel', { name: pick(p.name) })}
                        >
                          {t('framework.pathways.preview')}
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text>{t('framework.pathways.empty')}</Text>
        )}
        {framework.skills.length > 0 ? (
          <Button
            w="fit-content"
            variant="light"
            data-new-pathway
            aria-expanded={editing === NEW}
            onClick={() => setEditing(NEW)}
          >
            {t('framework.pathways.new')}
          </Button>
        ) : null}
        {editing !== null && (editing === NEW || current) ? (
          <PathwayForm
            key={editing}
            orgId={orgId}
            pathway={current}
            pathways={framework.pathways}
            skills={framework.skills}
            onSaved={(id, name, created) => void saved(id, name, created)}
            onCancel={cancel}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
