import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { BankFilter, ItemBank } from './item-bank-api.ts';
import { useSourceLabel } from './source-label.ts';

interface ItemBankFiltersProps {
  bank: ItemBank | undefined;
  filter: BankFilter;
  onChange(next: Partial<BankFilter>): void;
}

/** The bank's filters: source and skill apply when chosen, the words when searched (Enter or the button). */
export function ItemBankFilters({ bank, filter, onChange }: ItemBankFiltersProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const sourceLabel = useSourceLabel();
  const [words, setWords] = useState(filter.q);
  useEffect(() => setWords(filter.q), [filter.q]);
  const sources = bank?.sources ?? [];
  const skills = bank?.skills ?? [];
  const skillOptions = skills
    .map((s) => ({ value: s.id, label: s.name ? pick(s.name) : s.id }))
    .sort((a, b) => a.label.localeCompare(b.label));
  // The chosen skill stays listed while the answer for a new source is on its way.
  if (filter.skillId && !skills.some((s) => s.id === filter.skillId)) {
    skillOptions.unshift({ value: filter.skillId, label: filter.skillId });
  }

  function search(event: FormEvent) {
    event.preventDefault();
    onChange({ q: words.trim() });
  }

  return (
    <form aria-label={t('itemBank.filters.label')} onSubmit={search}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('itemBank.filters.source')}
          value={filter.source}
          onChange={(e) => onChange({ source: e.currentTarget.value, skillId: '' })}
          data={[
            { value: '', label: t('itemBank.filters.allSources') },
            ...sources.map((s) => ({ value: s.source, label: sourceLabel(s.source) })),
          ]}
          w={{ base: '100%', sm: 240 }}
        />
        <NativeSelect
          label={t('itemBank.filters.skill')}
          value={filter.skillId}
          onChange={(e) => onChange({ skillId: e.currentTarget.value })}
          data={[{ value: '', label: t('itemBank.filters.allSkills') }, ...skillOptions]}
          w={{ base: '100%', sm: 300 }}
        />
        <TextInput
          label={t('itemBank.filters.search')}
          description={t('itemBank.filters.searchHint')}
          type="search"
          value={words}
          onChange={(e) => setWords(e.currentTarget.value)}
          w={{ base: '100%', sm: 260 }}
        />
        <Button type="submit">{t('itemBank.filters.submit')}</Button>
        {filter.source || filter.skillId || filter.q ? (
          <Button
            variant="subtle"
            onClick={() => {
              setWords('');
              onChange({ source: '', skillId: '', q: '' });
            }}
          >
            {t('itemBank.filters.clear')}
          </Button>
        ) : null}
      </Group>
    </form>
  );
}
