import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow card that holds a single form (sign-in, sign-up, invitation). */
export function FormCard({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder shadow="xs" radius="lg" p={{ base: 'md', sm: 'xl' }} maw={480} w="100%">
      {children}
    </Paper>
  );
}
