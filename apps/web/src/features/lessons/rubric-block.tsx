import { Group, Paper, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { LessonWire } from './lessons-api.ts';
import { SourceBadge } from './source-badge.tsx';

/** The rubric's levels, lowest first. */
export const RUBRIC_LEVELS = ['beginning', 'developing', 'proficient', 'advanced'] as const;

/** The analytic rubric: one row per skill, one column per level. */
export function RubricBlock({ rubric, tools }: { rubric: LessonWire['rubric']; tools?: ReactNode }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="lesson-rubric">
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Title order={3} size="h4" id="lesson-rubric">
            {t('lessons.lesson.rubric')}
          </Title>
          {rubric[0] ? <SourceBadge source={rubric[0].source} /> : null}
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder withColumnBorders verticalSpacing="xs">
            <Table.Caption>{t('lessons.lesson.rubric')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('lessons.lesson.criterion')}</Table.Th>
                {RUBRIC_LEVELS.map((l) => (
                  <Table.Th key={l} scope="col">
                    {t(`lessons.rubricLevel.${l}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rubric.map((c) => (
                <Table.Tr key={c.skillId}>
                  <Table.Th scope="row">{pick(c.skill)}</Table.Th>
                  {RUBRIC_LEVELS.map((l) => (
                    <Table.Td key={l}>{pick(c.levels[l])}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {tools}
      </Stack>
    </Paper>
  );
}
