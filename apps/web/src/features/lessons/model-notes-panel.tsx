import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { blockLabel } from './block-label.ts';
import { fieldLabel } from './lesson-fields.ts';
import type { LessonWire, ModelNoteWire } from './lessons-api.ts';

/**
 * "Model phrasing": what a configured model rephrased (and the checks passed) and each part that keeps the
 * assistant's offline text, with the reason in words. One line when the model gave nothing usable at all.
 */
export function ModelNotesPanel({ notes, lesson }: { notes: readonly ModelNoteWire[]; lesson: LessonWire }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const accepted = notes.filter((n) => n.outcome === 'accepted').length;
  const kept = notes.filter((n) => n.outcome === 'kept' && n.reason !== null);
  const reasons = new Set(kept.map((n) => n.reason));
  const allSame = accepted === 0 && reasons.size === 1 && kept.length === notes.length;
  const reasonText = (reason: ModelNoteWire['reason']) => t(`lessons.modelNotes.reason.${reason}`);
  const partOf = (slot: string) => {
    const [blockId = slot, ...field] = slot.split('/');
    return `${blockLabel(t, blockId)}, ${fieldLabel(t, pick, lesson, field.join('/'))}`;
  };
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="lesson-model-notes">
      <Stack gap="xs">
        <Title order={2} size="h4" id="lesson-model-notes">
          {t('lessons.modelNotes.title')}
        </Title>
        {allSame ? (
          <Text size="sm">
            {t('lessons.modelNotes.none', { reason: reasonText(kept[0]?.reason ?? null) })}
          </Text>
        ) : (
          <>
            <Text size="sm">{t('lessons.modelNotes.summary', { accepted, total: notes.length })}</Text>
            {kept.length > 0 ? (
              <>
                <Text size="sm">{t('lessons.modelNotes.keptIntro')}</Text>
                <List size="sm" spacing={4}>
                  {kept.map((n) => (
                    <List.Item key={`${n.slot}-${n.locale}`}>
                      {t('lessons.modelNotes.kept', { part: partOf(n.slot), reason: reasonText(n.reason) })}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </>
        )}
        {accepted > 0 ? <Text size="sm">{t('lessons.modelNotes.savedAsShown')}</Text> : null}
      </Stack>
    </Paper>
  );
}
