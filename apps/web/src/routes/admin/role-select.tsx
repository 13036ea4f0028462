import { NativeSelect } from '@mantine/core';
import type { Role } from '@pathwise/core/identity';
import { useTranslation } from 'react-i18next';

interface RoleSelectProps {
  roles: readonly Role[];
  value: Role;
  onChange(role: Role): void;
  label?: string;
  ariaLabel?: string;
  disabled?: boolean;
}

/** A native select of roles: reliable with keyboards, screen readers and phones. */
export function RoleSelect({ roles, value, onChange, label, ariaLabel, disabled }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      aria-label={label ? undefined : ariaLabel}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.value as Role)}
      data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
    />
  );
}
