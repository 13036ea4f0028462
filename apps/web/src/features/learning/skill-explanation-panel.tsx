import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { learningPaths, type SkillExplanation } from './learning-api.ts';
import { MathText } from './math-text.tsx';
import { WorkedExampleView } from './worked-example-view.tsx';

/** A skill's explanation and its worked example: before the first problem of a skill, and on demand. */
export function SkillExplanationPanel({ orgId, skillId }: { orgId: string; skillId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const data = useApiData<SkillExplanation>(learningPaths.explanation(orgId, skillId));
  if (data.error) return <ErrorAlert error={data.error} />;
  if (!data.data) return <LoadingState />;
  const { skill, text, example } = data.data;
  return (
    <Paper radius="md" p="md" bg="gray.0" id="skill-explanation" data-skill-explanation={skill.id}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('learning.explanation.title', { name: pick(skill.name) })}
        </Title>
        <Text>
          <MathText text={pick(text)} />
        </Text>
        {example ? (
          <WorkedExampleView example={example} title={t('learning.explanation.example')} headingOrder={3} />
        ) : null}
      </Stack>
    </Paper>
  );
}
