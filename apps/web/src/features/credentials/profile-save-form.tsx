import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { JobProfile } from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { countChoices, type SkillChoice } from './skill-choice-group.tsx';

interface ProfileSaveFormProps {
  initialName: string;
  /** The choice made for each skill, to count and to check that one was chosen. */
  choices: readonly SkillChoice[];
  save(name: string): Promise<JobProfile>;
  matchPath(profileId: string): string;
}

/**
 * The end of a job profile builder: how many skills are chosen (announced as they change), the profile's name and
 * Save; once saved, a link to match a shared record against it.
 */
export function ProfileSaveForm({ initialName, choices, save, matchPath }: ProfileSaveFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<JobProfile | null>(null);
  const action = useAction();
  const counts = countChoices(choices);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const missing =
      trimmed === ''
        ? t('credentials.profiles.byHand.nameRequired')
        : counts.required + counts.nice === 0
          ? t('credentials.profiles.chooseOne')
          : null;
    setProblem(missing);
    if (missing) return;
    await action.run(
      async () => setSaved(await save(trimmed)),
      () => t('credentials.profiles.saved', { name: trimmed }),
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640} gap="sm">
        <Text role="status" aria-live="polite" fw={600}>
          {t('credentials.profiles.chosen', counts)}
        </Text>
        <TextInput
          label={t('credentials.profiles.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={200}
          required
        />
        {problem ? (
          <Text role="alert" c="red.9">
            {problem}
          </Text>
        ) : null}
        <Button type="submit" loading={action.busy} w="fit-content" disabled={saved !== null}>
          {t('credentials.profiles.save')}
        </Button>
        <ErrorAlert error={action.error} />
        <StatusMessage message={action.status} />
        {saved ? (
          <Group>
            <Anchor component={Link} to={matchPath(saved.id)} fw={600}>
              {t('credentials.profiles.matchSaved')}
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
