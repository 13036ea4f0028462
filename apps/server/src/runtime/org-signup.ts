import { ORG_SIGNUP_MODES, type OrgSignupMode } from '@pathwise/contracts';

/**
 * Who may create an organization (ORG_SIGNUP): `open` anyone signed in; `invite` someone with an
 * organization-creation code made by the operator (`pathwise org invite`); `closed` only the operator
 * (`pathwise org create`).
 */
export type OrgSignup = OrgSignupMode;

/**
 * ORG_SIGNUP from the environment. Default `invite`: nobody can make themselves an administrator of a new
 * organization without the operator's say (the security probe's finding), while the web page still lets a
 * person with a code do it; `open` is for demos and tests.
 */
export function parseOrgSignup(raw: string | undefined, problems: string[]): OrgSignup {
  if (raw === undefined || raw === '') return 'invite';
  if ((ORG_SIGNUP_MODES as readonly string[]).includes(raw)) return raw as OrgSignup;
  problems.push(`ORG_SIGNUP must be open, invite or closed (got "${raw}")`);
  return 'invite';
}
