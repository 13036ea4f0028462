import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconChalkboard,
  IconLogin2,
  IconRoute,
  IconShieldCheck,
  IconTicket,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page.tsx';
import { credentialPagePaths } from '../../navigation/page-paths.ts';

/** The people Pathwise serves, in the order the page names them, each with its icon and catalogue keys. */
const AUDIENCES = [
  { key: 'learner', icon: <IconRoute size={24} /> },
  { key: 'teacher', icon: <IconChalkboard size={24} /> },
  { key: 'admin', icon: <IconBuildingCommunity size={24} /> },
  { key: 'employer', icon: <IconBriefcase size={24} /> },
] as const;

/**
 * `/` for a signed-out visitor: what Pathwise is for learners, teachers, administrators and employers, and the
 * three ways in (join with a code, sign in, verify a credential without an account).
 */
export function WelcomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('welcome.title')} intro={t('welcome.intro')} hero>
      <Stack gap="xs">
        <Group gap="sm">
          <Button
            component={Link}
            to="/join"
            size="md"
            leftSection={<IconTicket size={18} aria-hidden="true" />}
          >
            {t('welcome.join')}
          </Button>
          <Button
            component={Link}
            to="/sign-in"
            size="md"
            variant="default"
            leftSection={<IconLogin2 size={18} aria-hidden="true" />}
          >
            {t('welcome.signIn')}
          </Button>
          <Button
            component={Link}
            to={credentialPagePaths.verify}
            size="md"
            variant="default"
            leftSection={<IconShieldCheck size={18} aria-hidden="true" />}
          >
            {t('welcome.verify')}
          </Button>
        </Group>
        <Text size="sm">
          {t('welcome.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up" fw={600}>
            {t('welcome.createAccount')}
          </Anchor>
        </Text>
      </Stack>
      <section aria-labelledby="welcome-who">
        <Title order={2} size="h3" id="welcome-who" mb="sm">
          {t('welcome.whoTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {AUDIENCES.map(({ key, icon }) => (
            <AudienceCard
              key={key}
              icon={icon}
              title={t(`welcome.${key}Title`)}
              text={t(`welcome.${key}Text`)}
            />
          ))}
        </SimpleGrid>
      </section>
      <Text c="dimmed" size="sm">
        {t('welcome.selfHosted')}
      </Text>
    </Page>
  );
}

function AudienceCard({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  return (
    <Paper withBorder radius="lg" p="lg" h="100%">
      <Group gap="sm" wrap="nowrap" mb="xs">
        <ThemeIcon size={40} radius="md" variant="light" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Title order={3} size="h4">
          {title}
        </Title>
      </Group>
      <Text>{text}</Text>
    </Paper>
  );
}
