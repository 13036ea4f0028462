import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A card on a role's home that leads to one area: its title, a sentence, and the buttons that open it.
 *
 * @example
 * <HomeLinkCard title={t('framework.link.title')} text={t('framework.link.text')}>
 *   <Button component={Link} to={frameworkPagePath(orgSlug)}>{t('framework.link.open')}</Button>
 * </HomeLinkCard>
 */
export function HomeLinkCard(props: { title: string; text: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3">
        {props.title}
      </Title>
      <Text size="sm" mb="sm">
        {props.text}
      </Text>
      {props.children}
    </Paper>
  );
}
