import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { theme } from '../../theme.ts';

function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <MemoryRouter>{children}</MemoryRouter>
    </MantineProvider>
  );
}

/** Renders a learning component inside the theme and a router (component tests only); rerender keeps both. */
export function renderLearning(ui: ReactElement) {
  return render(ui, { wrapper: Providers });
}
