import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-localized.ts';
import { LabelledProgress } from './labelled-progress.tsx';
import type { MapSkill } from './learning-api.ts';
import { LockedReason } from './locked-reason.tsx';
import { SkillStatusIcon, StandingLabel } from './skill-status-icon.tsx';

const STATUS_COLOR = { mastered: 'teal.9', ready: 'pathwise.8', locked: 'gray.7' } as const;

/** The skill chosen on the map: what it is, how sure Pathwise is that you know it, and what to do next. */
export function SkillDetail({ skill, practiceHref }: { skill: MapSkill; practiceHref: string | null }) {
  const { t } = useTranslation();
  const { pick, percent } = useLocalized();
  return (
    <Paper withBorder radius="lg" p="lg" aria-labelledby="skill-detail-heading" component="section">
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Title order={2} size="h4" id="skill-detail-heading">
            {pick(skill.name)}
          </Title>
          <Badge
            variant="outline"
            color={STATUS_COLOR[skill.status]}
            leftSection={<SkillStatusIcon status={skill.status} size={12} />}
          >
            {t(`learning.skillStatus.${skill.status}`)}
          </Badge>
        </Group>
        <Text>{pick(skill.description)}</Text>
        <Text size="sm">
          <StandingLabel status={skill.standing} estimate={null} size={14} />
        </Text>
        {skill.estimate !== null ? (
          <Stack gap={4}>
            <Text size="sm" id="skill-detail-estimate">
              {t('learning.map.estimate', { value: percent(skill.estimate) })}
            </Text>
            <LabelledProgress
              value={skill.estimate * 100}
              label={t('learning.map.estimate', { value: percent(skill.estimate) })}
            />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('learning.standing.noEstimate')}
          </Text>
        )}
        {skill.status === 'locked' ? (
          <Text>
            <LockedReason missing={skill.missing} startWith={skill.startWith} />
          </Text>
        ) : null}
        {skill.status === 'ready' && practiceHref ? (
          <Group>
            <Button component={Link} to={practiceHref}>
              {t('learning.map.practise')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
