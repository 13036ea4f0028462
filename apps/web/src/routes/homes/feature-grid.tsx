import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Feature cards of a home (what there is to open, or what is coming), under their own heading. */
export function FeatureGrid({
  title,
  columns,
  children,
}: {
  title: string;
  columns: 2 | 3;
  children: ReactNode;
}) {
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: columns }} spacing="lg">
        {children}
      </SimpleGrid>
    </Stack>
  );
}
