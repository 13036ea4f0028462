import { Alert, List, Text, ThemeIcon } from '@mantine/core';
import type { CredentialVerification, Verdict } from '@pathwise/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const VERDICT_COLOR: Record<Verdict, string> = { verified: 'teal', unknown_issuer: 'yellow', failed: 'red' };
const VERDICT_TEXT: Record<Verdict, string> = {
  verified: 'credentials.verify.verified',
  unknown_issuer: 'credentials.verify.unknownIssuer',
  failed: 'credentials.verify.notVerified',
};

/** A verification, check by check: a named list whose items say passed or failed, and why. */
export function CheckList({ result, label }: { result: CredentialVerification; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        color={VERDICT_COLOR[result.verdict]}
        variant="light"
        role="status"
        data-verdict={result.verdict}
      >
        {t(VERDICT_TEXT[result.verdict])}
      </Alert>
      <List spacing="xs" aria-label={label} listStyleType="none" data-testid="checks">
        {result.checks.map((check) => (
          <List.Item
            key={check.name}
            data-check={check.name}
            data-ok={String(check.ok)}
            icon={
              <ThemeIcon color={check.ok ? 'teal.9' : 'red.9'} size={22} radius="xl" aria-hidden="true">
                {check.ok ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Text fw={600} span>
              {t(`credentials.checks.${check.name}`, { defaultValue: check.name })}:{' '}
              {check.ok ? t('credentials.checks.passed') : t('credentials.checks.failed')}
            </Text>
            <Text size="sm" c="dimmed">
              {check.message}
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  );
}
