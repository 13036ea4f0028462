import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../api/use-action.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { blockLabel } from './block-label.ts';
import { fieldLabel, fieldText } from './lesson-fields.ts';
import { type LessonBlock, lessonsApi, type SavedLesson } from './lessons-api.ts';

interface Props {
  orgId: string;
  saved: SavedLesson;
  block: LessonBlock;
  action: Action;
  onChanged(lesson: SavedLesson): void;
}

/** The edit of one prose field of a block: field, language, new text; saving makes a new version. */
function EditForm({ orgId, saved, block, action, onChanged, onClose }: Props & { onClose(): void }) {
  const { t } = useTranslation();
  const { pick, locale: pageLocale } = useLocalized();
  const [field, setField] = useState(block.fields[0] ?? '');
  const [locale, setLocale] = useState<'en' | 'es'>(pageLocale);
  const [text, setText] = useState(() => fieldText(saved.lesson, block.id, field)?.[locale] ?? '');
  const reset = (f: string, l: 'en' | 'es') => setText(fieldText(saved.lesson, block.id, f)?.[l] ?? '');
  const label = blockLabel(t, block.id);
  const titleId = `edit-${block.id}`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="form"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(
          async () => {
            const next = await lessonsApi.edit(orgId, saved.id, block.id, {
              field,
              locale,
              text: text.trim(),
            });
            onChanged(next);
            onClose();
            return next;
          },
          (next) => t('lessons.saved.edited', { version: next.version }),
        );
      }}
    >
      <Stack gap="xs">
        <Title order={4} size="h5" id={titleId}>
          {t('lessons.saved.editTitle', { block: label })}
        </Title>
        <Select
          label={t('lessons.saved.field')}
          data={block.fields.map((f) => ({ value: f, label: fieldLabel(t, pick, saved.lesson, f) }))}
          value={field}
          allowDeselect={false}
          onChange={(f) => {
            if (!f) return;
            setField(f);
            reset(f, locale);
          }}
        />
        <Select
          label={t('lessons.saved.language')}
          data={[
            { value: 'en', label: t('language.en') },
            { value: 'es', label: t('language.es') },
          ]}
          value={locale}
          allowDeselect={false}
          onChange={(l) => {
            if (l !== 'en' && l !== 'es') return;
            setLocale(l);
            reset(field, l);
          }}
        />
        <Textarea
          label={t('lessons.saved.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required
        />
        <Group>
          <Button type="submit" loading={action.busy} disabled={!text.trim()}>
            {t('lessons.saved.saveEdit')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('lessons.saved.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Under a block of a saved lesson: whether it is reviewed, "Mark reviewed", and the edit of its prose. */
export function BlockTools(props: Props) {
  const { t } = useTranslation();
  const { orgId, saved, block, action, onChanged } = props;
  const [editing, setEditing] = useState(false);
  const label = blockLabel(t, block.id);
  const review = (reviewed: boolean) =>
    void action.run(
      async () => {
        const next = await lessonsApi.review(orgId, saved.id, block.id, reviewed);
        onChanged(next);
        return next;
      },
      () => (reviewed ? t('lessons.saved.reviewedNotice', { block: label }) : ''),
    );
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text size="sm" fw={600} c={block.reviewed ? 'teal.9' : 'var(--mantine-color-orange-light-color)'}>
          {block.reviewed ? `✓ ${t('lessons.saved.reviewed')}` : t('lessons.saved.notReviewed')}
        </Text>
        {saved.canEdit ? (
          <>
            {block.reviewed ? (
              <Button size="xs" variant="subtle" onClick={() => review(false)} disabled={action.busy}>
                {t('lessons.saved.unmark')}
              </Button>
            ) : (
              <Button size="xs" onClick={() => review(true)} disabled={action.busy}>
                {t('lessons.saved.markReviewedLabel', { block: label })}
              </Button>
            )}
            {block.fields.length > 0 ? (
              <Button size="xs" variant="light" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
                {t('lessons.saved.edit')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Group>
      {editing ? <EditForm {...props} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}
