import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

interface DangerButtonProps {
  label: string;
  onClick(): void;
  children: ReactNode;
}

/**
 * A quiet button for removing or revoking something in a table row. `label` names the thing ("Remove Ada").
 * NOTE: Mantine's subtle red is red.6 (3.3:1 on white); red.9 text keeps WCAG AA contrast, also on striped rows.
 */
export function DangerButton({ label, onClick, children }: DangerButtonProps) {
  return (
    <Button variant="subtle" color="red" c="red.9" size="compact-sm" onClick={onClick} aria-label={label}>
      {children}
    </Button>
  );
}
