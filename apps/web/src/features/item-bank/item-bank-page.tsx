import './item-bank.css';
import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { homePathOf } from '../../session/home-path.ts';
import { useSession } from '../../session/session-context.tsx';
import { itemEditorPaths } from './item-authoring-api.ts';
import { type BankFilter, DEMO_SOURCE, type ItemBank, itemBankPaths } from './item-bank-api.ts';
import { ItemBankFilters } from './item-bank-filters.tsx';
import { FamilyTable, ItemBankTable, useSkillNames } from './item-bank-table.tsx';
import { ItemDetailDrawer } from './item-detail-drawer.tsx';
import { useSourceLabel } from './source-label.ts';

/** The filters and the open item, kept in the address so that Back and a shared link keep them. */
function useBankAddress() {
  const [params, setParams] = useSearchParams();
  const filter: BankFilter = {
    source: params.get('source') ?? '',
    skillId: params.get('skill') ?? '',
    q: params.get('q') ?? '',
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
  };
  const openItem = params.get('item');
  function update(next: Partial<BankFilter> & { item?: string | null }) {
    const merged = { ...filter, ...next };
    // A new filter starts again at the first page.
    const page =
      next.page ??
      (next.source !== undefined || next.skillId !== undefined || next.q !== undefined ? 1 : filter.page);
    const item = next.item === undefined ? openItem : next.item;
    const query: Record<string, string> = {};
    if (merged.source) query.source = merged.source;
    if (merged.skillId) query.skill = merged.skillId;
    if (merged.q) query.q = merged.q;
    if (page > 1) query.page = String(page);
    if (item) query.item = item;
    // Opening an item is a step Back can undo; filters and closing replace the address.
    setParams(query, { replace: typeof next.item !== 'string' });
  }
  return { filter, openItem, update };
}

/**
 * `/o/:orgSlug/items`, for administrators and teachers: the count of every source, the filters, one page of
 * stored items, the demo item families, and the open item in a drawer with its answers and hints.
 */
export function ItemBankPage() {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find(
    (m) => m.orgSlug === orgSlug && (m.role === 'admin' || m.role === 'teacher'),
  );
  const { filter, openItem, update } = useBankAddress();
  const bank = useApiData<ItemBank>(membership ? itemBankPaths.list(membership.orgId, filter) : null);
  if (!membership) return <NotFoundPage />;
  const data = bank.data;
  return (
    <Page
      title={t('itemBank.title')}
      intro={
        <>
          <Anchor component={Link} to={homePathOf(membership)} size="sm" display="block" mb={4}>
            {t('itemBank.backHome')}
          </Anchor>
          {t('itemBank.intro')}
          <Button
            component={Link}
            to={itemEditorPaths.create(membership.orgSlug)}
            display="block"
            w="fit-content"
            mt="sm"
          >
            {t('itemBank.actions.new')}
          </Button>
        </>
      }
    >
      <ErrorAlert error={bank.error} />
      {data ? <SourceCounts bank={data} /> : null}
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }}>
        <Stack gap="lg">
          <ItemBankFilters bank={data} filter={filter} onChange={update} />
          {bank.loading && !data ? <LoadingState /> : null}
          {data && filter.source !== DEMO_SOURCE ? (
            <ItemBankTable
              bank={data}
              page={filter.page}
              onOpen={(item) => update({ item })}
              onPage={(page) => update({ page })}
            />
          ) : null}
        </Stack>
      </Paper>
      {data && data.families.length > 0 ? <Families bank={data} onOpen={(item) => update({ item })} /> : null}
      {data ? <Credits bank={data} /> : null}
      <ItemDetailDrawer
        orgId={membership.orgId}
        itemId={openItem}
        onClose={() => update({ item: null })}
        onChanged={() => {
          update({ item: null });
          void bank.reload();
        }}
      />
    </Page>
  );
}

/** "OATutor: 2,028 items", one line per source, whatever the filter: after an import the new count shows here. */
function SourceCounts({ bank }: { bank: ItemBank }) {
  const { t, i18n } = useTranslation();
  const sourceLabel = useSourceLabel();
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <section aria-labelledby="item-bank-counts">
      <Title order={2} size="h4" id="item-bank-counts" mb={4}>
        {t('itemBank.countsTitle')}
      </Title>
      {bank.sources.length === 0 ? (
        <Text>{t('itemBank.empty')}</Text>
      ) : (
        <List data-testid="item-bank-counts">
          {bank.sources.map((s) => {
            const family = s.source === DEMO_SOURCE;
            const key = family
              ? s.items === 1
                ? 'itemBank.familyCountOne'
                : 'itemBank.familyCountMany'
              : s.items === 1
                ? 'itemBank.countOne'
                : 'itemBank.countMany';
            return (
              <List.Item key={s.source}>
                {t(key, { source: sourceLabel(s.source), n: format.format(s.items) })}
              </List.Item>
            );
          })}
        </List>
      )}
    </section>
  );
}

function Families({ bank, onOpen }: { bank: ItemBank; onOpen(itemId: string): void }) {
  const { t } = useTranslation();
  const skillName = useSkillNames(bank);
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="item-bank-families"
    >
      <Title order={2} size="h3" id="item-bank-families">
        {t('itemBank.families.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('itemBank.families.intro')}
      </Text>
      <FamilyTable families={bank.families} skillName={skillName} onOpen={onOpen} />
    </Paper>
  );
}

/** The full credit line of every imported source: the licences ask for it wherever the items are shown. */
function Credits({ bank }: { bank: ItemBank }) {
  const { t } = useTranslation();
  const sourceLabel = useSourceLabel();
  const credited = bank.sources.filter((s) => s.attribution);
  if (credited.length === 0) return null;
  return (
    <section aria-labelledby="item-bank-credits">
      <Title order={2} size="h4" id="item-bank-credits" mb={4}>
        {t('itemBank.attributionTitle')}
      </Title>
      <Stack gap={4}>
        {credited.map((s) => (
          <Text key={s.source} size="xs" c="dimmed">
            <strong>{sourceLabel(s.source)}:</strong> {s.attribution!.text}
          </Text>
        ))}
      </Stack>
    </section>
  );
}
