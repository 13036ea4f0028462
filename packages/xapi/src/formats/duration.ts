const WEEKS = /^P\d+(?:[.,]\d+)?W$/;
const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * True for an ISO 8601:2004 section 4.4.3.2 duration (`PnYnMnDTnHnMnS`, or `PnW` alone). Only the last
 * component present may carry a decimal fraction; the alternative time-point format is not accepted.
 * @example isDuration('PT4H35M59.14S') // true
 * @example isDuration('P4W1D') // false
 */
export function isDuration(value: string): boolean {
  if (WEEKS.test(value)) return true;
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return false;
  const parts = m.slice(1).filter((part): part is string => part !== undefined);
  if (parts.length === 0) return false;
  return parts.slice(0, -1).every((part) => !/[.,]/.test(part));
}

/**
 * Truncates the seconds of a duration to hundredths, the precision the spec says comparisons use.
 * @example truncateDuration('P1DT12H36M0.12567S') // 'P1DT12H36M0.12S'
 */
export function truncateDuration(value: string): string {
  return value.replace(/(\d+)[.,](\d+)S$/, (_, whole: string, fraction: string) => {
    const kept = fraction.slice(0, 2).replace(/0+$/, '');
    return kept ? `${whole}.${kept}S` : `${whole}S`;
  });
}
