import { Checkbox, Group, MultiSelect, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { Framework, LessonFormWire } from './lessons-api.ts';

const LEVELS = ['below', 'on', 'above'] as const;

interface Props {
  form: LessonFormWire;
  skills: Framework['skills'];
  onChange(form: LessonFormWire): void;
}

/** The parsed form of a request as editable fields, for the teacher to confirm or correct before composing. */
export function LessonFormFields({ form, skills, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const set = (patch: Partial<LessonFormWire>) => onChange({ ...form, ...patch });
  const num = (value: string | number, fallback: number) => (typeof value === 'number' ? value : fallback);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="lesson-form-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="lesson-form-title">
          {t('lessons.form.title')}
        </Title>
        <TextInput
          label={t('lessons.form.topic')}
          value={form.topic ?? ''}
          onChange={(e) => set({ topic: e.currentTarget.value || null })}
        />
        <MultiSelect
          label={t('lessons.form.skills')}
          description={t('lessons.form.skillsHint')}
          data={skills.map((s) => ({ value: s.id, label: `${pick(s.name)} (${s.id})` }))}
          value={[...form.skillIds]}
          onChange={(skillIds) => set({ skillIds })}
          searchable
        />
        <Group grow align="start">
          <NumberInput
            label={t('lessons.form.days')}
            value={form.days}
            onChange={(v) => set({ days: num(v, form.days) })}
            allowDecimal={false}
          />
          <NumberInput
            label={t('lessons.form.period')}
            value={form.periodMinutes}
            onChange={(v) => set({ periodMinutes: num(v, form.periodMinutes) })}
            allowDecimal={false}
          />
        </Group>
        <Group grow align="start">
          <NumberInput
            label={t('lessons.form.visuals')}
            value={form.visualActivities}
            onChange={(v) => set({ visualActivities: num(v, form.visualActivities) })}
            allowDecimal={false}
          />
          <NumberInput
            label={t('lessons.form.quiz')}
            value={form.quizLength}
            onChange={(v) => set({ quizLength: num(v, form.quizLength) })}
            allowDecimal={false}
          />
        </Group>
        <Checkbox.Group
          label={t('lessons.form.levels')}
          value={[...form.readingLevels]}
          onChange={(values) =>
            set({
              readingLevels: LEVELS.filter((l) => values.includes(l)) as LessonFormWire['readingLevels'],
            })
          }
        >
          <Group mt={4}>
            {LEVELS.map((l) => (
              <Checkbox key={l} value={l} label={t(`lessons.level.${l}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
    </Paper>
  );
}

/** The fields of a confirmed form as the compose and save routes take them (an empty topic is left out). */
export function overridesOf(form: LessonFormWire) {
  return {
    ...(form.topic ? { topic: form.topic } : {}),
    skillIds: [...form.skillIds],
    days: form.days,
    periodMinutes: form.periodMinutes,
    readingLevels: [...form.readingLevels],
    visualActivities: form.visualActivities,
    quizLength: form.quizLength,
    locale: form.locale,
  };
}
