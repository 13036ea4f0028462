import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { HomeLinkCard } from '../../components/home-link-card.tsx';
import { itemBankPagePath } from './item-bank-api.ts';

/** The way from a staff home to the item bank. */
export function ItemBankLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <HomeLinkCard title={t('itemBank.link.title')} text={t('itemBank.link.text')}>
      <Button component={Link} to={itemBankPagePath(orgSlug)}>
        {t('itemBank.link.open')}
      </Button>
    </HomeLinkCard>
  );
}

/** After an import: the way to its items, filtered to the imported source (the organization of the address). */
export function ImportedItemsLink({ source }: { source: string }) {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  if (!orgSlug) return null;
  return (
    <Anchor component={Link} to={itemBankPagePath(orgSlug, source)}>
      {t('itemBank.seeImported')}
    </Anchor>
  );
}
