import { Anchor, Box, List, Text } from '@mantine/core';
import type { CredentialVerification } from '@pathwise/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format-date.ts';
import type { CredentialMeaning, MeaningSkill } from './credential-meaning.ts';

/** One term and its value: side by side where there is room, the value under its term on a phone. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box mb={6} style={{ display: 'flex', flexWrap: 'wrap', columnGap: 'var(--mantine-spacing-md)' }}>
      <Text component="dt" size="sm" fw={600} w="10rem">
        {label}
      </Text>
      <Text
        component="dd"
        size="sm"
        m={0}
        style={{ flex: '1 1 16rem', minWidth: 0, overflowWrap: 'anywhere' }}
      >
        {children}
      </Text>
    </Box>
  );
}

function Skill({ skill }: { skill: MeaningSkill }) {
  if (skill.path)
    return (
      <Anchor component={Link} to={skill.path} size="sm">
        {skill.name}
      </Anchor>
    );
  // NOTE: an address that is not our own skill page is the credential's claim: shown, never followed.
  return (
    <>
      {skill.name}
      {skill.url && skill.url !== skill.name ? (
        <Text span size="xs" c="dimmed">
          {' '}
          ({skill.url})
        </Text>
      ) : null}
    </>
  );
}

function Issuer({ issuer }: { issuer: NonNullable<CredentialVerification['issuer']> }) {
  const { t } = useTranslation();
  if (!issuer.name) return <>{t('credentials.meaning.issuerUnnamed')}</>;
  if (!issuer.known) return <>{t('credentials.meaning.issuerClaimed', { name: issuer.name })}</>;
  return (
    <>
      {issuer.name}
      {issuer.url ? (
        <>
          {' · '}
          <Anchor href={issuer.url} target="_blank" rel="noreferrer" size="sm">
            {t('credentials.meaning.site', { url: issuer.url.replace(/^https?:\/\//, '') })}
          </Anchor>
        </>
      ) : null}
    </>
  );
}

/**
 * What a credential certifies, as a description list: how it is earned, the skills, the issuer (its site only
 * when someone vouches for it), the dates in the reader's locale, and to whom, as far as it discloses. Until its
 * verification comes, the issuer and dates are as the credential states them (the name as plain text).
 */
export function CredentialFacts(props: {
  meaning: CredentialMeaning;
  verification?: CredentialVerification;
}) {
  const { t, i18n } = useTranslation();
  const { meaning, verification: v } = props;
  const date = (iso: string) => formatDate(iso, i18n.language);
  const readable = v ? v.issuer !== null : meaning.name !== null;
  const validFrom = v ? v.validFrom : meaning.validFrom;
  const validUntil = v ? v.validUntil : meaning.validUntil;
  return (
    <Box component="dl" my="sm">
      {meaning.criteria ? <Fact label={t('credentials.meaning.criteria')}>{meaning.criteria}</Fact> : null}
      {meaning.skills.length > 0 ? (
        <Fact label={t('credentials.meaning.skills')}>
          <List size="sm" data-testid="credential-skills">
            {meaning.skills.map((skill) => (
              <List.Item key={`${skill.name} ${skill.path ?? skill.url ?? ''}`}>
                <Skill skill={skill} />
              </List.Item>
            ))}
          </List>
        </Fact>
      ) : null}
      {v?.issuer ? (
        <Fact label={t('credentials.meaning.issuer')}>
          <Issuer issuer={v.issuer} />
        </Fact>
      ) : null}
      {!v && meaning.issuerName ? (
        <Fact label={t('credentials.meaning.issuer')}>{meaning.issuerName}</Fact>
      ) : null}
      {validFrom ? <Fact label={t('credentials.meaning.issuedOn')}>{date(validFrom)}</Fact> : null}
      {readable ? (
        <Fact label={t('credentials.meaning.validUntil')}>
          {validUntil ? date(validUntil) : t('credentials.meaning.noExpiry')}
        </Fact>
      ) : null}
      {readable ? (
        <Fact label={t('credentials.meaning.issuedTo')}>
          {meaning.recipientName ?? t('credentials.meaning.recipientPrivate')}
        </Fact>
      ) : null}
    </Box>
  );
}
