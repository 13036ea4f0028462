/** The roles a person can hold in an organization. */
export const ROLES = ['learner', 'teacher', 'admin', 'employer'] as const;

export type Role = (typeof ROLES)[number];

/** Whether a string is one of {@link ROLES}. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
