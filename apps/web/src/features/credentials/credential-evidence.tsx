import { Anchor, List, Stack, Text } from '@mantine/core';
import type { EvidenceFacts, RecordCredential } from '@pathwise/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { evidenceLines } from './evidence-words.ts';

/** Whether a credential's evidence is worded from facts kept with it (an automatic issue), not its signed words. */
export function hasEvidenceFacts(c: Pick<RecordCredential, 'evidenceFacts'>): boolean {
  return c.evidenceFacts !== null && c.evidenceFacts.skills.length + c.evidenceFacts.stacked.length > 0;
}

/**
 * What happened, worded in the reader's language from a credential's evidence facts: each skill mastered (when,
 * how, on how many items) and the credentials it stacks on, as a list under "Evidence".
 */
export function EvidenceFactsList({ facts }: { facts: EvidenceFacts }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const titleId = useId();
  const lines = useMemo(() => evidenceLines(t, locale, facts), [t, locale, facts]);
  if (lines.length === 0) return null;
  return (
    <Stack gap={2} mt="xs">
      <Text size="sm" fw={600} id={titleId}>
        {t('credentials.evidence.title')}
      </Text>
      <List size="sm" spacing={2} aria-labelledby={titleId}>
        {lines.map((line) => (
          <List.Item key={line.key}>
            {t('credentials.evidence.line', { name: line.name, text: line.text })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * A credential's evidence as signed (a teacher's award, a re-award, an older credential): the narrative, with a
 * link to the work when there is one.
 */
export function SignedEvidence({
  credential: c,
}: {
  credential: Pick<RecordCredential, 'achievementName' | 'evidence'>;
}) {
  const { t } = useTranslation();
  return c.evidence.map((e, i) => (
    <Text size="sm" key={e.id ?? i}>
      {e.narrative ? t('credentials.record.evidence', { narrative: e.narrative }) : null}{' '}
      {e.id?.startsWith('http') ? (
        <Anchor href={e.id} target="_blank" rel="noreferrer">
          {t('credentials.record.evidenceLink', { name: c.achievementName })}
        </Anchor>
      ) : null}
    </Text>
  ));
}
