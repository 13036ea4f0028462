import { Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import {
  itemAuthoringApi,
  itemAuthoringPaths,
  itemEditorPaths,
  type PublicItem,
} from './item-authoring-api.ts';
import type { ItemDetail } from './item-bank-api.ts';
import { ItemPreview } from './item-preview.tsx';

interface ItemActionsProps {
  orgId: string;
  item: ItemDetail;
  /** After an archive: the bank reloads and the drawer closes. */
  onArchived(): void;
}

/**
 * What staff can do with an open item: preview it as a learner, edit it (authored items) or copy it and edit the
 * copy (imported and generated items are never changed in place), archive an authored item.
 */
export function ItemActions({ orgId, item, onArchived }: ItemActionsProps) {
  const { t } = useTranslation();
  const { orgSlug = '' } = useParams();
  const navigate = useNavigate();
  const action = useAction();
  const [previewing, setPreviewing] = useState(false);
  const authored = item.source === 'authored';
  const copy = () =>
    action.run(async () => {
      const saved = await itemAuthoringApi.copy(orgId, item.id);
      navigate(itemEditorPaths.edit(orgSlug, saved.id));
    });
  const archive = () =>
    action.run(async () => {
      await itemAuthoringApi.archive(orgId, item.id);
      onArchived();
    });
  return (
    <>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setPreviewing(true)}>
          {t('itemBank.actions.preview')}
        </Button>
        {authored ? (
          <Button size="xs" onClick={() => navigate(itemEditorPaths.edit(orgSlug, item.id))}>
            {t('itemBank.actions.edit')}
          </Button>
        ) : (
          <Button size="xs" onClick={() => void copy()} loading={action.busy}>
            {t('itemBank.actions.copy')}
          </Button>
        )}
        {authored && item.status !== 'archived' ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => void archive()} loading={action.busy}>
            {t('itemBank.actions.archive')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={action.error} />
      <Modal
        opened={previewing}
        onClose={() => setPreviewing(false)}
        title={t('itemBank.preview.title')}
        size="lg"
      >
        {previewing ? <ServerPreview orgId={orgId} itemId={item.id} /> : null}
      </Modal>
    </>
  );
}

/** The server's public view of a stored item: the very answer practice sends. */
function ServerPreview({ orgId, itemId }: { orgId: string; itemId: string }) {
  const preview = useApiData<PublicItem>(itemAuthoringPaths.preview(orgId, itemId));
  if (preview.error) return <ErrorAlert error={preview.error} />;
  return preview.data ? <ItemPreview item={preview.data} /> : <LoadingState />;
}
