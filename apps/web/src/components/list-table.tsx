import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ListTableProps<T> {
  /** Column headings, in order. */
  headers: readonly string[];
  items: readonly T[];
  /** One `<Table.Tr>` per item, with its key. */
  row(item: T): ReactNode;
  /** Said instead of an empty table; without it an empty table is drawn. */
  empty?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  verticalSpacing?: 'xs' | 'sm';
  highlightOnHover?: boolean;
}

/** A striped table of items with column headings, scrolling sideways on narrow screens, or a sentence when empty. */
export function ListTable<T>({
  headers,
  items,
  row,
  empty,
  minWidth,
  verticalSpacing = 'sm',
  highlightOnHover,
}: ListTableProps<T>) {
  if (items.length === 0 && empty !== undefined) return <Text>{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={verticalSpacing} striped highlightOnHover={highlightOnHover}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{items.map(row)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
