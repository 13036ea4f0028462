import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

// Only staff open it: it loads on demand.
const ItemBankPage = lazy(() => import('./item-bank-page.tsx').then((m) => ({ default: m.ItemBankPage })));

/** The item bank page of administrators and teachers. */
export const itemBankRoutes = (
  <Route
    path="o/:orgSlug/items"
    element={
      <Suspense fallback={<LoadingState />}>
        <ItemBankPage />
      </Suspense>
    }
  />
);
