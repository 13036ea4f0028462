import { Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { MasteryUpdate } from './learning-api.ts';

/** The moment a skill is mastered: said plainly, with what it unlocked; focus moves here so it is announced. */
export function MasteryMoment({
  skillName,
  mastery,
  mapHref,
}: {
  skillName: string;
  mastery: MasteryUpdate;
  mapHref: string;
}) {
  const { t } = useTranslation();
  const { pick, percent } = useLocalized();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper
      radius="lg"
      p="lg"
      bg="teal.0"
      withBorder
      style={{ borderColor: 'var(--mantine-color-teal-7)' }}
      data-testid="mastery-moment"
    >
      <Group align="start" wrap="nowrap" gap="md">
        <ThemeIcon size={48} radius="xl" color="teal.8" aria-hidden="true">
          <IconTrophy size={28} />
        </ThemeIcon>
        <Stack gap="xs">
          <Title order={2} size="h3" ref={heading} tabIndex={-1}>
            {t('learning.mastery.title', { skill: skillName })}
          </Title>
          <Text>
            {t('learning.mastery.estimate', {
              before: percent(mastery.before),
              after: percent(mastery.after),
            })}
          </Text>
          {mastery.unlocked.length > 0 ? (
            <>
              <Text fw={600}>{t('learning.mastery.unlocked')}</Text>
              <List>
                {mastery.unlocked.map((s) => (
                  <List.Item key={s.id}>{pick(s.name)}</List.Item>
                ))}
              </List>
            </>
          ) : null}
          <Group>
            <Button component={Link} to={mapHref} variant="default">
              {t('learning.mastery.seeMap')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
