import { Anchor, Badge, Stack, Text } from '@mantine/core';
import type { RecordCredential } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { EvidenceFactsList, hasEvidenceFacts, SignedEvidence } from './credential-evidence.tsx';
import { CredentialShowcasePanel } from './credential-showcase.tsx';
import { credentialPaths } from './credentials-api.ts';
import { type RecordVerification, useRecordVerifications } from './record-verifications.ts';
import { VerifiedCredential } from './verified-credential.tsx';

const STATE_COLOR = { active: 'teal.9', revoked: 'red.9', expired: 'gray.7' } as const;

/**
 * One credential of the learner's record, as a visitor would see it (meaning first, one verdict, the checks
 * folded), with what only its holder sees: its state, why it was revoked, the evidence (what happened, in the
 * reader's language), the download, and, while it is active, the ways to show it off (certificate, LinkedIn,
 * embeddable badge).
 */
export function RecordCredentialCard({
  credential: c,
  orgId,
  result,
  onShared,
}: {
  credential: RecordCredential;
  orgId: string;
  /** Its verification, once asked (see `useRecordVerifications`). */
  result: RecordVerification | undefined;
  /** Called once showing it off made (or reused) a share link. */
  onShared?: (() => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <VerifiedCredential
      id={`record-${c.id}`}
      document={c.document}
      words={c.words}
      verification={result && 'verification' in result ? result.verification : undefined}
      verificationError={result && 'error' in result ? result.error : undefined}
      titleOrder={3}
      fallbackName={c.achievementName}
      testId="credential"
      // NOTE: evidence worded from facts names skills and the parts a certificate stacks on, so it goes below the
      // block a page finds a credential by; a teacher's words stay in that block, with the state.
      evidence={c.evidenceFacts && hasEvidenceFacts(c) ? <EvidenceFactsList facts={c.evidenceFacts} /> : null}
      aside={
        <>
          <Badge color={STATE_COLOR[c.state]}>{t(`credentials.share.state.${c.state}`)}</Badge>
          <Anchor href={credentialPaths.file(orgId, c.id)} download size="sm">
            {t('credentials.record.download', { name: c.achievementName })}
          </Anchor>
        </>
      }
    >
      {c.state === 'revoked' ? (
        <Text size="sm" data-testid="credential-revoked">
          {t('credentials.record.revoked', { reason: c.revocationReason ?? '' })}
        </Text>
      ) : null}
      {hasEvidenceFacts(c) ? null : <SignedEvidence credential={c} />}
      {c.state === 'active' ? (
        <CredentialShowcasePanel credential={c} orgId={orgId} onShared={onShared} />
      ) : null}
    </VerifiedCredential>
  );
}

/** The learner's credentials, each verified in turn as the answers come. */
export function RecordCredentialList({
  credentials,
  orgId,
  onShared,
}: {
  credentials: RecordCredential[];
  orgId: string;
  onShared?: (() => Promise<void>) | undefined;
}) {
  const results = useRecordVerifications(
    orgId,
    credentials.map((c) => c.id),
  );
  return (
    <Stack gap="sm">
      {credentials.map((c) => (
        <RecordCredentialCard
          key={c.id}
          credential={c}
          orgId={orgId}
          result={results.get(c.id)}
          onShared={onShared}
        />
      ))}
    </Stack>
  );
}
