import { parseStoredJson } from '../stored-json/parse-stored-json.ts';

/** What an organization has chosen (the `organizations.settings` JSONB column); one never chosen is absent. */
export interface OrganizationSettings {
  /** Early warning: risk scores shown to teachers (off until an administrator turns it on). */
  readonly earlyWarning?: { readonly enabled: boolean };
}

/**
 * Reads an organization's stored settings back, keeping only the known ones. Throws a `StoredJsonError` naming the
 * column and each bad setting.
 *
 * @example
 * parseOrganizationSettings(row.settings).earlyWarning?.enabled === true;
 */
export function parseOrganizationSettings(json: unknown): OrganizationSettings {
  return parseStoredJson('organizations.settings', json, (value, r) => {
    const settings = r.object(value, '');
    if (settings.earlyWarning === undefined) return {};
    const earlyWarning = r.object(settings.earlyWarning, 'earlyWarning');
    return { earlyWarning: { enabled: r.boolean(earlyWarning.enabled, 'earlyWarning.enabled') } };
  });
}
