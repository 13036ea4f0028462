import { Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { CredentialVerification, ReaderWords } from '@pathwise/contracts';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { CheckList } from './check-list.tsx';
import { CredentialFacts } from './credential-facts.tsx';
import { readCredentialMeaning, withReaderWords } from './credential-meaning.ts';
import { VerdictLine } from './verdict-line.tsx';

/** What {@link VerifiedCredential} shows. */
export interface VerifiedCredentialProps {
  /** Unique on the page: names the article's heading. */
  id: string;
  /** The credential as given (untrusted JSON): what it certifies is read from it. */
  document: unknown;
  /** Its verification; until it comes (undefined), a loading state where the verdict will be. */
  verification: CredentialVerification | undefined;
  /** Why its verification could not be had, shown where the verdict would be. */
  verificationError?: unknown;
  titleOrder: 2 | 3;
  /** The name to show when the document gives none (e.g. the achievement's name on the learner's record). */
  fallbackName?: string;
  /** Beside the name: a state badge, a download link. */
  aside?: ReactNode;
  /** Under the name and description: what only its holder sees (why it was revoked, the evidence). */
  children?: ReactNode;
  /**
   * Under that block, outside `testId`: the holder's evidence, which may name the skills and other achievements
   * (the parts a certificate stacks on), so it stays out of the block a page test looks a credential up by.
   */
  evidence?: ReactNode;
  /**
   * Names the block of the credential's name, state and holder's notes: not its facts, whose criteria and skills
   * may name other achievements (a page test that looks a credential up by its name finds only its own).
   */
  testId?: string;
  /** This installation's words for it in the reader's language (criteria, skill names), when the page has them. */
  words?: ReaderWords | undefined;
}

/**
 * A credential, meaning first: its image, name, description, how it is earned, the skills it certifies, its
 * issuer, dates and holder; then one plain verdict; then the technical checks, folded.
 */
export function VerifiedCredential(props: VerifiedCredentialProps) {
  const { t, i18n } = useTranslation();
  const { document, verification } = props;
  // The page's words apply while they are in the language the page is read in (a switch refetches them).
  const words = props.words && i18n.language.startsWith(props.words.language) ? props.words : undefined;
  const meaning = useMemo(
    () => withReaderWords(readCredentialMeaning(document, window.location.origin, i18n.language), words),
    [document, i18n.language, words],
  );
  const name = meaning.name ?? props.fallbackName ?? t('credentials.meaning.unnamed');
  const headingId = `${props.id}-name`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Group align="flex-start" wrap="nowrap" gap="md" data-testid={props.testId}>
        {meaning.image ? (
          <img
            src={meaning.image}
            alt={t('credentials.meaning.imageAlt', { name })}
            width={72}
            height={72}
            style={{ objectFit: 'contain', flexShrink: 0 }}
            referrerPolicy="no-referrer"
          />
        ) : null}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Title order={props.titleOrder} size="h3" id={headingId}>
              {name}
            </Title>
            {props.aside ? <Group gap="xs">{props.aside}</Group> : null}
          </Group>
          {meaning.description ? <Text size="sm">{meaning.description}</Text> : null}
          {props.children}
        </Stack>
      </Group>
      {props.evidence}
      <CredentialFacts meaning={meaning} verification={verification} />
      {verification ? (
        <>
          <VerdictLine verification={verification} />
          <CheckList result={verification} label={t('credentials.meaning.checksLabel', { name })} />
        </>
      ) : props.verificationError ? (
        <ErrorAlert error={props.verificationError} />
      ) : (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('credentials.meaning.checking')}</Text>
        </Group>
      )}
    </Paper>
  );
}
