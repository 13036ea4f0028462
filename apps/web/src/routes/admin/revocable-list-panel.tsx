import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PanelSection } from '../../components/panel-section.tsx';
import { StatusMessage } from '../../components/status-message.tsx';

interface RevocableListPanelProps {
  title: string;
  intro: string;
  /** The fields and the submit button of the create form. */
  form: ReactNode;
  onSubmit(event: FormEvent): void;
  error: unknown;
  /** The last success message (live region). */
  status: string | null;
  /** What the last create gave to pass on (a link, a secret), or null. */
  created: ReactNode;
  listTitle: string;
  /** The list itself (a ListTable). */
  children: ReactNode;
}

/** An administration panel of things that grant access: a create form with its outcome, then the list. */
export function RevocableListPanel({
  title,
  intro,
  form,
  onSubmit,
  error,
  status,
  created,
  listTitle,
  children,
}: RevocableListPanelProps) {
  return (
    <Stack gap="xl">
      <PanelSection title={title} intro={intro}>
        <form onSubmit={onSubmit} noValidate>
          {form}
        </form>
        <ErrorAlert error={error} />
        <StatusMessage message={status} />
        {created}
      </PanelSection>
      <PanelSection title={listTitle}>{children}</PanelSection>
    </Stack>
  );
}
