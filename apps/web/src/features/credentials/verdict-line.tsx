import { Alert, Text } from '@mantine/core';
import type { CredentialVerification, Verdict } from '@pathwise/contracts';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { plainVerdict, sayVerdict } from './plain-verdict.ts';

const COLOR: Record<Verdict, string> = { verified: 'teal', unknown_issuer: 'yellow', failed: 'red' };
const ICON: Record<Verdict, typeof IconCircleCheck> = {
  verified: IconCircleCheck,
  unknown_issuer: IconAlertTriangle,
  failed: IconCircleX,
};

/** The one plain sentence a verification comes to (see `plainVerdict`), and the other checks that failed. */
export function VerdictLine({ verification }: { verification: CredentialVerification }) {
  const { t, i18n } = useTranslation();
  const verdict = plainVerdict(verification);
  const { sentence, also } = sayVerdict(t, verdict, i18n.language);
  const Icon = ICON[verdict.tone];
  return (
    <Alert
      color={COLOR[verdict.tone]}
      variant="light"
      role="status"
      data-verdict={verdict.tone}
      data-testid="verdict"
      icon={<Icon aria-hidden="true" />}
    >
      <Text fw={600} size="sm">
        {sentence}
      </Text>
      {also ? <Text size="sm">{also}</Text> : null}
    </Alert>
  );
}
