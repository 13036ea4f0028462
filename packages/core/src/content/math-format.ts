/** A number for LaTeX text: negative numbers get a true minus sign in math mode. */
export function n(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** A number in parentheses when negative, for substitution: "(-3)". */
export function p(value: number): string {
  return value < 0 ? `(${n(value)})` : n(value);
}

/** A coefficient times a variable, written as a learner would: "3x", "-x", "x". */
export function term(coefficient: number, variable: string): string {
  if (coefficient === 1) return variable;
  if (coefficient === -1) return `-${variable}`;
  return `${n(coefficient)}${variable}`;
}

/** "+ 3" or "- 3" for a following term; empty for zero. */
export function signed(value: number): string {
  if (value === 0) return '';
  return value > 0 ? `+ ${n(value)}` : `- ${n(Math.abs(value))}`;
}

/** "+ 3x" or "- 3x" for a following variable term; empty for zero. */
export function signedTerm(coefficient: number, variable: string): string {
  if (coefficient === 0) return '';
  const size = Math.abs(coefficient);
  return `${coefficient > 0 ? '+' : '-'} ${size === 1 ? variable : `${n(size)}${variable}`}`;
}

/** A linear expression a·x + b written plainly ("3x - 2", "-x", "5"). */
export function linear(a: number, b: number, variable: string): string {
  if (a === 0) return n(b);
  return `${term(a, variable)} ${signed(b)}`.trim();
}
