import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

// Only staff open them: they load on demand.
const ItemBankPage = lazy(() => import('./item-bank-page.tsx').then((m) => ({ default: m.ItemBankPage })));
const ItemEditorPage = lazy(() =>
  import('./item-editor-page.tsx').then((m) => ({ default: m.ItemEditorPage })),
);

const loading = (page: React.ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/** The item bank page of administrators and teachers, and the editor of the items they write. */
export const itemBankRoutes = (
  <>
    <Route path="o/:orgSlug/items" element={loading(<ItemBankPage />)} />
    <Route path="o/:orgSlug/items/new" element={loading(<ItemEditorPage />)} />
    <Route path="o/:orgSlug/items/edit" element={loading(<ItemEditorPage />)} />
  </>
);
