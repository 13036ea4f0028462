import { Badge, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconBuilding, IconCheck, IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { homePathOf } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';

/** The organization you are in, and the others you belong to; hidden until you belong to one. */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const { me } = useSession();
  const match = useMatch('/o/:orgSlug/*');
  if (!me || me.memberships.length === 0) return null;
  const current = me.memberships.find((m) => m.orgSlug === match?.params.orgSlug);
  const label = current?.orgName ?? t('nav.organization');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconBuilding size={18} aria-hidden="true" />}
          rightSection={<IconChevronDown size={16} aria-hidden="true" />}
          maw={{ base: 96, xs: 200, sm: 320 }}
        >
          <VisuallyHidden>
            {current ? `${t('nav.currentOrganization')}: ` : `${t('nav.switchOrganization')}: `}
          </VisuallyHidden>
          <Text span inherit truncate="end" visibleFrom="xs">
            {label}
          </Text>
          <VisuallyHidden hiddenFrom="xs">{label}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('nav.switchOrganization')}</Menu.Label>
        {me.memberships.map((m) => (
          <Menu.Item
            key={m.orgId}
            component={Link}
            to={homePathOf(m)}
            aria-current={m.orgId === current?.orgId ? 'page' : undefined}
            rightSection={m.orgId === current?.orgId ? <IconCheck size={16} aria-hidden="true" /> : null}
          >
            <Text size="sm" fw={600}>
              {m.orgName}
            </Text>
            <Badge size="sm" variant="light" mt={2}>
              {t(`roles.${m.role}`)}
            </Badge>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to="/start" leftSection={<IconPlus size={16} aria-hidden="true" />}>
          {t('nav.joinOrCreate')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
