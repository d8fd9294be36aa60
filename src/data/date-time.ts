/**
 * Dates, date-times and time zones as the forum contract writes them: small
 * checks that the validator and the elements both use (the elements without
 * loading the validator).
 */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Epoch milliseconds of an RFC 3339 date-time with an offset, or NaN. */
export function parseDateTime(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const m = RFC3339.exec(value);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, , , oh, om] = m;
  if (!validDate(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59 || +s! > 60) return NaN;
  if (oh !== undefined && (+oh > 23 || +om! > 59)) return NaN;
  return Date.parse(value);
}

/** True for a calendar date written YYYY-MM-DD. */
export function isDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  return m !== null && validDate(+m[1]!, +m[2]!, +m[3]!);
}

/** True when the browser knows this IANA time zone. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
