import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FeatureCardProps {
  icon: ReactNode;
  title: string;
  text: string;
  /** Where the capability is, and the words of the link; without it the card is marked "Coming soon". */
  link?: { to: string; label: string };
}

/** A capability of a role's home: what it does and a link to it, or, while it is on its way, "Coming soon". */
export function FeatureCard({ icon, title, text, link }: FeatureCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg" h="100%">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="start" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden="true">
            {icon}
          </ThemeIcon>
          {link ? null : (
            <Badge variant="outline" color="gray.7" radius="sm">
              {t('home.comingSoon')}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text c="dimmed">{text}</Text>
        {link ? (
          <Button component={Link} to={link.to} variant="light" mt="auto" style={{ alignSelf: 'start' }}>
            {link.label}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}
