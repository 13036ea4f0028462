import { Anchor, Box, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { NotFoundPage } from '../../routes/not-found-page.tsx';
import { homePathOf } from '../../session/home-path.ts';
import { useSession } from '../../session/session-context.tsx';
import { useLocalized } from '../learning/use-localized.ts';
import { CaseImportSection } from './case-import-section.tsx';
import { type Framework, type FrameworkSkill, frameworkPaths } from './framework-api.ts';
import { frameworkStrands, type Strand } from './framework-outline.ts';
import { SkillEditForm } from './skill-edit-form.tsx';

/**
 * `/o/:orgSlug/framework`, for administrators: the skills by strand, each with the strand part it belongs to and
 * its prerequisites, one table per strand; a skill's names and prerequisites are edited in place. The pathways
 * and their goal skills follow, then the import of a CASE package.
 */
export function FrameworkPage() {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find((m) => m.orgSlug === orgSlug && m.role === 'admin');
  const framework = useApiData<Framework>(membership ? frameworkPaths.framework(membership.orgId) : null);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!membership) return <NotFoundPage />;

  async function saved(skillId: string, name: string) {
    setEditing(null);
    setStatus(t('framework.form.saved', { name }));
    await framework.reload();
    // Back to where the administrator was: the skill's own edit button.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-edit-skill="${CSS.escape(skillId)}"]`)?.focus(),
    );
  }

  const skills = framework.data?.skills ?? [];
  return (
    <Page
      title={t('framework.title')}
      intro={
        <>
          <Anchor component={Link} to={homePathOf(membership)} size="sm" display="block" mb={4}>
            {t('framework.backHome')}
          </Anchor>
          {t('framework.intro')}
        </>
      }
    >
      <StatusMessage message={status} />
      <ErrorAlert error={framework.error} />
      {framework.loading && !framework.data ? <LoadingState /> : null}
      {framework.data && skills.length === 0 ? <Text>{t('framework.empty')}</Text> : null}
      {frameworkStrands(skills).map((strand) => (
        <StrandSection
          key={strand.root.id}
          strand={strand}
          skills={skills}
          editing={editing}
          onEdit={(id) => {
            setStatus(null);
            setEditing(id);
          }}
          form={(skill) => (
            <SkillEditForm
              orgId={membership.orgId}
              skill={skill}
              skills={skills}
              onSaved={(name) => void saved(skill.id, name)}
              onCancel={() => setEditing(null)}
            />
          )}
        />
      ))}
      {framework.data && framework.data.pathways.length > 0 ? (
        <PathwaysSection framework={framework.data} />
      ) : null}
      {framework.data ? (
        <CaseImportSection orgId={membership.orgId} skills={skills} onImported={framework.reload} />
      ) : null}
    </Page>
  );
}

interface StrandSectionProps {
  strand: Strand;
  skills: readonly FrameworkSkill[];
  editing: string | null;
  onEdit(skillId: string): void;
  form(skill: FrameworkSkill): ReactNode;
}

function StrandSection({ strand, skills, editing, onEdit, form }: StrandSectionProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const byId = new Map(skills.map((s) => [s.id, s]));
  const nameOf = (id: string) => {
    const skill = byId.get(id);
    return skill ? pick(skill.name) : id;
  };
  const headingId = `strand-${strand.root.id}`;
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby={headingId}
    >
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {pick(strand.root.name)}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('framework.strandCaption', { name: pick(strand.root.name) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('framework.columns.skill')}</Table.Th>
                <Table.Th scope="col">{t('framework.columns.partOf')}</Table.Th>
                <Table.Th scope="col">{t('framework.columns.prerequisites')}</Table.Th>
                <Table.Th scope="col">{t('framework.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {strand.rows.map(({ skill, depth }) => (
                <Table.Tr key={skill.id}>
                  <Table.Th scope="row" fw={depth === 0 ? 700 : 400}>
                    <Box pl={depth * 16}>
                      {pick(skill.name)}
                      <VisuallyHidden> ({t('framework.level', { level: depth + 1 })})</VisuallyHidden>
                    </Box>
                  </Table.Th>
                  <Table.Td>{skill.parentId ? nameOf(skill.parentId) : '—'}</Table.Td>
                  <Table.Td data-testid={`prerequisites-${skill.id}`}>
                    {skill.prerequisites.length > 0
                      ? skill.prerequisites.map(nameOf).join(', ')
                      : t('framework.none')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      data-edit-skill={skill.id}
                      aria-label={t('framework.editLabel', { name: pick(skill.name) })}
                      aria-expanded={editing === skill.id}
                      onClick={() => onEdit(skill.id)}
                    >
                      {t('framework.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {editing && strand.rows.some((r) => r.skill.id === editing) ? form(byId.get(editing)!) : null}
      </Stack>
    </Paper>
  );
}

function PathwaysSection({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const byId = new Map(framework.skills.map((s) => [s.id, s]));
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="pathways-title"
    >
      <Title order={2} size="h3" id="pathways-title" mb="md">
        {t('framework.pathways.title')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder>
          <Table.Caption>{t('framework.pathways.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('framework.pathways.name')}</Table.Th>
              <Table.Th scope="col">{t('framework.pathways.goals')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {framework.pathways.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">{pick(p.name)}</Table.Th>
                <Table.Td>
                  {p.goalSkillIds.map((id) => (byId.get(id) ? pick(byId.get(id)!.name) : id)).join(', ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
