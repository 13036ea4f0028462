import { Badge, Group, Text } from '@mantine/core';
import type { Me, Membership } from '@pathwise/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';

export interface HomeProps {
  me: Me;
  membership: Membership;
}

interface HomePageProps extends HomeProps {
  intro: string;
  children: ReactNode;
}

/** A role's home: the welcome heading, the organization and role, then the role's content. */
export function HomePage({ me, membership, intro, children }: HomePageProps) {
  const { t } = useTranslation();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  return (
    <Page
      hero
      title={t('home.welcome', { name: firstName })}
      intro={
        <>
          <Group gap="xs" component="span" mb={6}>
            <Text component="span" fw={600} c="var(--mantine-color-text)">
              {membership.orgName}
            </Text>
            <Badge variant="light" component="span">
              {t(`roles.${membership.role}`)}
            </Badge>
          </Group>
          <Text component="span" display="block">
            {intro}
          </Text>
        </>
      }
    >
      {children}
    </Page>
  );
}
