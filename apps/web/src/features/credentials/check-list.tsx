import { Box, List, Text, ThemeIcon } from '@mantine/core';
import type { CredentialVerification, VerificationCheck } from '@pathwise/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A check in words: its title, and what its outcome means (by its reason when it failed). */
export function checkInWords(t: TFunction, check: VerificationCheck): { title: string; text: string } {
  const base = `credentials.meaning.checks.${check.name}`;
  const title = t(`${base}.title`, { defaultValue: t(`credentials.checks.${check.name}`, check.name) });
  const generic = t(
    check.ok ? 'credentials.meaning.checks.okGeneric' : 'credentials.meaning.checks.failedGeneric',
  );
  const outcome = check.ok ? 'ok' : check.reason;
  return { title, text: outcome ? t(`${base}.${outcome}`, { defaultValue: generic }) : generic };
}

/**
 * The technical checks of a verification, folded (a native disclosure, open and shut from the keyboard): each says
 * in words what passed or failed, then its technical term and the verifier's own account.
 */
export function CheckList({ result, label }: { result: CredentialVerification; label: string }) {
  const { t } = useTranslation();
  return (
    <Box component="details" mt="sm" data-testid="technical-checks">
      <Text component="summary" fw={500} size="sm" style={{ cursor: 'pointer' }}>
        {t('credentials.meaning.checksSummary', { count: result.checks.length })}
      </Text>
      <List spacing="xs" mt="xs" aria-label={label} listStyleType="none" data-testid="checks">
        {result.checks.map((check) => {
          const words = checkInWords(t, check);
          return (
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
                {words.title}: {check.ok ? t('credentials.checks.passed') : t('credentials.checks.failed')}
              </Text>
              <Text size="sm">{words.text}</Text>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('credentials.meaning.technical', {
                  term: t(`credentials.checks.${check.name}`, { defaultValue: check.name }),
                  message: check.message,
                })}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Box>
  );
}
