import { Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { MapSkill } from './learning-api.ts';
import { LockedReason } from './locked-reason.tsx';
import { SkillStatusIcon, StandingLabel } from './skill-status-icon.tsx';

/** The map as a table, in learning order: the same facts as the drawing, for screen readers and small screens. */
export function SkillTable({ skills, caption }: { skills: MapSkill[]; caption: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('learning.map.colSkill')}</Table.Th>
            <Table.Th scope="col">{t('learning.map.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('learning.map.colEstimate')}</Table.Th>
            <Table.Th scope="col">{t('learning.map.colNeeds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {skills.map((skill) => (
            <Table.Tr key={skill.id}>
              <Table.Th scope="row" fw={600}>
                {pick(skill.name)}
              </Table.Th>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <SkillStatusIcon status={skill.status} />
                  {t(`learning.skillStatus.${skill.status}`)}
                </Group>
              </Table.Td>
              <Table.Td>
                <StandingLabel status={skill.standing} estimate={skill.estimate} size={14} />
              </Table.Td>
              <Table.Td>
                {skill.status === 'locked' ? (
                  <LockedReason missing={skill.missing} startWith={skill.startWith} />
                ) : (
                  t('learning.map.needsNothing')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
