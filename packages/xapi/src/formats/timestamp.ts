const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A timestamp broken down: the instant (milliseconds since the epoch) and whether it carried a time zone. */
export interface ParsedTimestamp {
  readonly epochMs: number;
  readonly hasZone: boolean;
}

/**
 * Parses an ISO 8601 / RFC 3339 combined date and time. Returns null when the form or any field is invalid,
 * and for the "unknown local offset" forms `-00`, `-0000` and `-00:00`, which RFC 3339 reserves and the
 * conformance suite expects to be rejected.
 * @example parseTimestamp('2015-11-18T12:17:00+00:00')?.epochMs // 1447849020000
 */
export function parseTimestamp(value: string): ParsedTimestamp | null {
  const m = TIMESTAMP.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const zone = m[8];
  const offsetMinutes = zone === undefined ? 0 : parseOffset(zone);
  if (offsetMinutes === null) return null;
  const fraction = Number(`0.${m[7] ?? '0'}`);
  const local = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction * 1000);
  return { epochMs: local - offsetMinutes * 60_000, hasZone: zone !== undefined };
}

/**
 * Re-expresses a valid timestamp in UTC with millisecond precision (`…T17:00:00.000Z`), as the spec
 * recommends for what the LRS returns. Returns null for an invalid timestamp.
 */
export function toUtcTimestamp(value: string): string | null {
  const parsed = parseTimestamp(value);
  return parsed === null ? null : new Date(parsed.epochMs).toISOString();
}

function parseOffset(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  if (zone.startsWith('-') && hours === 0 && minutes === 0) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
