/** Whether an error is PostgreSQL's unique violation (SQLSTATE 23505), optionally on one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string } | null;
  if (e?.code !== '23505') return false;
  return constraint === undefined || e.constraint === constraint;
}
