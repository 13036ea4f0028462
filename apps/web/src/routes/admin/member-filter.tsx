import { Group, NativeSelect, TextInput } from '@mantine/core';
import type { OrgMember as Member } from '@pathwise/contracts';
import { ROLES, type Role } from '@pathwise/core/identity';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface MemberQuery {
  text: string;
  role: Role | '';
}

/** The members matching a query: the text in the name or email (any case, any accents), and the role. */
export function filterMembers(members: Member[], query: MemberQuery): Member[] {
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const text = fold(query.text.trim());
  return members.filter(
    (m) => (!query.role || m.role === query.role) && (!text || fold(`${m.name} ${m.email}`).includes(text)),
  );
}

/** Search by name or email, and narrow to one role: a school has hundreds of members. */
export function MemberFilter({
  query,
  onChange,
}: {
  query: MemberQuery;
  onChange(query: MemberQuery): void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="end" role="search">
      <TextInput
        type="search"
        label={t('members.search')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={query.text}
        onChange={(event) => onChange({ ...query, text: event.currentTarget.value })}
        style={{ flex: '1 1 220px' }}
      />
      <NativeSelect
        label={t('members.filterRole')}
        value={query.role}
        onChange={(event) => onChange({ ...query, role: event.currentTarget.value as Role | '' })}
        data={[
          { value: '', label: t('members.allRoles') },
          ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
        ]}
      />
    </Group>
  );
}
