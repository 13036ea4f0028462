import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { FigureView } from './figure-view.tsx';
import type { WorkedExample } from './learning-api.ts';
import { MathText } from './math-text.tsx';

/** A problem solved in full: its statement, then each step's question, working and answer. */
export function WorkedExampleView({
  example,
  title,
  headingOrder = 3,
}: {
  example: WorkedExample;
  title: string;
  headingOrder?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title} data-worked-example="">
      <Stack gap="sm">
        <Title order={headingOrder} size="h5">
          {title}
        </Title>
        <Text>
          <MathText text={pick(example.stem)} />
        </Text>
        {example.figure ? <FigureView figure={example.figure} /> : null}
        <List type="ordered" spacing="sm">
          {example.steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one example never move
            <List.Item key={i}>
              <Stack gap={4}>
                <Text fw={600}>
                  <MathText text={pick(step.prompt)} />
                </Text>
                {step.lines.map((line, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one step never move
                  <Text key={j} size="sm">
                    <MathText text={pick(line)} />
                  </Text>
                ))}
                <Text size="sm" fw={600}>
                  {t('learning.worked.answer')} <MathText text={pick(step.answer)} />
                </Text>
              </Stack>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
