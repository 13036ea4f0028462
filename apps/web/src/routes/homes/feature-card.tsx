import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FeatureCardProps {
  icon: ReactNode;
  title: string;
  text: string;
}

/** A capability that is on its way: what it will do, marked "Coming soon". */
export function FeatureCard({ icon, title, text }: FeatureCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg" h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="start" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden="true">
            {icon}
          </ThemeIcon>
          <Badge variant="outline" color="gray.7" radius="sm">
            {t('home.comingSoon')}
          </Badge>
        </Group>
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text c="dimmed">{text}</Text>
      </Stack>
    </Paper>
  );
}
