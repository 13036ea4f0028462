import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let navigated = false;

interface PageProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * A page with its one `<h1>`. It sets the document title and, after a client-side navigation, moves focus to
 * the heading so that screen readers announce the new page (the first load keeps the browser's focus).
 */
export function Page({ title, intro, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (navigated) heading.current?.focus();
    navigated = true;
  }, []);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {intro ? (
          <Text c="dimmed" size="lg">
            {intro}
          </Text>
        ) : null}
      </Stack>
      {children}
    </Stack>
  );
}
