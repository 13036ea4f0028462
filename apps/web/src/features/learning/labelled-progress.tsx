import { Progress } from '@mantine/core';

/** A progress bar with its accessible name on the element that has the progressbar role. */
export function LabelledProgress({
  value,
  label,
  color = 'teal.8',
  size = 'md',
}: {
  value: number;
  label: string;
  color?: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Progress.Root size={size}>
      <Progress.Section value={Math.max(0, Math.min(100, value))} color={color} aria-label={label} />
    </Progress.Root>
  );
}
