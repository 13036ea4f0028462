import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PanelSectionProps {
  title: string;
  intro?: string;
  children: ReactNode;
}

/** A titled part of an administration panel (a form, a list). */
export function PanelSection({ title, intro, children }: PanelSectionProps) {
  return (
    <Stack gap="sm" component="section">
      <div>
        <Title order={2} size="h4">
          {title}
        </Title>
        {intro ? <Text c="dimmed">{intro}</Text> : null}
      </div>
      {children}
    </Stack>
  );
}
