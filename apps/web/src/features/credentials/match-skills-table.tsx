import { Table, Text } from '@mantine/core';
import type { SkillMatch } from '@pathwise/contracts';
import { useTranslation } from 'react-i18next';
import { SOURCE_NAMES } from './job-profiles-api.ts';

// NOTE: Mantine's orange.9 is 4.07:1 on a hovered row; this darker orange reads at 6:1.
const STATUS_COLOR = { met: 'teal.9', partial: '#9a3b00', unmet: 'red.9' } as const;
const STATUS_KEY = {
  met: 'credentials.employer.met',
  partial: 'credentials.employer.partial',
  unmet: 'credentials.employer.notMet',
} as const;

interface MatchSkillsTableProps {
  skills: readonly SkillMatch[];
  /** The first column's heading: "Required skill" or "Nice-to-have skill". */
  skillHeading: string;
  caption?: string;
}

/** Skills of a match, one row each: the skill, met / partly met / not met, and the credentials and crosswalk behind it. */
export function MatchSkillsTable({ skills, skillHeading, caption }: MatchSkillsTableProps) {
  const { t } = useTranslation();
  return (
    <Table mt="sm">
      {caption ? <Table.Caption>{caption}</Table.Caption> : null}
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{skillHeading}</Table.Th>
          <Table.Th scope="col">{t('credentials.employer.status')}</Table.Th>
          <Table.Th scope="col">{t('credentials.employer.evidence')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {skills.map((s) => (
          // NOTE: names repeat across kinds (O*NET's skill and knowledge area "Mathematics"): the code keys them.
          <Table.Tr key={`${s.code ?? ''}:${s.name}`}>
            <Table.Td>{s.name}</Table.Td>
            <Table.Td>
              <Text fw={600} c={STATUS_COLOR[s.status]}>
                {t(STATUS_KEY[s.status])}
              </Text>
            </Table.Td>
            <Table.Td>
              {s.credentials.map((c) => c.achievementName).join(', ')}
              {s.crosswalk ? (
                <Text size="sm">
                  {t('credentials.employer.throughCrosswalk', {
                    framework:
                      SOURCE_NAMES[s.crosswalk.framework as keyof typeof SOURCE_NAMES] ??
                      s.crosswalk.framework,
                    code: s.crosswalk.code,
                    name: s.crosswalk.name,
                    held: s.crosswalk.heldSkills.length,
                    mapped: s.crosswalk.mappedSkills,
                  })}
                </Text>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
