import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import { MathText } from '../learning/math-text.tsx';
import {
  type BankFamily,
  type BankItem,
  type ItemBank,
  PAGE_SIZE,
  plainTitle,
  splitStem,
} from './item-bank-api.ts';
import { useSourceLabel } from './source-label.ts';

interface ItemBankTableProps {
  bank: ItemBank;
  page: number;
  onOpen(itemId: string): void;
  onPage(page: number): void;
}

/** The skill names of a bank answer, by id (the id when the skill has no name). */
export function useSkillNames(bank: ItemBank): (skillId: string) => string {
  const { pick } = useLocalized();
  const names = new Map(bank.skills.map((s) => [s.id, s.name]));
  return (skillId) => {
    const name = names.get(skillId);
    return name ? pick(name) : skillId;
  };
}

/**
 * One page of stored items as a table: the problem (its first line, then the rest, with LaTeX and figures), its
 * skill, its source with the dataset's licence, the number of steps and a button that opens it; then the pager.
 */
export function ItemBankTable({ bank, page, onOpen, onPage }: ItemBankTableProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const sourceLabel = useSourceLabel();
  const skillName = useSkillNames(bank);
  const credits = new Map(bank.sources.map((s) => [s.source, s.attribution]));
  const from = (page - 1) * PAGE_SIZE + 1;
  const to = from + bank.items.length - 1;
  const pages = Math.max(1, Math.ceil(bank.total / PAGE_SIZE));
  const caption =
    bank.total > 0
      ? t('itemBank.items.caption', { from, to, total: bank.total.toLocaleString() })
      : t('itemBank.items.captionEmpty');
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder verticalSpacing="sm" captionSide="top" className="pw-item-bank-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('itemBank.items.problem')}</Table.Th>
              <Table.Th scope="col">{t('itemBank.items.skill')}</Table.Th>
              <Table.Th scope="col">{t('itemBank.items.source')}</Table.Th>
              <Table.Th scope="col">{t('itemBank.items.steps')}</Table.Th>
              <Table.Th scope="col">{t('itemBank.items.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bank.items.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                stem={item.stem ? pick(item.stem) : item.id}
                skill={skillName(item.skillId)}
                source={sourceLabel(item.source)}
                credit={credits.get(item.source) ?? null}
                onOpen={() => onOpen(item.id)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {bank.items.length === 0 ? <Text>{t('itemBank.items.none')}</Text> : null}
      {pages > 1 ? (
        <Group component="nav" aria-label={t('itemBank.pages.label')} gap="sm">
          <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('itemBank.pages.previous')}
          </Button>
          <Text size="sm">{t('itemBank.pages.status', { page, pages })}</Text>
          <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('itemBank.pages.next')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

interface ItemRowProps {
  item: BankItem;
  stem: string;
  skill: string;
  source: string;
  credit: { dataset: string; license: string } | null;
  onOpen(): void;
}

function ItemRow({ item, stem, skill, source, credit, onOpen }: ItemRowProps) {
  const { t } = useTranslation();
  const { title, rest } = splitStem(stem);
  return (
    <Table.Tr data-item-id={item.id}>
      <Table.Th scope="row" fw={400} maw={460}>
        <Text fw={600} size="sm">
          <MathText text={title} />
        </Text>
        {rest ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            <MathText text={rest} />
          </Text>
        ) : null}
      </Table.Th>
      <Table.Td>{skill}</Table.Td>
      <Table.Td>
        {source}
        {credit ? (
          <Text size="xs" c="dimmed">
            {t('itemBank.attribution', { dataset: credit.dataset, license: credit.license })}
          </Text>
        ) : null}
        {item.attribution ? (
          <Text size="xs" c="dimmed">
            {item.attribution}
          </Text>
        ) : null}
        {/* NOTE: Mantine's orange.9 is 4.29:1 at 12px; this darker orange reads at 6:1 (as on the match page). */}
        {item.status !== 'published' ? (
          <Text size="xs" c="#9a3b00">
            {t(`itemBank.status.${item.status}`)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{item.steps}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          data-open-item={item.id}
          aria-label={t('itemBank.items.openLabel', { title: plainTitle(stem) || item.id })}
          onClick={onOpen}
        >
          {t('itemBank.items.open')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** The demo item families (not paged: one per demo skill), each opening a sample item. */
export function FamilyTable({
  families,
  skillName,
  onOpen,
}: {
  families: BankFamily[];
  skillName: (skillId: string) => string;
  onOpen(itemId: string): void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing="xs" captionSide="top">
        <Table.Caption>{t('itemBank.families.caption', { n: families.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('itemBank.families.family')}</Table.Th>
            <Table.Th scope="col">{t('itemBank.families.skill')}</Table.Th>
            <Table.Th scope="col">{t('itemBank.families.steps')}</Table.Th>
            <Table.Th scope="col">{t('itemBank.families.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {families.map((family) => (
            <Table.Tr key={family.id}>
              <Table.Th scope="row" fw={400}>
                {pick(family.name)}
              </Table.Th>
              <Table.Td>{skillName(family.skillId)}</Table.Td>
              <Table.Td>{family.steps}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  data-open-item={family.sampleItemId}
                  aria-label={t('itemBank.families.openLabel', { name: pick(family.name) })}
                  onClick={() => onOpen(family.sampleItemId)}
                >
                  {t('itemBank.families.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
