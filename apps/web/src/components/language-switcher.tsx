import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import type { Locale } from '@pathwise/core/identity';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../i18n/i18n.ts';
import { useSession } from '../session/session-context.tsx';

/** Chooses the interface language; each language is named in itself ("Español"), with its `lang`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setLocale } = useSession();
  const current = (i18n.resolvedLanguage ?? 'en') as Locale;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          c="var(--mantine-color-text)"
          px="xs"
          leftSection={<IconLanguage size={20} aria-hidden="true" />}
        >
          <VisuallyHidden>{t('language.label')}: </VisuallyHidden>
          <Text span inherit visibleFrom="sm">
            {t(`language.${current}`)}
          </Text>
          <Text span inherit hiddenFrom="sm">
            {current.toUpperCase()}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => void setLocale(locale)}
            rightSection={locale === current ? <IconCheck size={16} aria-hidden="true" /> : null}
            aria-current={locale === current ? 'true' : undefined}
          >
            {t(`language.${locale}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
