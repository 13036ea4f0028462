import { Group, Radio } from '@mantine/core';
import type { PreviewSkill } from '@pathwise/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a job profile does with a skill: requires it, would like it, or leaves it out. */
export type SkillChoice = PreviewSkill['suggested'];

const CHOICE_KEYS = {
  required: 'credentials.profiles.choice.required',
  niceToHave: 'credentials.profiles.choice.niceToHave',
  omit: 'credentials.profiles.choice.omit',
} as const satisfies Record<SkillChoice, string>;

interface SkillChoiceGroupProps {
  /** The skill's name: the group's accessible name. */
  label: string;
  /** What the skill is, and its rating and crosswalk: read after the name. */
  description?: ReactNode;
  value: SkillChoice;
  onChange(value: SkillChoice): void;
}

/**
 * One skill and three radio buttons, Required / Nice to have / Leave out: a radio group named by the skill and
 * described by its description, so a screen reader says both, and the arrow keys move between the choices.
 */
export function SkillChoiceGroup({ label, description, value, onChange }: SkillChoiceGroupProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value}
      onChange={(v) => onChange(v as SkillChoice)}
      data-skill-choice={label}
    >
      <Group gap="lg" mt={6}>
        {(Object.keys(CHOICE_KEYS) as SkillChoice[]).map((choice) => (
          <Radio key={choice} value={choice} label={t(CHOICE_KEYS[choice])} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** How many skills are required and nice to have among the choices. */
export function countChoices(choices: Iterable<SkillChoice>): { required: number; nice: number } {
  let required = 0;
  let nice = 0;
  for (const c of choices) {
    if (c === 'required') required++;
    else if (c === 'niceToHave') nice++;
  }
  return { required, nice };
}
