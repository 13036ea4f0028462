import { isRole, normalizeEmail, ROLES, type Role, slugify } from '@pathwise/core';
import { CliError } from './cli-error.ts';

// NOTE: the same limits the HTTP API applies (sign-up body, organization body), so an account or an
// organization made here is one the web app could have made.
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const SLUG = /^[a-z0-9][a-z0-9-]{1,47}$/;

/** A role name, or bad input listing the roles there are. */
export function parseRole(value: string, option = 'role'): Role {
  if (!isRole(value))
    throw new CliError(`--${option}: unknown role "${value}"; use one of ${ROLES.join(', ')}`);
  return value;
}

/** A normalized email address, or bad input. */
export function parseEmail(value: string, option = 'email'): string {
  const email = normalizeEmail(value);
  if (!email) throw new CliError(`--${option}: "${value}" is not an email address`);
  return email;
}

/** A password within the server's length limits, or bad input that never echoes it. */
export function parsePassword(value: string): string {
  if (value.length < PASSWORD_MIN) {
    throw new CliError(`password: too short (${value.length} characters); use at least ${PASSWORD_MIN}`);
  }
  if (value.length > PASSWORD_MAX) throw new CliError(`password: longer than ${PASSWORD_MAX} characters`);
  return value;
}

/** A trimmed display name of `min` to 100 characters, or bad input. */
export function parseName(value: string, option: string, min = 1): string {
  const name = value.trim();
  if (name.length < min || name.length > 100) {
    throw new CliError(`--${option}: must have ${min} to 100 characters (got ${name.length})`);
  }
  return name;
}

/** An organization address: lower-case letters, digits and dashes, 2 to 48 characters. */
export function parseSlug(value: string, option = 'slug'): string {
  if (!SLUG.test(value)) {
    throw new CliError(
      `--${option}: "${value}" is not a valid address; use 2 to 48 lower-case letters, digits and dashes, ` +
        'starting with a letter or digit',
    );
  }
  return value;
}

/** The address made from a name when none is given: "Escuela Río Claro" → "escuela-rio-claro". */
export function slugFromName(name: string): string {
  const slug = slugify(name);
  if (!SLUG.test(slug)) throw new CliError(`--name: cannot make an address from "${name}"; give --slug`);
  return slug;
}
