import { Anchor, Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { itemBankPagePath } from './item-bank-api.ts';

/** The way from a staff home to the item bank. */
export function ItemBankLink({ orgSlug }: { orgSlug: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3">
        {t('itemBank.link.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('itemBank.link.text')}
      </Text>
      <Button component={Link} to={itemBankPagePath(orgSlug)}>
        {t('itemBank.link.open')}
      </Button>
    </Paper>
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
