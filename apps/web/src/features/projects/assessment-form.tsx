import { Alert, Button, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LEVELS, passesRule } from './pass-rule.ts';
import type { ProjectLevel, ProjectSpec } from './projects-api.ts';

/**
 * The rubric as one radio group per criterion (each level with its description), feedback, and whether it passes
 * under the project's rule, shown (and announced) before the teacher saves.
 */
export function AssessmentForm({
  spec,
  onSave,
}: {
  spec: ProjectSpec;
  onSave: (input: { levels: ProjectLevel[]; feedback: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<(ProjectLevel | null)[]>(() => spec.criteria.map(() => null));
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passed = passesRule(spec.passRule, levels);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (passed === null) return;
    setBusy(true);
    setError(null);
    try {
      await onSave({ levels: levels as ProjectLevel[], feedback });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} aria-label={t('projects.assess.label')}>
      <Stack gap="md">
        <ErrorAlert error={error} />
        {spec.criteria.map((c, i) => (
          <Radio.Group
            // biome-ignore lint/suspicious/noArrayIndexKey: criteria are positional (one level per criterion, by index) and never reorder
            key={`${i}-${c.name}`}
            name={`criterion-${i}`}
            label={c.name}
            required
            value={levels[i] ?? null}
            onChange={(value) =>
              setLevels((old) => old.map((l, j) => (j === i ? (value as ProjectLevel) : l)))
            }
          >
            <Stack gap={4} mt={4}>
              {LEVELS.map((l) => (
                <Radio key={l} value={l} label={`${t(`projects.levels.${l}`)}: ${c.levels[l]}`} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <Textarea
          label={t('projects.assess.feedback')}
          value={feedback}
          onChange={(e) => setFeedback(e.currentTarget.value)}
          rows={3}
          maxLength={4000}
        />
        <Alert role="status" color={passed === null ? 'gray' : passed ? 'green' : 'orange'}>
          {passed === null
            ? t('projects.assess.pending')
            : passed
              ? t('projects.assess.willPass')
              : t('projects.assess.willNotPass')}
        </Alert>
        <Button type="submit" loading={busy} disabled={passed === null} style={{ alignSelf: 'start' }}>
          {t('projects.assess.save')}
        </Button>
      </Stack>
    </form>
  );
}
