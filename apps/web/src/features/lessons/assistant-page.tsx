import { Anchor, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Page } from '../../components/page.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useStaffOrg } from '../../session/use-staff-org.ts';
import { LessonFormFields, overridesOf } from './lesson-form-fields.tsx';
import { LessonView } from './lesson-view.tsx';
import {
  type ComposeLessonAnswer,
  type ComposeLessonInput,
  type Framework,
  type LessonFormWire,
  lessonPagePaths,
  lessonPaths,
  lessonsApi,
  type SaveLessonInput,
  saveBodyOf,
} from './lessons-api.ts';
import { ModelNotesPanel } from './model-notes-panel.tsx';

/**
 * The planning assistant: the teacher's words → the parsed form to confirm (or the fields still missing) → the
 * composed lesson with the source of every block (and, with a model endpoint, what the model rephrased and what
 * it did not) → saved as a draft, as shown.
 */
export function AssistantPage() {
  const { t } = useTranslation();
  const org = useStaffOrg();
  const navigate = useNavigate();
  const framework = useApiData<Framework>(org ? lessonPaths.framework(org.orgId) : null);
  const [request, setRequest] = useState('');
  const [form, setForm] = useState<LessonFormWire | null>(null);
  const [answer, setAnswer] = useState<ComposeLessonAnswer | null>(null);
  // What saving sends for the lesson on screen (see saveBodyOf), so the draft is that lesson, model phrasing included.
  const [toSave, setToSave] = useState<SaveLessonInput | null>(null);
  const action = useAction();
  if (!org) return null;

  const compose = (body: ComposeLessonInput) =>
    action.run(
      async () => {
        const result = await lessonsApi.compose(org.orgId, body);
        setAnswer(result);
        setForm(result.form);
        setToSave(saveBodyOf(body, result));
        return result;
      },
      (result) =>
        result.status === 'composed'
          ? t('lessons.assistant.composed')
          : t('lessons.assistant.needs', {
              fields: result.missing.map((f) => t(`lessons.assistant.missing.${f}`)).join(', '),
            }),
    );
  const save = () => {
    if (!toSave) return;
    void action.run(
      async () => {
        const saved = await lessonsApi.save(org.orgId, toSave);
        navigate(lessonPagePaths.lesson(org.orgSlug, saved.id));
        return saved;
      },
      () => t('lessons.assistant.saved'),
    );
  };

  return (
    <Page title={t('lessons.assistant.title')} intro={t('lessons.assistant.intro')}>
      <Anchor component={Link} to={lessonPagePaths.list(org.orgSlug)}>
        {t('lessons.assistant.back')}
      </Anchor>
      <Stack gap="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (request.trim()) void compose({ request: request.trim() });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('lessons.assistant.request')}
              placeholder={t('lessons.assistant.placeholder')}
              value={request}
              onChange={(e) => setRequest(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={2000}
              required
            />
            <Group>
              <Button type="submit" loading={action.busy} disabled={!request.trim()}>
                {t('lessons.assistant.compose')}
              </Button>
            </Group>
          </Stack>
        </form>
        <ErrorAlert error={action.error} />
        <StatusMessage message={action.status} />
        {form ? (
          <>
            <LessonFormFields form={form} skills={framework.data?.skills ?? []} onChange={setForm} />
            <Group>
              <Button
                variant="light"
                loading={action.busy}
                onClick={() => void compose({ request: request.trim(), form: overridesOf(form) })}
              >
                {t('lessons.assistant.recompose')}
              </Button>
            </Group>
          </>
        ) : null}
        {answer?.status === 'composed' ? (
          <>
            {answer.modelNotes ? <ModelNotesPanel notes={answer.modelNotes} lesson={answer.lesson} /> : null}
            <LessonView lesson={answer.lesson} />
            <Group>
              <Button onClick={save} loading={action.busy} disabled={!toSave}>
                {t('lessons.assistant.save')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Page>
  );
}
