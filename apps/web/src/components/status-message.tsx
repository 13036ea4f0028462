import { Alert } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';

/** A success message in a polite live region, so screen readers read it without moving focus. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
