import { List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { EstimateChart } from './estimate-chart.tsx';
import type { LearnedSkill } from './learning-api.ts';

/**
 * Why Pathwise believes what it does about one skill: the reasons (from real answers only), each factor's effect
 * when something was measured, and the history.
 */
export function SkillEvidence({ skill }: { skill: LearnedSkill }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const name = pick(skill.name);
  const factors = skill.explanation.contributions.filter((c) => c.feature !== 'intercept');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {skill.estimate === null ? t('learning.standing.whyStatus') : t('learning.myLearning.why')}
        </Title>
        {skill.estimate === null ? (
          <Text c="dimmed">
            {skill.status === 'mastered' || skill.status === 'mastered-review-due'
              ? t('learning.standing.placementNoEstimate')
              : t('learning.standing.noEstimate')}
          </Text>
        ) : null}
        <List spacing={4}>
          {skill.explanation.reasons.map((r) => (
            <List.Item key={r.en}>{pick(r)}</List.Item>
          ))}
        </List>
        {factors.length > 0 ? (
          <Table.ScrollContainer minWidth={280}>
            <Table withTableBorder verticalSpacing={4}>
              <Table.Caption>{t('learning.myLearning.factorsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('learning.myLearning.colFactor')}</Table.Th>
                  <Table.Th scope="col">{t('learning.myLearning.colEffect')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {factors.map((c) => (
                  <Table.Tr key={c.feature}>
                    <Table.Th scope="row" fw={400}>
                      {pick(c.label)}
                    </Table.Th>
                    <Table.Td>{t('learning.myLearning.points', { value: formatPoints(c.effect) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('learning.myLearning.history')}
        </Title>
        {skill.history.length > 0 ? (
          <EstimateChart history={skill.history} skillName={name} />
        ) : (
          <Text c="dimmed">
            {skill.status === 'credited'
              ? t('learning.standing.creditedHistory')
              : t('learning.myLearning.noHistory')}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}

/** An effect in probability points with its sign: "+12", "−3". */
export function formatPoints(effect: number): string {
  const points = Math.round(effect * 100);
  return `${points >= 0 ? '+' : '−'}${Math.abs(points)}`;
}
