import { Avatar, Button, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconPlus, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session/session-context.tsx';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** Who is signed in, with sign-out; a sign-in link for everyone else. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const { pathname } = useLocation();
  if (me === undefined) return null;
  if (me === null) {
    // On the sign-in page itself, the useful other door is creating an account.
    const onSignIn = pathname === '/sign-in';
    return (
      <Button component={Link} to={onSignIn ? '/sign-up' : '/sign-in'} variant="subtle">
        {onSignIn ? t('nav.signUp') : t('nav.signIn')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" c="var(--mantine-color-text)" px={6}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} color="pathwise" radius="xl" aria-hidden="true">
              {initials(me.user.name)}
            </Avatar>
            <VisuallyHidden>{t('nav.account')}: </VisuallyHidden>
            <Text size="sm" fw={600} visibleFrom="md">
              {me.user.name}
            </Text>
            <VisuallyHidden hiddenFrom="md">{me.user.name}</VisuallyHidden>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('nav.signedInAs', { name: me.user.email })}</Menu.Label>
        <Menu.Item
          component={Link}
          to="/account"
          leftSection={<IconUserCircle size={16} aria-hidden="true" />}
        >
          {t('account.menu')}
        </Menu.Item>
        <Menu.Item component={Link} to="/start" leftSection={<IconPlus size={16} aria-hidden="true" />}>
          {t('nav.joinOrCreate')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
