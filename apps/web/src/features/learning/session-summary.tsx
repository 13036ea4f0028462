import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { Localized, SkillProgress } from './learning-api.ts';

/** One skill as practised in this session. */
export interface SessionSkill {
  readonly id: string;
  readonly name: Localized;
  readonly items: number;
  readonly firstTry: number;
  readonly start: SkillProgress;
  readonly now: SkillProgress;
}

/** What a practice session did, kept by the practice page as it goes. */
export interface SessionTally {
  readonly items: number;
  readonly firstTry: number;
  readonly workedExamples: number;
  readonly skills: readonly SessionSkill[];
}

export const emptyTally: SessionTally = { items: 0, firstTry: 0, workedExamples: 0, skills: [] };

/** The tally after a practice item of `skill` was served. */
export function tallyServed(
  tally: SessionTally,
  skill: { id: string; name: Localized },
  progress: SkillProgress,
) {
  if (tally.skills.some((s) => s.id === skill.id)) return tally;
  const entry: SessionSkill = { ...skill, items: 0, firstTry: 0, start: progress, now: progress };
  return { ...tally, skills: [...tally.skills, entry] };
}

/** The tally after an item ended: solved (right on the first try or not) or closed with a worked example. */
export function tallyEnded(
  tally: SessionTally,
  skillId: string,
  end: { firstTry: boolean; worked: boolean; progress: SkillProgress | null },
): SessionTally {
  return {
    items: tally.items + 1,
    firstTry: tally.firstTry + (end.firstTry ? 1 : 0),
    workedExamples: tally.workedExamples + (end.worked ? 1 : 0),
    skills: tally.skills.map((s) =>
      s.id === skillId
        ? {
            ...s,
            items: s.items + 1,
            firstTry: s.firstTry + (end.firstTry ? 1 : 0),
            now: end.progress ?? s.now,
          }
        : s,
    ),
  };
}

/** The end of a practice session: what was done, and how far each skill moved toward mastery. */
export function SessionSummary({
  tally,
  mapHref,
  onContinue,
}: {
  tally: SessionTally;
  mapHref: string;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const words = (p: SkillProgress) =>
    p.mastered ? t('learning.summary.mastered') : t('learning.summary.toGo', { count: p.rightToGo });
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="session-summary"
      data-session-summary=""
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="session-summary" ref={heading} tabIndex={-1}>
          {t('learning.summary.title')}
        </Title>
        <Text>
          {t('learning.summary.items', { count: tally.items })}{' '}
          {t('learning.summary.firstTry', { count: tally.firstTry })}
          {tally.workedExamples > 0
            ? ` ${t('learning.summary.worked', { count: tally.workedExamples })}`
            : ''}
        </Text>
        {tally.skills.length > 0 ? (
          <Table.ScrollContainer minWidth={320}>
            <Table>
              <Table.Caption>{t('learning.summary.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('learning.summary.skill')}</Table.Th>
                  <Table.Th scope="col">{t('learning.summary.problems')}</Table.Th>
                  <Table.Th scope="col">{t('learning.summary.before')}</Table.Th>
                  <Table.Th scope="col">{t('learning.summary.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tally.skills.map((s) => (
                  <Table.Tr key={s.id} data-summary-skill={s.id}>
                    <Table.Th scope="row">{pick(s.name)}</Table.Th>
                    <Table.Td>
                      {t('learning.summary.problemsCell', { count: s.items, right: s.firstTry })}
                    </Table.Td>
                    <Table.Td>{words(s.start)}</Table.Td>
                    <Table.Td>{words(s.now)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        <Group gap="sm">
          <Button onClick={onContinue} rightSection={<IconArrowRight size={18} aria-hidden="true" />}>
            {t('learning.summary.continue')}
          </Button>
          <Button component={Link} to={mapHref} variant="default">
            {t('learning.summary.toMap')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
