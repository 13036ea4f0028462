import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { Localized } from '@pathwise/contracts';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DangerButton } from '../../components/danger-button.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import {
  type BankFamily,
  type ItemBank,
  type ItemDetail,
  itemBankPaths,
  plainTitle,
} from '../item-bank/item-bank-api.ts';
import { useSourceLabel } from '../item-bank/source-label.ts';

/** The most items a set holds (the server refuses more). */
export const MAX_SET_ITEMS = 50;

/** An item chosen for a set: its id (a demo family item's `familyId/seed/difficulty`), its stem and skill. */
export interface ChosenItem {
  id: string;
  title: string;
  skillId: string;
}

/** A seed for a new demo family item: the problem is then fixed, the same for every learner. */
function freshSeed(): number {
  return 1 + Math.floor(Math.random() * 999_999);
}

/**
 * The items of a new set, chosen from the organization's bank: a search of the bank (published stored items, and
 * the demo families, whose added item is one generated problem shown by its stem), and the chosen items in order,
 * each with its stem and skill and a way to take it out. No nested form: Enter in the search field searches.
 */
export function ItemSetPicker({
  orgId,
  skillNames,
  value,
  onChange,
}: {
  orgId: string;
  skillNames: ReadonlyMap<string, Localized>;
  value: readonly ChosenItem[];
  onChange: (next: ChosenItem[]) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const sourceLabel = useSourceLabel();
  const [words, setWords] = useState('');
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const bank = useApiData<ItemBank>(itemBankPaths.list(orgId, { source: '', skillId: '', q, page: 1 }));
  const skillOf = (id: string) => {
    const name = skillNames.get(id);
    return name ? pick(name) : id;
  };
  const full = value.length >= MAX_SET_ITEMS;
  const chosen = new Set(value.map((c) => c.id));
  const stored = (bank.data?.items ?? []).filter((i) => i.status === 'published' && i.steps > 0);
  const families = bank.data?.families ?? [];

  const addFamily = async (family: BankFamily) => {
    const id = `${family.id}/${freshSeed()}/2`;
    setAdding(family.id);
    setError(null);
    try {
      const detail = await api<ItemDetail>('GET', itemBankPaths.item(orgId, id));
      onChange([...value, { id, title: plainTitle(pick(detail.stem)), skillId: family.skillId }]);
    } catch (caught) {
      setError(caught);
    } finally {
      setAdding(null);
    }
  };
  const search = () => setQ(words.trim());
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };

  return (
    <Stack gap="sm">
      <Group align="end" gap="xs">
        <TextInput
          type="search"
          label={t('assignments.panel.itemSearch')}
          description={t('assignments.panel.itemSearchHint')}
          value={words}
          onChange={(e) => setWords(e.currentTarget.value)}
          onKeyDown={onKey}
          style={{ flex: 1 }}
        />
        <Button type="button" variant="default" onClick={search}>
          {t('assignments.panel.itemSearchButton')}
        </Button>
      </Group>
      <ErrorAlert error={bank.error ?? error} />
      <Text size="sm" fw={500} id="set-results-label">
        {t('assignments.panel.itemResults')}
      </Text>
      {bank.data && stored.length === 0 && families.length === 0 ? (
        <Text size="sm">{t('assignments.panel.itemResultsEmpty')}</Text>
      ) : null}
      <Stack
        component="ul"
        gap={4}
        p={0}
        m={0}
        aria-labelledby="set-results-label"
        // NOTE: a scrollable list must be reachable by keyboard (its buttons may all be disabled).
        tabIndex={0}
        style={{ listStyle: 'none', maxHeight: 280, overflowY: 'auto' }}
      >
        {stored.map((item) => {
          const title = item.stem ? plainTitle(pick(item.stem)) : item.id;
          return (
            <ResultRow
              key={item.id}
              title={title}
              detail={`${skillOf(item.skillId)} · ${sourceLabel(item.source)}`}
              added={chosen.has(item.id)}
              disabled={full}
              onAdd={() => onChange([...value, { id: item.id, title, skillId: item.skillId }])}
            />
          );
        })}
        {families.map((family) => {
          const title = t('assignments.panel.itemGenerated', { name: pick(family.name) });
          return (
            <ResultRow
              key={family.id}
              title={title}
              detail={`${skillOf(family.skillId)} · ${sourceLabel('demo')}`}
              added={false}
              disabled={full || adding !== null}
              onAdd={() => void addFamily(family)}
            />
          );
        })}
      </Stack>
      <Text size="sm" fw={500} id="set-chosen-label">
        {t('assignments.panel.itemsChosen', { count: value.length, max: MAX_SET_ITEMS })}
      </Text>
      {value.length === 0 ? <Text size="sm">{t('assignments.panel.itemsNone')}</Text> : null}
      <Stack component="ol" gap={4} m={0} pl="lg" aria-labelledby="set-chosen-label">
        {value.map((item) => (
          <li key={item.id}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <div>
                <Text size="sm">{item.title}</Text>
                <Text size="xs" c="dimmed">
                  {t('assignments.panel.itemSkill', { name: skillOf(item.skillId) })}
                </Text>
              </div>
              <DangerButton
                label={t('assignments.panel.itemRemoveLabel', { title: item.title })}
                onClick={() => onChange(value.filter((c) => c.id !== item.id))}
              >
                {t('assignments.panel.itemRemove')}
              </DangerButton>
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** One item of the bank's answer, with a button that adds it to the set. */
function ResultRow(props: {
  title: string;
  detail: string;
  added: boolean;
  disabled: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder radius="sm" px="sm" py={6}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <div>
          <Text size="sm">{props.title}</Text>
          <Text size="xs" c="dimmed">
            {props.detail}
          </Text>
        </div>
        {props.added ? (
          <Badge variant="light" color="gray">
            {t('assignments.panel.itemAdded')}
          </Badge>
        ) : (
          <Button
            type="button"
            size="compact-sm"
            variant="light"
            disabled={props.disabled}
            aria-label={t('assignments.panel.itemAddLabel', { title: props.title })}
            onClick={props.onAdd}
          >
            {t('assignments.panel.itemAdd')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
