import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { AwardResult } from '@pathwise/contracts';
import { IconCertificate } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardPaths } from '../dashboards/dashboards-api.ts';
import { isWebAddress } from './award-checks.ts';

interface AwardResultPanelProps {
  orgSlug: string;
  result: AwardResult;
  who: { classId: string; learnerId: string; learnerName: string };
  onAnother(): void;
}

/** What an award issued: the credential with its evidence, and every stacked credential it completed. */
export function AwardResultPanel({ orgSlug, result, who, onAnother }: AwardResultPanelProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: focus moves to what happened, so screen readers read it.
  useEffect(() => heading.current?.focus(), []);
  const narrative = result.awarded.evidence.find((e) => e.narrative)?.narrative;
  // Only a web address becomes a link (the server keeps no other kind; this guards the href all the same).
  const link = result.awarded.evidence.map((e) => e.id ?? '').find(isWebAddress);
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="award-result"
      data-testid="award-result"
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconCertificate size={28} aria-hidden="true" color="var(--mantine-color-green-8)" />
          <Title order={2} size="h3" id="award-result" ref={heading} tabIndex={-1}>
            {t('credentials.award.result.title')}
          </Title>
        </Group>
        <Text fw={600}>
          {t('credentials.award.result.awarded', {
            achievement: result.awarded.achievementName,
            learner: who.learnerName,
          })}
        </Text>
        {narrative ? <Text>{t('credentials.award.result.evidence', { narrative })}</Text> : null}
        {link ? (
          <Anchor href={link} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
            {link}
          </Anchor>
        ) : null}
        {result.stacked.length > 0 ? (
          <section aria-labelledby="award-stacked" data-testid="award-stacked">
            <Title order={3} size="h4" id="award-stacked" mb={4}>
              {t('credentials.award.result.stackedTitle')}
            </Title>
            <List>
              {result.stacked.map((c) => (
                <List.Item key={c.id}>{c.achievementName}</List.Item>
              ))}
            </List>
          </section>
        ) : null}
        <Text size="sm">{t('credentials.award.result.told', { learner: who.learnerName })}</Text>
        <Group>
          <Button onClick={onAnother}>{t('credentials.award.result.another')}</Button>
          <Anchor component={Link} to={dashboardPaths.timeline(orgSlug, who.classId, who.learnerId)}>
            {t('credentials.award.backTimeline', { name: who.learnerName })}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
