import { Button, FileInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FILE_LIMITS, fileToBody, type ProjectView, projectsApi } from './projects-api.ts';

/** The learner's hand-in form: text, a link and files as the project accepts them, with the limits stated. */
export function SubmissionForm({
  orgId,
  view,
  onDone,
}: {
  orgId: string;
  view: ProjectView;
  onDone: (next: ProjectView) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const accepts = new Set(view.project.accepts);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await projectsApi.submit(orgId, view.assignmentId, {
        ...(text.trim() ? { text } : {}),
        ...(link.trim() ? { link: link.trim() } : {}),
        ...(files.length > 0 ? { files: await Promise.all(files.map(fileToBody)) } : {}),
      });
      setText('');
      setLink('');
      setFiles([]);
      onDone(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t('projects.form.label')}>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        {accepts.has('text') ? (
          <Textarea
            label={t('projects.form.text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            rows={4}
            maxLength={20000}
          />
        ) : null}
        {accepts.has('link') ? (
          <TextInput
            type="url"
            label={t('projects.form.link')}
            description={t('projects.form.linkHint')}
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
          />
        ) : null}
        {accepts.has('files') ? (
          <FileInput
            multiple
            clearable
            accept={FILE_LIMITS.accept}
            label={t('projects.form.files')}
            description={t('projects.form.filesHint', {
              count: FILE_LIMITS.maxFiles,
              size: FILE_LIMITS.maxMegabytes,
            })}
            value={files}
            onChange={(f) => setFiles(f)}
          />
        ) : null}
        <Button type="submit" loading={busy} style={{ alignSelf: 'start' }}>
          {view.submission ? t('projects.form.resubmit') : t('projects.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
