import { Anchor, Box, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { homePathOf } from '../../session/home-path.ts';
import { useSession } from '../../session/session-context.tsx';
import { CaseImportSection } from './case-import-section.tsx';
import { type Framework, type FrameworkSkill, frameworkPaths } from './framework-api.ts';
import { frameworkStrands, type Strand } from './framework-outline.ts';
import { PathwaysSection } from './pathways-section.tsx';
import { SkillEditForm } from './skill-edit-form.tsx';

/**
 * `/o/:orgSlug/framework`, for administrators: the skills by strand, each with the strand part it belongs to and
 * its prerequisites, one table per strand; a new skill is made above them, a skill is edited in place (names,
 * place in the hierarchy, prerequisites). The pathways follow (goal skills, skills covered; create, edit), then
 * the import of a CASE package.
 */
export function FrameworkPage() {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find((m) => m.orgSlug === orgSlug && m.role === 'admin');
  const framework = useApiData<Framework>(membership ? frameworkPaths.framework(membership.orgId) : null);
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (!membership) return <NotFoundPage />;

  async function saved(skillId: string, name: string, created: boolean) {
    setEditing(null);
    setCreating(false);
    setStatus(t(created ? 'framework.form.created' : 'framework.form.saved', { name }));
    await framework.reload();
    // Back to where the administrator was, or to the new skill: its edit button.
    focusLater(`[data-edit-skill="${CSS.escape(skillId)}"]`);
  }

  async function pathwaySaved(name: string, created: boolean) {
    setStatus(t(created ? 'framework.pathwayForm.created' : 'framework.form.saved', { name }));
    await framework.reload();
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
      {framework.data ? (
        <Group>
          <Button
            data-new-skill
            aria-expanded={creating}
            onClick={() => {
              setStatus(null);
              setEditing(null);
              setCreating(true);
            }}
          >
            {t('framework.newSkill')}
          </Button>
        </Group>
      ) : null}
      {creating ? (
        <SkillEditForm
          orgId={membership.orgId}
          skill={null}
          headingOrder={2}
          skills={skills}
          onSaved={(id, name) => void saved(id, name, true)}
          onCancel={() => {
            setCreating(false);
            focusLater('[data-new-skill]');
          }}
        />
      ) : null}
      {frameworkStrands(skills).map((strand) => (
        <StrandSection
          key={strand.root.id}
          strand={strand}
          skills={skills}
          editing={editing}
          onEdit={(id) => {
            setStatus(null);
            setCreating(false);
            setEditing(id);
          }}
          form={(skill) => (
            <SkillEditForm
              key={skill.id}
              orgId={membership.orgId}
              skill={skill}
              skills={skills}
              onSaved={(id, name) => void saved(id, name, false)}
              onCancel={() => {
                setEditing(null);
                focusLater(`[data-edit-skill="${CSS.escape(skill.id)}"]`);
              }}
            />
          )}
        />
      ))}
      {framework.data ? (
        <PathwaysSection
          orgId={membership.orgId}
          orgSlug={membership.orgSlug}
          framework={framework.data}
          onSaved={pathwaySaved}
        />
      ) : null}
      {framework.data ? (
        <CaseImportSection orgId={membership.orgId} skills={skills} onImported={framework.reload} />
      ) : null}
    </Page>
  );
}

function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
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
