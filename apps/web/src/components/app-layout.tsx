import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { AccountMenu } from './account-menu.tsx';
import { BrandMark } from './brand-mark.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { OrgSwitcher } from './org-switcher.tsx';

/** The frame of every page: a skip link, the header (brand, organization, language, account) and the main area. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to="/" underline="never" aria-label={t('app.homeLink')} c="inherit">
              <Group gap={8} wrap="nowrap">
                <BrandMark />
                <Text fw={700} size="lg" visibleFrom="xs" c="pathwise.8">
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <OrgSwitcher />
              <LanguageSwitcher />
              <AccountMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <Container size="lg" py={{ base: 'lg', sm: 40 }} px={{ base: 'md', sm: 'lg' }}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
