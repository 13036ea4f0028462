import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let navigated = false;

interface PageProps {
  title: string;
  intro?: ReactNode;
  /** Set the heading on a softly tinted band with the path motif (the role homes). */
  hero?: boolean;
  children: ReactNode;
}

/**
 * A page with its one `<h1>`. It sets the document title and, after a client-side navigation, moves focus to
 * the heading so that screen readers announce the new page (the first load keeps the browser's focus).
 */
export function Page({ title, intro, hero = false, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (navigated) heading.current?.focus();
    navigated = true;
  }, []);
  const header = (
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
  );
  return (
    <Stack gap="lg">
      {hero ? (
        <Paper radius="lg" p={{ base: 'lg', sm: 'xl' }} bg="pathwise.0" style={{ overflow: 'hidden' }}>
          <Group justify="space-between" wrap="nowrap" align="center">
            {header}
            <Box visibleFrom="sm" style={{ flexShrink: 0 }}>
              <PathMotif />
            </Box>
          </Group>
        </Paper>
      ) : (
        header
      )}
      {children}
    </Stack>
  );
}

/** A winding path between milestones: the Pathwise idea, drawn. Decorative only. */
function PathMotif() {
  return (
    <svg width="220" height="110" viewBox="0 0 220 110" aria-hidden="true" focusable="false">
      <path
        d="M10 95 C 60 95, 60 55, 110 55 S 160 15, 210 15"
        fill="none"
        stroke="var(--mantine-color-pathwise-3)"
        strokeWidth="6"
        strokeLinecap="round"
        strokeDasharray="2 14"
      />
      <circle cx="10" cy="95" r="9" fill="var(--mantine-color-pathwise-5)" />
      <circle cx="110" cy="55" r="9" fill="var(--mantine-color-pathwise-6)" />
      <circle cx="210" cy="15" r="11" fill="var(--mantine-color-pathwise-7)" />
      <path
        d="M204 15 l4 4 l8 -8"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
