/**
 * Wall-clock times in an IANA zone to instants and back, through Intl only
 * (no zone database of our own). Used by the converters of other programme
 * formats, which write times as a date and an "HH:MM" on the conference's clock.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter giving the numeric wall-clock parts of an instant in `timeZone`. */
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of partsFormat(timeZone).formatToParts(ms))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at an instant, in milliseconds (east positive).
 * Kept per zone and minute (zones change their offset on whole minutes), so a
 * programme's many sessions at the same times ask Intl once.
 */
export function offsetAt(ms: number, timeZone: string): number {
  const minute = Math.floor(ms / 60000);
  const key = `${timeZone}|${minute}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 10_000) offsets.clear();
    const w = wallClock(minute * 60000, timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - minute * 60000;
    offsets.set(key, offset);
  }
  return offset;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The instant at which the clocks of `timeZone` show this wall-clock time.
 * Like Temporal's `compatible` disambiguation: a time skipped by a change to
 * summer time is moved forward by the gap; a time that happens twice (the
 * change back) is the earlier of the two.
 */
export function zonedToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const fits = [before, after].filter((o) => offsetAt(local - o, timeZone) === o);
  // Both fit: the hour that happens twice; neither: the hour that is skipped.
  if (fits.length === 0) return local - before;
  return local - Math.max(...fits);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** An instant as RFC 3339 on the clock of `timeZone`, with its offset: `2019-08-21T11:00:00+02:00`. */
export function toRfc3339(ms: number, timeZone: string): string {
  const offset = Math.round(offsetAt(ms, timeZone) / 60000);
  const w = new Date(Math.floor(ms / 1000) * 1000 + offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}` +
    `T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
