import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of a dashboard page, named by its title for screen readers' landmark lists. */
export function DashboardSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
